internal import CLD2Shim

/// The language of a document's text, from CLD2 (Compact Language Detector 2, the detector of Chrome's
/// page translation, through Debian's libcld2 with its full tables).
///
/// CLD2 scores quadgrams and words of each script run and says how sure it is. On short text (a
/// headline, one sentence, a table of names) it is often unsure, and names alone can look like another
/// language: an unsure verdict never claims a text is not English when English is among its three
/// candidates, and `LanguageEvidence.isConfidentlyOutside` (which decides whether a document skips the
/// English-only stages) only answers yes for a verdict CLD2 calls reliable on enough letters, or for much
/// text with no English in it at all. English documents are not skipped on a guess.
public struct LanguageIdentifier: Sendable {
    /// At most this many bytes of the text are read: the opening of an article tells its language, and
    /// the cost stays flat for long documents.
    public static let sampleBytes = 2_048

    public struct Verdict: Sendable, Equatable {
        /// ISO 639-1 code ("en", "pt", "zh"), or the ISO 639-2/3 code for a language without one ("haw");
        /// nil when the detector cannot tell (no letters, or none it knows).
        public var language: String?
        /// CLD2's own judgement that the first language is clearly ahead.
        public var reliable: Bool
        /// Percentage of the scored letters CLD2 gave to English.
        public var englishPercent: Int
        /// Letters scored.
        public var textBytes: Int
        /// The three candidates and their percentages, first the most likely.
        public var candidates: [(code: String, percent: Int)]

        public static func == (a: Verdict, b: Verdict) -> Bool {
            a.language == b.language && a.reliable == b.reliable && a.englishPercent == b.englishPercent
                && a.textBytes == b.textBytes
        }

    }

    public init() {}

    public func identify(_ text: String) -> Verdict {
        var result = PipeLanguageResult()
        // One copy of the sample's bytes from the string's storage: `Array(text.utf8.prefix(n))` went byte by
        // byte through the generic sequence copy, about 18 instructions a byte (2% of the whole run).
        var text = text
        var bytes = text.withUTF8 { Array($0.prefix(Self.sampleBytes + 1)) }
        if bytes.count > Self.sampleBytes {
            // Cut at a scalar boundary (continuation bytes are 10xxxxxx).
            var cut = Self.sampleBytes
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes.removeSubrange(cut...)
        }
        if let english = Self.plainEnglish(bytes) { return english }
        bytes.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in pipe_cld2_detect(chars.baseAddress, Int32(chars.count), &result) }
        }
        var candidates: [(code: String, percent: Int)] = []
        withUnsafeBytes(of: result.codes) { raw in
            for i in 0..<3 {
                let slot = raw[(i * 16)..<(i * 16 + 16)]
                let code = String(decoding: slot.prefix { $0 != 0 }, as: UTF8.self)
                candidates.append((Self.isoCode(code) ?? "un", Int(i == 0 ? result.percents.0 : i == 1 ? result.percents.1 : result.percents.2)))
            }
        }
        let english = candidates.filter { $0.code == "en" }.reduce(0) { $0 + $1.percent }
        var language: String? = candidates[0].code == "un" ? nil : candidates[0].code
        let reliable = result.reliable != 0
        // Unsure, and English is a candidate: the text is taken as English (short texts of names).
        if !reliable, language != "en", english > 0 { language = "en" }
        return Verdict(
            language: language, reliable: reliable, englishPercent: english, textBytes: Int(result.textBytes),
            candidates: candidates.filter { $0.code != "un" && $0.percent > 0 })
    }

    /// English running text, told without CLD2: most of what the pipeline reads, and CLD2 cost as much as
    /// tokenizing and splitting it. Nearly all ASCII, at least `plainEnglishWords` words, "the" three
    /// times or more and other English function words ("of", "which", "said", ...) a sixteenth of the
    /// words or more (95% of the varied bench documents have more than a thirteenth): no other language's
    /// text looks so (the words were chosen for not being words of the languages CLD2 knows best; a German
    /// text quoting "The Wall" has "the" but none of the others), while a short or mixed text goes to CLD2.
    static func plainEnglish(_ bytes: [UInt8]) -> Verdict? {
        var words = 0
        var function = 0
        var the = 0
        var nonASCII = 0
        var i = 0
        let n = bytes.count
        // Locals, not the statics: each read of a global costs a `swift_once` check, per word here.
        let theKey = Self.theKey
        let table = Self.functionTable
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { nonASCII += 1 }
            guard Self.isLetter(b) else { i += 1; continue }
            var key: UInt64 = 0
            var length = 0
            while i < n, Self.isLetter(bytes[i]) {
                if length < 8 { key = key << 8 | UInt64(bytes[i] | 0x20) }
                length += 1
                i += 1
            }
            words += 1
            guard length <= 5 else { continue }
            if key == theKey { the += 1; function += 1 } else if Self.contains(table, key) { function += 1 }
        }
        guard words >= Self.plainEnglishWords, nonASCII * 33 <= n, the >= 3, (function - the) * 16 >= words else { return nil }
        return Verdict(language: "en", reliable: true, englishPercent: 99, textBytes: n, candidates: [("en", 99)])
    }

    static let plainEnglishWords = 40

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    private static func key(_ word: String) -> UInt64 { word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    private static let theKey = key("the")
    /// Frequent English words that are no frequent words of German, Dutch, the Romance or Scandinavian
    /// languages ("in", "a", "is", "to", "for", "on", "was", "will", "an", "her", "had", "by" are).
    private static let functionWords: [UInt64] =
        ["of", "and", "that", "with", "were", "his", "he", "she", "they", "which", "from", "have", "has",
         "this", "are", "it", "been", "not", "said", "would", "their", "who"]
            .map(key)

    /// `functionWords` in an open-addressing table of `functionSlots` (0 is an empty slot: no key is 0),
    /// probed with a multiplicative hash: a `Set` hashed every short word of the sample with SipHash.
    private static let functionSlots = 64
    private static let functionTable: [UInt64] = {
        var table = [UInt64](repeating: 0, count: functionSlots)
        for key in functionWords {
            var slot = slot(of: key)
            while table[slot] != 0 { slot = (slot + 1) & (functionSlots - 1) }
            table[slot] = key
        }
        return table
    }()

    @inline(__always) private static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    @inline(__always) private static func contains(_ table: [UInt64], _ key: UInt64) -> Bool {
        var slot = slot(of: key)
        while true {
            let k = table[slot]
            if k == key { return true }
            if k == 0 { return false }
            slot = (slot + 1) & (table.count - 1)
        }
    }

    /// CLD2's code as ISO 639-1 where there is one: the region or script is dropped ("zh-Hant" -> "zh",
    /// "sr-ME" -> "sr"), and the withdrawn codes it still uses are replaced ("iw" -> "he", "in" -> "id",
    /// "jw" -> "jv", "mo" -> "ro"). Nil for "un" and CLD2's private "xx-" codes.
    static func isoCode(_ code: String) -> String? {
        guard !code.isEmpty, code != "un", !code.hasPrefix("xx") else { return nil }
        let base = String(code.prefix { $0 != "-" && $0 != "_" })
        switch base {
        case "iw": return "he"
        case "in": return "id"
        case "jw": return "jv"
        case "mo": return "ro"
        case "zhT": return "zh"
        default: return base.isEmpty ? nil : base
        }
    }
}
