import Pipeline

/// Plain text to normalized text: line ends unified, space separators made spaces, control and
/// zero-width characters dropped, NFC. Nothing else changes: space runs, quotes and dashes stay.
enum TextNormalizer {
    static func normalize(_ decoded: DecodedSource) -> (text: String, map: SourceMap, visible: Int) {
        var sink = TextSink(mode: .plain, capacity: decoded.utf8.count)
        decoded.utf8.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b == 0x0D {
                    // CRLF is one line end; the LF maps to both bytes.
                    let end = i + 1 < n && p[i + 1] == 0x0A ? i + 2 : i + 1
                    sink.append(0x0A, source: decoded.originalRange(i, end))
                    i = end
                    continue
                }
                let (v, width) = UTF8Encoding.decode(p, at: i)
                sink.append(v, source: decoded.originalRange(i, i + width))
                i += width
            }
        }
        let (text, map) = sink.finish()
        return (text, map, sink.visibleCount)
    }
}
