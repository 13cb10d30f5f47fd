import PipelineIO

/// The file of a document's page, from its id.
///
/// Ids are anything: URLs, paths with "/" and "..", thousands of characters, any script. The name is
/// a readable slug (ASCII letters and digits of the id's end, lower case, the rest turned to "-", at
/// most 40 characters) followed by the first 16 hex digits of the id's SHA-256, so it is safe on every
/// file system (no separator, no dot file, no reserved name, no case clash, short) and the same id
/// always gets the same name. Pages are spread over 256 folders by the hash's first two digits, so a
/// million documents never crowd one folder. Two different ids share a name only if 64 bits of SHA-256
/// collide; that, and an id that appears twice in one run, is caught when the file is created (it
/// exists already in the run's fresh folder) and resolved by a "-2", "-3" ... suffix in input order.
enum PageName {
    static let folder = "pages"
    static let slugLength = 40

    /// "pages/3f/seed-txt-3f2a0b1c4d5e6f70.html" relative to the output folder, for `attempt` 1, 2, ...
    static func path(for id: String, attempt: Int = 1) -> (shard: String, file: String) {
        let hash = String(SHA256.hex(Array(id.utf8)).prefix(16))
        let suffix = attempt > 1 ? "-\(attempt)" : ""
        return (String(hash.prefix(2)), "\(slug(id))-\(hash)\(suffix).html")
    }

    static func slug(_ id: String) -> String {
        var bytes: [UInt8] = []
        for b in id.utf8 {
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                bytes.append(lower)
            } else if bytes.last != 0x2D {
                bytes.append(0x2D)
            }
        }
        // The end of an id (file name, article slug) tells more than its start (scheme, host, folders).
        if bytes.count > slugLength { bytes = Array(bytes.suffix(slugLength)) }
        while bytes.first == 0x2D { bytes.removeFirst() }
        while bytes.last == 0x2D { bytes.removeLast() }
        return bytes.isEmpty ? "doc" : String(decoding: bytes, as: UTF8.self)
    }
}
