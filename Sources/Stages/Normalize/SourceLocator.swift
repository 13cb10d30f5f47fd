import CLibXML2
import Glibc

/// A stretch of a text node's content and where it sits in the decoded buffer.
///
/// When `contentLength == rawLength` the content is a verbatim copy of the raw bytes; otherwise the
/// content (one character from an entity reference, or LF from CRLF) stands for all the raw bytes.
struct TextPiece {
    var contentStart: Int32
    var contentLength: Int32
    var rawStart: Int32
    var rawLength: Int32
    var isVerbatim: Bool { contentLength == rawLength }
}

/// Recovers the position of each text node in the decoded buffer.
///
/// libxml2 gives node text without offsets. Text nodes come in document order, so a cursor moves
/// forward through the buffer: from the cursor, markup (tags, comments, doctype) and dropped
/// whitespace are skipped until the node's text matches, with entity and character references
/// resolved the way libxml2 resolves them (HTML 4 names with `;`, numeric references with or without
/// `;`, invalid ones dropped), CRLF read as LF and characters libxml2 rejects skipped. If that fails
/// (markup this scanner reads differently), a plain bounded search follows; text still not found is
/// reported as unmatched and left out of the output rather than given a wrong source.
struct SourceLocator {
    let raw: UnsafeBufferPointer<UInt8>
    private(set) var cursor = 0
    private(set) var unmatched = 0
    /// How far the fallback search looks past the cursor, so unmatched nodes cannot make the scan quadratic.
    static let fallbackWindow = 65_536

    init(raw: UnsafeBufferPointer<UInt8>) { self.raw = raw }

    /// Locates a text node's `content` (markup text, references resolved) and appends its pieces, with
    /// content offsets shifted by `contentBase`. Returns false when the text could not be found.
    mutating func locateText(_ content: UnsafeBufferPointer<UInt8>, contentBase: Int32, pieces: inout [TextPiece]) -> Bool {
        guard content.count > 0 else { return true }
        let mark = pieces.count
        var p = cursor
        let n = raw.count
        while p < n {
            if let end = match(content, at: p, references: true, contentBase: contentBase, pieces: &pieces) {
                cursor = end
                return true
            }
            pieces.removeSubrange(mark...)
            let b = raw[p]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || Self.isDroppedControl(b) {
                p += 1
            } else if b == UInt8(ascii: "<"), let after = skipMarkup(at: p) {
                p = after
            } else {
                break
            }
        }
        let limit = min(n, cursor + Self.fallbackWindow + content.count)
        let first = content[0]
        var s = cursor
        while s < limit {
            let b = raw[s]
            if b == first || b == UInt8(ascii: "&") || b == 0x0D {
                if let end = match(content, at: s, references: true, contentBase: contentBase, pieces: &pieces) {
                    cursor = end
                    return true
                }
                pieces.removeSubrange(mark...)
            }
            s += 1
        }
        unmatched += 1
        return false
    }

    /// Moves the cursor past raw text (script and style content, comments) without recording it.
    mutating func skipRawText(_ content: UnsafeBufferPointer<UInt8>) {
        guard content.count > 0, let base = raw.baseAddress, let first = content.first else { return }
        var scratch: [TextPiece] = []
        var s = cursor
        let n = raw.count
        let target = Int32(first == 0x0A ? 0x0D : Int32(first))
        while s < n {
            // memchr for the first byte (or CR, when the content starts with a line feed).
            guard let hit = memchr(base + s, first == 0x0A ? 0x0A : Int32(first), n - s) else { break }
            var at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if first == 0x0A, let cr = memchr(base + s, target, at - s) {
                at = UnsafePointer(cr.assumingMemoryBound(to: UInt8.self)) - base
            }
            if var end = match(content, at: at, references: false, contentBase: 0, pieces: &scratch) {
                // A comment's text ends before its "-->", which is not markup on its own.
                if end + 3 <= n && raw[end] == UInt8(ascii: "-") && raw[end + 1] == UInt8(ascii: "-") && raw[end + 2] == UInt8(ascii: ">") {
                    end += 3
                }
                cursor = end
                return
            }
            scratch.removeAll(keepingCapacity: true)
            s = at + 1
        }
        unmatched += 1
    }

