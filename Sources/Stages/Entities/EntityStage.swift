import Pipeline

/// Tags PERSON, NORP, GPE, LOC, FAC, ORG, EVENT, LAW and TITLE mentions (ANNOTATION.md) from gazetteers
/// and rules over tokens; every mention records the rule or resource that produced it in `origin`.
public struct EntityStage: Stage {
    public let name = "entities"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let adds: Set<Layer> = [.entities]

    public init() {}

    /// Loads the gazetteers (once per process); `pipe` may call it at start-up to keep the first document fast.
    public static func warmUp() { _ = Gazetteer.shared }

    public func process(_ document: inout Document) throws(DocumentError) {
        guard !document.tokens.isEmpty else { return }
        let tokens = TokenTable(document)
        var text = document.text
        let budget = document.budget
        let mentions: [Mention] = text.withUTF8 { bytes in
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.budget = budget
            tagger.run()
            tagger.resolveDocument()
            return tagger.mentions
        }
        let map = document.offsets
        for m in mentions {
            let span = Span(map.scalarOffset(utf8: m.startByte), map.scalarOffset(utf8: m.endByte))
            guard !span.isEmpty else { continue }
            document.addEntity(span, label: m.label, origin: m.origin)
        }
        document.renumberEntities()
    }
}
