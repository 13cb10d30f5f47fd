import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX file operations the pipeline needs, with errors that say what failed.
///
/// POSIX directly rather than FileManager: directory walks must see symlinks (to break loops by device
/// and inode), must not stop at one unreadable folder, and must be byte-order deterministic.
public enum FileSystem {
    public enum Kind: Sendable { case file, directory, other }

    public struct Status: Sendable {
        public var kind: Kind
        public var size: Int
        public var device: UInt64
        public var inode: UInt64
    }

    /// `stat` (following symlinks); nil with the reason when it fails.
    public static func status(_ path: String) -> Result<Status, DocumentError> {
        var st = stat()
        guard stat(path, &st) == 0 else { return .failure(errnoError(path)) }
        let mode = st.st_mode & S_IFMT
        let kind: Kind = mode == S_IFREG ? .file : mode == S_IFDIR ? .directory : .other
        return .success(
            Status(kind: kind, size: Int(st.st_size), device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
    }

    /// Names in a directory, sorted by their UTF-8 bytes, without "." and "..".
    public static func directoryEntries(_ path: String) -> Result<[String], DocumentError> {
        directoryListing(path).map { $0.map(\.name) }
    }

    /// What `readdir` says an entry is, without a `stat` per entry.
    public enum EntryType: Sendable { case file, directory, other, unknown }

    /// Names in a directory with their types, sorted by the UTF-8 bytes of the names, without "." and "..".
    ///
    /// The type comes from `d_type`: a folder of ten thousand articles then costs no `stat` per file.
    /// Symbolic links and file systems that do not fill `d_type` give `.unknown`: the caller stats those.
    public static func directoryListing(_ path: String) -> Result<[(name: String, type: EntryType)], DocumentError> {
        guard let dir = opendir(path) else { return .failure(errnoError(path)) }
        defer { closedir(dir) }
        var entries: [(name: String, type: EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .directory
            case Int32(DT_LNK), Int32(DT_UNKNOWN): type = .unknown
            default: type = .other
            }
            entries.append((name, type))
        }
        // Sorted on byte arrays made once: comparing Strings by their UTF-8 costs hundreds of
        // instructions a comparison, and a folder of ten thousand names needs ~140,000 of them.
        var keyed = entries.map { (key: Array($0.name.utf8), entry: $0) }
        keyed.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return .success(keyed.map(\.entry))
    }

    /// Reads a whole file, refusing one larger than `limit` bytes before reading it.
    public static func readFile(_ path: String, limit: Int) -> Result<[UInt8], DocumentError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errnoError(path)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(errnoError(path)) }
        if st.st_mode & S_IFMT == S_IFDIR { return .failure(DocumentError(.unreadable, "\(path) is a directory")) }
        let size = Int(st.st_size)
        if size > limit {
            return .failure(DocumentError(.tooLarge, "\(path) has \(size) bytes, over the limit of \(limit)"))
        }
        return readAll(fd: fd, expected: size, limit: limit, name: path)
    }

    /// Reads a descriptor to its end (pipes and files alike), failing once more than `limit` bytes came.
    public static func readAll(fd: Int32, expected: Int = 0, limit: Int, name: String) -> Result<[UInt8], DocumentError> {
        // A regular file's size is known: one byte more than that is enough to see the end, and zeroing
        // a 64 KiB buffer for every 5 KB article cost more than reading it. Pipes start at 64 KiB.
        var buffer = [UInt8](repeating: 0, count: expected > 0 ? expected + 1 : 64 * 1024)
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR {
                    if Interruption.isRequested { return .failure(DocumentError(.unreadable, "\(name): interrupted")) }
                    continue
                }
                return .failure(errnoError(name))
            }
            if n == 0 { break }
            count += n
            if count > limit {
                return .failure(DocumentError(.tooLarge, "\(name) has more than \(limit) bytes, the limit"))
            }
        }
        buffer.removeSubrange(count...)
        return .success(buffer)
    }

    static func errnoError(_ path: String) -> DocumentError {
        let code = errno
        let reason = String(cString: strerror(code))
        return DocumentError(.unreadable, "\(path): \(reason)")
    }
}