    /// Characters libxml2's parser drops from text (not XML characters).
    @inline(__always)
    static func isDroppedControl(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }

    /// Matches `content` against the raw buffer at `start`; returns the raw end on success.
    private func match(
        _ content: UnsafeBufferPointer<UInt8>, at start: Int, references: Bool, contentBase: Int32,
        pieces: inout [TextPiece]
    ) -> Int? {
        let n = raw.count
        let m = content.count
        var i = 0
        var j = start
        var verbatimContent = 0
        var verbatimRaw = start
        @inline(__always) func closeVerbatim(_ pieces: inout [TextPiece]) {
            if i > verbatimContent {
                pieces.append(
                    TextPiece(
                        contentStart: contentBase + Int32(verbatimContent), contentLength: Int32(i - verbatimContent),
                        rawStart: Int32(verbatimRaw), rawLength: Int32(i - verbatimContent)))
            }
        }
        while i < m {
            guard j < n else { return nil }
            let r = raw[j]
            let c = content[i]
            // libxml2 keeps CR in HTML text; it is only read as LF where a CR stands for one.
            if r == c && (r != UInt8(ascii: "&") || !references) {
                i += 1
                j += 1
                continue
            }
            if r == UInt8(ascii: "&") && references {
                if let (value, length) = reference(at: j) {
                    if value == 0 {
                        closeVerbatim(&pieces)
                        j += length
                        verbatimContent = i
                        verbatimRaw = j
                        continue
                    }
                    var encoded: [UInt8] = []
                    UTF8Encoding.append(value, to: &encoded)
                    if i + encoded.count <= m && content[i..<(i + encoded.count)].elementsEqual(encoded) {
                        closeVerbatim(&pieces)
                        pieces.append(
                            TextPiece(
                                contentStart: contentBase + Int32(i), contentLength: Int32(encoded.count),
                                rawStart: Int32(j), rawLength: Int32(length)))
                        i += encoded.count
                        j += length
                        // A piece with equal lengths would read as verbatim: only "&" + 1-byte names could
                        // collide, and no reference is that short.
                        verbatimContent = i
                        verbatimRaw = j
                        continue
                    }
                }
                if c == r {
                    i += 1
                    j += 1
                    continue
                }
                return nil
            }
            if r == 0x0D {
                guard c == 0x0A else { return nil }
                closeVerbatim(&pieces)
                let length = j + 1 < n && raw[j + 1] == 0x0A ? 2 : 1
                pieces.append(TextPiece(contentStart: contentBase + Int32(i), contentLength: 1, rawStart: Int32(j), rawLength: Int32(length)))
                i += 1
                j += length
                verbatimContent = i
                verbatimRaw = j
                continue
            }
            // An end tag libxml2 ignored (`</p>` with no open p) leaves the text running across it.
            if r == UInt8(ascii: "<") && references && c != r, let after = skipMarkup(at: j) {
                closeVerbatim(&pieces)
                j = after
                verbatimContent = i
                verbatimRaw = j
                continue
            }
            if Self.isDroppedControl(r) && r != c {
                closeVerbatim(&pieces)
                j += 1
                verbatimContent = i
                verbatimRaw = j
                continue
            }
            return nil
        }
        closeVerbatim(&pieces)
        return j
    }

