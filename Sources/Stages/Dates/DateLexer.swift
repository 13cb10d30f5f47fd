import Pipeline

/// A token of the date grammar: a run of letters, a run of digits, or one punctuation scalar.
///
/// Letters and digits are split ("1990s" → "1990" "s", "FY2021" → "FY" "2021") and hyphens, slashes,
/// colons and dots are tokens of their own, so the grammar sees "mid-2021", "17:30" and "15/09/2021" as
/// sequences it can check for adjacency (`spaceBefore`).
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    /// UTF-8 offsets into the text, end-exclusive.
    var start: Int
    var end: Int
    var kind: Kind
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// A line break (or the start of the text) precedes this token.
    var lineBefore: Bool
    /// First letter upper-case.
    var capitalized: Bool
    /// Value of a digit run (saturating), and its number of digits.
    var number: Int
    var digits: Int
    /// The id of the token's lower-cased text in the date lexicon (-1: none; always -1 for digit runs):
    /// `DateLexicon.keys[lexID]` is the text. Curly apostrophes are folded to "'".
    var lexID: Int32 = -1
    /// Words: the lower-cased text's UTF-8 length, and whether it ends in "ed" and starts with "un"
    /// (the tense scan's cues for words the lexicon does not hold).
    var lowerCount: Int32 = 0
    var endsEd = false
    var startsUn = false
}

enum DateLexer {
    /// Lexes UTF-8 text. Non-ASCII letters join words; known non-ASCII spaces separate tokens; other
    /// non-ASCII scalars (quotes, dashes, currency signs) are punctuation. With a lexicon, each word and
    /// punctuation token gets its id there; no string is made except for words with non-ASCII letters.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: DateLexicon?) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        let n = bytes.count
        var space = true
        var line = true
        while i < n {
            let b = bytes[i]
            let cls = classify(bytes, i)
            switch cls.kind {
            case .space:
                space = true
                if b == 0x0A || b == 0x0D { line = true }
                i += cls.width
            case .letter, .digit:
                let start = i
                let wantDigit = cls.kind == .digit
                var j = i
                var ascii = true
                var h = DateLexicon.hashSeed
                while j < n {
                    let c = bytes[j]
                    if c < 0x80 {
                        let isDigit = c >= 0x30 && c <= 0x39
                        if isDigit != wantDigit { break }
                        if !isDigit {
                            guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) else { break }
                            h = DateLexicon.hash(h, c | 0x20)
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
                    token.lowerCount = Int32(j - start)
                    if j - start >= 2 {
                        token.endsEd = bytes[j - 2] | 0x20 == 0x65 && bytes[j - 1] | 0x20 == 0x64
                        token.startsUn = bytes[start] | 0x20 == 0x75 && bytes[start + 1] | 0x20 == 0x6E
                    }
                    if let lexicon { token.lexID = lexicon.id(hash: h, bytes, start, j, lowered: true) }
                } else {
                    let lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
                        .lowercased()
                    token.lowerCount = Int32(lower.utf8.count)
                    token.endsEd = lower.hasSuffix("ed")
                    token.startsUn = lower.hasPrefix("un")
                    if let lexicon { token.lexID = lexicon.lexID(lower) }
                }
                tokens.append(token)
                space = false
                line = false
                i = j
            case .punct:
                let width = cls.width
                var token = DateToken(
                    start: i, end: i + width, kind: .punct, spaceBefore: space, lineBefore: line,
                    capitalized: false, number: 0, digits: 0)
                if let lexicon {
                    if width == 3 && b == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99) {
                        token.lexID = lexicon.apostropheID
                    } else {
                        var h = DateLexicon.hashSeed
                        for k in i..<(i + width) { h = DateLexicon.hash(h, bytes[k]) }
                        token.lexID = lexicon.id(hash: h, bytes, i, i + width, lowered: false)
                    }
                }
                tokens.append(token)
                space = false
                line = false
                i += width
            }
        }
        return tokens
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
