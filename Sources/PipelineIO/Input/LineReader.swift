import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line without holding more than one line and one chunk in memory,
/// so a JSONL stream of any length flows through.
public final class LineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// Lines longer than this are cut and reported, so one runaway line cannot exhaust memory.
    public let maximumLineLength: Int
    public private(set) var lineNumber = 0
    /// The length in bytes of the line `nextLine` returned last, before any cut (without its "\n").
    public private(set) var lastLineLength = 0
    /// Set when reading failed; the stream then ends.
    public private(set) var readError: DocumentError?
    /// True when the stream opened with a UTF-8 byte-order mark, which was skipped: editors on Windows
    /// save JSONL that way, and the mark before the first `{` made line 1 invalid JSON (and a stream on
    /// stdin look like raw text).
    public private(set) var skippedByteOrderMark = false
    /// False until the start of the stream has been looked at for a byte-order mark.
    private var checkedByteOrderMark = false
    private var byteOrderMarkNoticeTaken = false

    /// True once, for the first caller after a byte-order mark was skipped: the document that reports it.
    public func takeByteOrderMarkNotice() -> Bool {
        guard skippedByteOrderMark, !byteOrderMarkNoticeTaken else { return false }
        byteOrderMarkNoticeTaken = true
        return true
    }

    public convenience init(fd: Int32, closeOnDeinit: Bool = false, maximumLineLength: Int = 64 << 20) {
        self.init(source: FileDescriptorSource(fd: fd, closeOnDeinit: closeOnDeinit), maximumLineLength: maximumLineLength)
    }

    /// Lines of any byte source (a file, standard input, the inflated bytes of a gzip stream).
    public init(source: ByteSource, maximumLineLength: Int = 64 << 20) {
        self.source = source
        self.maximumLineLength = maximumLineLength
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    /// Opens a file for reading; nil and the reason when it cannot be opened. A gzip file (told by its
    /// first bytes, whatever its name) is read inflated.
    public static func open(path: String, maximumLineLength: Int = 64 << 20) -> Result<LineReader, DocumentError> {
        switch FileDescriptorSource.open(path: path) {
        case .failure(let error): return .failure(error)
        case .success(let file):
            return .success(LineReader(source: Archive.decompressing(file, name: path), maximumLineLength: maximumLineLength))
        }
    }

    /// The bytes not yet read, buffered ones first, as a source (to hand the stream to another reader
    /// after sniffing it).
    public func remainingSource() -> ByteSource {
        let pending = Array(buffer[start..<end])
        start = end
        return pending.isEmpty ? source : PrefixedSource(prefix: pending, rest: source)
    }

    /// The next `count` bytes without consuming them (fewer at the end of the stream).
    public func peek(_ count: Int) -> [UInt8] {
        while end - start < count && !atEOF { fill() }
        return Array(buffer[start..<min(end, start + count)])
    }

    /// The first byte that is not blank, reading only as far as needed to see it (a stream that sends
    /// one short line and waits must not block here); nil for a blank or empty stream.
    public func firstNonBlankByte() -> UInt8? {
        skipByteOrderMark()
        var i = start
        while true {
            while i < end {
                let b = buffer[i]
                if b != 0x20, b != 0x09, b != 0x0A, b != 0x0D { return b }
                i += 1
            }
            if atEOF { return nil }
            let consumed = i - start
            fill()
            i = start + consumed
        }
    }

    /// The next line without its "\n" (and without a "\r" before it), or nil at the end.
    /// `truncated` is true when the line was longer than `maximumLineLength`.
    public func nextLine() -> (bytes: [UInt8], truncated: Bool)? {
        skipByteOrderMark()
        var line: [UInt8] = []
        var truncated = false
        lastLineLength = 0
        while true {
            if start == end {
                if atEOF { break }
                fill()
                continue
            }
            let newline = firstNewline()
            let stop = newline ?? end
            lastLineLength += stop - start
            if line.count + (stop - start) <= maximumLineLength {
                line.append(contentsOf: buffer[start..<stop])
            } else {
                let room = max(0, maximumLineLength - line.count)
                line.append(contentsOf: buffer[start..<(start + room)])
                truncated = true
            }
            start = stop
            if newline != nil {
                start += 1
                lineNumber += 1
                if line.last == 0x0D { line.removeLast() }
                return (line, truncated)
            }
        }
        if line.isEmpty && !truncated { return nil }
        lineNumber += 1
        if line.last == 0x0D { line.removeLast() }
        return (line, truncated)
    }

    /// The index of the first "\n" in `buffer[start..<end]`, found by `memchr` (the generic
    /// `firstIndex(of:)` on the slice took six instructions a byte of input).
    private func firstNewline() -> Int? {
        let (start, end) = (self.start, self.end)
        return buffer.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, start < end, end <= b.count,
                let found = memchr(base + start, 0x0A, end - start)
            else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// Everything not yet read, up to `limit` bytes (for a raw-text document on stdin).
    /// A byte-order mark skipped at the start is given back: the document's bytes are the input's (its
    /// hash and source offsets count them), and the normalizer reads the mark as the charset.
    public func readRest(limit: Int, name: String) -> Result<[UInt8], DocumentError> {
        var out = (skippedByteOrderMark && lineNumber == 0 ? Self.byteOrderMark : []) + Array(buffer[start..<end])
        start = end
        if out.count > limit { return .failure(DocumentError(.tooLarge, "\(name) has more than \(limit) bytes")) }
        switch source.readAll(limit: limit - out.count, name: name) {
        case .success(let rest):
            out.append(contentsOf: rest)
            atEOF = true
            return .success(out)
        case .failure(let error):
            return .failure(error)
        }
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Skips a UTF-8 byte-order mark at the start of the stream. Reads only while the bytes so far could
    /// still begin one, so a stream that sends one short line and waits is not blocked.
    private func skipByteOrderMark() {
        guard !checkedByteOrderMark else { return }
        while true {
            let available = end - start
            let seen = min(available, 3)
            guard buffer[start..<(start + seen)].elementsEqual(Self.byteOrderMark.prefix(seen)) else { break }
            if seen == 3 {
                start += 3
                skippedByteOrderMark = true
                break
            }
            if atEOF { break }
            fill()
        }
        checkedByteOrderMark = true
    }

    private func fill() {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                for i in 0..<(end - start) { b[i] = b[start + i] }
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let n = buffer.withUnsafeMutableBytes { raw -> Int in
            source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]))
        }
        if n < 0 {
            readError = source.error ?? DocumentError(.unreadable, "the input cannot be read")
            atEOF = true
        } else if n == 0 {
            atEOF = true
        } else {
            end += n
        }
    }
}
