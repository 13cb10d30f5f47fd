import CICU

/// Decides how to decode the input: byte-order mark, then a declaration in the HTML, then the bytes.
struct CharsetDecision: Equatable {
    /// Canonical lower-case name ("utf-8", "windows-1252", "utf-16le", ...).
    var charset: String
    /// Bytes to skip at the start (a byte-order mark).
    var skip: Int = 0
    /// How the charset was found, for warnings.
    var origin: Origin

    enum Origin: Equatable { case bom, declared, utf8Valid, utf8Mostly, detected, fallback }
}

enum CharsetDetection {
    /// Only the head of a page is searched for `<meta charset>`: declarations after it are not honoured by
    /// browsers either (WHATWG prescan reads 1024 bytes; pages with long inline scripts need more).
    static let prescanLimit = 16_384

    static func decide(_ bytes: [UInt8], html: Bool) -> CharsetDecision {
        if let bom = BOM.detect(bytes) { return CharsetDecision(charset: bom.charset, skip: bom.length, origin: .bom) }
        if let guess = InputSniffer.utf16WithoutBOM(bytes) {
            return CharsetDecision(charset: guess == .littleEndian ? "utf-16le" : "utf-16be", origin: .detected)
        }
        let stats = UTF8Stats(bytes)
        if html, let declared = declaredCharset(bytes) {
            let canonical = canonicalName(declared)
            // A page labelled Latin-1 whose bytes are valid UTF-8 with non-ASCII text is a mislabel:
            // Latin-1 text almost never forms valid multi-byte sequences by chance.
            let latin = canonical == "windows-1252" || canonical == "us-ascii"
            if canonical == "utf-8" || (latin && stats.invalid == 0 && stats.multiByte > 0) {
                return CharsetDecision(charset: "utf-8", origin: .declared)
            }
            if canonical == "us-ascii" { return CharsetDecision(charset: "windows-1252", origin: .declared) }
            if Converter.canOpen(canonical) { return CharsetDecision(charset: canonical, origin: .declared) }
        }
        if stats.invalid == 0 { return CharsetDecision(charset: "utf-8", origin: .utf8Valid) }
        // Mostly UTF-8 with a few broken sequences: decode as UTF-8 and replace the bad bytes.
        if stats.multiByte > stats.invalid { return CharsetDecision(charset: "utf-8", origin: .utf8Mostly) }
        if let guess = detect(bytes), guess != "utf-8", Converter.canOpen(guess) {
            let detected = CyrillicCharsets.refine(guess, bytes: bytes)
            return CharsetDecision(charset: detected, origin: .detected)
        }
        return CharsetDecision(charset: "windows-1252", origin: .fallback)
    }

    /// ICU's statistical detector on the first 64 KB.
    static func detect(_ bytes: [UInt8]) -> String? {
        var status = U_ZERO_ERROR
        guard let detector = icu_ucsdet_open(&status), status.rawValue <= 0 else { return nil }
        defer { icu_ucsdet_close(detector) }
        let sample = Array(bytes.prefix(65_536))
        return sample.withUnsafeBufferPointer { buffer -> String? in
            buffer.withMemoryRebound(to: CChar.self) { chars -> String? in
                icu_ucsdet_setText(detector, chars.baseAddress, Int32(chars.count), &status)
                guard status.rawValue <= 0, let match = icu_ucsdet_detect(detector, &status), status.rawValue <= 0,
                    let name = icu_ucsdet_getName(match, &status), status.rawValue <= 0
                else { return nil }
                return canonicalName(String(cString: name))
            }
        }
    }

    /// WHATWG label mapping for the labels that matter in practice: Latin-1 and ASCII are decoded as
    /// Windows-1252, which is what every browser does and what mislabelled pages need.
    static func canonicalName(_ label: String) -> String {
        let name = String(label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" })
        switch name {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "cp1252", "windows-1252", "x-cp1252", "ascii",
            "iso_8859-1", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            return "windows-1252"
        case "us-ascii": return "us-ascii"
        case "utf-16", "utf-16le", "unicode", "ucs-2": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "shift_jis", "sjis", "x-sjis", "ms_kanji", "windows-31j": return "shift_jis"
        case "gb2312", "gbk", "x-gbk", "gb_2312-80": return "gbk"
        default: return name
        }
    }

    /// The charset named by `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...charset=...">`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let n = min(bytes.count, prescanLimit)
        var i = 0
        while i + 5 < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            // Skip comments so a commented-out declaration does not count.
            if bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-") {
                var j = i + 4
                while j + 2 < n && !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                i = j + 3
                continue
            }
            if lower(bytes[i + 1]) == UInt8(ascii: "m") && lower(bytes[i + 2]) == UInt8(ascii: "e")
                && lower(bytes[i + 3]) == UInt8(ascii: "t") && lower(bytes[i + 4]) == UInt8(ascii: "a")
            {
                var j = i + 5
                while j < n && bytes[j] != UInt8(ascii: ">") { j += 1 }
                let tag = String(decoding: bytes[(i + 5)..<j], as: UTF8.self).lowercased()
                if let value = charsetValue(inMetaTag: tag) { return value }
                i = j
                continue
            }
            i += 1
        }
        return nil
    }

    private static func charsetValue(inMetaTag tag: String) -> String? {
        guard let range = tag.firstRange(of: "charset") else { return nil }
        var rest = tag[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return value.isEmpty ? nil : String(value)
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b | 0x20 }
}

/// Counts of well-formed multi-byte sequences and of bytes that break UTF-8.
struct UTF8Stats {
    var multiByte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    i = ByteScan.skipASCII(p, from: i + 1)
                    continue
                }
                let len = UTF8Validation.sequenceLength(p, at: i)
                if len == 0 { invalid += 1; i += 1 } else { multiByte += 1; i += len }
            }
        }
    }
}

enum UTF8Validation {
    /// Length of the well-formed UTF-8 sequence starting at `i` (1...4), or 0 when it is malformed.
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        if b0 >= 0xC2 && b0 <= 0xDF { return cont(1) ? 2 : 0 }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard i + 2 < n, cont(1), cont(2) else { return 0 }
            let b1 = p[i + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 >= 0xA0 { return 0 }  // surrogate
            return 3
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard i + 3 < n, cont(1), cont(2), cont(3) else { return 0 }
            let b1 = p[i + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }
            return 4
        }
        return 0
    }

    /// Bytes one U+FFFD replaces at a malformed sequence: the longest prefix of a well-formed sequence
    /// (Unicode's "maximal subpart" practice, as WHATWG decoders do), at least one byte.
    static func maximalSubpart(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = p[i]
        let expected: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: expected = 2
        case 0xE0: expected = 3; low = 0xA0
        case 0xED: expected = 3; high = 0x9F
        case 0xE1...0xEF: expected = 3
        case 0xF0: expected = 4; low = 0x90
        case 0xF4: expected = 4; high = 0x8F
        case 0xF1...0xF3: expected = 4
        default: return 1
        }
        var k = 1
        while k < expected && i + k < p.count {
            let b = p[i + k]
            if k == 1 ? (b < low || b > high) : (b & 0xC0 != 0x80) { break }
            k += 1
        }
        return k
    }
}
