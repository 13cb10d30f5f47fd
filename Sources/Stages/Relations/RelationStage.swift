import Pipeline

/// Relations between entity mentions of one sentence (ANNOTATION.md: has_title, works_for, based_in,
/// located_in, part_of, alias_of, met_with, lives_in, killed), found by the declarative patterns of
/// `RelationPatterns`. Each relation keeps its evidence: sentence, trigger span, confidence, pattern name.
public struct RelationStage: CatalogStage {
    public static let stageName = "relations"
    public static let summary = "relations between entities of a sentence, from patterns"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let adds: Set<Layer> = [.relations]
    /// Its rules and resources are English: other languages skip it (`--lang`).
    public let englishOnly = true

    let patterns: [CompiledPattern]
    let program: PatternProgram

    /// A stage; the pattern table is compiled once per process.
    public init() {
        self.patterns = RelationPatterns.compiled
        self.program = RelationPatterns.program
    }

    /// A stage running only the given patterns (tests check each pattern on its own example).
    init(patterns: [CompiledPattern]) {
        self.patterns = patterns
        self.program = PatternProgram(patterns)
    }

    /// Reads the entities as the pipeline runner leaves them (`Document.settleEntities`: in text order,
    /// numbered), since relations name their arguments by id.
    public func process(_ document: inout Document) throws(DocumentError) {
        guard document.entities.count >= 2, !document.sentences.isEmpty else { return }
        let sentences = SentenceItems(document, vocabulary: program.vocabulary)
        var found = RelationCollector()
        let items = sentences.items
        let width = program.patternWords
        var passed = [UInt64](repeating: 0, count: program.requiredWords)
        var viable = [UInt64](repeating: 0, count: width)
        var matcher = PatternMatcher(items: items, bounds: 0..<0, program: program)
        // A sentence without two argument mentions has an empty range (`SentenceItems`).
        for (index, range) in sentences.ranges.enumerated() where !range.isEmpty {
            // The patterns this sentence has the labels and words for.
            let any = items.withUnsafeBufferPointer { items in
                passed.withUnsafeMutableBufferPointer { passed in
                    viable.withUnsafeMutableBufferPointer { viable in
                        program.viable(items, range, passed: passed, into: viable)
                    }
                }
            }
            guard any else { continue }
            found.noteSentence(items, range)
            matcher.bounds = range
            for position in range {
                // Only the viable patterns whose opening element can match this item, in table order.
                let row = program.kind(of: items[position]) * width
                for w in 0..<width {
                    var bits = program.candidates[row + w] & viable[w]
                    while bits != 0 {
                        let p = w * 64 + bits.trailingZeroBitCount
                        bits &= bits - 1
                        guard let m = matcher.match(pattern: p, at: position) else { continue }
                        found.add(m, patterns[p], sentence: index, items: items, document: document)
                    }
                }
            }
        }
        found.inferParenthesized(document)
        found.inferContainers(document)
        document.relations.append(contentsOf: found.relations(document))
    }
}
