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
    /// Lower-cased text; curly apostrophes are folded to "'".
    var lower: String
    /// Value of a digit run (saturating), and its number of digits.
    var number: Int
    var digits: Int
    /// The token's entry list in the date lexicon (-1: none), filled by the stage.
    var lexID: Int32 = -1
}

enum DateLexer {
    /// Lexes UTF-8 text. Non-ASCII letters join words; known non-ASCII spaces separate tokens; other
    /// non-ASCII scalars (quotes, dashes, currency signs) are punctuation.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
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
                while j < n {
                    let c = classify(bytes, j)
                    if (c.kind == .digit) != wantDigit || (c.kind != .digit && c.kind != .letter) { break }
                    j += c.width
                }
                var lower = ""
                var number = 0
                if wantDigit {
                    for k in start..<j {
                        number = number < 100_000_000 ? number * 10 + Int(bytes[k] &- 0x30) : number
                    }
                    lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
                } else {
                    lower = lowercased(bytes, start, j)
                }
                let capitalized = !wantDigit && b >= 0x41 && b <= 0x5A
                tokens.append(
                    DateToken(
                        start: start, end: j, kind: wantDigit ? .number : .word, spaceBefore: space,
                        lineBefore: line, capitalized: capitalized, lower: lower, number: number,
                        digits: wantDigit ? j - start : 0))
                space = false
                line = false
                i = j
            case .punct:
                let width = cls.width
                var lower: String
                if width == 3 && b == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99) {
                    lower = "'"
                } else {
                    lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]), as: UTF8.self)
                }
                tokens.append(
                    DateToken(
                        start: i, end: i + width, kind: .punct, spaceBefore: space, lineBefore: line,
                        capitalized: false, lower: lower, number: 0, digits: 0))
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

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var ascii = true
        for k in start..<end where bytes[k] >= 0x80 { ascii = false }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end {
                    let c = bytes[k]
                    out[k - start] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
                }
                return end - start
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }

    /// Lexes a lexicon phrase into its lower-cased token texts.
    static func words(of phrase: String) -> [String] {
        var phrase = phrase
        return phrase.withUTF8 { lex($0).map(\.lower) }
    }
}
