import Pipeline

/// The features of the statistical tagger, shared by the runtime and the trainer (`ner-train` calls
/// `EntityModelTraining`, which calls this) so that the two can never disagree on what a feature is.
///
/// Every feature is a template number and a 64-bit value hashed into one bucket of the weight table:
/// no strings are built, and a feature costs one multiply-shift and one row read.
struct TaggerFeatures {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: TokenTable
    let findings: [TokenFindings]
    /// Per token: what the rules said (see `ruleCode`), 0 when no rule mention covers it.
    let ruleCodes: [UInt8]
    /// Per token: which tokens the tagger scores (capitalized words and connectors inside capitalized runs).
    let candidates: [Bool]
    /// Per candidate token: the first and the last token of its run (consecutive candidates within one
    /// sentence and line). A name's class is decided at its first word, where its last word ("Suns" in
    /// "Jacksonville Suns", "Railroad", "Hotel") says most about it.
    private let runStarts: [Int32]
    private let runEnds: [Int32]
    /// Per token: how capitalized its sentence is (see `casing`): in a title-case heading or an all-caps
    /// line capitals say little about names.
    let sentenceCasing: [UInt8]
    /// The candidate tokens ordered by word, then position: each word's occurrences in the document, side
    /// by side (Ratinov & Roth's context aggregation: "Caloi" after "founded" and before "bicycles"
    /// elsewhere in the text says what "Caloi" is here). Per token, where its word's occurrences start in
    /// that list and how many there are (0: no other).
    private let occurrences: [Int32]
    private let occurrenceStart: [Int32]
    private let occurrenceCount: [Int32]
    /// Folded word hashes and shapes, computed on first use (0: not yet).
    private var wordHashes: [UInt64]
    private var shapes: [UInt64]
    /// Word clusters of each token (`WordClusters.lookup`), computed on first use (`UInt32.max`: not yet).
    private var clusterCodes: [UInt32]
    let clusters: WordClusters

    static let bits = 18
    /// The version of the feature templates below: change it with any change to `extract` or to what it
    /// reads, so that a model trained on other features is refused rather than misread.
    static let layout: UInt32 = 8
    static let buckets = 1 << bits
    static let capacity = 160
    /// The most buckets `extractTagged` adds (it adds ten).
    static let taggedCapacity = 16
    /// The gazetteer kinds the tagger sees among a token's cues: all but the common-noun abbreviations
    /// (TERM), which only `isCommonAbbreviation` reads after the tagger, so that the curated list of them can
    /// grow without a retrained model.
    static let cueKinds: UInt32 = ~GazetteerKind.term.bit
    /// The folded hash of "I" (the pronoun), never a candidate.
    static let pronounI: UInt64 = wordHash(Array("I".utf8), 0, 1)

    /// Words seen in lower case in the training text (see `Lexicon`).
    let lexicon: Lexicon
    /// `Gazetteer.shared.entries`, read once: a `swift_once` call per scored token otherwise.
    private let entries: [GazetteerEntry]

