/// The English abbreviation and sentence-starter lists, parsed once from the generated resource
/// (scripts/gen-abbreviations.py; pySBD, MIT) and shared read-only by every worker.
public enum EnglishAbbreviations {
    public enum Kind: Sendable {
        /// Precedes a name: "Mr.", "Gen.", "Mt."; never ends a sentence before a capitalised word.
        case prepositive
        /// An abbreviation only before a number ("No. 5", "Art. 3", "pp. 10"); an ordinary word elsewhere.
        case number
        /// Any other abbreviation ("Co.", "Inc.", "Jan.", "etc.").
        case plain
    }

    /// Lower-case abbreviation without its final period -> kind. Keys are byte arrays so lookups from
    /// the tokenizer's UTF-8 buffer need no String.
    static let table: [[UInt8]: Kind] = {
        var table: [[UInt8]: Kind] = [:]
        for line in EnglishAbbreviationData.abbreviations.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let kind: Kind
            switch parts[1] {
            case "prepositive": kind = .prepositive
            case "number": kind = .number
            default: kind = .plain
            }
            table[Array(parts[0].utf8)] = kind
        }
        return table
    }()

    /// Capitalised words that commonly open a sentence ("The", "He", "However").
    static let sentenceStarters: Set<[UInt8]> = Set(
        EnglishAbbreviationData.sentenceStarters.split(separator: "\n").map { Array($0.utf8) })

    /// The kind of the abbreviation spelled by `bytes` (any case, no final period), if it is one.
    public static func kind(of word: some StringProtocol) -> Kind? {
        kind(utf8: Array(word.utf8))
    }

    static func kind(utf8 word: [UInt8]) -> Kind? {
        table[lowercasedASCII(word)]
    }

    static func kind(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        guard range.count <= 12 else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(range.count)
        for i in range { key.append(lowerASCII(p[i])) }
        return table[key]
    }

    static func isSentenceStarter(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 16 else { return false }
        return sentenceStarters.contains(Array(p[range]))
    }

    @inline(__always)
    static func lowerASCII(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }

    static func lowercasedASCII(_ word: [UInt8]) -> [UInt8] { word.map(lowerASCII) }
}
