/// What the tokenizer needs to know about one Unicode scalar.
///
/// ASCII is classified by a 128-entry table and two-byte scalars (Latin-1 to Arabic) by a table built
/// once, so the hot loop never calls into Unicode property lookups for news text; only rarer
/// three- and four-byte scalars take the slow path.
enum CharClass: UInt8 {
    case space
    case newline
    case upper
    case lower
    /// A letter without case (Arabic, Hebrew, Devanagari, ...).
    case letter
    /// A combining mark or a zero-width joiner: part of the word it follows.
    case mark
    case digit
    /// A letter of a script written without spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar).
    case unspaced
    /// `'` and `’`: an apostrophe inside or after a word, a single quote elsewhere.
    case apostrophe
    case quote
    /// `-` and the Unicode hyphens.
    case hyphen
    /// En dash, em dash, horizontal bar, minus sign.
    case dash
    case period
    /// `…`
    case ellipsis
    /// `!` and `?`
    case bang
    /// Full stops and question/exclamation marks of other scripts (`。`, `！`, `؟`, `।`).
    case scriptTerminal
    case openBracket
    case closeBracket
    case bullet
    /// Any other punctuation or symbol.
    case other

    var isWordChar: Bool {
        switch self {
        case .upper, .lower, .letter, .mark, .digit: return true
        default: return false
        }
    }

    var isLetter: Bool {
        switch self {
        case .upper, .lower, .letter: return true
        default: return false
        }
    }

    var isSpace: Bool { self == .space || self == .newline }
}

enum CharClassifier {
    /// Classes of the ASCII bytes.
    static let ascii: [CharClass] = (0..<128).map { classifyASCII(UInt8($0)) }

    /// Classes of U+0080 ... U+07FF, indexed by `scalar - 0x80`.
    static let twoByte: [CharClass] = (0x80..<0x800).map { classifyScalar(UInt32($0)) }

    private static func classifyASCII(_ b: UInt8) -> CharClass {
        switch b {
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x0A, 0x0D: return .newline
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return .lower
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "'"): return .apostrophe
        case UInt8(ascii: "\""), UInt8(ascii: "`"): return .quote
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return .bang
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closeBracket
        case 0..<0x20, 0x7F: return .space  // control characters separate tokens like spaces
        default: return .other
        }
    }

    /// The class of any scalar; the tables above cache it for the common ranges.
    static func classifyScalar(_ v: UInt32) -> CharClass {
        if v < 0x80 { return classifyASCII(UInt8(v)) }
        switch v {
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x200C, 0x200D: return .mark
        case 0x2019: return .apostrophe
        case 0x2018, 0x201A...0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x300C...0x300F, 0x301D...0x301F:
            return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2212, 0x2E3A, 0x2E3B: return .dash
        case 0x2026: return .ellipsis
        case 0x2022, 0x2023, 0x2043, 0x25A0, 0x25AA, 0x25B8, 0x25BA, 0x25CF, 0x25E6, 0x2219, 0x27A2:
            return .bullet
        case 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61, 0x061F, 0x06D4, 0x0964, 0x0965, 0x203C, 0x2047...0x2049:
            return .scriptTerminal
        default: break
        }
        if isUnspacedScript(v) { return .unspaced }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .openPunctuation: return .openBracket
        case .closePunctuation: return .closeBracket
        case .initialPunctuation, .finalPunctuation: return .quote
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .newline
        case .control, .format: return .space
        default: return .other
        }
    }

    /// Letters of scripts that do not separate words with spaces, which ICU's dictionary-based word
    /// break segments. Korean is left out: Hangul separates words with spaces.
    static func isUnspacedScript(_ v: UInt32) -> Bool {
        switch v {
        case 0x0E00...0x0E7F,  // Thai
            0x0E80...0x0EFF,  // Lao
            0x1000...0x109F,  // Myanmar
            0x1780...0x17FF,  // Khmer
            0x3005, 0x3006, 0x3007,  // ideographic iteration mark, closing mark, zero
            0x3040...0x309F,  // Hiragana
            0x30A0...0x30FA, 0x30FC...0x30FF,  // Katakana (not the middle dot U+30FB)
            0x31F0...0x31FF,  // Katakana extensions
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFF66...0xFF9F,  // half-width Katakana
            0x20000...0x3134F:  // CJK extensions B...G
            return true
        default:
            return false
        }
    }
}

/// Decodes the scalar at `i` (assumed a lead byte) and its width; invalid sequences count as one
/// U+FFFD-like byte so that a bad byte can never stall or crash the scan.
@inline(__always)
func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, width: Int) {
    let b0 = UInt32(p[i])
    let n = p.count
    if b0 < 0xC0 { return (0xFFFD, 1) }
    if b0 < 0xE0 {
        guard i + 1 < n else { return (0xFFFD, 1) }
        return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n else { return (0xFFFD, n - i) }
        return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
    }
    guard i + 3 < n else { return (0xFFFD, n - i) }
    return (
        ((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
            | (UInt32(p[i + 3]) & 0x3F), 4
    )
}