    init(
        bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, findings: [TokenFindings], mentions: [Mention],
        lexicon: Lexicon, clusters: WordClusters = .shared, training: Bool = false
    ) {
        self.lexicon = lexicon
        self.clusters = clusters
        clusterCodes = [UInt32](repeating: .max, count: tokens.count)
        entries = Gazetteer.shared.entries
        self.bytes = bytes
        self.tokens = tokens
        self.findings = findings
        let n = tokens.count
        var rule = [UInt8](repeating: 0, count: n)
        var cand = [Bool](repeating: false, count: n)
        var words = [UInt64](repeating: 0, count: n)
        var shapes = [UInt64](repeating: 0, count: n)
        // Flag tests on raw bits: the `TokenFlags` constants live in another module, and reading them per
        // token was a call each.
        let alphabetic = FlagBits.alphabetic.rawValue
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let sentenceStart = FlagBits.sentenceStart.rawValue
        let lowercase = FlagBits.lowercase.rawValue
        let capitalized = FlagBits.capitalized.rawValue
        // The static lists read once: in the loops each read was a `swift_once` call.
        let functionWordHashes = Self.functionWordHashes
        let calendarHashes = Self.calendarHashes
        let connectors = WordLists.connectors
        tokens.flags.withUnsafeBufferPointer { flags in
            cand.withUnsafeMutableBufferPointer { cand in
                rule.withUnsafeMutableBufferPointer { rule in
                    words.withUnsafeMutableBufferPointer { words in
                        shapes.withUnsafeMutableBufferPointer { shapes in
                        for i in 0..<n {
                            let f = flags[i].rawValue
                            cand[i] = f & alphabetic != 0 && f & upper != 0
                        }
                        // The rules' mentions are features of the tokens they cover (their label and the
                        // kind of evidence); the tagger decides every candidate itself.
                        for m in mentions {
                            let code = Self.ruleCode(label: m.label, origin: m.origin)
                            var t = m.startToken
                            while t < m.endToken, t < n {
                                rule[t] = code << 1 | (t == m.startToken ? 1 : 0)
                                t += 1
                            }
                        }
                        for i in 0..<n where cand[i] {
                            // Closed-class words open sentences capitalized but never a name: not scored at run
                            // time. Training scores them: they teach that a sentence-initial word before a comma
                            // is no name. Day and month names are dates.
                            // Hashed with its shape once here: `extract` reads both for every candidate.
                            let (h, shape) = Self.analyzed(bytes, Int(tokens.byteStart[i]), Int(tokens.byteEnd[i]))
                            words[i] = h
                            shapes[i] = shape
                            if !training, flags[i].rawValue & sentenceStart != 0, functionWordHashes.contains(h) {
                                cand[i] = false
                            } else if calendarHashes.contains(h) || h == Self.pronounI {
                                // Day and month names are dates; the pronoun "I" is never a name.
                                cand[i] = false
                            }
                        }
                        // A connector between two capitalized words of one sentence ("Bank of America",
                        // "Abu al-Ragheb") may sit inside a name.
                        if n > 2 {
                            for i in 1..<(n - 1) where !cand[i] && cand[i - 1] && flags[i].rawValue & lowercase != 0 {
                                let next = flags[i + 1].rawValue
                                if next & capitalized != 0, next & sentenceStart == 0, tokens.isAny(i, connectors, in: bytes) {
                                    cand[i] = true
                                }
                            }
                        }
                        }
                    }
                }
            }
        }
        ruleCodes = rule
        candidates = cand
        (runStarts, runEnds) = Self.runs(tokens, cand)
        sentenceCasing = Self.casing(tokens)
        (occurrences, occurrenceStart, occurrenceCount) = Self.occurrences(words, cand)
        wordHashes = words
        self.shapes = shapes
    }

    /// Per token, the first and the last token of its run: consecutive candidates, cut where a sentence or
    /// a line starts (`opensSegment`). A token outside any run is its own.
    static func runs(_ tokens: TokenTable, _ candidates: [Bool]) -> (starts: [Int32], ends: [Int32]) {
        let n = tokens.count
        var starts = [Int32](repeating: 0, count: n)
        var ends = [Int32](repeating: 0, count: n)
        tokens.flags.withUnsafeBufferPointer { flags in
            @inline(__always) func joins(_ i: Int) -> Bool {
                i > 0 && candidates[i] && candidates[i - 1] && !opensSegment(flags, i)
            }
            for i in 0..<n {
                starts[i] = joins(i) ? starts[i - 1] : Int32(i)
            }
            var i = n - 1
            while i >= 0 {
                ends[i] = i + 1 < n && joins(i + 1) ? ends[i + 1] : Int32(i)
                i -= 1
            }
        }
        return (starts, ends)
    }

    /// True when token `t` opens a sentence or a line: what the tagger reads before it (tags, runs, the
    /// casing of a heading) says nothing about it.
    @inline(__always)
    static func opensSegment(_ flags: UnsafeBufferPointer<TokenFlags>, _ t: Int) -> Bool {
        t > 0 && (flags[t].contains(FlagBits.sentenceStart) || flags[t - 1].contains(FlagBits.lineEndAfter))
    }

    /// The first and last token of token `t`'s run (`t...t` for a token outside any run).
    func run(_ t: Int) -> ClosedRange<Int> { Int(runStarts[t])...Int(runEnds[t]) }

