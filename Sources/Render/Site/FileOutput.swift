#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

import PipelineIO

/// The output folder could not be written, or holds what this run must not replace.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// File operations of the renderer (POSIX; no Foundation).
enum FileOutput {
    enum WriteResult {
        case written
        /// `exclusive` was asked and the file exists.
        case exists
    }

    static func reason() -> String { String(cString: strerror(errno)) }

    /// Creates a folder and its missing parents.
    static func makeDirectory(_ path: String) throws(RenderError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += part
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw RenderError("cannot create \(prefix): \(reason())")
            }
            prefix += "/"
        }
        guard isDirectory(path) else { throw RenderError("\(path) is not a folder") }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes a whole file; with `exclusive`, only if it does not exist yet.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, exclusive: Bool = false) throws(RenderError) -> WriteResult {
        do {
            return try FileWriting.writeFile(path, bytes, exclusive: exclusive) == .written ? .written : .exists
        } catch {
            throw RenderError("cannot write \(path): \(error.reason)")
        }
    }

    /// Writes through a temporary file renamed into place, so a reader never sees half a page.
    static func replace(_ path: String, with bytes: [UInt8]) throws(RenderError) {
        let temporary = path + ".tmp"
        try write(bytes, to: temporary)
        try rename(temporary, to: path)
    }

    static func rename(_ from: String, to: String) throws(RenderError) {
        if Glibc.rename(from, to) != 0 { throw RenderError("cannot rename \(from) to \(to): \(reason())") }
    }

    static func remove(_ path: String) {
        _ = unlink(path)
    }

    /// Removes a folder tree this program wrote (pages and their shard folders).
    static func removeTree(_ path: String) throws(RenderError) {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return }
            throw RenderError("cannot read \(path): \(reason())")
        }
        var entries: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { entries.append(name) }
        }
        closedir(dir)
        for name in entries {
            let child = path + "/" + name
            var st = stat()
            // lstat: a symbolic link is removed, never followed.
            if lstat(child, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                try removeTree(child)
            } else if unlink(child) != 0 {
                throw RenderError("cannot remove \(child): \(reason())")
            }
        }
        if rmdir(path) != 0 { throw RenderError("cannot remove \(path): \(reason())") }
    }
}
