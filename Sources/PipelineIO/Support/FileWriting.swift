#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole buffers and whole files written with POSIX calls (no Foundation): one loop, resumed after a
/// signal (EINTR) and after a short write, for the output sink, the exporters and the renderer.
package enum FileWriting {
    /// Writes `count` bytes at `bytes` to `fd`, however many calls it takes; nil when all are written,
    /// else the `errno` of the call that failed.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawPointer, count: Int) -> Int32? {
        var offset = 0
        while offset < count {
            let n = write(fd, bytes + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    package enum Outcome: Sendable {
        case written
        /// `exclusive` was asked and the file exists.
        case exists
    }

    /// A file that could not be opened or written, with the system's reason.
    package struct Failure: Error, Sendable {
        package enum Step: Sendable { case open, write }
        package var step: Step
        package var code: Int32
        package var reason: String { String(cString: strerror(code)) }
    }

    /// Writes `bytes` as the file at `path` (mode 0644, replacing its content); with `exclusive`, only when
    /// no file is there, else `.exists` and nothing written.
    package static func writeFile(_ path: String, _ bytes: [UInt8], exclusive: Bool) throws(Failure) -> Outcome {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), 0o644)
        if fd < 0 {
            if exclusive, errno == EEXIST { return .exists }
            throw Failure(step: .open, code: errno)
        }
        defer { close(fd) }
        let failed = bytes.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            return writeAll(fd, base, count: raw.count)
        }
        if let failed { throw Failure(step: .write, code: failed) }
        return .written
    }
}
