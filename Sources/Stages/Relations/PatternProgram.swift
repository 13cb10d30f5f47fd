/// The compiled patterns of a stage in the form the matcher runs on: plain-value tests and elements in
/// flat arrays (no reference counting in the inner loop), a word test as one bit of the word's row, and,
/// per kind of item, the patterns whose opening element can match it, so a position tries only those.
struct PatternProgram: Sendable {
    /// `ItemTest` with its word set replaced by a bit in `wordBits`.
    struct Test: Sendable {
        var labels: UInt16
        var anyWord: Bool
        var numeric: Bool
        var filler: Bool
        /// This test's bit in a word's row of `wordBits`, or -1 when it names no words.
        var wordBit: Int32
    }

    /// `PatternElement` with its tests as a range of `tests`.
    struct Element: Sendable {
        var kind: PatternElement.Kind
        var capture: PatternElement.Capture
        var coordinated: Bool
        var minimum: Int32
        var maximum: Int32
        var firstTest: Int32
        var testCount: Int32
    }

    let vocabulary: WordVocabulary
    /// `WordClasses` mask of each vocabulary word.
    let classMasks: [UInt32]
    let tests: [Test]
    let elements: [Element]
    /// Pattern p's elements are `elements[elementStarts[p]..<elementStarts[p + 1]]`.
    let elementStarts: [Int32]
    /// Row per vocabulary word: which tests name it.
    let wordBits: [UInt64]
    let wordStride: Int
    /// Words of a pattern bit set (bit p of word p >> 6 is pattern p).
    let patternWords: Int
    /// Per kind of item, the patterns whose opening element can match it (`patternWords` words a row).
    let candidates: [UInt64]
    /// The tests of the elements a pattern requires (that must match some item: entity labels or words
    /// only, so a sentence without such an item cannot match the pattern), deduplicated (many rows require
    /// the same "PERSON" or "of"), as bits r of `requiredWords` words. A sentence ORs, per item, the row of
    /// the required tests that item passes (`requiredByLabel`, `requiredByWord`), then clears the rows of
    /// each test nothing passed (`requirers`): a few word operations per item and per failed test, whatever
    /// the number of rows.
    let requiredWords: Int
    /// Per entity label bit (`entityKinds` rows), the required tests an entity with that label passes.
    let requiredByLabel: [UInt64]
    /// Per vocabulary word, the required tests it passes.
    let requiredByWord: [UInt64]
    /// Bits of every required test (`requiredWords` words).
    let allRequired: [UInt64]
    /// Per distinct required test, the patterns that require it (`patternWords` words a row).
    let requirers: [UInt64]
    /// Every pattern of the table (`patternWords` words).
    let allPatterns: [UInt64]

    /// Entity items are kinds 0..<12 (the label's bit); word items follow, by vocabulary number (-1 first),
    /// punctuation and number flags.
    static let entityKinds = 12