    /// Resolves a character or entity reference at `at` ("&..."), as libxml2's HTML parser does.
    /// Returns the scalar (0 when libxml2 drops the reference) and the raw length.
    private func reference(at: Int) -> (UInt32, Int)? {
        let n = raw.count
        var k = at + 1
        guard k < n else { return nil }
        if raw[k] == UInt8(ascii: "#") {
            k += 1
            var value: UInt32 = 0
            var hex = false
            if k < n && (raw[k] | 0x20) == UInt8(ascii: "x") {
                hex = true
                k += 1
            }
            while k < n {
                let b = raw[k]
                var digit: UInt32
                if b >= 0x30 && b <= 0x39 {
                    digit = UInt32(b - 0x30)
                } else if hex && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 {
                    digit = UInt32((b | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value <= 0x110000 { value = value * (hex ? 16 : 10) + digit }
                k += 1
            }
            if k < n && raw[k] == UInt8(ascii: ";") { k += 1 }
            let valid = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
                || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
            return (valid ? value : 0, k - at)
        }
        let nameStart = k
        while k < n && k - nameStart < 32 {
            let b = raw[k]
            let isName = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
            if !isName { break }
            k += 1
        }
        guard k > nameStart, k < n, raw[k] == UInt8(ascii: ";") else { return nil }
        guard let value = Self.entityValue(raw[nameStart..<k]) else { return nil }
        return (value, k + 1 - at)
    }

    /// The scalar of a named HTML 4 entity (libxml2's table, which the parser itself uses).
    static func entityValue<C: Collection<UInt8>>(_ name: C) -> UInt32? {
        switch name.count {
        case 2:
            if name.elementsEqual("lt".utf8) { return 0x3C }
            if name.elementsEqual("gt".utf8) { return 0x3E }
        case 3:
            if name.elementsEqual("amp".utf8) { return 0x26 }
        case 4:
            if name.elementsEqual("nbsp".utf8) { return 0xA0 }
            if name.elementsEqual("quot".utf8) { return 0x22 }
        default: break
        }
        var cName = [CChar](repeating: 0, count: name.count + 1)
        for (k, b) in name.enumerated() { cName[k] = CChar(bitPattern: b) }
        let entity = cName.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: xmlChar.self) { htmlEntityLookup($0.baseAddress) }
        }
        guard let entity, entity.pointee.value > 0 else { return nil }
        return entity.pointee.value
    }

    /// End of the tag, comment, doctype or processing instruction at `at`, or nil if `<` starts text.
    private func skipMarkup(at: Int) -> Int? {
        let n = raw.count
        guard at + 1 < n else { return nil }
        let next = raw[at + 1]
        if next == UInt8(ascii: "!") {
            if at + 3 < n && raw[at + 2] == UInt8(ascii: "-") && raw[at + 3] == UInt8(ascii: "-") {
                var k = at + 4
                while k + 2 < n {
                    if raw[k] == UInt8(ascii: "-") && raw[k + 1] == UInt8(ascii: "-") && raw[k + 2] == UInt8(ascii: ">") {
                        return k + 3
                    }
                    k += 1
                }
                return nil
            }
            return find(UInt8(ascii: ">"), from: at + 2).map { $0 + 1 }
        }
        if next == UInt8(ascii: "?") { return find(UInt8(ascii: ">"), from: at + 2).map { $0 + 1 } }
        var k = at + 1
        if next == UInt8(ascii: "/") { k += 1 }
        guard k < n, (raw[k] | 0x20) >= 0x61 && (raw[k] | 0x20) <= 0x7A else { return nil }
        var afterEquals = false
        while k < n {
            let b = raw[k]
            if b == UInt8(ascii: ">") { return k + 1 }
            if b == UInt8(ascii: "=") {
                afterEquals = true
            } else if afterEquals && (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) {
                guard let close = find(b, from: k + 1) else { return find(UInt8(ascii: ">"), from: k).map { $0 + 1 } }
                k = close
                afterEquals = false
            } else if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
                afterEquals = false
            }
            k += 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < raw.count, let base = raw.baseAddress, let hit = memchr(base + from, Int32(byte), raw.count - from) else {
            return nil
        }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
    }
}
