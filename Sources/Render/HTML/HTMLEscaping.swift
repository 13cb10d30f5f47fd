/// How text from the data reaches a page: every string that came from an input (document text, ids,
/// labels, paths, messages) goes through here, in element content and in attribute values alike.
///
/// The five characters that can end a text run, an attribute or a tag (`&`, `<`, `>`, `"`, `'`) become
/// character references, so `</script>` or `" onmouseover=` are inert anywhere. Code points that HTML
/// forbids in a document (validators report them as errors, browsers may show nothing) are replaced by
/// visible stand-ins: C0 controls other than tab, line feed and carriage return by their Control
/// Pictures (U+2400 + code, so a stray NUL shows as ␀), DEL by ␡, C1 controls and noncharacters
/// (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) by U+FFFD. Nothing else changes: right-to-left text, emoji and
/// combining marks go through as they are.
enum HTMLEscaping {
    /// Bytes that need a look: the five specials, controls, and lead bytes of sequences that may be C1
    /// controls (C2) or noncharacters (EF, F0–F4).
    private static let attention: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in 0..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { table[b] = true }
        for b in [0x22, 0x26, 0x27, 0x3C, 0x3E, 0x7F, 0xC2, 0xEF, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4] { table[b] = true }
        return table
    }()

    /// Appends `bytes` (valid UTF-8) to `out`, escaped.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let n = bytes.count
        var i = 0
        var copied = 0
        while i < n {
            let b = bytes[i]
            if !attention[Int(b)] {
                i += 1
                continue
            }
            // Length of the sequence at i to replace, and what replaces it (nil: keep it).
            var width = 1
            var replacement: [UInt8]?
            switch b {
            case 0x26: replacement = amp
            case 0x3C: replacement = lt
            case 0x3E: replacement = gt
            case 0x22: replacement = quot
            case 0x27: replacement = apos
            case 0x7F: replacement = [0xE2, 0x90, 0xA1]  // ␡
            case 0xC2:
                width = 2
                if i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { replacement = replacementCharacter }
            case 0xEF:
                width = 3
                if i + 2 < n {
                    let b1 = bytes[i + 1]
                    let b2 = bytes[i + 2]
                    if (b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) || (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) {
                        replacement = replacementCharacter
                    }
                }
            case 0xF0...0xF4:
                width = 4
                // U+nFFFE and U+nFFFF of the supplementary planes: F? ?F BF BE|BF with the plane's low nibble F.
                if i + 3 < n, bytes[i + 1] & 0x0F == 0x0F, bytes[i + 2] == 0xBF,
                    bytes[i + 3] == 0xBE || bytes[i + 3] == 0xBF
                {
                    replacement = replacementCharacter
                }
            default:
                // A C0 control: its Control Picture, U+2400 + code (E2 90 80+code).
                replacement = [0xE2, 0x90, 0x80 + b]
            }
            guard let replacement else {
                i += width
                continue
            }
            if copied < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i])) }
            out.append(contentsOf: replacement)
            i += width
            copied = i
        }
        if copied < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n])) }
    }

    static func append(_ string: String, to out: inout [UInt8]) {
        var string = string
        string.withUTF8 { append($0, to: &out) }
    }

    /// The escaped form of a string (for tests and small pieces).
    static func escaped(_ string: String) -> String {
        var out: [UInt8] = []
        append(string, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
