import Pipeline

/// Reads the records of a WARC file (ISO 28500, WARC/1.0 and 1.1; Common Crawl, web archives), plain or
/// gzip-compressed, one record at a time from a `ByteSource`: memory holds one record's payload at most,
/// and a payload over the size limit is skipped as it is read, never kept.
///
/// The pages are the HTML of `response` records (the HTTP response's body, de-chunked and, when the
/// server compressed it, inflated) and of `resource` records. Every other record (`warcinfo`, `request`,
/// `metadata`, `revisit`, responses that are images, scripts or PDFs) is skipped and counted. A record
/// cut short by the end of the file, or bytes that are not a WARC record, end the archive with an error
/// item, so the error reaches the output.
public final class WARCReader {
    /// What the next record turned out to be.
    public enum Item {
        case page(Page)
        case skipped(kind: String)
        /// A record that cannot be read (truncated, too large, malformed); `record` is its ordinal.
        case failure(record: Int, uri: String?, recordID: String?, DocumentError)
    }

    public struct Page {
        public var record: Int
        public var uri: String?
        public var recordID: String?
        /// `WARC-Date`, the capture time ("2019-11-19T10:00:00Z").
        public var date: String?
        public var html: [UInt8]
    }

    private let source: ByteSource
    private let maximumBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var stopped = false
    /// Records seen so far (the ordinal of the last one).
    public private(set) var records = 0
    /// Bytes of the stream consumed (for messages).
    private var consumed = 0

    /// Longest header block accepted: real ones are a few hundred bytes.
    static let maximumHeaderBytes = 1 << 16

    public init(source: ByteSource, maximumBytes: Int) {
        self.source = source
        self.maximumBytes = maximumBytes
    }

    /// True when `bytes` open a WARC record.
    public static func isWARC(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: Array("WARC/".utf8))
    }

    public func next() -> Item? {
        guard !stopped else { return nil }
        // Records are separated by blank lines (CRLF CRLF after each block).
        while true {
            guard let b = peekByte() else {
                if let error = source.error {
                    stopped = true
                    return .failure(record: records + 1, uri: nil, recordID: nil, error)
                }
                return nil
            }
            if b == 0x0D || b == 0x0A { start += 1; consumed += 1 } else { break }
        }
        records += 1
        let ordinal = records
        let offset = consumed
        guard let header = readHeader() else {
            stopped = true
            let error = source.error ?? DocumentError(.unreadable, "WARC record \(ordinal) at byte \(offset) is truncated or malformed (its header has no end)")
            return .failure(record: ordinal, uri: nil, recordID: nil, error)
        }
        guard let version = header.first, Self.isWARC(version) else {
            stopped = true
            return .failure(
                record: ordinal, uri: nil, recordID: nil,
                DocumentError(.unreadable, "not a WARC record at byte \(offset) (it should start with WARC/1.0)"))
        }
        var fields: [String: String] = [:]
        for line in header.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces()
            if fields[name] == nil { fields[name] = value }
        }
        let uri = fields["warc-target-uri"].map { $0.trimmingAngleBrackets() }
        let recordID = fields["warc-record-id"]
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            stopped = true
            return .failure(
                record: ordinal, uri: uri, recordID: recordID,
                DocumentError(.unreadable, "WARC record \(ordinal) has no valid Content-Length"))
        }
        let type = (fields["warc-type"] ?? "").lowercased()
        let contentType = (fields["content-type"] ?? "").lowercased()
        let isResponse = type == "response" && contentType.contains("application/http")
        let isResource = type == "resource" && Self.isHTMLType(contentType)
        guard isResponse || isResource else {
            guard skip(length) else { return truncated(ordinal, uri, recordID) }
            return .skipped(kind: type.isEmpty ? "unknown" : type)
        }
        // The HTTP head of a response is read first, to learn whether the body is HTML before keeping it.
        var body: [UInt8]
        if isResponse {
            let headLimit = min(length, Self.maximumHeaderBytes)
            guard let head = read(headLimit) else { return truncated(ordinal, uri, recordID) }
            guard let split = Self.headerEnd(head) else {
                guard skip(length - headLimit) else { return truncated(ordinal, uri, recordID) }
                return .skipped(kind: "response (no HTTP header)")
            }
            let http = HTTPHead(Array(head[..<split.headerEnd]))
            guard Self.isHTMLType(http.contentType) || (http.contentType.isEmpty && Self.sniffsHTML(head[split.bodyStart...])) else {
                guard skip(length - headLimit) else { return truncated(ordinal, uri, recordID) }
                return .skipped(kind: "response (\(http.contentType.isEmpty ? "no type" : http.contentType.prefix { $0 != ";" }))")
            }
            if length - split.bodyStart > maximumBytes {
                guard skip(length - headLimit) else { return truncated(ordinal, uri, recordID) }
                return .failure(
                    record: ordinal, uri: uri, recordID: recordID,
                    DocumentError(.tooLarge, "the page has \(length - split.bodyStart) bytes, over the limit of \(maximumBytes)"))
            }
            guard let rest = read(length - headLimit) else { return truncated(ordinal, uri, recordID) }
            body = Array(head[split.bodyStart...]) + rest
            switch http.decode(body, limit: maximumBytes) {
            case .success(let decoded): body = decoded
            case .failure(let error): return .failure(record: ordinal, uri: uri, recordID: recordID, error)
            }
        } else {
            if length > maximumBytes {
                guard skip(length) else { return truncated(ordinal, uri, recordID) }
                return .failure(
                    record: ordinal, uri: uri, recordID: recordID,
                    DocumentError(.tooLarge, "the page has \(length) bytes, over the limit of \(maximumBytes)"))
            }
            guard let all = read(length) else { return truncated(ordinal, uri, recordID) }
            body = all
        }
        return .page(Page(record: ordinal, uri: uri, recordID: recordID, date: fields["warc-date"], html: body))
    }

    private func truncated(_ ordinal: Int, _ uri: String?, _ recordID: String?) -> Item {
        stopped = true
        let error = source.error ?? DocumentError(.unreadable, "WARC record \(ordinal) is truncated: the archive ends inside it")
        return .failure(record: ordinal, uri: uri, recordID: recordID, error)
    }

    static func isHTMLType(_ type: String) -> Bool {
        let t = type.lowercased()
        return t.contains("text/html") || t.contains("application/xhtml")
    }

    static func sniffsHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        InputStream.looksLikeHTML(Array(bytes.prefix(512)))
    }

    /// Where the HTTP header ends (CRLF CRLF, or LF LF) and the body starts.
    static func headerEnd(_ bytes: [UInt8]) -> (headerEnd: Int, bodyStart: Int)? {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < bytes.count && bytes[i + 1] == 0x0D && bytes[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    // MARK: - buffered reading

    private func fill() -> Bool {
        if atEOF { return false }
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                for i in 0..<(end - start) { b[i] = b[start + i] }
            }
            end -= start
            start = 0
        }
        if end == buffer.count { return true }
        let n = buffer.withUnsafeMutableBytes { raw in
            source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]))
        }
        if n <= 0 {
            atEOF = true
            return false
        }
        end += n
        return true
    }

    private func peekByte() -> UInt8? {
        if start == end && !fill() { return nil }
        return start < end ? buffer[start] : nil
    }

    /// The header lines up to the blank line, without line ends; nil when the stream ends first or the
    /// header is longer than `maximumHeaderBytes`.
    private func readHeader() -> [[UInt8]]? {
        var lines: [[UInt8]] = []
        var total = 0
        while true {
            var line: [UInt8] = []
            while true {
                if start == end && !fill() { return nil }
                guard let newline = buffer[start..<end].firstIndex(of: 0x0A) else {
                    line.append(contentsOf: buffer[start..<end])
                    total += end - start
                    consumed += end - start
                    start = end
                    if total > Self.maximumHeaderBytes { return nil }
                    continue
                }
                line.append(contentsOf: buffer[start..<newline])
                total += newline + 1 - start
                consumed += newline + 1 - start
                start = newline + 1
                break
            }
            if line.last == 0x0D { line.removeLast() }
            if line.isEmpty { return lines }
            lines.append(line)
            if total > Self.maximumHeaderBytes { return nil }
        }
    }

    /// Exactly `count` bytes, or nil when the stream ends first.
    private func read(_ count: Int) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            if start == end && !fill() { return nil }
            let n = min(count - out.count, end - start)
            out.append(contentsOf: buffer[start..<(start + n)])
            start += n
            consumed += n
        }
        return out
    }

    /// Passes over `count` bytes without keeping them.
    private func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            if start == end && !fill() { return false }
            let n = min(left, end - start)
            start += n
            consumed += n
            left -= n
        }
        return true
    }
}

