import Pipeline

/// A token of the date grammar: a run of letters, a run of digits, or one punctuation scalar.
///
/// Letters and digits are split ("1990s" → "1990" "s", "FY2021" → "FY" "2021") and hyphens, slashes,
/// colons and dots are tokens of their own, so the grammar sees "mid-2021", "17:30" and "15/09/2021" as
/// sequences it can check for adjacency (`spaceBefore`).
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    // 20 bytes, no references: the token array is built and scanned at text speed, so copying a token
    // must be cheap and must not retain anything.
    private var start32: UInt32
    private var end32: UInt32
    /// Value of a digit run (saturating at 10^9).
    private var number32: Int32
    /// The id of the token's lower-cased text in the date lexicon (-1: none; always -1 for digit runs):
    /// `DateLexicon.keys[lexID]` is the text. Curly apostrophes are folded to "'".
    var lexID: Int32 = -1
    /// Digit count of a digit run, and a word's lower-cased UTF-8 length, both saturating at 255 (rules
    /// only compare them with small numbers).
    private var digits8: UInt8
    private var lower8: UInt8 = 0
    private var bits: UInt8
    private var kind8: UInt8

    private static let spaceBit: UInt8 = 1, lineBit: UInt8 = 2, capitalBit: UInt8 = 4, edBit: UInt8 = 8
    private static let unBit: UInt8 = 16
    private static let deferredBit: UInt8 = 32

    init(start: Int, end: Int, kind: Kind, spaceBefore: Bool, lineBefore: Bool, capitalized: Bool, number: Int, digits: Int) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        number32 = Int32(truncatingIfNeeded: number)
        digits8 = UInt8(truncatingIfNeeded: min(digits, 255))
        kind8 = kind.rawValue
        bits = (spaceBefore ? DateToken.spaceBit : 0) | (lineBefore ? DateToken.lineBit : 0)
            | (capitalized ? DateToken.capitalBit : 0)
    }

    /// An ASCII word with its flag bits (`spaceBit`...) already combined: the lexer's hot path.
    @inline(__always)
    init(asciiWord start: Int, end: Int, bits: UInt8, lexID: Int32) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        number32 = 0
        self.lexID = lexID
        digits8 = 0
        lower8 = UInt8(truncatingIfNeeded: min(end &- start, 255))
        self.bits = bits
        kind8 = Kind.word.rawValue
    }

    /// The flag bits of the ASCII word `bytes[start..<end]` (the "ed" and "un" cues are set only for
    /// lower-case words of five letters or more, the only ones the tense scan reads them for).
    @inline(__always)
    static func asciiWordBits(space: Bool, line: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> UInt8
    {
        let first = bytes[start]
        let capital = first &- 0x41 < 26
        var bits = (space ? spaceBit : 0) | (line ? lineBit : 0) | (capital ? capitalBit : 0)
        if end &- start > 4 && !capital {
            if bytes[end &- 2] | 0x20 == 0x65 && bytes[end &- 1] | 0x20 == 0x64 { bits |= edBit }
            if first | 0x20 == 0x75 && bytes[start &+ 1] | 0x20 == 0x6E { bits |= unBit }
        }
        return bits
    }

    /// UTF-8 offsets into the text, end-exclusive.
    @inline(__always) var start: Int { Int(start32) }
    @inline(__always) var end: Int { Int(end32) }
    @inline(__always) var kind: Kind { Kind(rawValue: kind8) ?? .punct }
    /// `kind == .number`, read as one byte comparison (the grammar's skip loop runs it on every token).
    @inline(__always) var isDigitRun: Bool { kind8 == Kind.number.rawValue }
    /// Whitespace separates this token from the previous one.
    @inline(__always) var spaceBefore: Bool { bits & DateToken.spaceBit != 0 }
    /// A line break (or the start of the text) precedes this token.
    @inline(__always) var lineBefore: Bool { bits & DateToken.lineBit != 0 }
    /// First letter upper-case.
    @inline(__always) var capitalized: Bool { bits & DateToken.capitalBit != 0 }
    @inline(__always) var number: Int {
        get { Int(number32) }
        set { number32 = Int32(truncatingIfNeeded: newValue) }
    }
    @inline(__always) var digits: Int { Int(digits8) }
    /// Words: the lower-cased text's UTF-8 length, and whether it ends in "ed" and starts with "un"
    /// (the tense scan's cues for words the lexicon does not hold; for ASCII words they are set only on
    /// lower-case words of five letters or more, the only ones the scan reads them for).
    @inline(__always) var lowerCount: Int {
        get { Int(lower8) }
        set { lower8 = UInt8(truncatingIfNeeded: min(newValue, 255)) }
    }
    @inline(__always) var endsEd: Bool {
        get { bits & DateToken.edBit != 0 }
        set { bits = newValue ? bits | DateToken.edBit : bits & ~DateToken.edBit }
    }
    @inline(__always) var startsUn: Bool {
        get { bits & DateToken.unBit != 0 }
        set { bits = newValue ? bits | DateToken.unBit : bits & ~DateToken.unBit }
    }
    /// A word of letters beyond Latin-1 whose `lowerCount`, `endsEd` and `startsUn` were not worked out:
    /// they take `String.lowercased()`, some 6,000 instructions a word, and the tense scan reads them
    /// for few words. `lowerFacts(in:)` reads them either way.
    @inline(__always) var deferred: Bool {
        get { bits & DateToken.deferredBit != 0 }
        set { bits = newValue ? bits | DateToken.deferredBit : bits & ~DateToken.deferredBit }
    }

    /// `lowerCount`, `endsEd` and `startsUn`, worked out from the text's bytes when they were deferred.
    func lowerFacts(in bytes: [UInt8]) -> (count: Int, endsEd: Bool, startsUn: Bool) {
        guard deferred else { return (lowerCount, endsEd, startsUn) }
        let facts = bytes.withUnsafeBufferPointer { DateLexer.lowerFacts($0, start, end) }
        return (min(facts.count, 255), facts.endsEd, facts.startsUn)
    }
}

