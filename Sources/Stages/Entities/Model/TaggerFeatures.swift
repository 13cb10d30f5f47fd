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
    /// Per token: the longest gazetteer label match covering it (kind, begin/inside, resource), or 0.
    let gazetteerCodes: [UInt16]
    /// Per token: which tokens the tagger scores (capitalized words and connectors inside capitalized runs).
    let candidates: [Bool]
    /// Folded word hashes, computed on first use (0: not yet).
    private var wordHashes: [UInt64]

    static let bits = 17
    static let buckets = 1 << bits
    static let capacity = 48

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, findings: [TokenFindings], mentions: [Mention]) {
        self.bytes = bytes
        self.tokens = tokens
        self.findings = findings
        let n = tokens.count
        var rule = [UInt8](repeating: 0, count: n)
        for m in mentions {
            let code = Self.ruleCode(label: m.label, origin: m.origin)
            var t = m.startToken
            while t < m.endToken, t < n {
                rule[t] = code << 1 | (t == m.startToken ? 1 : 0)
                t += 1
            }
        }
        ruleCodes = rule
        var gaz = [UInt16](repeating: 0, count: n)
        var t = 0
        while t < n {
            let f = findings[t]
            if f.labelEnd > 0, f.labelEntry >= 0 {
                let e = Gazetteer.shared.entries[Int(f.labelEntry)]
                let end = min(Int(f.labelEnd), n)
                let code = UInt16(e.kind.rawValue + 1) << 4 | UInt16(e.resource) << 1
                for k in t..<end { gaz[k] = code | (k == t ? 1 : 0) }
                if end > t { t = end; continue }
            }
            t += 1
        }
        gazetteerCodes = gaz
        var cand = [Bool](repeating: false, count: n)
        for i in 0..<n where tokens.isCapitalized(i) && !tokens.isAny(i, WordLists.functionWords, in: bytes)
            && !tokens.isAny(i, WordLists.calendar, in: bytes)
        {
            cand[i] = true
        }
        // A short lower-case word between two capitalized words of one sentence ("Bank of America",
        // "Abu al-Ragheb") may sit inside a name.
        if n > 2 {
            for i in 1..<(n - 1) where !cand[i] && cand[i - 1] && tokens.isCapitalized(i + 1)
                && tokens.isLower(i) && tokens.length(i) <= 4 && !tokens.flags[i + 1].contains(.sentenceStart)
            {
                cand[i] = true
            }
        }
        candidates = cand
        wordHashes = [UInt64](repeating: 0, count: n)
    }

    /// Label (1...9) and origin class (0...7) of a rule mention, in one byte shifted left by one.
    static func ruleCode(label: MentionLabel, origin: String) -> UInt8 {
        var originClass: UInt8 = 7
        let u = origin.utf8
        if let first = u.first {
            if first == UInt8(ascii: "g") {
                // "gazetteer:" then geonames / curated / census-given / census-surname
                let rest = u.dropFirst(10)
                switch rest.first {
                case UInt8(ascii: "g"): originClass = 0
                case UInt8(ascii: "c"):
                    originClass = rest.dropFirst(1).first == UInt8(ascii: "u") ? 1 : (rest.dropFirst(7).first == UInt8(ascii: "g") ? 2 : 3)
                default: originClass = 4
                }
            } else if first == UInt8(ascii: "r") {
                originClass = 5
            } else if first == UInt8(ascii: "d") {
                originClass = 6
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
    mutating func word(_ t: Int) -> UInt64 {
        if t < 0 { return 1 }
        if t >= tokens.count { return 2 }
        let cached = wordHashes[t]
        if cached != 0 { return cached }
        var h = Self.seed
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        for p in s..<e {
            let b = bytes[p]
            h = Self.fnv(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        h |= 8  // never 0, 1 or 2
        wordHashes[t] = h
        return h
    }

    /// Word shape: upper, lower, digit, other ASCII kept, non-ASCII as one class; runs collapsed,
    /// at most six classes ("Xx", "X.X.", "Xx-Xx", "dd").
    func shape(_ t: Int) -> UInt64 {
        if t < 0 { return 1 }
        if t >= tokens.count { return 2 }
        var h = Self.seed
        var last: UInt8 = 0
        var classes = 0
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        var p = s
        while p < e, classes < 6 {
            let b = bytes[p]
            let c: UInt8
            if b >= 0x41 && b <= 0x5A { c = 0x58 } else if b >= 0x61 && b <= 0x7A { c = 0x78 } else if b >= 0x30 && b <= 0x39 {
                c = 0x64
            } else if b >= 0x80 { c = 0x75 } else { c = b }
            if c != last {
                h = Self.fnv(h, c)
                classes += 1
                last = c
            }
            p += 1
        }
        return h | 8
    }

    /// Hash of the first or last `n` folded bytes (fewer when the token is shorter).
    func affix(_ t: Int, _ n: Int, suffix: Bool) -> UInt64 {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        let from = suffix ? max(s, e - n) : s
        let to = suffix ? e : min(e, s + n)
        var h = Self.seed
        for p in from..<to {
            let b = bytes[p]
            h = Self.fnv(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return h
    }

    // MARK: features

    /// Writes the buckets of token `t`'s features (with the two previous tags) into `out` (capacity
    /// `capacity`); returns how many.
    mutating func extract(_ t: Int, previous: UInt8, previous2: UInt8, into out: UnsafeMutablePointer<Int32>) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out[n] = Self.bucket(template, value)
            n += 1
        }
        let w0 = word(t)
        let wm1 = word(t - 1)
        let wp1 = word(t + 1)
        let s0 = shape(t)
        let sm1 = shape(t - 1)
        let sp1 = shape(t + 1)
        let f = tokens.flags[t]
        let start: UInt64 = f.contains(.sentenceStart) ? 1 : 0
        let p1 = UInt64(previous)
        let p2 = UInt64(previous2)
        add(1, 0)
        add(2, w0)
        add(3, wm1)
        add(4, wp1)
        add(5, word(t - 2))
        add(6, word(t + 2))
        add(7, s0)
        add(8, sm1 &* 31 &+ s0)
        add(9, s0 &* 31 &+ sp1)
        add(10, affix(t, 3, suffix: true))
        add(11, affix(t, 2, suffix: true))
        add(12, affix(t, 3, suffix: false))
        add(13, affix(t, 4, suffix: true))
        add(14, start &* 131 &+ s0)
        add(15, p1)
        add(16, p1 &* 0x1_0000_0001 ^ w0)
        add(17, p1 &* 17 &+ p2)
        add(18, p1 &* 0x1_0000_0001 ^ s0)
        add(19, wm1 &* 31 ^ w0)
        add(20, w0 &* 31 ^ wp1)
        add(21, start &* 131 ^ w0)
        // Gazetteer cue words of the token and its neighbours (given name, surname, title, head nouns...).
        var cues = findings[t].cues
        while cues != 0 {
            let bit = UInt64(cues.trailingZeroBitCount)
            cues &= cues - 1
            add(22, bit)
            add(25, bit &* 3 &+ start)
        }
        var common = findings[t].commonCues
        while common != 0 {
            add(26, UInt64(common.trailingZeroBitCount))
            common &= common - 1
        }
        if t > 0 {
            var c = findings[t - 1].cues
            while c != 0 {
                add(23, UInt64(c.trailingZeroBitCount))
                c &= c - 1
            }
        }
        if t + 1 < tokens.count {
            var c = findings[t + 1].cues
            while c != 0 {
                add(24, UInt64(c.trailingZeroBitCount))
                c &= c - 1
            }
        }
        let g = UInt64(gazetteerCodes[t])
        add(27, g)
        add(28, g &* 3 &+ start)
        let r = UInt64(ruleCodes[t])
        add(29, r)
        add(30, r &* 3 &+ start)
        add(31, (r >> 4) &* 101 &+ p1)
        add(32, t > 0 ? UInt64(ruleCodes[t - 1] >> 4) : 99)
        add(33, t + 1 < tokens.count ? UInt64(ruleCodes[t + 1] >> 4) : 99)
        add(34, r &* 0x1_0000_0001 ^ w0)
        return n
    }
}
