import Pipeline

/// The document's tokens as UTF-8 byte ranges with their flags, the form the gazetteer walk and the rules
/// read (the document keeps scalar offsets; converting once here keeps the hot loops on bytes).
struct TokenTable {
    var byteStart: [Int32] = []
    var byteEnd: [Int32] = []
    var flags: [TokenFlags] = []
    var count: Int { flags.count }

    init(_ document: Document) {
        var walk: OffsetWalk?
        self.init(document, walk: &walk)
    }

    /// Also hands back the offset walk that converted the tokens, nil for ASCII text (see
    /// `OffsetWalk.rewound`). Not kept here: the table is copied into the tagger and the features, and a
    /// larger table made those copies dearer.
    init(_ document: Document, walk: inout OffsetWalk?) {
        let tokens = document.tokens
        let count = tokens.count
        // Filled through buffers: appending to three arrays per token cost more than the conversion.
        var starts = [Int32](repeating: 0, count: count)
        var ends = [Int32](repeating: 0, count: count)
        var flags = [TokenFlags](repeating: [], count: count)
        let map = document.offsets
        var text = document.text
        tokens.withUnsafeBufferPointer { source in
            starts.withUnsafeMutableBufferPointer { starts in
                ends.withUnsafeMutableBufferPointer { ends in
                    flags.withUnsafeMutableBufferPointer { flags in
                        if map.isASCII {
                            for i in 0..<count {
                                starts[i] = Int32(truncatingIfNeeded: source[i].start)
                                ends[i] = Int32(truncatingIfNeeded: source[i].end)
                                flags[i] = source[i].flags
                            }
                            return
                        }
                        text.withUTF8 { bytes in
                            var cursor = OffsetWalk(bytes: bytes, map: map)
                            cursor.utf8Offsets(of: source, starts: starts, ends: ends)
                            for i in 0..<count { flags[i] = source[i].flags }
                            walk = cursor
                        }
                    }
                }
            }
        }
        byteStart = starts
        byteEnd = ends
        self.flags = flags
    }

    @inline(__always) func length(_ i: Int) -> Int { Int(byteEnd[i] - byteStart[i]) }

    /// The folded hash of token `i`'s word (`TaggerFeatures.wordHash`: "MOPHIE" and "Mophie" are one word).
    @inline(__always) func wordHash(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        TaggerFeatures.wordHash(bytes, Int(byteStart[i]), Int(byteEnd[i]))
    }

