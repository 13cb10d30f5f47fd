/// The candidate pairs of a sentence for the classifier: every ordered pair of argument mentions (PERSON,
/// ORG, GPE, LOC, FAC) at most `PairFeatures.maximumGap` items apart whose labels admit one of the wanted
/// relation types, with its features. Shared by annotation and training.
final class PairCandidates {
    /// Scratch for one pair's features: the shared part, the directed part, the finished whole.
    private static let capacity = 256
    private let shared = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    private let directed = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    private let features = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * capacity)
    private var sharedCount = 0

    init() {}

    deinit {
        shared.deallocate()
        directed.deallocate()
        features.deallocate()
    }

    /// `RelationCode` types (bits) that a head with label bit `h` and a tail with label bit `t` admit:
    /// `[h * entityKinds + t]`.
    static let typesByLabels: [UInt16] = {
        let kinds = PatternProgram.entityKinds
        var table = [UInt16](repeating: 0, count: kinds * kinds)
        for h in 0..<kinds {
            for t in 0..<kinds {
                let hm = LabelMask(rawValue: 1 << UInt16(h))
                let tm = LabelMask(rawValue: 1 << UInt16(t))
                for (code, c) in RelationCode.constraints.enumerated() where c.head.contains(hm) && c.tail.contains(tm) {
                    table[h * kinds + t] |= 1 << UInt16(code)
                }
            }
        }
        return table
    }()

    static let argumentLabels: LabelMask = [.person, .org, .gpe, .loc, .fac]
    /// Most entity mentions a sentence may have for the classifier to read it (the most in one sentence
    /// of the 91 AEB dev pages and of CoNLL04 dev is 16).
    static let mostArguments = 100
    static let killingClasses: UInt32 = ["kill", "killing", "killbase", "kgerund", "killer"].reduce(0) {
        $0 | WordClasses.bit($1)
    }

    /// One candidate: entity indices and item positions of head and tail, the wanted types its labels
    /// admit (bits of `RelationCode`), and the features (valid during the call that hands it over).
    struct Pair {
        var head: Int
        var tail: Int
        var headPosition: Int
        var tailPosition: Int
        var types: UInt16
        var features: UnsafeBufferPointer<UInt64>
    }

    /// Calls `body(head, tail, headPosition, tailPosition, types, features)` per candidate (see `Pair`).
    func forEach(
        _ s: PairFeatures.Sentence, _ facts: EntityFacts, fired: FiredPairs, wanted: UInt16,
        _ body: (_ head: Int, _ tail: Int, _ headPosition: Int, _ tailPosition: Int, _ types: UInt16,
            _ features: UnsafeBufferPointer<UInt64>) -> Void
    ) {
        forEachPair(s, facts, fired: fired, wanted: wanted) { _, _, _, p in
            body(p.head, p.tail, p.headPosition, p.tailPosition, p.types, p.features)
        }
    }

    /// `forEach` handing the sentence, the facts and the matches back to `body` with each pair, so that the
    /// caller's closure need not capture them: a closure's captured structs were copied into its context for
    /// every sentence (a retain and a release of each of their arrays).
    func forEachPair(
        _ s: PairFeatures.Sentence, _ facts: EntityFacts, fired: FiredPairs, wanted: UInt16,
        _ body: (PairFeatures.Sentence, EntityFacts, FiredPairs, Pair) -> Void
    ) {
        let kinds = PatternProgram.entityKinds
        // killed is looked at only in a sentence with a word of the killing lexicon: most sentences have
        // pairs of people, few say that one killed the other.
        var wanted = wanted
        if s.classUnion & Self.killingClasses == 0 { wanted &= ~(1 << UInt16(RelationCode.killed)) }
        guard wanted != 0 else { return }
        // A "sentence" with more argument mentions than any written sentence has is a list, a table or a
        // run-on page ("U.S. U.S. U.S. ..."): its pairs state nothing, and classifying every one of them
        // cost more than the rest of the pipeline. The patterns still read it.
        var arguments = 0
        for a in s.range where s.items[a].entity >= 0 {
            arguments += 1
            if arguments > Self.mostArguments { return }
        }
        var a = s.range.lowerBound
        while a < s.range.upperBound {
            defer { a += 1 }
            let ia = s.items[a]
            guard ia.entity >= 0, Self.argumentLabels.contains(ia.label) else { continue }
            let la = ia.label.rawValue.trailingZeroBitCount
            var b = a + 1
            while b < s.range.upperBound, b - a - 1 <= PairFeatures.maximumGap {
                defer { b += 1 }
                let ib = s.items[b]
                guard ib.entity >= 0, Self.argumentLabels.contains(ib.label) else { continue }
                let lb = ib.label.rawValue.trailingZeroBitCount
                let forward = Self.typesByLabels[la * kinds + lb] & wanted
                let backward = Self.typesByLabels[lb * kinds + la] & wanted
                guard forward != 0 || backward != 0 else { continue }
                var sink = PairFeatures.Hashes(base: shared, capacity: Self.capacity)
                PairFeatures.shared(s, a, b, facts, into: &sink)
                sharedCount = sink.count
                if forward != 0 { emit(s, facts, fired, head: a, tail: b, forward, body) }
                if backward != 0 { emit(s, facts, fired, head: b, tail: a, backward, body) }
            }
        }
    }

    private func emit(
        _ s: PairFeatures.Sentence, _ facts: EntityFacts, _ fired: FiredPairs, head: Int, tail: Int,
        _ types: UInt16, _ body: (PairFeatures.Sentence, EntityFacts, FiredPairs, Pair) -> Void
    ) {
        var sink = PairFeatures.Hashes(base: directed, capacity: Self.capacity)
        PairFeatures.directed(s, head: head, tail: tail, facts, fired: fired, into: &sink)
        let headFirst = head < tail
        var n = 0
        for i in 0..<sharedCount {
            features[n] = PairFeatures.finish(shared[i], headFirst: headFirst)
            n += 1
        }
        for i in 0..<sink.count {
            features[n] = PairFeatures.finish(directed[i], headFirst: headFirst)
            n += 1
        }
        body(
            s, facts, fired,
            Pair(
                head: Int(s.items[head].entity), tail: Int(s.items[tail].entity), headPosition: head,
                tailPosition: tail, types: types, features: UnsafeBufferPointer(start: features, count: n)))
    }

    /// The features of one pair with their names, for `--explain`.
    static func named(
        _ s: PairFeatures.Sentence, head: Int, tail: Int, _ facts: EntityFacts, fired: FiredPairs
    ) -> [(feature: UInt64, template: PairFeatures.Template, note: PairFeatures.Note)] {
        var sink = PairFeatures.Named()
        PairFeatures.shared(s, min(head, tail), max(head, tail), facts, into: &sink)
        PairFeatures.directed(s, head: head, tail: tail, facts, fired: fired, into: &sink)
        return zip(sink.raw, sink.notes).map { raw, note in
            (PairFeatures.finish(raw, headFirst: head < tail), note.0, note.1)
        }
    }
}
