import Pipeline
import PipelineIO

/// SpERT JSON (CoNLL04): a list of sentences `{tokens, entities: [{type, start, end}], relations:
/// [{type, head, tail}]}`, entity offsets in tokens (end exclusive), relation arguments as entity indices.
///
/// CoNLL04 sentences are independent (no document structure survives in the SpERT split), so each
/// sentence is one document, id `NAME:orig_id` when the sentence has an `orig_id`, else `NAME:N`.
enum SpertGoldReader {
    static func read(_ text: String, name: String) throws(GoldReadError) -> GoldCorpus {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw GoldReadError("SpERT gold: \(error.description)")
        }
        guard let sentences = value.arrayValue else { throw GoldReadError("SpERT gold must be a JSON list") }
        var documents: [Document] = []
        var relationTypes: [RelationType] = []
        var seenTypes: Set<RelationType> = []
        for (n, sentence) in sentences.enumerated() {
            guard let tokens = sentence["tokens"]?.arrayValue else {
                throw GoldReadError("SpERT sentence \(n + 1) has no tokens")
            }
            var builder = TokenDocumentBuilder()
            for token in tokens { builder.addToken(Substring(token.stringValue ?? "")) }
            for entity in sentence["entities"]?.arrayValue ?? [] {
                guard let type = entity["type"]?.stringValue, let start = entity["start"]?.intValue,
                    let end = entity["end"]?.intValue, start >= 0, start < end, end <= tokens.count
                else {
                    throw GoldReadError("SpERT sentence \(n + 1): an entity needs type and 0 <= start < end <= tokens")
                }
                builder.addMention(tokens: start, end, label: EntityLabel(type))
            }
            let id = sentence["orig_id"]?.intValue.map { "\(name):\($0)" } ?? "\(name):\(n + 1)"
            var document = builder.document(id: id)
            // `document(id:)` sorted and renumbered the mentions; find each SpERT index's new id by span.
            let spans = builder.tokens
            func entityID(_ index: Int) -> String? {
                guard let list = sentence["entities"]?.arrayValue, index >= 0, index < list.count,
                    let s = list[index]["start"]?.intValue, let e = list[index]["end"]?.intValue,
                    let type = list[index]["type"]?.stringValue, s >= 0, s < e, e <= spans.count
                else { return nil }
                let span = Span(spans[s].start, spans[e - 1].end)
                return document.entities.first { $0.span == span && $0.label.rawValue == type }?.id
            }
            for relation in sentence["relations"]?.arrayValue ?? [] {
                guard let type = relation["type"]?.stringValue, let h = relation["head"]?.intValue,
                    let t = relation["tail"]?.intValue, let head = entityID(h), let tail = entityID(t)
                else {
                    throw GoldReadError("SpERT sentence \(n + 1): a relation needs a type and valid head and tail")
                }
                let relationType = RelationType(type)
                if seenTypes.insert(relationType).inserted { relationTypes.append(relationType) }
                document.relations.append(Relation(type: relationType, head: head, tail: tail, sentence: 0))
            }
            document.layers.insert(.relations)
            documents.append(document)
        }
        guard !documents.isEmpty else { throw GoldReadError("the SpERT gold has no sentences") }
        return GoldCorpus(
            documents: documents, labels: GoldReader.labelsInOrder(documents).sorted(),
            relationTypes: relationTypes.sorted(), annotatesRelations: true, format: .spert)
    }
}