    /// The candidates with a word hash, ordered by word then position, and per token the start and length
    /// of its word's run in that order when the word occurs more than once (else length 0).
    static func occurrences(_ words: [UInt64], _ candidates: [Bool]) -> ([Int32], [Int32], [Int32]) {
        let n = words.count
        // One integer per candidate: the word hash's top 40 bits, then the position (a document holds far
        // fewer than 2^24 tokens; the tokenizer's limit is lower), so a plain integer sort groups the words
        // in text order. Two words sharing 40 hash bits would share context features, nothing worse.
        let positionBits: UInt64 = 24
        let positionMask: UInt64 = (1 << positionBits) - 1
        var keys: [UInt64] = []
        for i in 0..<n where candidates[i] && words[i] != 0 && UInt64(i) <= positionMask {
            keys.append(words[i] & ~positionMask | UInt64(i))
        }
        keys.sort()
        var start = [Int32](repeating: 0, count: n)
        var count = [Int32](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: keys.count)
        var a = 0
        while a < keys.count {
            let word = keys[a] & ~positionMask
            var b = a + 1
            while b < keys.count, keys[b] & ~positionMask == word { b += 1 }
            for k in a..<b {
                let position = Int(keys[k] & positionMask)
                order[k] = Int32(position)
                if b - a > 1 {
                    start[position] = Int32(a)
                    count[position] = Int32(b - a)
                }
            }
            a = b
        }
        return (order, start, count)
    }

    /// Per token, the casing class of its sentence (a line end also ends it): 0 when under a third of its
    /// alphabetic words after the first are capitalized, 1 under two thirds, 2 above, 3 when most are
    /// all capitals.
    static func casing(_ tokens: TokenTable) -> [UInt8] {
        let n = tokens.count
        var out = [UInt8](repeating: 0, count: n)
        tokens.flags.withUnsafeBufferPointer { flags in
            let alphabetic = FlagBits.alphabetic.rawValue
            let capitalized = FlagBits.capitalized.rawValue
            let allCaps = FlagBits.allCaps.rawValue
            var start = 0
            while start < n {
                var end = start + 1
                while end < n, !opensSegment(flags, end) { end += 1 }
                var words = 0
                var capitals = 0
                var caps = 0
                for i in (start + 1)..<end where flags[i].rawValue & alphabetic != 0 {
                    words += 1
                    let f = flags[i].rawValue
                    if f & capitalized != 0 { capitals += 1 }
                    if f & allCaps != 0 { caps += 1 }
                }
                let c: UInt8 =
                    words == 0 ? 0
                    : caps * 2 > words ? 3
                    : (capitals + caps) * 3 > words * 2 ? 2 : (capitals + caps) * 3 > words ? 1 : 0
                for i in start..<end { out[i] = c }
                start = end
            }
        }
        return out
    }

    /// The word hashes of `WordLists.functionWords` and `WordLists.calendar`: one hash per candidate and
    /// a binary search instead of a compare per word of the list.
    static let functionWordHashes = SortedHashes(WordLists.functionWords)
    static let calendarHashes = SortedHashes(WordLists.calendar, WordLists.calendarAbbreviations)

    /// Label (1...9) and origin class (0...7) of a rule mention, in one byte shifted left by one.
    static func ruleCode(label: MentionLabel, origin: MentionOrigin) -> UInt8 {
        // On the bytes: the `String.UTF8View` slicing this replaced cost ~300 instructions a mention.
        let originClass: UInt8 = origin.withBytes { u in
            guard let first = u.first else { return 7 }
            switch first {
            case UInt8(ascii: "g"):
                // "gazetteer:" then geonames / curated / census-given / census-surname
                guard u.count > 11 else { return 4 }
                switch u[10] {
                case UInt8(ascii: "g"): return 0
                case UInt8(ascii: "c"):
                    if u[11] == UInt8(ascii: "u") { return 1 }
                    return u.count > 17 && u[17] == UInt8(ascii: "g") ? 2 : 3
                default: return 4
                }
            case UInt8(ascii: "r"): return 5
            case UInt8(ascii: "d"): return 6
            default: return 7
            }
        }
        return (label.rawValue + 1) << 3 | originClass
    }

    // MARK: hashing