/// What the lexer needs of the lexicon: the id of a token's text.
protocol DateKeyLookup {
    var longestKey: Int { get }
    var apostropheID: Int32 { get }
    /// The id of the key with this hash (`DateLexicon.keyHash`, over the lower-cased bytes of an ASCII
    /// letter run or the bytes of a punctuation scalar) and UTF-8 length, or -1.
    func id(hash h: UInt64, length n: Int) -> Int32
    func punctID(_ b: UInt8) -> Int32
    func lexID(_ lower: String) -> Int32
    /// Some key could be the lower-cased text of a word with a Latin-1 letter (`DateLexicon.latin1WordsCanBeKeys`).
    var latin1WordsCanBeKeys: Bool { get }
}

/// The lexicon's lookup arrays as plain pointers, for the lexer's loop: read through the lexicon
/// value, each probe reloaded the arrays from the struct and checked their bounds.
struct DateKeyProbe: DateKeyLookup {
    let bloom: UnsafePointer<UInt64>
    let table: UnsafePointer<Int32>
    let tableHashes: UnsafePointer<UInt64>
    let keyLengths: UnsafePointer<Int>
    let tableMask: Int
    let asciiPunct: UnsafePointer<Int32>
    let longestKey: Int
    let apostropheID: Int32
    let latin1WordsCanBeKeys: Bool
    let listIndex: [String: Int32]

    /// A key is recognised by its 64-bit hash and its length, as the relation stage recognises
    /// its words (`WordHash`): comparing the bytes as well cost a twentieth of the lexer for a collision
    /// no word list has. Most words of a text are no key, and one bloom load rejects them.
    @inline(__always)
    func id(hash h: UInt64, length n: Int) -> Int32 {
        guard bloom[Int(truncatingIfNeeded: (h >> 10) & 1023)] & (1 << (h & 63)) != 0 else { return -1 }
        var slot = Int(truncatingIfNeeded: h) & tableMask
        while true {
            let id = table[slot]
            if id < 0 { return -1 }
            if tableHashes[slot] == h, keyLengths[Int(id)] == n { return id }
            slot = (slot + 1) & tableMask
        }
    }

    @inline(__always) func punctID(_ b: UInt8) -> Int32 { asciiPunct[Int(b)] }
    func lexID(_ lower: String) -> Int32 { listIndex[lower] ?? -1 }
}

