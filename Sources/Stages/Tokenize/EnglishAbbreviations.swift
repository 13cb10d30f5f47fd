/// The English abbreviation and sentence-starter lists, parsed once from the generated resource
/// (scripts/gen-abbreviations.py; pySBD, MIT) and shared read-only by every worker.
enum EnglishAbbreviations {
    enum Kind: Sendable {
        /// Precedes a name: "Mr.", "Gen.", "Mt."; never ends a sentence before a capitalised word.
        case prepositive
        /// An abbreviation only before a number ("No. 5", "Art. 3", "pp. 10"); an ordinary word elsewhere.
        case number
        /// Any other abbreviation ("Co.", "Inc.", "Jan.", "etc.").
        case plain
    }

    /// Up to 16 bytes packed into two integers: lookups from the tokenizer's UTF-8 buffer build no
    /// array or String.
    struct PackedWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// The empty word: the free slot of `PackedWordTable` (no list holds an empty word).
        init() {}

        init?(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercase: Bool) {
            guard range.count <= 16, range.lowerBound >= 0, range.upperBound <= p.count else { return nil }
            var k: UInt64 = 0
            for i in range {
                let b = UInt64(lowercase ? EnglishAbbreviations.lowerASCII(p[i]) : p[i])
                if k < 8 { low |= b << (8 * k) } else { high |= b << (8 * (k - 8)) }
                k += 1
            }
        }

        init?(_ word: Substring, lowercase: Bool) {
            let bytes = Array(word.utf8)
            guard let packed = bytes.withUnsafeBufferPointer({ PackedWord($0, 0..<$0.count, lowercase: lowercase) })
            else { return nil }
            self = packed
        }
    }

    /// Lower-case abbreviation without its final period -> kind.
    static let table: PackedWordTable<Kind> = {
        var table: [(PackedWord, Kind)] = []
        fields(of: EnglishAbbreviationData.abbreviations) { p, count, word, kindField in
            guard count == 2, let key = PackedWord(p, word, lowercase: true) else { return }
            let kind: Kind
            if p[kindField].elementsEqual("prepositive".utf8) {
                kind = .prepositive
            } else if p[kindField].elementsEqual("number".utf8) {
                kind = .number
            } else {
                kind = .plain
            }
            table.append((key, kind))
        }
        return PackedWordTable(table)
    }()

    /// Calls `body` with the UTF-8 bytes of `text`, the number of space-separated fields of each non-empty
    /// line and the ranges of its first two, as `split` would cut them. Splitting `String`s cost some
    /// 10,000 instructions a line, at every start-up.
    static func fields(
        of text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Range<Int>, Range<Int>) -> Void
    ) {
        var text = text
        text.withUTF8 { p in
            let n = p.count
            var i = 0
            while i < n {
                var lineEnd = i
                while lineEnd < n, p[lineEnd] != 0x0A { lineEnd += 1 }
                var count = 0
                var first = 0..<0
                var second = 0..<0
                var k = i
                while k < lineEnd {
                    while k < lineEnd, p[k] == 0x20 { k += 1 }
                    guard k < lineEnd else { break }
                    let start = k
                    while k < lineEnd, p[k] != 0x20 { k += 1 }
                    if count == 0 { first = start..<k } else if count == 1 { second = start..<k }
                    count += 1
                }
                if count > 0 { body(p, count, first, second) }
                i = lineEnd + 1
            }
        }
    }

    /// Capitalised words that commonly open a sentence ("The", "He", "However").
    static let sentenceStarters = PackedWordTable<Bool>(
        EnglishAbbreviationData.sentenceStarters.split(separator: "\n").compactMap {
            PackedWord($0, lowercase: false).map { ($0, true) }
        })

    /// The kind of the abbreviation `word` (any case, without its final period), if it is one.
    static func kind(of word: some StringProtocol) -> Kind? {
        guard let key = PackedWord(Substring(word), lowercase: true) else { return nil }
        return table.value(for: key)
    }

    /// Plain abbreviations that keep their period in a line of capitals before a capital: a company's legal
    /// form, a street's or a place's word, a suffix of a name ("ACME CORP. REPORTS", "ST. LOUIS", "JR. DIES").
    static let keptInCapitals: Set<PackedWord> = Set(
        ["co", "corp", "inc", "ltd", "pvt", "plc", "bros", "assn", "mfg", "st", "ste", "ft", "ave", "blvd", "rd", "hwy", "jr",
         "sr", "dept", "govt", "univ", "hosp", "esq", "drs", "mt"].compactMap { PackedWord($0[...], lowercase: true) })

    /// Whether the capitals `range` of `p` are one of `keptInCapitals`.
    static func keepsPeriodInCapitals(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = PackedWord(p, range, lowercase: true) else { return false }
        return keptInCapitals.contains(key)
    }

    static func kind(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        // Ruled out by length and first two letters (no empty word, none over 16 bytes, is in the table).
        let count = range.count
        guard count >= 1, count <= 16, range.lowerBound >= 0, range.upperBound <= p.count else { return nil }
        let second = count > 1 ? p[range.lowerBound + 1] : 0
        guard prefilter[prefilterIndex(p[range.lowerBound], second)] & (1 << UInt32(count)) != 0 else { return nil }
        guard let key = PackedWord(p, range, lowercase: true) else { return nil }
        return table.value(for: key)
    }

    /// Per (first, second) byte of a lower-cased abbreviation (five bits of each), bit n set when one of
    /// n bytes starts with them. The tokenizer asks about every word before a sentence's period, and
    /// packing and probing cost some 400 instructions a word, most of them for words this rules out.
    static let prefilter: [UInt32] = {
        var filter = [UInt32](repeating: 0, count: 1024)
        fields(of: EnglishAbbreviationData.abbreviations) { p, _, word, _ in
            guard word.count <= 16 else { return }
            let second = word.count > 1 ? p[word.lowerBound + 1] : 0
            filter[prefilterIndex(p[word.lowerBound], second)] |= 1 << UInt32(word.count)
        }
        return filter
    }()

    @inline(__always)
    static func prefilterIndex(_ first: UInt8, _ second: UInt8) -> Int {
        Int(lowerASCII(first) & 0x1F) << 5 | Int(lowerASCII(second) & 0x1F)
    }

    static func isSentenceStarter(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = PackedWord(p, range, lowercase: false) else { return false }
        return sentenceStarters.value(for: key) != nil
    }

    @inline(__always)
    static func lowerASCII(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }
}