    init(_ patterns: [CompiledPattern]) {
        var tests: [Test] = []
        var elements: [Element] = []
        var elementStarts: [Int32] = [0]
        var wordSets: [Set<UInt64>] = []
        // Equal word sets (most atoms are one `@class`) share one bit, found by a cheap fingerprint and
        // confirmed by comparison (hashing whole sets as dictionary keys cost more than the rest of this).
        var wordSetBits: [UInt64: [Int32]] = [:]
        func wordBit(of words: Set<UInt64>) -> Int32 {
            var print = UInt64(words.count)
            for w in words { print = print &+ w &* 0x9E37_79B9_7F4A_7C15 }
            for known in wordSetBits[print, default: []] where wordSets[Int(known)] == words { return known }
            let bit = Int32(wordSets.count)
            wordSets.append(words)
            wordSetBits[print, default: []].append(bit)
            return bit
        }
        var requirements: [Int32] = []
        var requirementStarts: [Int32] = [0]
        for p in patterns {
            for e in p.elements {
                let first = Int32(tests.count)
                if e.kind == .match, e.minimum >= 1, let t = e.tests.first, !t.anyWord, !t.numeric, !t.filler {
                    requirements.append(first)
                }
                for t in e.tests {
                    var bit: Int32 = -1
                    if !t.words.isEmpty { bit = wordBit(of: t.words) }
                    tests.append(
                        Test(labels: t.labels.rawValue, anyWord: t.anyWord, numeric: t.numeric, filler: t.filler, wordBit: bit))
                }
                elements.append(
                    Element(
                        kind: e.kind, capture: e.capture, coordinated: e.coordinated, minimum: Int32(e.minimum),
                        maximum: Int32(e.maximum), firstTest: first, testCount: Int32(e.tests.count)))
            }
            elementStarts.append(Int32(elements.count))
            requirementStarts.append(Int32(requirements.count))
        }
        var hashes: Set<UInt64> = []
        for set in wordSets { hashes.formUnion(set) }
        // Every word of the lexicon's classes too, so an item's number gives its classes (`classMasks`)
        // without a second lookup; a word no pattern names matches as any other such word.
        for set in RelationLexicon.classes.values { hashes.formUnion(set) }
        let vocabulary = WordVocabulary(hashes)
        let stride = max(1, (wordSets.count + 63) / 64)
        var wordBits = [UInt64](repeating: 0, count: vocabulary.words.count * stride)
        for (bit, set) in wordSets.enumerated() {
            for word in set {
                let n = Int(vocabulary.number(of: word))
                wordBits[n * stride + bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        // Candidates per kind: the patterns whose anchor (the unchanged `ItemTest`) accepts an item of that
        // kind, everything else about an item being irrelevant to the test. An anchor without words answers
        // alike for every word, so only the anchors with words are asked again per vocabulary word.
        let patternWords = max(1, (patterns.count + 63) / 64)
        var outside: UInt64 = 1
        while hashes.contains(outside) { outside += 1 }
        var candidates: [UInt64] = []
        func row(_ item: SentenceItem) {
            var bits = [UInt64](repeating: 0, count: patternWords)
            for (i, p) in patterns.enumerated() where p.anchor.map({ $0.matches(item) }) ?? true {
                bits[i >> 6] |= 1 << UInt64(i & 63)
            }
            candidates.append(contentsOf: bits)
        }
        for bit in 0..<Self.entityKinds {
            row(SentenceItem(entity: 0, label: LabelMask(rawValue: 1 << bit), word: 0, isNumeric: false, start: 0, end: 0))
        }
        func word(_ hash: UInt64, _ flags: Int) -> SentenceItem {
            SentenceItem(
                entity: -1, label: [], word: hash, isNumeric: flags & 1 != 0, isPunctuation: flags & 2 != 0, start: 0,
                end: 0)
        }
        for flags in 0..<4 { row(word(outside, flags)) }
        let outsideRows = candidates[(candidates.count - 4 * patternWords)...]
        for _ in vocabulary.words { candidates.append(contentsOf: outsideRows) }
        let firstWordRow = Self.entityKinds + 4
        for (i, p) in patterns.enumerated() {
            guard let anchor = p.anchor else { continue }
            for hash in anchor.words {
                let n = Int(vocabulary.number(of: hash))
                for flags in 0..<4 {
                    let at = (firstWordRow + n * 4 + flags) * patternWords + i >> 6
                    candidates[at] &= ~(1 << UInt64(i & 63))
                    if anchor.matches(word(hash, flags)) { candidates[at] |= 1 << UInt64(i & 63) }
                }
            }
        }
        self.vocabulary = vocabulary
        classMasks = vocabulary.words.map { WordClasses.shared.mask(of: $0) }
        self.tests = tests
        self.elements = elements
        self.elementStarts = elementStarts
        self.wordBits = wordBits
        self.wordStride = stride
        self.patternWords = patternWords
        self.candidates = candidates
        var distinct: [UInt64: Int] = [:]
        var requiredLabels: [UInt16] = []
        var requiredWordBits: [Int32] = []
        var requiredOf: [[Int]] = []
        var allPatterns = [UInt64](repeating: 0, count: patternWords)
        for p in patterns.indices {
            allPatterns[p >> 6] |= 1 << UInt64(p & 63)
            var own: [Int] = []
            for r in Int(requirementStarts[p])..<Int(requirementStarts[p + 1]) {
                let test = tests[Int(requirements[r])]
                let key = UInt64(test.labels) << 32 | UInt64(UInt32(bitPattern: test.wordBit))
                if let known = distinct[key] {
                    own.append(known)
                } else {
                    distinct[key] = requiredLabels.count
                    own.append(requiredLabels.count)
                    requiredLabels.append(test.labels)
                    requiredWordBits.append(test.wordBit)
                }
            }
            requiredOf.append(own)
        }
        let requiredWords = max(1, (requiredLabels.count + 63) / 64)
        var requirers = [UInt64](repeating: 0, count: requiredLabels.count * patternWords)
        for (p, own) in requiredOf.enumerated() {
            for r in own { requirers[r * patternWords + p >> 6] |= 1 << UInt64(p & 63) }
        }
        var allRequired = [UInt64](repeating: 0, count: requiredWords)
        var requiredByLabel = [UInt64](repeating: 0, count: Self.entityKinds * requiredWords)
        var requiredByWord = [UInt64](repeating: 0, count: vocabulary.words.count * requiredWords)
        for r in requiredLabels.indices {
            allRequired[r >> 6] |= 1 << UInt64(r & 63)
            for bit in 0..<Self.entityKinds where requiredLabels[r] & (1 << UInt16(bit)) != 0 {
                requiredByLabel[bit * requiredWords + r >> 6] |= 1 << UInt64(r & 63)
            }
            let wordBit = Int(requiredWordBits[r])
            guard wordBit >= 0 else { continue }
            for n in vocabulary.words.indices where wordBits[n * stride + wordBit >> 6] & (1 << UInt64(wordBit & 63)) != 0 {
                requiredByWord[n * requiredWords + r >> 6] |= 1 << UInt64(r & 63)
            }
        }
        self.requiredWords = requiredWords
        self.requiredByLabel = requiredByLabel
        self.requiredByWord = requiredByWord
        self.allRequired = allRequired
        self.requirers = requirers
        self.allPatterns = allPatterns
    }

    @inline(__always) func kind(of item: SentenceItem) -> Int {
        if item.entity >= 0 { return item.label.rawValue.trailingZeroBitCount }
        return Self.entityKinds + Int(item.vocabulary + 1) * 4 + (item.isPunctuation ? 2 : 0) + (item.isNumeric ? 1 : 0)
    }

    /// Into `viable` (`patternWords` words), the patterns for which some item of `items[range]` can match
    /// each required element; `passed` is scratch of `requiredWords` words. Returns whether any is viable.
    @inline(__always) func viable(
        _ items: UnsafeBufferPointer<SentenceItem>, _ range: Range<Int>, passed: UnsafeMutableBufferPointer<UInt64>,
        into viable: UnsafeMutableBufferPointer<UInt64>
    ) -> Bool {
        let width = patternWords
        let rw = requiredWords
        for w in 0..<rw { passed[w] = 0 }
        requiredByLabel.withUnsafeBufferPointer { byLabel in
            requiredByWord.withUnsafeBufferPointer { byWord in
                for i in range {
                    let item = items[i]
                    if item.entity >= 0 {
                        let row = item.label.rawValue.trailingZeroBitCount * rw
                        for w in 0..<rw { passed[w] |= byLabel[row + w] }
                    } else if item.vocabulary >= 0 {
                        let row = Int(item.vocabulary) * rw
                        for w in 0..<rw { passed[w] |= byWord[row + w] }
                    }
                }
            }
        }
        requirers.withUnsafeBufferPointer { requirers in
            if width == 2 {
                // The table's size (65 to 128 rows): the pattern set stays in two registers.
                var v0 = allPatterns[0]
                var v1 = allPatterns[1]
                for w in 0..<rw {
                    var failed = allRequired[w] & ~passed[w]
                    while failed != 0 {
                        let r = (w * 64 + failed.trailingZeroBitCount) * 2
                        failed &= failed - 1
                        v0 &= ~requirers[r]
                        v1 &= ~requirers[r + 1]
                    }
                }
                viable[0] = v0
                viable[1] = v1
                return
            }
            for w in 0..<width { viable[w] = allPatterns[w] }
            for w in 0..<rw {
                var failed = allRequired[w] & ~passed[w]
                while failed != 0 {
                    let r = w * 64 + failed.trailingZeroBitCount
                    failed &= failed - 1
                    for v in 0..<width { viable[v] &= ~requirers[r * width + v] }
                }
            }
        }
        var any: UInt64 = 0
        for w in 0..<width { any |= viable[w] }
        return any != 0
    }

    /// `ItemTest.matches`, on the flat form.
    @inline(__always) func matches(_ t: Int, _ item: SentenceItem) -> Bool {
        let test = tests[t]
        if item.entity >= 0 {
            let label = item.label.rawValue
            return test.labels & label == label || (test.filler && item.label != .person)
        }
        if test.filler && !item.isPunctuation { return true }
        if test.wordBit >= 0, item.vocabulary >= 0 {
            let bit = Int(test.wordBit)
            if wordBits[Int(item.vocabulary) * wordStride + bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
        }
        if test.anyWord && !item.isPunctuation { return true }
        return test.numeric && item.isNumeric
    }
}
