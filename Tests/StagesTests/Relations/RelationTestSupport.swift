import Pipeline
import Testing

@testable import Stages

/// Documents for the relation tests. Entities can be given inline, so that a pattern is tested on its own
/// and not through the entity stage: "[PERSON:h Jane Roe], [TITLE:t spokeswoman] for [ORG Acme]".
enum RelationFixtures {
    struct Marked {
        var document: Document
        /// Ids of the entities marked `:h` and `:t`.
        var head: String?
        var tail: String?
    }

    /// Plain text with the bracketed entities added (labels and `:h`/`:t` marks removed), tokenized and split.
    static func marked(_ markup: String) throws -> Marked {
        var text = String.UnicodeScalarView()
        var count = 0
        var spans: [(Span, EntityLabel, Character?)] = []
        var open: (start: Int, label: EntityLabel, mark: Character?)?
        var scalars = markup.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            if s == "[" {
                var header = ""
                while let h = scalars.next(), h != " " { header.unicodeScalars.append(h) }
                let parts = header.split(separator: ":")
                open = (count, EntityLabel(String(parts[0])), parts.count > 1 ? parts[1].first : nil)
            } else if s == "]", let o = open {
                spans.append((Span(o.start, count), o.label, o.mark))
                open = nil
            } else {
                text.append(s)
                count += 1
            }
        }
        var document = try TokenizeFixtures.split(String(text))
        for (span, label, _) in spans { document.addEntity(span, label: label, origin: "test") }
        document.renumberEntities()
        func id(_ mark: Character) -> String? {
            guard let (span, _, _) = spans.first(where: { $0.2 == mark }) else { return nil }
            return document.entities.first { $0.span == span }?.id
        }
        return Marked(document: document, head: id("h"), tail: id("t"))
    }

    static func relations(_ markup: String, stage: RelationStage = RelationStage()) throws -> [String] {
        var document = try marked(markup).document
        try stage.process(&document)
        return describe(document)
    }

    /// The real pipeline from tokens on: entity stage, then relations, run by the pipeline runner (which
    /// settles the entity layer between them).
    static func annotated(_ text: String) throws -> Document {
        var document = try TokenizeFixtures.split(text)
        try Pipeline([EntityStage(), RelationStage()], given: [.text, .tokens, .sentences]).run(&document)
        return document
    }

    /// "type head → tail" for each relation.
    static func describe(_ document: Document) -> [String] {
        let byID = Dictionary(document.entities.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        return document.relations.map { "\($0.type) \(byID[$0.head] ?? "?") → \(byID[$0.tail] ?? "?")" }
    }
}