extension DateLexicon {
    /// Runs `body` with pointers to the lookup arrays (valid only inside it).
    func withProbe<R>(_ body: (DateKeyProbe) -> R) -> R {
        bloom.withUnsafeBufferPointer { bloom in
            table.withUnsafeBufferPointer { table in
                tableHashes.withUnsafeBufferPointer { tableHashes in
                    keyLengths.withUnsafeBufferPointer { keyLengths in
                        asciiPunctID.withUnsafeBufferPointer { asciiPunct in
                            // Every array is allocated (the bloom and punctuation tables have fixed sizes,
                            // the table at least 64 slots), so the base addresses are not nil.
                            body(
                                DateKeyProbe(
                                    bloom: bloom.baseAddress!, table: table.baseAddress!,
                                    tableHashes: tableHashes.baseAddress!, keyLengths: keyLengths.baseAddress!,
                                    tableMask: table.count - 1, asciiPunct: asciiPunct.baseAddress!,
                                    longestKey: longestKey, apostropheID: apostropheID,
                                    latin1WordsCanBeKeys: latin1WordsCanBeKeys, listIndex: listIndex))
                        }
                    }
                }
            }
        }
    }
}

/// No lexicon (lexing the lexicon's own phrases): every id is -1.
private struct NoKeys: DateKeyLookup {
    var longestKey: Int { -1 }
    var apostropheID: Int32 { -1 }
    func id(hash h: UInt64, length n: Int) -> Int32 { -1 }
    func punctID(_ b: UInt8) -> Int32 { -1 }
    func lexID(_ lower: String) -> Int32 { -1 }
    var latin1WordsCanBeKeys: Bool { false }
}

