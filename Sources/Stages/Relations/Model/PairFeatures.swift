/// The features of a candidate pair of argument mentions of one sentence, for the relation classifier.
///
/// One code path serves training (`RelationModelTraining`) and annotation (`RelationClassifier`), so the
/// two cannot drift. Features are 64-bit hashes of (template, value, direction); the model hashes each
/// again with the relation type. Words are the items' `WordHash` (case-folded), so no string is built.
///
/// Templates: the words between the arguments (each, bigrams, the whole gap when short, the first and the
/// last, the gap's shape of kinds of words), one and two words around them, the `RelationLexicon` classes of those words (the patterns'
/// trigger lexicon), the argument labels and last words, the distance, the mentions, commas, conjunctions
/// and brackets between, whether the two are members of one coordination or one place run (and of which
/// step), the place hierarchy (levels, containment either way), a possessive or a title next to an
/// argument, and every pattern that fired on the pair (by name and by type).
struct PairFeatures {
    /// Bumped whenever a template, a hash or a class list changes: a model trained with another version
    /// is refused (the stage then runs the patterns alone, and the model test fails).
    static let version: UInt32 = 10
    /// Pairs further apart than this many items are not candidates.
    static let maximumGap = 30
    /// Between the arguments, words and bigrams are features within this many items of either argument.
    static let betweenWindow = 4
    /// The shape of the gap between the arguments is a feature when the gap has at most this many items.
    static let shapeGap = 10

    enum Template: UInt8, CaseIterable, Sendable {
        case bias, between, bigram, gap, firstBetween, lastBetween, left1, left2, right1, right2
        case betweenClass, left1Class, right1Class, distance, mentionsBetween, mentionBetween, commas
        case conjunction, bracketBetween, inBrackets, coordinated, runSteps, headWord, tailWord
        case pattern, patternType, levels, contained, containing, unrelatedPlaces, possessive, titleBefore
        case noPattern, patternConfidence, inCoordination, levelsNear, biasNear, gapShape

        var name: String { "\(self)" }
    }

    /// What a feature value stands for, for `--explain`.
    enum Note: Sendable {
        case none
        case item(Int)
        case items(Int, Int)
        case number(Int)
        case wordClass(Int)
        case pattern(Int)
        case labels(UInt8, UInt8)
        case levels(UInt8, UInt8)
        case type(Int)
        /// The last word of entity `e`.
        case lastWord(Int)
    }

    /// Where features go: hashes only (annotation, training) or also their names (`--explain`).
    protocol Sink {
        mutating func add(_ template: Template, _ value: UInt64, _ note: Note)
    }

    /// Hashes written into memory the caller owns (no array growth or uniqueness checks per feature, the
    /// classifier's inner loop); features beyond `capacity` are dropped (a pair has about 40, at most a
    /// few over 100: the words between are bounded by `betweenWindow`).
    struct Hashes: Sink {
        let base: UnsafeMutablePointer<UInt64>
        let capacity: Int
        var count = 0

        @inline(__always) mutating func add(_ template: Template, _ value: UInt64, _ note: Note) {
            guard count < capacity else { return }
            base[count] = PairFeatures.raw(template, value)
            count += 1
        }

        var raw: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
    }

    struct Named: Sink {
        var raw: [UInt64] = []
        var notes: [(Template, Note)] = []
        mutating func add(_ template: Template, _ value: UInt64, _ note: Note) {
            raw.append(PairFeatures.raw(template, value))
            notes.append((template, note))
        }
    }

    @inline(__always) static func raw(_ template: Template, _ value: UInt64) -> UInt64 {
        (value &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(template.rawValue) &* 0xD6E8_FEB8_6659_FD93)
    }

