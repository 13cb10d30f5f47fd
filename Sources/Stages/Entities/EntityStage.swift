import Pipeline

/// Tags PERSON, NORP, GPE, LOC, FAC, ORG, EVENT, LAW and TITLE mentions (ANNOTATION.md) from gazetteers
/// and rules over tokens, then lets a statistical tagger (Model/, trained on GMB) label the capitalized
/// words the rules left open and overrule their weakest guesses; every mention records the rule,
/// resource or model that produced it in `origin`.
public struct EntityStage: CatalogStage {
    public static let stageName = "entities"
    public static let summary = "named entities from gazetteers and rules"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let adds: Set<Layer> = [.entities]
    /// Its rules and resources are English: other languages skip it (`--lang`).
    public let englishOnly = true

    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        guard !document.tokens.isEmpty else { return }
        let (mentions, _, walk) = Self.tagged(document, model: EntityModel.shared)
        let map = document.offsets
        // One allocation: appended one by one, the entities array grew (and was copied) about seven times
        // per document.
        document.entities.reserveCapacity(document.entities.count + mentions.count)
        if map.isASCII {
            for m in mentions where m.startByte < m.endByte {
                document.addEntity(
                    Span(m.startByte, m.endByte), utf8: m.startByte..<m.endByte, label: m.label.entityLabel,
                    origin: m.origin)
            }
        } else {
            // The kept mentions are in text order and do not overlap: one forward walk converts them.
            var text = document.text
            let spans = text.withUTF8 { bytes in
                var cursor = walk?.rewound() ?? OffsetWalk(bytes: bytes, map: map)
                return mentions.map { m in
                    Span(cursor.scalarOffset(utf8: m.startByte), cursor.scalarOffset(utf8: m.endByte))
                }
            }
            for (m, span) in zip(mentions, spans) where !span.isEmpty {
                // The mention's bytes are its span's: the document need not convert the span back.
                document.addEntity(span, utf8: m.startByte..<m.endByte, label: m.label.entityLabel, origin: m.origin)
            }
        }
    }

    /// The mentions of a tokenized document, and the work count of the document pass (see
    /// `EntityTagger.documentWork`).
    static func tag(_ document: Document) -> (mentions: [Mention], documentWork: Int) {
        tag(document, model: EntityModel.shared)
    }

    static func tag(_ document: Document, model: EntityModel) -> (mentions: [Mention], documentWork: Int) {
        let (mentions, documentWork, _) = tagged(document, model: model)
        return (mentions, documentWork)
    }

    /// `tag`, with the offset walk of the tokens (nil for ASCII text) for converting the mentions back.
    static func tagged(_ document: Document, model: EntityModel) -> (
        mentions: [Mention], documentWork: Int, walk: OffsetWalk?
    ) {
        var walk: OffsetWalk?
        var tokens = TokenTable(document, walk: &walk)
        var text = document.text
        return text.withUTF8 { bytes in
            tokens.demoteCodes(bytes)
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.budget = document.budget
            tagger.run()
            tagger.resolveDocument()
            tagger.applyModel(model)
            return (tagger.mentions, tagger.documentWork, walk)
        }
    }
}