enum DateLexer {
    /// Lexes UTF-8 text. Non-ASCII letters join words; known non-ASCII spaces separate tokens; other
    /// non-ASCII scalars (quotes, dashes, currency signs) are punctuation. With a lexicon, each word and
    /// punctuation token gets its id there; no string is made except for words with non-ASCII letters.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: DateLexicon?) -> [DateToken] {
        if let lexicon { return lexicon.withProbe { lex(bytes, lookup: $0) } }
        return lex(bytes, lookup: NoKeys())
    }

    /// The lexer proper, specialised for a lexicon and for none: an optional lexicon read per token
    /// would be copied (the struct with all its arrays) at every read.
    /// The tokens are written straight into the array's storage (appending called the runtime's
    /// uniqueness check for every token), sized for running text (about one token per four or five
    /// bytes) with room for one per three; denser text is lexed again into room for one token per
    /// byte, which always suffices.
    private static func lex<L: DateKeyLookup>(_ bytes: UnsafeBufferPointer<UInt8>, lookup lexicon: L) -> [DateToken] {
        asciiClass.withUnsafeBufferPointer { table in
            var capacity = bytes.count / 3 + 16
            for _ in 0..<2 {
                var complete = false
                let tokens = [DateToken](unsafeUninitializedCapacity: capacity) { out, count in
                    let lexed = lex(bytes, lookup: lexicon, table: table, into: out)
                    complete = lexed != nil
                    count = lexed ?? 0
                }
                if complete { return tokens }
                capacity = bytes.count + 1
            }
            return []  // not reached: room for one token per byte always suffices
        }
    }

    /// Lexes into `out`: the number of tokens, nil when they do not fit.
    private static func lex<L: DateKeyLookup>(
        _ bytes: UnsafeBufferPointer<UInt8>, lookup lexicon: L, table: UnsafeBufferPointer<UInt8>,
        into out: UnsafeMutableBufferPointer<DateToken>
    ) -> Int? {
        guard !bytes.isEmpty else { return 0 }
        guard let base = out.baseAddress, let text = bytes.baseAddress else { return nil }
        // The tokens written so far; each write checks the room first (`capacity`).
        var written = 0
        let capacity = out.count
        var i = 0
        let n = bytes.count
        var space = true
        var line = true
        let hasLexicon = L.self != NoKeys.self
        let longestKey = lexicon.longestKey
        let apostropheID = lexicon.apostropheID
        // Set when an ASCII letter run turned out to go on with non-ASCII letters: the word at `i` is
        // lexed by the general path below.
        var general = false
        while i < n {
            let b = bytes[i]
            let c0 = b < 0x80 ? table[Int(b)] : 0
            if c0 == spaceClass {
                space = true
                if b == 0x0A || b == 0x0D { line = true }
                i += 1
                continue
            }
            if c0 == digitClass {
                var j = i + 1
                var number = Int(b &- 0x30)
                while j < n {
                    let c = bytes[j]
                    guard c >= 0x30 && c <= 0x39 else { break }
                    number = number < 100_000_000 ? number * 10 + Int(c &- 0x30) : number
                    j += 1
                }
                guard written < capacity else { return nil }
                (base + written).initialize(
                    to: DateToken(
                        start: i, end: j, kind: .number, spaceBefore: space, lineBefore: line, capitalized: false,
                        number: number, digits: j - i))
                written &+= 1
                space = false
                line = false
                i = j
                continue
            }
            if c0 == letterClass && !general {
                // The common case: ASCII words, each hashed lower-cased as it is scanned; a word followed
                // by one space and another ASCII letter goes straight on to that word.
                var start = i
                while true {
                    // The run of letters and its hash, eight bytes at a time where sixteen are left.
                    var j: Int
                    var h: UInt64 = 0
                    var hashed = false
                    if start &+ 16 <= n {
                        let v0 = UInt64(littleEndian: UnsafeRawPointer(text + start).loadUnaligned(as: UInt64.self))
                        let run0 = asciiLetterRun(v0)
                        if run0 < 8 {
                            j = start &+ run0
                            h = DateLexicon.hash(DateLexicon.hashStart(length: run0), chunk: lowered(v0, run0))
                            hashed = true
                        } else {
                            let v1 = UInt64(littleEndian: UnsafeRawPointer(text + (start &+ 8)).loadUnaligned(as: UInt64.self))
                            let run1 = asciiLetterRun(v1)
                            j = start &+ 8 &+ run1
                            if run1 == 0 {
                                h = DateLexicon.hash(DateLexicon.hashStart(length: 8), chunk: lowered(v0, 8))
                                hashed = true
                            } else if run1 < 8 {
                                h = DateLexicon.hash(
                                    DateLexicon.hash(DateLexicon.hashStart(length: 8 &+ run1), chunk: lowered(v0, 8)),
                                    chunk: lowered(v1, run1))
                                hashed = true
                            }
                        }
                    } else {
                        j = start &+ 1
                    }
                    if !hashed {
                        // Near the end of the text, or a word of sixteen letters or more.
                        while j < n && (bytes[j] | 0x20) &- 0x61 < 26 { j &+= 1 }
                    }
                    if j < n && bytes[j] >= 0x80 && classify(bytes, j).kind == .letter {
                        general = true
                        break
                    }
                    let count = j &- start
                    let bits = DateToken.asciiWordBits(space: space, line: line, bytes, start, j)
                    var id: Int32 = -1
                    if count <= longestKey {
                        let hash = hashed ? h : DateLexicon.keyHash(bytes, start, j, lowered: true)
                        id = lexicon.id(hash: hash, length: count)
                    }
                    guard written < capacity else { return nil }
                    (base + written).initialize(to: DateToken(asciiWord: start, end: j, bits: bits, lexID: id))
                    written &+= 1
                    space = false
                    line = false
                    if j &+ 1 < n && bytes[j] == 0x20 && (bytes[j &+ 1] | 0x20) &- 0x61 < 26 {
                        space = true
                        start = j &+ 1
                        continue
                    }
                    start = j
                    break
                }
                i = start
                continue
            }
            if c0 == punctClass {
                // ASCII punctuation: one byte, its id from a table.
                var token = DateToken(
                    start: i, end: i &+ 1, kind: .punct, spaceBefore: space, lineBefore: line,
                    capitalized: false, number: 0, digits: 0)
                if hasLexicon { token.lexID = lexicon.punctID(b) }
                guard written < capacity else { return nil }
                (base + written).initialize(to: token)
                written &+= 1
                space = false
                line = false
                i &+= 1
                continue
            }
            general = false
            let cls = classify(bytes, i)
            switch cls.kind {
            case .space:
                space = true
                if b == 0x0A || b == 0x0D { line = true }
                i += cls.width
            case .letter, .digit:
                // Words with non-ASCII letters (digit runs are all ASCII and handled above).
                let start = i
                let wantDigit = cls.kind == .digit
                var j = i
                var ascii = true
                while j < n {
                    let c = bytes[j]
                    if c < 0x80 {
                        let isDigit = c >= 0x30 && c <= 0x39
                        if isDigit != wantDigit { break }
                        if !isDigit {
                            guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) else { break }
                        }
                        j += 1
                        continue
                    }
                    let k = classify(bytes, j)
                    if wantDigit || k.kind != .letter { break }
                    ascii = false
                    j += k.width
                }
                var token = DateToken(
                    start: start, end: j, kind: wantDigit ? .number : .word, spaceBefore: space, lineBefore: line,
                    capitalized: !wantDigit && b >= 0x41 && b <= 0x5A, number: 0, digits: wantDigit ? j - start : 0)
                if wantDigit {
                    var number = 0
                    for k in start..<j {
                        number = number < 100_000_000 ? number * 10 + Int(bytes[k] &- 0x30) : number
                    }
                    token.number = number
                } else if ascii {
                    token.lowerCount = j - start
                    if j - start >= 2 {
                        token.endsEd = bytes[j - 2] | 0x20 == 0x65 && bytes[j - 1] | 0x20 == 0x64
                        token.startsUn = bytes[start] | 0x20 == 0x75 && bytes[start + 1] | 0x20 == 0x6E
                    }
                    token.lexID = lexicon.id(hash: DateLexicon.keyHash(bytes, start, j, lowered: true), length: j - start)
                } else if isLatin1Word(bytes, start, j) {
                    // Same facts as the general case below, read off the bytes: lower-casing keeps the
                    // length, and every scalar is a character of its own.
                    token.lowerCount = j - start
                    if j - start >= 2 {
                        token.endsEd = bytes[j - 2] | 0x20 == 0x65 && bytes[j - 1] | 0x20 == 0x64
                        token.startsUn = bytes[start] | 0x20 == 0x75 && bytes[start + 1] | 0x20 == 0x6E
                    }
                    // The lower-cased word holds a Latin-1 letter, so no ASCII key matches it, and most
                    // lexicons have no other word keys: the dictionary lookup (a string hash) is skipped.
                    if lexicon.latin1WordsCanBeKeys, let lower = latin1Lowered(bytes, start, j) {
                        token.lexID = lexicon.lexID(lower)
                    }
                } else if lexicon.latin1WordsCanBeKeys || mayNormalizeToASCII(bytes, start, j) {
                    let facts = lowerFacts(bytes, start, j)
                    token.lowerCount = facts.count
                    token.endsEd = facts.endsEd
                    token.startsUn = facts.startsUn
                    token.lexID = lexicon.lexID(facts.lower)
                } else {
                    // No key can match (`mayNormalizeToASCII`), and the lower-case facts wait until asked for.
                    token.deferred = true
                }
                guard written < capacity else { return nil }
                (base + written).initialize(to: token)
                written &+= 1
                space = false
                line = false
                i = j
            case .punct:
                let width = cls.width
                var token = DateToken(
                    start: i, end: i + width, kind: .punct, spaceBefore: space, lineBefore: line,
                    capitalized: false, number: 0, digits: 0)
                if hasLexicon {
                    if width == 1 {
                        token.lexID = lexicon.punctID(b)
                    } else if width == 3 && b == 0xE2 && bytes[i + 1] == 0x80
                        && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99)
                    {
                        token.lexID = apostropheID
                    } else {
                        token.lexID = lexicon.id(hash: DateLexicon.keyHash(bytes, i, i + width, lowered: false), length: width)
                    }
                }
                guard written < capacity else { return nil }
                (base + written).initialize(to: token)
                written &+= 1
                space = false
                line = false
                i += width
            }
        }
        return written
    }

    /// How many of the eight bytes of `v` (little-endian: the first byte lowest), from the first, are
    /// ASCII letters: each byte lower-cased and compared with "a"..."z" at once, bytes from 0x80 excluded.
    @inline(__always)
    static func asciiLetterRun(_ v: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let x = (v | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        // No carries between bytes: each byte of x is at most 0x7F.
        let atLeastA = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & high  // x >= 0x61
        let pastZ = (x &+ 0x0505_0505_0505_0505) & high  // x >= 0x7B
        let letters = atLeastA & ~pastZ & ~v
        let others = ~letters & high
        return others == 0 ? 8 : others.trailingZeroBitCount >> 3
    }

    /// The first `count` bytes of `v` (1...8), lower-cased as letters, the rest zero: the chunk
    /// `DateLexicon.keyHash` packs for them.
    @inline(__always)
    static func lowered(_ v: UInt64, _ count: Int) -> UInt64 {
        let x = v | 0x2020_2020_2020_2020
        return count >= 8 ? x : x & ((1 &<< UInt64(count &* 8)) &- 1)
    }

    /// ASCII byte classes (`asciiClass`): the lexer's fast paths test one table entry per byte.
    private static let spaceClass: UInt8 = 1
    private static let letterClass: UInt8 = 2
    private static let digitClass: UInt8 = 3
    private static let punctClass: UInt8 = 4
    private static let asciiClass: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
        switch b {
        case 0x30...0x39: return digitClass
        case 0x41...0x5A, 0x61...0x7A: return letterClass
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return spaceClass
        default: return punctClass
        }
    }

    enum CharKind { case space, letter, digit, punct }

    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: CharKind, width: Int) {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x30...0x39: return (.digit, 1)
            case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return (.space, 1)
            default: return (.punct, 1)
            }
        }
        let width = min(UTF8Width.ofLeadByte(b), bytes.count - i)
        if width == 2 && b == 0xC2 {
            let c = bytes[i + 1]
            if c == 0xA0 { return (.space, 2) }
            return (.punct, 2)  // Latin-1 punctuation and symbols: « » £ ¥ § ...
        }
        if width == 2 && b == 0xC3 && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7) { return (.punct, 2) }
        if width == 3 && b == 0xE2 {
            let c = bytes[i + 1]
            let d = bytes[i + 2]
            if c == 0x80 && (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) { return (.space, 3) }
            if c == 0x81 && d == 0x9F { return (.space, 3) }
            return (.punct, 3)  // dashes, quotes, bullets, currency, arrows ...
        }
        if width == 3 && b == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 { return (.space, 3) }
        return (.letter, width)
    }

    /// The lower-cased word and the facts the tense scan reads of it (`DateToken.lowerCount`...).
    static func lowerFacts(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> (lower: String, count: Int, endsEd: Bool, startsUn: Bool)
    {
        let lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        return (lower, lower.utf8.count, lower.hasSuffix("ed"), lower.hasPrefix("un"))
    }

    /// Whether the lower-cased text of a word with letters beyond Latin-1 could equal a key whose
    /// non-ASCII scalars are all lone punctuation (`DateLexicon.latin1WordsCanBeKeys` false). The
    /// lexicon compares strings by canonical equivalence, so the word would have to normalise to ASCII,
    /// and lower-casing leaves a non-ASCII scalar in it (the one capital that lower-cases to ASCII, the
    /// Kelvin sign, is punctuation to the lexer). The only scalars whose normal form is ASCII are the
    /// Kelvin sign, U+037E (";") and U+1FEF ("`"): their lead bytes 0xCD and 0xE1 send the word to the
    /// lookup. No case mapping gives a dash, quote or currency sign, the other keys.
    static func mayNormalizeToASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            if bytes[k] == 0xCD || bytes[k] == 0xE1 { return true }
            k += 1
        }
        return false
    }

    /// The word's letters are ASCII and Latin-1 (U+00C0...U+00FF, not × or ÷): `latin1Lowered` would
    /// lower-case it.
    static func isLatin1Word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let b = bytes[k]
            if b < 0x80 {
                k += 1
            } else if b == 0xC3, k + 1 < end, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0xBF, bytes[k + 1] != 0x97,
                bytes[k + 1] != 0xB7
            {
                k += 2
            } else {
                return false
            }
        }
        return true
    }

    /// `String.lowercased()` of a word whose letters are ASCII and Latin-1 (U+00C0...U+00FF, "für",
    /// "Ärzte", "sautéed"), done on the bytes; nil for any other word. `lowercased()` went through the
    /// Unicode tables at some 4,700 instructions a word, a fifth of the lexer on German or Portuguese
    /// text. Latin-1 capitals lower-case by adding 0x20 to the second byte (× and ÷ are punctuation
    /// to the lexer, so never inside a word); ß and the small letters stay.
    /// Out of line: inlined, it made the lexer loop's token appends call the runtime's uniqueness check.
    @inline(never)
    static func latin1Lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        guard isLatin1Word(bytes, start, end) else { return nil }
        return String(unsafeUninitializedCapacity: end - start) { out in
            var o = 0
            var k = start
            while k < end {
                let b = bytes[k]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    o += 1
                    k += 1
                } else {
                    let c = bytes[k + 1]
                    out[o] = b
                    out[o + 1] = c >= 0x80 && c <= 0x9E ? c + 0x20 : c
                    o += 2
                    k += 2
                }
            }
            return o
        }
    }

    /// Lexes a lexicon phrase into its lower-cased token texts.
    static func words(of phrase: String) -> [String] {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            lex(bytes, lexicon: nil).map { t in
                if t.kind == .punct, t.end - t.start == 3, bytes[t.start] == 0xE2, bytes[t.start + 1] == 0x80,
                    bytes[t.start + 2] == 0x98 || bytes[t.start + 2] == 0x99
                {
                    return "'"
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
                return t.kind == .word ? text.lowercased() : text
            }
        }
    }
}
