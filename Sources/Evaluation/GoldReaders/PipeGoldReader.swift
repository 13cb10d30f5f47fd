import Pipeline
import PipelineIO

/// The project's own format: one JSON document (possibly pretty-printed), a JSON list of documents, or
/// JSONL; `labels` and optionally `relation_types` at the top level of each document.
///
/// The corpus labels are the union of the documents' `labels` in order of appearance, or, when no
/// document lists any, the labels present in the gold. Relations are scored when some document has a
/// `relations` member (an empty list means "annotated, none there").
enum PipeGoldReader {
    static func read(_ text: String) throws(GoldReadError) -> GoldCorpus {
        var values: [JSONValue] = []
        if let whole = try? JSONParser.parse(text) {
            values = whole.arrayValue ?? [whole]
        } else {
            values = try GoldReader.jsonLines(text, what: "gold").map(\.value)
        }
        var documents: [Document] = []
        var labels: [EntityLabel] = []
        var seenLabels: Set<EntityLabel> = []
        var relationTypes: [RelationType]?
        var annotatesRelations = false
        let decoder = DocumentDecoder()
        for (n, value) in values.enumerated() {
            let record: DecodedRecord
            do {
                record = try decoder.decode(value)
            } catch {
                throw GoldReadError("gold document \(n + 1): \(error.description)")
            }
            guard case .document(var document) = record else {
                throw GoldReadError("gold document \(n + 1) ('\(record.id)') is an error record")
            }
            if document.id.isEmpty { document.id = "gold:\(n + 1)" }
            for label in value["labels"]?.arrayValue ?? [] {
                if let name = label.stringValue, seenLabels.insert(EntityLabel(name)).inserted {
                    labels.append(EntityLabel(name))
                }
            }
            if let types = value["relation_types"]?.arrayValue {
                var list = relationTypes ?? []
                for t in types {
                    if let name = t.stringValue, !list.contains(RelationType(name)) { list.append(RelationType(name)) }
                }
                relationTypes = list
            }
            if document.layers.contains(.relations) { annotatesRelations = true }
            documents.append(document)
        }
        guard !documents.isEmpty else { throw GoldReadError("the gold file holds no document") }
        if labels.isEmpty { labels = GoldReader.labelsInOrder(documents) }
        return GoldCorpus(
            documents: documents, labels: labels, relationTypes: relationTypes,
            annotatesRelations: annotatesRelations, format: .pipe)
    }
}