/// The part of an HTTP response head that tells how to read its body.
struct HTTPHead {
    var contentType = ""
    var chunked = false
    var contentEncoding = ""

    init(_ bytes: [UInt8]) {
        var first = true
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            if first {
                first = false
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased().trimmingSpaces()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces().lowercased()
            switch name {
            case "content-type": if contentType.isEmpty { contentType = value }
            case "transfer-encoding": chunked = value.contains("chunked")
            case "content-encoding": contentEncoding = value
            default: break
            }
        }
    }

    /// The body as the page: de-chunked and, for gzip or deflate, inflated (within `limit`). An encoding
    /// that cannot be read is an error of the record.
    func decode(_ body: [UInt8], limit: Int) -> Result<[UInt8], DocumentError> {
        var bytes = body
        if chunked, let joined = Self.dechunk(body) { bytes = joined }
        if contentEncoding.contains("gzip") || contentEncoding.contains("deflate") {
            guard GzipSource.isGzip(bytes) || contentEncoding.contains("deflate") else { return .success(bytes) }
            return GzipSource(MemorySource(bytes), name: "the page's gzip body").readAll(limit: limit, name: "the page", decompressed: true)
        }
        return .success(bytes)
    }

    /// Chunked transfer coding joined; nil when the body is not well-formed chunks (then it is kept).
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            guard let lineEnd = body[i...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: body[i..<lineEnd], as: UTF8.self).trimmingSpaces().prefix { $0 != ";" }
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            i = lineEnd + 1
            if size == 0 { return out }
            guard i + size <= body.count else { return nil }
            out.append(contentsOf: body[i..<(i + size)])
            i += size
            while i < body.count && (body[i] == 0x0D || body[i] == 0x0A) { i += 1 }
        }
        return out
    }
}

/// Bytes in memory as a source.
public final class MemorySource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    public let error: DocumentError? = nil

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0, let base = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { p in
            if let from = p.baseAddress { base.copyMemory(from: from + offset, byteCount: n) }
        }
        offset += n
        return n
    }
}

extension String {
    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) ?? first
        return String(scalars[first...last])
    }

    /// "<http://x>" -> "http://x" (WARC 1.0 writes the target URI in angle brackets).
    func trimmingAngleBrackets() -> String {
        hasPrefix("<") && hasSuffix(">") ? String(dropFirst().dropLast()) : self
    }
}