    @inline(__always)
    static func bucket(_ template: UInt64, _ value: UInt64) -> Int32 {
        var h = (value &+ template &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return Int32(truncatingIfNeeded: h >> UInt64(64 - bits))
    }

    @inline(__always)
    static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Hash of the token's bytes with ASCII letters folded to lower case.
    @inline(__always)
    mutating func word(_ t: Int) -> UInt64 {
        if t < 0 { return 1 }
        if t >= tokens.count { return 2 }
        if wordHashes[t] == 0 { analyze(t) }
        return wordHashes[t]
    }

    /// Word shape: upper, lower, digit, other ASCII kept, non-ASCII as one class; runs collapsed,
    /// at most six classes ("Xx", "X.X.", "Xx-Xx", "dd").
    @inline(__always)
    mutating func shape(_ t: Int) -> UInt64 {
        if t < 0 { return 1 }
        if t >= tokens.count { return 2 }
        if shapes[t] == 0 { analyze(t) }
        return shapes[t]
    }

    /// Word hash and shape of token `t` in one pass over its bytes.
    private mutating func analyze(_ t: Int) {
        (wordHashes[t], shapes[t]) = Self.analyzed(bytes, Int(tokens.byteStart[t]), Int(tokens.byteEnd[t]))
    }

    /// The word hash (the same as `wordHash`) and the shape of bytes `s..<e`, both never 0, 1 or 2.
    @inline(__always)
    static func analyzed(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (word: UInt64, shape: UInt64) {
        var h = Self.seed
        var sh = Self.seed
        var last: UInt8 = 0
        var classes = 0
        for p in s..<e {
            let b = bytes[p]
            let c: UInt8
            if b &- 0x41 < 26 {
                c = 0x58
                h = Self.fnv(h, b | 0x20)
            } else {
                h = Self.fnv(h, b)
                if b &- 0x61 < 26 { c = 0x78 } else if b &- 0x30 < 10 { c = 0x64 } else if b >= 0x80 { c = 0x75 } else { c = b }
            }
            if c != last, classes < 6 {
                sh = Self.fnv(sh, c)
                classes += 1
                last = c
            }
        }
        return (h | 8, sh | 8)
    }

    static func wordHash(_ bytes: [UInt8], _ s: Int, _ e: Int) -> UInt64 {
        bytes.withUnsafeBufferPointer { wordHash($0, s, e) }
    }

    /// True when token `t` opens a sentence or a line: the decoder forgets the tags before it, so no
    /// name runs across ("Ukraine" at a heading's end and "Kurt Volker" opening the next line).
    @inline(__always)
    func startsAfresh(_ t: Int) -> Bool {
        tokens.flags.withUnsafeBufferPointer { Self.opensSegment($0, t) }
    }

    /// The clusters of token `t` (see `WordClusters`): 0 for a word the clusters do not know.
    @inline(__always)
    mutating func cluster(_ t: Int) -> UInt32 {
        if t < 0 || t >= tokens.count { return 0 }
        if clusterCodes[t] == .max {
            // The word first: in `clusters.lookup(word(t))` the clusters were read before the mutating
            // `word(t)` and kept across it, their index array retained and released once per candidate
            // token of the decoder.
            let w = word(t)
            clusterCodes[t] = clusters.lookup(w)
        }
        return clusterCodes[t]
    }

    /// FNV-1a of bytes `s..<e` with ASCII letters folded, never 0, 1 or 2 (the same as `word`).
    static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h = seed
        for p in s..<e {
            let b = bytes[p]
            h = fnv(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return h | 8
    }

    /// Hashes of the last three, the last two and the first three folded bytes of token `t` (fewer when
    /// the token is shorter), in one inlined call: three calls per scored token were a tenth of `extract`.
    @inline(__always)
    func affixes(_ t: Int) -> (UInt64, UInt64, UInt64) {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        @inline(__always) func folded(_ p: Int) -> UInt8 {
            let b = bytes[p]
            return b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
        var suffix3 = Self.seed
        var p = max(s, e - 3)
        while p < e {
            suffix3 = Self.fnv(suffix3, folded(p))
            p += 1
        }
        var suffix2 = Self.seed
        p = max(s, e - 2)
        while p < e {
            suffix2 = Self.fnv(suffix2, folded(p))
            p += 1
        }
        var prefix3 = Self.seed
        p = s
        let prefixEnd = min(e, s + 3)
        while p < prefixEnd {
            prefix3 = Self.fnv(prefix3, folded(p))
            p += 1
        }
        return (suffix3, suffix2, prefix3)
    }

    // MARK: features

    /// The gazetteer label match starting at token `t`: kind, resource and length in tokens (0: none).
    @inline(__always)
    func gazetteerCode(_ t: Int) -> UInt64 {
        let f = findings[t]
        guard f.labelEnd > 0, f.labelEntry >= 0 else { return 0 }
        let e = entries[Int(f.labelEntry)]
        let length = UInt64(min(4, Int(f.labelEnd) - t))
        return (UInt64(e.kind.rawValue + 1) << 8 | UInt64(e.resource) << 4 | length)
    }

    /// The gazetteer label kind of a match starting at token `t`.
    func gazetteerKind(_ t: Int) -> GazetteerKind? {
        let f = findings[t]
        guard f.labelEnd > 0, f.labelEntry >= 0 else { return nil }
        return entries[Int(f.labelEntry)].kind
    }

    /// Writes the buckets of token `t`'s features (with the two previous tags) into `out` (capacity
    /// `capacity`); returns how many.
    /// With `includeTagged` false, only the features that read no decided tag and no history (see
    /// `extractTagged`).
    mutating func extract(
        _ t: Int, previous: UInt8, previous2: UInt8, history: UInt64, into out: UnsafeMutablePointer<Int32>,
        includeTagged: Bool = true
    ) -> Int {
        var sink = BucketList(out: out)
        extract(t, previous: previous, previous2: previous2, history: history, into: &sink, includeTagged: includeTagged)
        return sink.count
    }

    /// The same buckets handed to `sink` one by one (specialized per sink). With `includeTagged` false, the
    /// features of the tags decided before `t` and of the document history are left out: the decoder
    /// lists the others one candidate ahead, to have their weight rows loaded early (`EntityModel.decode`),
    /// and adds these with `extractTagged`.
    @inline(__always)
    mutating func extract<Sink: BucketSink>(
        _ t: Int, previous: UInt8, previous2: UInt8, history: UInt64, into sink: inout Sink,
        includeTagged: Bool = true
    ) {
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            sink.add(Self.bucket(template, value))
        }
        /// A feature `extractTagged` adds too (the same template and value).
        @inline(__always) func addTagged(_ template: UInt64, _ value: UInt64) {
            if includeTagged { sink.add(Self.bucket(template, value)) }
        }
        let f = tokens.flags[t]
        // The window stops at line ends as at the document's edges (the same markers): a heading or a
        // by-line above says nothing about the words that open the next line.
        let lineEnd = FlagBits.lineEndAfter
        let before1 = t > 0 && !tokens.flags[t - 1].contains(lineEnd)
        let before2 = before1 && t > 1 && !tokens.flags[t - 2].contains(lineEnd)
        let after1 = t + 1 < tokens.count && !f.contains(lineEnd)
        let after2 = after1 && t + 2 < tokens.count && !tokens.flags[t + 1].contains(lineEnd)
        let w0 = word(t)
        let wm1 = before1 ? word(t - 1) : 1
        let wp1 = after1 ? word(t + 1) : 2
        let s0 = shape(t)
        let sm1 = before1 ? shape(t - 1) : 1
        let sp1 = after1 ? shape(t + 1) : 2
        let start: UInt64 = f.contains(FlagBits.sentenceStart) ? 1 : 0
        let p1 = UInt64(previous)
        let p2 = UInt64(previous2)
        add(1, 0)
        add(2, w0)
        add(3, wm1)
        add(4, wp1)
        add(7, s0)
        add(8, sm1 &* 31 &+ s0)
        add(9, s0 &* 31 &+ sp1)
        let (suffix3, suffix2, prefix3) = affixes(t)
        add(10, suffix3)
        add(11, suffix2)
        add(12, prefix3)
        // The wider window: words and shapes two tokens away ("Mr. X of Y", "X , the capital").
        let wm2 = before2 ? word(t - 2) : 1
        let wp2 = after2 ? word(t + 2) : 2
        add(5, wm2)
        add(6, wp2)
        add(13, (before2 ? shape(t - 2) : 1) &* 31 &+ sm1 &* 7 &+ s0)
        add(38, s0 &* 31 &+ sp1 &* 7 &+ (after2 ? shape(t + 2) : 2))
        add(14, start &* 131 &+ s0)
        addTagged(15, p1)
        addTagged(16, p1 &* 0x1_0000_0001 ^ w0)
        addTagged(17, p1 &* 17 &+ p2)
        addTagged(18, p1 &* 0x1_0000_0001 ^ s0)
        add(19, wm1 &* 31 ^ w0)
        add(20, w0 &* 31 ^ wp1)
        add(21, start &* 131 ^ w0)
        // Gazetteer cue words of the token and its neighbours (given name, surname, title, head nouns...),
        // each set of cues as one feature.
        let cues = UInt64(findings[t].cues & Self.cueKinds)
        add(22, cues)
        add(25, cues &* 3 &+ start)
        add(26, UInt64(findings[t].commonCues))
        add(23, before1 ? UInt64(findings[t - 1].cues & Self.cueKinds) : 1 << 40)
        add(24, after1 ? UInt64(findings[t + 1].cues & Self.cueKinds) : 1 << 40)
        let g = gazetteerCode(t)
        add(27, g)
        add(28, g &* 3 &+ start)
        let r = UInt64(ruleCodes[t])
        add(29, r)
        add(30, r &* 3 &+ start)
        addTagged(31, (r >> 4) &* 101 &+ p1)
        add(32, before1 ? UInt64(ruleCodes[t - 1] >> 4) : 99)
        add(33, after1 ? UInt64(ruleCodes[t + 1] >> 4) : 99)
        // A capitalized word that is a common lower-case word ("Nevertheless", "Roots") is rarely a name.
        let lower: UInt64 = lexicon.contains(w0) ? 1 : 0
        add(35, lower &* 2 &+ start)
        addTagged(37, lower &* 7 &+ UInt64(previous))
        // Word clusters at three granularities (Ratinov & Roth 2009): the word's, and the neighbours' middle one.
        let c0 = UInt64(cluster(t))
        if c0 != 0 {
            add(40, c0 & 0xFFFF)
            add(41, c0 >> 16 & 0xFF)
            add(42, c0 >> 24)
            add(43, (c0 >> 24) &* 64 &+ start)
        } else {
            add(44, s0 &* 3 &+ lower)
        }
        let cm1 = before1 ? UInt64(cluster(t - 1)) : 0
        let cp1 = after1 ? UInt64(cluster(t + 1)) : 0
        add(45, cm1 >> 16 & 0xFF)
        add(46, cp1 >> 16 & 0xFF)
        add(47, (cm1 >> 24) &* 64 &+ (cp1 >> 24))
        add(51, (c0 >> 16 & 0xFF) &* 256 &+ (cp1 >> 16 & 0xFF))
        add(52, (cm1 >> 16 & 0xFF) &* 256 &+ (c0 >> 16 & 0xFF))
        addTagged(53, (c0 & 0xFFFF) &* 16 &+ p1)
        // Case kept where the word hash folds it ("US" and "us", "Apple" and "apple"); the neighbours'
        // finer clusters, gazetteer matches and lexicon status.
        add(54, w0 &* 31 ^ s0)
        add(55, cm1 & 0xFFFF)
        add(56, cp1 & 0xFFFF)
        add(57, before1 ? gazetteerCode(t - 1) : 1 << 20)
        add(58, after1 ? gazetteerCode(t + 1) : 1 << 20)
        add(59, (after1 && lexicon.contains(wp1) ? 1 : 0) &* 4 &+ lower &* 2 &+ start)
        // The run of capitalized words the token is in: its last word and that word's cluster and suffix
        // (the head of most names), its length and the token's place in it, and the words around it.
        let runStart = Int(runStarts[t])
        let runEnd = Int(runEnds[t])
        if runEnd > t {
            let head = word(runEnd)
            add(60, head)
            add(61, UInt64(cluster(runEnd)) >> 16 & 0xFF)
            add(62, affixes(runEnd).0)
            add(63, runEnd + 1 < tokens.count && !tokens.flags[runEnd].contains(lineEnd) ? word(runEnd + 1) : 2)
        } else {
            add(60, 3)
        }
        add(64, UInt64(min(runEnd - runStart, 4)) &* 8 &+ UInt64(min(t - runStart, 4)))
        if runStart < t {
            add(65, runStart > 0 && !tokens.flags[runStart - 1].contains(lineEnd) ? word(runStart - 1) : 1)
        }
        // The words around the same word's first other occurrences in the document (at most four: a word
        // repeated thousands of times costs no more than one repeated five times).
        let count = Int(occurrenceCount[t])
        if count > 0 {
            var k = Int(occurrenceStart[t])
            let end = k + count
            var used = 0
            while k < end, used < 4 {
                let o = Int(occurrences[k])
                k += 1
                if o == t { continue }
                used += 1
                add(72, o > 0 && !tokens.flags[o - 1].contains(lineEnd) ? word(o - 1) : 1)
                add(73, o + 1 < tokens.count && !tokens.flags[o].contains(lineEnd) ? word(o + 1) : 2)
            }
        }
        let casing = UInt64(sentenceCasing[t])
        add(68, casing)
        add(69, casing &* 131 &+ s0)
        add(70, casing &* 8 &+ lower &* 2 &+ start)
        // Non-local: what the tagger decided for the same word earlier in the document (`DocumentHistory`).
        addTagged(48, history)
        addTagged(49, history &* 8 &+ start)
        addTagged(50, history &* 16 &+ UInt64(previous))
    }

    /// The features `extract` leaves out without `includeTagged`: those of the two tags decided before `t`
    /// and of the document's history, with `extract`'s templates and values (a test checks that the two
    /// parts make up `extract`'s list).
    @inline(__always)
    mutating func extractTagged<Sink: BucketSink>(
        _ t: Int, previous: UInt8, previous2: UInt8, history: UInt64, into sink: inout Sink
    ) {
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            sink.add(Self.bucket(template, value))
        }
        let w0 = word(t)
        let s0 = shape(t)
        let start: UInt64 = tokens.flags[t].contains(FlagBits.sentenceStart) ? 1 : 0
        let p1 = UInt64(previous)
        let p2 = UInt64(previous2)
        let r = UInt64(ruleCodes[t])
        let lower: UInt64 = lexicon.contains(w0) ? 1 : 0
        let c0 = UInt64(cluster(t))
        add(15, p1)
        add(16, p1 &* 0x1_0000_0001 ^ w0)
        add(17, p1 &* 17 &+ p2)
        add(18, p1 &* 0x1_0000_0001 ^ s0)
        add(31, (r >> 4) &* 101 &+ p1)
        add(37, lower &* 7 &+ UInt64(previous))
        add(53, (c0 & 0xFFFF) &* 16 &+ p1)
        add(48, history)
        add(49, history &* 8 &+ start)
        add(50, history &* 16 &+ UInt64(previous))
    }
}

/// Where `TaggerFeatures.extract` puts the buckets of a token's features.
protocol BucketSink {
    mutating func add(_ bucket: Int32)
}

/// The buckets in a list (training, tests).
struct BucketList: BucketSink {
    let out: UnsafeMutablePointer<Int32>
    var count = 0

    @inline(__always)
    mutating func add(_ bucket: Int32) {
        out[count] = bucket
        count += 1
    }
}

/// A Bloom filter of the folded word hashes (`TaggerFeatures.word`) of the words seen in lower case in the
/// training text, shipped with the weights: tells a sentence-initial "Nevertheless" from "Derwinski".
struct Lexicon: Sendable {
    static let byteCount = 1 << 15
    let bits: [UInt8]

    init(bits: [UInt8]) { self.bits = bits.count == Self.byteCount ? bits : [] }

    init(hashes: some Sequence<UInt64>) {
        var bits = [UInt8](repeating: 0, count: Self.byteCount)
        for h in hashes {
            let (a, b) = Self.probes(h)
            bits[a >> 3] |= 1 << UInt8(a & 7)
            bits[b >> 3] |= 1 << UInt8(b & 7)
        }
        self.bits = bits
    }

    @inline(__always)
    static func probes(_ h: UInt64) -> (Int, Int) {
        let mixed = h &* 0x9E37_79B9_7F4A_7C15
        let mask = UInt64(byteCount * 8 - 1)
        return (Int(truncatingIfNeeded: (mixed >> 20) & mask), Int(truncatingIfNeeded: (mixed >> 42) & mask))
    }

    @inline(__always)
    /// Whether token `t` of `tokens` is a word of the lexicon (its folded hash, `TaggerFeatures.wordHash`).
    func contains(token t: Int, of tokens: TokenTable, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(tokens.wordHash(t, in: bytes))
    }

    func contains(_ h: UInt64) -> Bool {
        guard !bits.isEmpty else { return false }
        let (a, b) = Self.probes(h)
        return bits[a >> 3] & (1 << UInt8(a & 7)) != 0 && bits[b >> 3] & (1 << UInt8(b & 7)) != 0
    }
}

/// The `TaggerFeatures.wordHash` values of a word list, sorted for a binary search.
struct SortedHashes: Sendable {
    let hashes: [UInt64]

    init(_ sets: WordSet...) {
        hashes = sets.flatMap(\.words).map { w in
            UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount).withMemoryRebound(to: UInt8.self) {
                TaggerFeatures.wordHash($0, 0, $0.count)
            }
        }.sorted()
    }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        hashes.withUnsafeBufferPointer { SortedKeys.contains(h, in: $0) }
    }
}
