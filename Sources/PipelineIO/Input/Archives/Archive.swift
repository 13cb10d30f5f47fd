import Pipeline

/// Where archives meet the readers: telling gzip and WARC apart by their first bytes and by name.
public enum Archive {
    /// `source` as it reads, inflated when it starts with the gzip magic number. Sniffs with single reads,
    /// so a pipe that sends a few bytes and waits is not blocked on.
    public static func decompressing(_ source: ByteSource, name: String) -> ByteSource {
        var prefix: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 2)
        while prefix.count < 2 {
            let n = chunk.withUnsafeMutableBytes { raw in
                source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<(2 - prefix.count)]))
            }
            if n <= 0 { break }
            prefix.append(contentsOf: chunk[0..<n])
            if prefix.first != 0x1F { break }
        }
        let whole = PrefixedSource(prefix: prefix, rest: source)
        return GzipSource.isGzip(prefix) ? GzipSource(whole, name: name) : whole
    }

    /// The inflated bytes of an in-memory gzip file, at most `limit` of them (`tooLarge` past it: a gzip
    /// bomb stops there), or an `unreadable` error for a truncated or corrupt file.
    public static func inflate(_ bytes: [UInt8], limit: Int, name: String) -> Result<[UInt8], DocumentError> {
        GzipSource(MemorySource(bytes), name: name).readAll(limit: limit, name: name, decompressed: true)
    }

    /// What a file name says it holds: "a.html.gz" -> ("html", gzip), "b.warc.gz" -> ("warc", gzip),
    /// "c.warc" -> ("warc", plain).
    public static func innerExtension(_ name: String) -> (ext: String, gzip: Bool) {
        let ext = InputDiscovery.fileExtension(name)
        guard ext == "gz" || ext == "gzip" else { return (ext, false) }
        let base = String(name.dropLast(ext.count + 1))
        return (InputDiscovery.fileExtension(base), true)
    }
}
