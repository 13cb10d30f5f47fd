import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output could not be written (disk full, closed pipe): the run stops with exit status 2, or, when
/// the reader of a pipe went away, silently (`isBrokenPipe`).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The write failed with EPIPE: nobody reads the output any more (`pipe annotate | head`).
    public var isBrokenPipe = false
    public var description: String { message }

    public init(message: String, isBrokenPipe: Bool = false) {
        self.message = message
        self.isBrokenPipe = isBrokenPipe
    }
}

/// Writes whole lines to a file descriptor.
///
/// Only whole lines ever reach the descriptor, so an interrupted run leaves a file that `--resume`
/// can continue: a line is either there with its newline or not at all. `write(line:)` writes at once
/// (or past `flushThreshold` bytes); the batch runner instead `append`s lines and flushes them together
/// (past a size, after a short time, and whenever the run may wait for input): one write per document
/// cost a system call and a wake-up of the reader per few kilobytes.
public final class OutputSink {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// Long lines whose beginning waits in a temporary file, each before `buffer[offset...]`.
    private var spilled: [(offset: Int, file: SpillFile)] = []
    private var spilledBytes = 0
    private let flushThreshold: Int
    public private(set) var linesWritten = 0
    /// Sees each line as it is appended, in output order, on the thread that appends it (the batch
    /// runner appends from one thread at a time): `annotate --render` renders pages and
    /// `annotate --tables` exports tables from it.
    public var lineObserver: (([UInt8]) -> Void)?

    public init(fd: Int32, ownsDescriptor: Bool = false, flushThreshold: Int = 0) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.flushThreshold = flushThreshold
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// When the descriptor is a pipe, asks for a 1 MiB pipe buffer (Linux `F_SETPIPE_SZ`; the default is
    /// 64 KiB). Whole lines are still written at once; a reader that is slow to be scheduled (a busy
    /// machine) then stalls the run less often. Failure changes nothing, so it is ignored.
    public func enlargePipeBuffer() {
        #if os(Linux)
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFIFO else { return }
            let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ, hidden behind _GNU_SOURCE in the Glibc module
            _ = fcntl(fd, setPipeSize, Int32(1 << 20))
        #endif
    }

    /// Opens `path` for writing; appends when `append` (resume), else truncates. `flushThreshold`: see
    /// `write(line:)`.
    public static func open(path: String, append: Bool, flushThreshold: Int = 0) -> Result<OutputSink, OutputError> {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = Glibc.open(path, flags, 0o644)
        guard fd >= 0 else {
            return .failure(OutputError(message: "cannot open \(path): \(String(cString: strerror(errno)))"))
        }
        return .success(OutputSink(fd: fd, ownsDescriptor: true, flushThreshold: flushThreshold))
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    public func write(line: [UInt8]) throws(OutputError) {
        append(line: line)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Adds a line to the buffer without writing it; `flush()` writes it. A line whose beginning was
    /// spilled to a temporary file (`DocumentProcessor.Output.spilled`) is that file followed by `line`.
    public func append(line: [UInt8], spilledPrefix: SpillFile? = nil) {
        if let lineObserver {
            // The observer sees whole lines: a spilled beginning is read back for it (only with
            // `--render` or `--tables`, which hold the line anyway).
            lineObserver(spilledPrefix.map { $0.contents() + line } ?? line)
        }
        if let spilledPrefix {
            spilled.append((buffer.count, spilledPrefix))
            spilledBytes += spilledPrefix.size
        }
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        linesWritten += 1
    }

    /// Bytes appended but not written yet.
    public var pendingBytes: Int { buffer.count + spilledBytes }

    public func flush() throws(OutputError) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            spilled.removeAll()
            spilledBytes = 0
        }
        let failure = buffer.withUnsafeBytes { raw -> OutputError? in
            guard let base = raw.baseAddress else { return nil }
            do throws(OutputError) {
                var start = 0
                for (offset, file) in spilled {
                    try Self.writeAll(fd, base + start, count: offset - start)
                    try file.copy(to: fd)
                    start = offset
                }
                try Self.writeAll(fd, base + start, count: raw.count - start)
            } catch {
                return error
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes `count` bytes at `bytes` to `fd`, however many calls it takes.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawPointer, count: Int) throws(OutputError) {
        if let code = FileWriting.writeAll(fd, bytes, count: count) {
            let reason = String(cString: strerror(code))
            throw OutputError(message: "cannot write the output: \(reason)", isBrokenPipe: code == EPIPE)
        }
    }
}