    /// Token `i` is an en or an em dash alone (U+2013, U+2014): a dateline's or a table's separator.
    func isDash(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[i])
        return length(i) == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x93 || bytes[s + 2] == 0x94)
    }

    /// Whether the tokens open at least `n` sentences: an article, as opposed to a tweet or a sentence on its
    /// own, whose lack of evidence about a name means nothing.
    func hasSentences(atLeast n: Int) -> Bool {
        var k = 0
        for f in flags where f.contains(FlagBits.sentenceStart) {
            k += 1
            if k >= n { return true }
        }
        return false
    }

    /// The tokens `t` whose flags pass `test(previous, this, next)` (empty flags beyond the ends), in order:
    /// one scan of the flags without bounds checks, for the passes that look for a rare shape ("the firm
    /// Oanda": a lower-case word before a capitalized one) in every document and test the words only there.
    @inline(__always)
    func tokens(where test: (TokenFlags, TokenFlags, TokenFlags) -> Bool) -> [Int] {
        var found: [Int] = []
        flags.withUnsafeBufferPointer { f in
            let n = f.count
            guard n > 0 else { return }
            var previous: TokenFlags = []
            for t in 0..<n {
                let this = f[t]
                if test(previous, this, t + 1 < n ? f[t + 1] : []) { found.append(t) }
                previous = this
            }
        }
        return found
    }

    /// The tokens of `length` bytes whose first byte passes `first`, in order: one scan of the offsets
    /// without bounds checks, for the passes that look for a rare short word ("&", a postal code,
    /// "chief") in every document.
    func tokens(ofLength length: Int, in bytes: UnsafeBufferPointer<UInt8>, first: (UInt8) -> Bool) -> [Int] {
        var found: [Int] = []
        let n = Int32(length)
        byteStart.withUnsafeBufferPointer { starts in
            byteEnd.withUnsafeBufferPointer { ends in
                for t in 0..<starts.count where ends[t] &- starts[t] == n && first(bytes[Int(starts[t])]) {
                    found.append(t)
                }
            }
        }
        return found
    }

    /// Clears the capital flags of alphanumeric codes with four digits or more ("OW3004022094",
    /// "94WD0125D", the story codes of wire and monitoring-service headers): they start with a capital but
    /// name nothing, and as capitalized words they joined the names around them into one run ("OW3004022094
    /// Beijing XINHUA Domestic Service"). Short mixed tokens ("F-16", "G20", "A320") keep theirs.
    mutating func demoteCodes(_ bytes: UnsafeBufferPointer<UInt8>) {
        let mixed = FlagBits.alphabetic.union(FlagBits.numeric)
        let capitals = FlagBits.capitalized.union(FlagBits.allCaps)
        for i in 0..<flags.count where flags[i].isSuperset(of: mixed) && flags[i].rawValue & capitals.rawValue != 0 {
            var digits = 0
            for k in Int(byteStart[i])..<Int(byteEnd[i]) where bytes[k] &- 0x30 < 10 { digits += 1 }
            if digits >= 4 { flags[i].subtract(capitals) }
        }
    }

    /// True when token `i` spells `word` (lower-case ASCII) in any case.
    func `is`(_ i: Int, _ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[i])
        let n = word.utf8CodeUnitCount
        guard Int(byteEnd[i]) - s == n else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[s + k] | 0x20 != w[k] { return false }
        return true
    }

    @inline(__always)
    func isAny(_ i: Int, _ set: WordSet, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[i])
        let n = Int(byteEnd[i]) - s
        guard n > 0, set.mayContain(length: n, folded: bytes[s] | 0x20) else { return false }
        if n < 8 {
            // The bytes folded as `is` folds them (| 0x20) and the length, in one integer.
            var key = UInt64(n) << 56
            for k in 0..<n { key |= UInt64(bytes[s + k] | 0x20) << UInt64(8 * k) }
            return set.containsPacked(key)
        }
        for w in set.long where self.is(i, w, in: bytes) { return true }
        return false
    }

    /// Capitalized word: starts with an upper-case letter (or is all capitals).
    @inline(__always) func isCapitalized(_ i: Int) -> Bool {
        let f = flags[i]
        return f.contains(FlagBits.alphabetic) && (f.contains(FlagBits.capitalized) || f.contains(FlagBits.allCaps))
    }

    @inline(__always) func isLower(_ i: Int) -> Bool { flags[i].contains(FlagBits.lowercase) }

    /// A word of four letters or more ending in "ly" ("Formerly", "fluently"): an adverb, most likely.
    @inline(__always) func endsInLy(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = Int(byteEnd[t])
        return length(t) >= 4 && bytes[e - 2] == 0x6C && bytes[e - 1] == 0x79
    }

    /// Token `t`'s bytes up to `end` (its end when nil) end in one of `endings` (lower-case; the token's bytes
    /// folded), with at least one byte before the ending ("immunologist", "evangelical").
    func endsInAny(_ t: Int, _ endings: [[UInt8]], before end: Int? = nil, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[t])
        let e = end ?? Int(byteEnd[t])
        for ending in endings where e - s > ending.count {
            if zip(bytes[(e - ending.count)..<e], ending).allSatisfy({ $0 | 0x20 == $1 }) { return true }
        }
        return false
    }

    /// The hyphen in token `t` after a lower-case prefix of `WordLists.hyphenPrefixes`, when a capital letter
    /// follows it ("post-Soviet", "anti-Castro").
    func prefixHyphen(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let s = Int(byteStart[t])
        let e = Int(byteEnd[t])
        var h = s
        while h < e, bytes[h] != 0x2D { h += 1 }
        guard h > s, h + 1 < e, bytes[h + 1] &- 0x41 < 26,
            WordLists.hyphenPrefixes.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<h]))
        else { return nil }
        return h
    }

    /// Tokens `a` and `b` with one space between them (no line break, no punctuation).
    @inline(__always) func isOneSpaceApart(_ a: Int, _ b: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(byteEnd[a])
        return Int(byteStart[b]) == end + 1 && bytes[end] == 0x20
    }

    /// Token `i` is a comma.
    @inline(__always) func isComma(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        i < count && length(i) == 1 && bytes[Int(byteStart[i])] == 0x2C
    }

    /// Tokens `i`, `i + 1`, `i + 2` are a comma, a person's age (1 to 119) and a comma or a closing
    /// bracket: ", 53," after a name, the news's way of writing a person's age.
    func isAgeInCommas(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i + 2 < count, isComma(i, in: bytes) else { return false }
        let s = Int(byteStart[i + 1])
        let n = length(i + 1)
        guard n >= 1, n <= 3, (s..<s + n).allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { return false }
        let age = (s..<s + n).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        return age >= 1 && age < 120 && (isComma(i + 2, in: bytes) || self.is(i + 2, ")", in: bytes))
    }
}

