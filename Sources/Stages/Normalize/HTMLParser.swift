import CLibXML2

/// libxml2's HTML parser, used for the tree only: charset and offsets are handled by us.
enum HTMLParser {
    /// `xmlInitParser` must run once before any worker thread parses; a static let runs it exactly once.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Options: recover from anything, stay silent, never touch the network, ignore `<meta charset>`
    /// (the buffer is already UTF-8), and lift the 256-level depth limit, without which a deeply
    /// nested page stops parsing halfway (the walk over the tree is iterative, so depth is safe).
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 `bytes`; the caller frees the result with `xmlFreeDoc`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        _ = initialized
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlReadMemory(chars, Int32(bytes.count), nil, "UTF-8", options)
        }
    }
}
