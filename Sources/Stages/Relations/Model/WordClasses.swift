/// The word classes of `RelationLexicon` as bits of one mask per word, so that the classifier's features
/// can say "a killing verb between the arguments" whatever the verb: the patterns' trigger lexicon,
/// generalised over words the training data never saw together with these arguments.
///
/// The class order is part of the model's feature space: append only (and bump `PairFeatures.version`).
struct WordClasses: Sendable {
    static let names = [
        "det", "be", "role", "mod", "orgnoun", "dir", "place", "unit", "kill", "killing", "killbase", "kgerund",
        "killer", "adv", "meet", "meeting", "counterpart", "reside", "live", "home", "occupation", "named",
        "part", "site", "hon", "charged", "lead", "topic", "notperson", "work",
    ]

    static let shared = WordClasses()

    private let vocabulary: WordVocabulary
    private let masks: [UInt32]

    init() {
        var byWord: [UInt64: UInt32] = [:]
        for (bit, name) in Self.names.enumerated() {
            for word in RelationLexicon.classes[name] ?? [] { byWord[word, default: 0] |= 1 << UInt32(bit) }
        }
        vocabulary = WordVocabulary(Set(byWord.keys))
        masks = vocabulary.words.map { byWord[$0] ?? 0 }
    }

    /// The classes of a word (its `WordHash`), 0 when none.
    @inline(__always) func mask(of word: UInt64) -> UInt32 {
        let n = vocabulary.number(of: word)
        return n < 0 ? 0 : masks[Int(n)]
    }

    static func bit(_ name: String) -> UInt32 {
        guard let i = names.firstIndex(of: name) else { return 0 }
        return 1 << UInt32(i)
    }
}