extension TokenTable {
    /// The first token of the capitalized words right before token `h` on its line, up to `maxWords` of them
    /// and joined by a word of `joiners` between two ("Rock and Roll Hall of Fame", "Academy of Country Music
    /// Awards"); it stops at an article and after a sentence's first word. `h` itself when none precedes.
    func capitalizedRunStart(
        before h: Int, maxWords: Int, joiners: WordSet, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var s = h
        var words = 0
        while words < maxWords, s > 0 {
            let k = s - 1
            if flags[k].contains(FlagBits.lineEndAfter) || isAny(k, WordLists.articles, in: bytes) { break }
            if isCapitalized(k) {
                s = k
            } else if s < h, k >= 1, isAny(k, joiners, in: bytes), isCapitalized(k - 1),
                !flags[k - 1].contains(FlagBits.lineEndAfter), !isAny(k - 1, WordLists.articles, in: bytes)
            {
                s = k - 1
            } else {
                break
            }
            words += 1
            if flags[s].contains(FlagBits.sentenceStart) { break }
        }
        return s
    }

    /// Nothing capitalized follows token `t` on its line, one space apart: a name ends with it ("Switch
    /// Lite", "the US Open"; not "the Open University").
    func isNameEnd(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = t + 1
        guard next < count else { return true }
        return !(isCapitalized(next) && isOneSpaceApart(t, next, in: bytes))
    }

    /// Four digits of a year from 1700 to 2099 ("1994 World Cup", "the 2019 Miami Open").
    func isYear(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[t])
        guard length(t) == 4, (s..<s + 4).allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { return false }
        let century = Int(bytes[s] - 0x30) * 10 + Int(bytes[s + 1] - 0x30)
        return century >= 17 && century <= 20
    }

    /// "'s", "’s" or the plural's apostrophe ("the Browns' coach").
    func isPossessive(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[t])
        var e = Int(byteEnd[t])
        guard e > s else { return false }
        if bytes[e - 1] | 0x20 == 0x73 { e -= 1 }
        // The apostrophe: ASCII, or U+2019 (E2 80 99), and nothing before it.
        if e - s == 1 { return bytes[s] == 0x27 }
        return e - s == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0x99
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether two byte ranges hold the same bytes ("Burisma" here and "Burisma" there).
    func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where self[a.lowerBound + k] != self[b.lowerBound + k] { return false }
        return true
    }

    /// Whether two byte ranges hold the same bytes but for the case of ASCII letters ("FRANCE", "France").
    func sameLetters(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count {
            let x = self[a.lowerBound + k]
            let y = self[b.lowerBound + k]
            guard x == y || x | 0x20 == y | 0x20 && x | 0x20 &- 0x61 < 26 else { return false }
        }
        return true
    }
}
