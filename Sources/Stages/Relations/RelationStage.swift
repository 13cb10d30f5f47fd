import Pipeline

/// Relations between entity mentions of one sentence (ANNOTATION.md: has_title, works_for, based_in,
/// located_in, part_of, alias_of, met_with, lives_in, killed), found by the declarative patterns of
/// `RelationPatterns`. Each relation keeps its evidence: sentence, trigger span, confidence, pattern name.
public struct RelationStage: Stage {
    public let name = "relations"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let adds: Set<Layer> = [.relations]

    let patterns: [CompiledPattern]

    public init() { self.patterns = RelationPatterns.compiled }

    /// A stage running only the given patterns (tests check each pattern on its own example).
    init(patterns: [CompiledPattern]) { self.patterns = patterns }

    public func process(_ document: inout Document) throws(DocumentError) {
        guard document.entities.count >= 2, !document.sentences.isEmpty else { return }
        if !Self.isNumberedInOrder(document.entities) { document.renumberEntities() }
        let sentences = SentenceItems(document)
        var found = RelationCollector()
        // A sentence without two argument mentions has an empty range (`SentenceItems`).
        for (index, range) in sentences.ranges.enumerated() where !range.isEmpty {
            let matcher = PatternMatcher(items: sentences.items, bounds: range)
            for position in range {
                let item = sentences.items[position]
                for pattern in patterns {
                    if let anchor = pattern.anchor, !anchor.matches(item) { continue }
                    guard let m = matcher.match(pattern.elements, at: position) else { continue }
                    found.add(m, pattern, sentence: index, items: sentences.items, document: document)
                }
            }
        }
        document.relations.append(contentsOf: found.relations(document))
    }

    private static func isNumberedInOrder(_ entities: [Entity]) -> Bool {
        var previous: Entity?
        for e in entities {
            if e.id.isEmpty { return false }
            if let p = previous, (p.start, p.end) > (e.start, e.end) { return false }
            previous = e
        }
        return true
    }
}
