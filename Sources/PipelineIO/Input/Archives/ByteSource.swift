import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stream of bytes read in chunks: a file descriptor, or the inflated content of a gzip stream over
/// another source. Readers of lines and of WARC records take one, so plain and compressed input share
/// their code and their memory bound (one chunk at a time).
public protocol ByteSource: AnyObject {
    /// Fills `buffer` from its start; returns the number of bytes read, 0 at the end, -1 on an error
    /// (then `error` says what went wrong and the stream is over).
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
    var error: DocumentError? { get }
}

/// Bytes of a file descriptor.
public final class FileDescriptorSource: ByteSource {
    public let fd: Int32
    private let closeOnDeinit: Bool
    private let name: String
    public private(set) var error: DocumentError?

    public init(fd: Int32, closeOnDeinit: Bool = false, name: String = "input") {
        self.fd = fd
        self.closeOnDeinit = closeOnDeinit
        self.name = name
    }

    /// Opens a file for reading.
    public static func open(path: String) -> Result<FileDescriptorSource, DocumentError> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileSystem.errnoError(path)) }
        return .success(FileDescriptorSource(fd: fd, closeOnDeinit: true, name: path))
    }

    deinit {
        if closeOnDeinit { close(fd) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard error == nil, let base = buffer.baseAddress, buffer.count > 0 else { return error == nil ? 0 : -1 }
        while true {
            // Wait for input in short slices: a SIGINT taken by another thread does not interrupt this
            // one's read, so the flag is looked at between slices (a file is always ready at once).
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&ready, 1, 100) == 0 {
                if Interruption.isRequested { return 0 }
            }
            if Interruption.isRequested && ready.revents & Int16(POLLIN) == 0 { return 0 }
            let n = Glibc.read(fd, base, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR {
                if Interruption.isRequested { return 0 }
                continue
            }
            error = FileSystem.errnoError(name)
            return -1
        }
    }
}

/// Bytes already in memory (a source that was sniffed, then handed on with what was read ahead).
public final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    public init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    public var error: DocumentError? { rest.error }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if offset < prefix.count {
            let n = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { p in
                buffer.baseAddress?.copyMemory(from: p.baseAddress! + offset, byteCount: n)
            }
            offset += n
            if offset == prefix.count {
                prefix = []
                offset = 0
            }
            return n
        }
        return rest.read(into: buffer)
    }
}

extension ByteSource {
    /// Up to `count` bytes from the start of the stream (fewer at its end), for sniffing a format.
    public func readPrefix(_ count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = out.withUnsafeMutableBytes { raw in
                read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n <= 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return out
    }

    /// The rest of the stream, at most `limit` bytes: `tooLarge` past it (reading stops there, so a
    /// gzip bomb is never inflated beyond the limit).
    public func readAll(limit: Int, name: String, decompressed: Bool = false) -> Result<[UInt8], DocumentError> {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(into: $0) }
            if n < 0 { return .failure(error ?? DocumentError(.unreadable, "\(name) cannot be read")) }
            if n == 0 { return .success(out) }
            if out.count + n > limit {
                let what = decompressed ? " once decompressed" : ""
                return .failure(DocumentError(.tooLarge, "\(name) has more than \(limit) bytes\(what)"))
            }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}
