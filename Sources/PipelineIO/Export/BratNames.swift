/// File names for document ids in a brat collection, and back.
///
/// brat names a document by its file path without `.txt`/`.ann`, so the id is written into the path:
/// a `/` in an id makes a subfolder (brat shows them as collections), and every byte that is unsafe or
/// unportable in a file name (`%`, `:`, `\`, control characters, `* ? " < > |`, a leading dot) is
/// percent-encoded as `%XX`, so `decode(encode(id)) == id`. An id whose path parts would be empty, `.`
/// or `..` keeps its slashes encoded too. One exception makes the mapping lossy: a path part longer
/// than 200 bytes is cut and ends in `~` and a hash of the whole id (file systems refuse names over
/// 255 bytes); such a document is read back under the cut name.
public enum BratNames {
    public static func encode(_ id: String) -> String {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        let keepSlashes = parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        let encodedParts = keepSlashes ? parts.map { encodePart(Substring($0)) } : [encodePart(Substring(id))]
        return encodedParts.map { limit($0, id: id) }.joined(separator: "/")
    }

    /// The id a path (relative to the collection, without `.txt`/`.ann`) was written for.
    public static func decode(_ path: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(path.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2, let hi = hex(utf8[utf8.startIndex]),
                let lo = hex(utf8[utf8.startIndex + 1])
            {
                bytes.append(hi << 4 | lo)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func encodePart(_ part: Substring) -> String {
        var out: [UInt8] = []
        for (i, b) in part.utf8.enumerated() {
            if isSafe(b) && !(i == 0 && b == UInt8(ascii: ".")) {
                out.append(b)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigit(b >> 4))
                out.append(hexDigit(b & 0xF))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Letters, digits, `- _ . ~ + , = @ ( ) [ ]`, and any byte of a non-ASCII
    /// character (Linux file names are bytes; brat shows them as they are).
    private static func isSafe(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "["), UInt8(ascii: "]"):
            return true
        default:
            return b >= 0x80
        }
    }

    static let maximumPartBytes = 200

    private static func limit(_ part: String, id: String) -> String {
        guard part.utf8.count > maximumPartBytes else { return part }
        var kept = Array(part.utf8.prefix(maximumPartBytes - 17))
        while let last = kept.last, last & 0xC0 == 0x80 { kept.removeLast() }  // whole characters only
        if let last = kept.last, last >= 0xC0 { kept.removeLast() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64 of the whole id
        for b in id.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = (0..<16).map { hexDigit(UInt8((hash >> (60 - 4 * UInt64($0))) & 0xF)) }
        return String(decoding: kept + [UInt8(ascii: "~")] + digits, as: UTF8.self)
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "A") + v - 10 }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