    /// The final feature hash, with the direction: head first (0) or tail first (1).
    @inline(__always) static func finish(_ raw: UInt64, headFirst: Bool) -> UInt64 {
        var x = raw ^ (headFirst ? 0x2545_F491_4F6C_DD1D : 0x8A97_5F2C_1D3B_6E41)
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// Classes of generic head nouns whose use as a name's last word is a feature.
    static let genericNouns: UInt32 = ["orgnoun", "place", "unit", "site", "notperson", "named", "part"].reduce(0) {
        $0 | WordClasses.bit($1)
    }

    /// Stand-ins for a mention among words (in bigrams and gaps) and for the sentence's edges.
    static let mentionWords: [UInt64] = EntityFacts.Coarse.names.map { WordHash.of("<" + $0 + ">") }
    static let edge = WordHash.of("<EDGE>")
    static let open = WordHash.of("(")
    static let close = WordHash.of(")")
    static let possessive = WordHash.of("'s")

    /// Words a gap's shape keeps as they are (prepositions, the possessive, punctuation that joins or
    /// sets apart: "X 's president Y", "Y , a resident of X", "Y of X", "Y ( X )"); the other words become
    /// their kind (`ShapeKinds`).
    static let shapeWords: [UInt64] = [
        "of", "in", "from", "at", "for", "with", "by", "to", "on", "near", "'s", "'", ",", "(", ")", "and", "or",
        "who", "where", "whose", "said", "says", "told", "--", ":", "\"",
    ].map { WordHash.of($0) }
    /// Classes of words that name a person's office or calling ("former union leader", "dissident
    /// historian"): one kind in a shape.
    static let roleClasses: UInt32 = ["role", "mod", "occupation", "hon", "topic", "reside", "home"].reduce(0) {
        $0 | WordClasses.bit($1)
    }
    static let determinerClass = WordClasses.bit("det")
    static let beClass = WordClasses.bit("be")
    static let shapeRole = WordHash.of("<ROLE>")
    static let shapeDeterminer = WordHash.of("<DET>")
    static let shapeBe = WordHash.of("<BE>")
    static let shapeNumber = WordHash.of("<NUM>")
    static let shapeWord = WordHash.of("<W>")

    /// The kinds of words in a gap's shape, read once per sentence.
    struct ShapeKinds {
        let kept = PairFeatures.shapeWords
        let role = PairFeatures.roleClasses
        let determiner = PairFeatures.determinerClass
        let be = PairFeatures.beClass

        /// The kind of a word: itself when kept, else its class's or its own kind.
        @inline(__always) func of(_ word: UInt64, classes: UInt32, numeric: Bool) -> UInt64 {
            if kept.contains(word) { return word }
            if classes & role != 0 { return PairFeatures.shapeRole }
            if classes & determiner != 0 { return PairFeatures.shapeDeterminer }
            if classes & be != 0 { return PairFeatures.shapeBe }
            return numeric ? PairFeatures.shapeNumber : PairFeatures.shapeWord
        }
    }

    /// Per-item scratch of `Sentence`, allocated once per document for its longest sentence.
    final class Scratch {
        let capacity: Int
        let classes: UnsafeMutablePointer<UInt32>
        let bracketed: UnsafeMutablePointer<Bool>
        let shapes: UnsafeMutablePointer<UInt64>

        init(capacity: Int) {
            self.capacity = max(capacity, 1)
            classes = .allocate(capacity: self.capacity)
            bracketed = .allocate(capacity: self.capacity)
            shapes = .allocate(capacity: self.capacity)
        }

        deinit {
            classes.deallocate()
            bracketed.deallocate()
            shapes.deallocate()
        }
    }

    /// One sentence as the features read it (valid while its scratch and items are).
    struct Sentence {
        let items: UnsafeBufferPointer<SentenceItem>
        let range: Range<Int>
        /// `WordClasses` mask of each item of `range` (by `index - range.lowerBound`), 0 for mentions.
        let classes: UnsafeBufferPointer<UInt32>
        /// Whether the item lies between "(" and ")".
        let bracketed: UnsafeBufferPointer<Bool>
        /// The kind of each word item in a gap's shape (`ShapeKinds`); 0 for mentions.
        let shapes: UnsafeBufferPointer<UInt64>
        /// The classes of all the sentence's words.
        let classUnion: UInt32
        /// Copies of `PairFeatures.edge` and `mentionWords`: a global's every read costs a `swift_once`
        /// check, and `word(_:_:)` runs for every item between every candidate pair.
        let edge: UInt64
        let mentionWords: [UInt64]

        /// `classMasks`: the classes by vocabulary number (`PatternProgram.classMasks`); `scratch` must hold
        /// `range.count` items.
        init(items: UnsafeBufferPointer<SentenceItem>, range: Range<Int>, classMasks: [UInt32], scratch: Scratch) {
            precondition(range.count <= scratch.capacity)
            self.items = items
            self.range = range
            let classes = scratch.classes
            let bracketed = scratch.bracketed
            let shapes = scratch.shapes
            let kinds = ShapeKinds()
            var depth = 0
            var union: UInt32 = 0
            let open = PairFeatures.open
            let close = PairFeatures.close
            for i in range {
                let item = items[i]
                var mask: UInt32 = 0
                if item.entity < 0 {
                    mask = item.vocabulary >= 0 ? classMasks[Int(item.vocabulary)] : 0
                    union |= mask
                    if item.word == open { depth += 1 }
                    if item.word == close { depth = max(0, depth - 1) }
                }
                classes[i - range.lowerBound] = mask
                bracketed[i - range.lowerBound] = depth > 0
                shapes[i - range.lowerBound] =
                    item.entity < 0
                    ? kinds.of(item.word, classes: mask, numeric: item.isNumeric) : 0
            }
            self.classes = UnsafeBufferPointer(start: classes, count: range.count)
            self.bracketed = UnsafeBufferPointer(start: bracketed, count: range.count)
            self.shapes = UnsafeBufferPointer(start: shapes, count: range.count)
            classUnion = union
            edge = PairFeatures.edge
            mentionWords = PairFeatures.mentionWords
        }

        @inline(__always) func word(_ i: Int, _ facts: EntityFacts) -> UInt64 {
            guard range.contains(i) else { return edge }
            let item = items[i]
            return item.entity >= 0 ? mentionWords[Int(facts.coarse[Int(item.entity)])] : item.word
        }

        @inline(__always) func classes(_ i: Int) -> UInt32 { range.contains(i) ? classes[i - range.lowerBound] : 0 }
    }

    /// Features that do not depend on which argument is the head: the words and mentions between and
    /// around the two items `a < b` (positions in the sentence), their distance and structure.
    static func shared<S: Sink>(_ s: Sentence, _ a: Int, _ b: Int, _ facts: EntityFacts, into sink: inout S) {
        let gap = b - a - 1
        var classes: UInt32 = 0
        var mentions = 0
        var commas = 0
        var conjunction = false
        var bracket = false
        var previous = s.word(a, facts)
        var gapHash = WordHash.seed
        var mentionLabels: UInt8 = 0
        // Words and bigrams only near the arguments: the first and last `window` items of a long gap (the
        // counts and classes below still read all of it). Keeps a pair's features bounded, so a long
        // sentence with many names costs per pair, not per pair and word between.
        let window = Self.betweenWindow
        // Locals, not the globals: one `swift_once` check each per pair, not per item between.
        let (comma, and, or) = (EntityFacts.comma, EntityFacts.and, EntityFacts.or)
        let (open, close) = (Self.open, Self.close)
        // Items more than `window` from both arguments (`farStart..<farEnd`, empty in a short gap) give no
        // word or bigram: a loop of their own counts them without the features' work.
        let farStart = min(b, a + window + 1)
        let farEnd = max(farStart, b - window)
        /// A mention between the two (names, dates and titles; not the arguments' own kinds of filler).
        @inline(__always) func count(entity e: Int32) {
            let c = facts.coarse[Int(e)]
            if c <= EntityFacts.Coarse.title {
                mentions += 1
                mentionLabels |= 1 << c
            }
        }
        var k = a + 1
        while k < b {
            if k == farStart, farStart < farEnd {
                for f in farStart..<farEnd {
                    let item = s.items[f]
                    if item.entity >= 0 {
                        count(entity: item.entity)
                    } else {
                        classes |= s.classes(f)
                        let w = item.word
                        if w == comma { commas += 1 }
                        if w == and || w == or { conjunction = true }
                        if w == open || w == close { bracket = true }
                    }
                }
                k = farEnd
                previous = s.word(k - 1, facts)
                continue
            }
            let item = s.items[k]
            let w = s.word(k, facts)
            if item.entity >= 0 {
                count(entity: item.entity)
            } else {
                sink.add(.between, w, .item(k))
                classes |= s.classes(k)
                if w == comma { commas += 1 }
                if w == and || w == or { conjunction = true }
                if w == open || w == close { bracket = true }
            }
            sink.add(.bigram, previous &* 31 &+ w, .items(k - 1, k))
            previous = w
            if gap <= 4 { gapHash = (gapHash ^ w) &* 0x100_0000_01b3 }
            k += 1
        }
        sink.add(.bigram, previous &* 31 &+ s.word(b, facts), .items(b - 1, b))
        if gap <= 4 { sink.add(.gap, gap == 0 ? 0 : gapHash, gap == 0 ? .none : .items(a + 1, b - 1)) }
        // The gap's shape: each item's kind (a mention's label, a kept word, a role word, another word),
        // runs of one kind as one. Says "X 's president Y" and "X teacher union leader Y" alike.
        if gap > 0, gap <= Self.shapeGap {
            var shape = WordHash.seed
            var last: UInt64 = 0
            for k in (a + 1)..<b {
                let item = s.items[k]
                let kind = item.entity >= 0 ? s.word(k, facts) : s.shapes[k - s.range.lowerBound]
                if kind == last { continue }
                last = kind
                shape = (shape ^ kind) &* 0x100_0000_01b3
            }
            sink.add(.gapShape, shape, .items(a + 1, b - 1))
        }
        if gap > 0 {
            sink.add(.firstBetween, s.word(a + 1, facts), .item(a + 1))
            sink.add(.lastBetween, s.word(b - 1, facts), .item(b - 1))
        }
        sink.add(.left1, s.word(a - 1, facts), .item(a - 1))
        sink.add(.left2, s.word(a - 2, facts), .item(a - 2))
        sink.add(.right1, s.word(b + 1, facts), .item(b + 1))
        sink.add(.right2, s.word(b + 2, facts), .item(b + 2))
        addClasses(.betweenClass, classes, into: &sink)
        addClasses(.left1Class, s.classes(a - 1), into: &sink)
        addClasses(.right1Class, s.classes(b + 1), into: &sink)
        let bucket = gap < 4 ? gap : gap < 6 ? 4 : gap < 9 ? 5 : gap < 14 ? 6 : gap < 20 ? 7 : 8
        sink.add(.distance, UInt64(bucket), .number(bucket))
        let m = min(mentions, 3)
        sink.add(.mentionsBetween, UInt64(m), .number(m))
        var labels = mentionLabels
        while labels != 0 {
            let c = UInt8(labels.trailingZeroBitCount)
            labels &= labels - 1
            sink.add(.mentionBetween, UInt64(c), .labels(c, c))
        }
        let c = min(commas, 3)
        sink.add(.commas, UInt64(c), .number(c))
        if conjunction { sink.add(.conjunction, 1, .none) }
        if bracket { sink.add(.bracketBetween, 1, .none) }
        let ea = Int(s.items[a].entity)
        let eb = Int(s.items[b].entity)
        if facts.coordinated(ea, eb) { sink.add(.coordinated, 1, .none) }
        if let steps = facts.steps(ea, eb) {
            var kinds = 0
            for step in steps { kinds |= step == .list ? 1 : 2 }
            sink.add(.runSteps, UInt64(kinds), .number(kinds))
        }
    }

    /// Features of the pair with `head` and `tail` (positions) in their roles.
    static func directed<S: Sink>(
        _ s: Sentence, head: Int, tail: Int, _ facts: EntityFacts, fired: FiredPairs, into sink: inout S
    ) {
        let h = Int(s.items[head].entity)
        let t = Int(s.items[tail].entity)
        let hc = facts.coarse[h]
        let tc = facts.coarse[t]
        sink.add(.bias, UInt64(hc) << 8 | UInt64(tc), .labels(hc, tc))
        // Most relations are stated within a few words: the label prior apart for near pairs.
        let near = abs(tail - head) <= 4
        sink.add(.biasNear, UInt64(hc) << 9 | UInt64(tc) << 1 | (near ? 1 : 0), .labels(hc, tc))
        // The last word of a name only when it is a generic noun of the lexicon ("University", "Ministry",
        // "County"): the names themselves would teach the model who works where, not how it is said.
        let classes = WordClasses.shared
        if classes.mask(of: facts.lastWord[h]) & Self.genericNouns != 0 {
            sink.add(.headWord, facts.lastWord[h], .lastWord(h))
        }
        if classes.mask(of: facts.lastWord[t]) & Self.genericNouns != 0 {
            sink.add(.tailWord, facts.lastWord[t], .lastWord(t))
        }
        var any = false
        fired.forEach(head: h, tail: t) { i in
            let f = fired.all[i]
            sink.add(.pattern, UInt64(f.pattern), .pattern(Int(f.pattern)))
            sink.add(.patternType, UInt64(f.type), .type(Int(f.type)))
            // The hand-set confidence, by tenths and the pattern's type: carries over to patterns that
            // rarely fire in the training data.
            let tenths = Int(f.confidence)
            sink.add(.patternConfidence, UInt64(f.type) << 8 | UInt64(tenths), .number(tenths))
            any = true
        }
        if !any { sink.add(.noPattern, 1, .none) }
        if hc == EntityFacts.Coarse.place, tc == EntityFacts.Coarse.place {
            let hl = facts.place[h].highest.rawValue
            let tl = facts.place[t].highest.rawValue
            sink.add(.levels, UInt64(hl) << 8 | UInt64(tl), .levels(hl, tl))
            sink.add(.levelsNear, UInt64(hl) << 9 | UInt64(tl) << 1 | (near ? 1 : 0), .levels(hl, tl))
            // The hierarchy may say that the head lies in the tail: not a feature, since a sentence naming a
            // city and its country does not say the one lies in the other (ANNOTATION.md relations are
            // stated); that the tail lies in the head, or that neither holds, speaks against the relation.
            if facts.contains(t, h) {
            } else if facts.contains(h, t) {
                sink.add(.containing, 1, .none)
            } else if facts.place[h].isKnown, facts.place[t].isKnown {
                sink.add(.unrelatedPlaces, 1, .none)
            }
        }
        surroundings(s, head, role: 0, facts, into: &sink)
        surroundings(s, tail, role: 1, facts, into: &sink)
        // An argument that is one member of a list with others ("between Iran, Russia and Armenia").
        if facts.coordination(h) >= 0, !facts.coordinated(h, t) { sink.add(.inCoordination, 0, .number(0)) }
        if facts.coordination(t) >= 0, !facts.coordinated(h, t) { sink.add(.inCoordination, 1, .number(1)) }
    }

    /// A possessive after, a title before, brackets around the argument at `p` (role 0 head, 1 tail).
    @inline(__always) private static func surroundings<S: Sink>(
        _ s: Sentence, _ p: Int, role: UInt64, _ facts: EntityFacts, into sink: inout S
    ) {
        if s.range.contains(p + 1), s.items[p + 1].entity < 0, s.items[p + 1].word == possessive {
            sink.add(.possessive, role, .number(Int(role)))
        }
        if s.range.contains(p - 1), s.items[p - 1].entity >= 0,
            facts.coarse[Int(s.items[p - 1].entity)] == EntityFacts.Coarse.title
        {
            sink.add(.titleBefore, role, .number(Int(role)))
        }
        if s.bracketed[p - s.range.lowerBound] { sink.add(.inBrackets, role, .number(Int(role))) }
    }

    private static func addClasses<S: Sink>(_ template: Template, _ mask: UInt32, into sink: inout S) {
        var m = mask
        while m != 0 {
            let c = m.trailingZeroBitCount
            m &= m - 1
            sink.add(template, UInt64(c), .wordClass(c))
        }
    }
}

/// A pattern that matched a pair of mentions (entity indices), as the classifier reads it.
struct FiredPattern: Sendable {
    var head: Int32
    var tail: Int32
    /// Index in the stage's pattern list.
    var pattern: Int32
    /// `RelationCode` of the pattern's type.
    var type: Int32
    /// The pattern's confidence in tenths (0.85 → 8).
    var confidence: Int32
}
