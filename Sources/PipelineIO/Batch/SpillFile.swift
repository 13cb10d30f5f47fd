import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An unnamed temporary file that holds the beginning of one long output line, so the line need not
/// sit in memory while it is written and while it waits for its turn in the output.
///
/// A document of a million entities makes a JSON line of a hundred megabytes; held as bytes (and copied
/// once more into the output buffer) it tripled the memory the document itself took. `JSONWriter` moves
/// its buffer here each time it fills up, and `OutputSink` copies the file to the output in order. The
/// file is unlinked as soon as it is made, so nothing is left behind, whatever ends the process.
///
/// One owner at a time: the worker that encodes the line appends, then the writer that holds the output
/// token copies; the reorder window hands it over under its lock (hence `@unchecked Sendable`).
public final class SpillFile: @unchecked Sendable {
    private let fd: Int32
    /// Bytes written so far.
    public private(set) var size = 0

    /// A new empty file in `$TMPDIR` (else /tmp); nil when none can be made (the caller keeps the bytes
    /// in memory instead).
    public init?() {
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/pipe-line-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { name -> Int32 in
            guard let base = name.baseAddress else { return -1 }
            let fd = mkstemp(base)
            if fd >= 0 { unlink(base) }
            return fd
        }
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends `count` bytes; false (and the file as it was) when they cannot all be written.
    public func append(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var done = 0
        while done < count {
            let n = write(fd, bytes + done, count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                _ = ftruncate(fd, off_t(size))
                _ = lseek(fd, off_t(size), SEEK_SET)
                return false
            }
            done += n
        }
        size += count
        return true
    }

    /// Cuts the file back to `size` bytes (undoing appends that belong together).
    public func truncate(to size: Int) {
        guard size < self.size else { return }
        _ = ftruncate(fd, off_t(size))
        _ = lseek(fd, off_t(size), SEEK_SET)
        self.size = size
    }

    /// The file's bytes, read back into memory (for a consumer that needs the whole line).
    public func contents() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return pread(fd, base + offset, size - offset, off_t(offset))
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            offset += n
        }
        return offset == size ? bytes : Array(bytes.prefix(offset))
    }

    /// Writes the whole file to `output`, in chunks of a mebibyte.
    func copy(to output: Int32) throws(OutputError) {
        let chunk = min(size, 1 << 20)
        guard chunk > 0 else { return }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < size {
            let n = pread(fd, buffer, min(chunk, size - offset), off_t(offset))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                let reason = n < 0 ? String(cString: strerror(errno)) : "the file is shorter than written"
                throw OutputError(message: "cannot read back a temporary file of the output: \(reason)")
            }
            try OutputSink.writeAll(output, UnsafeRawPointer(buffer), count: n)
            offset += n
        }
    }
}
