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
                if copiesAsIs(b) {
                    // A stretch that passes through unchanged (most of any English text) goes in one piece.
                    var j = i
                    var blanks = 0
                    while j < n {
                        // Eight printable ASCII bytes at once, counting the spaces among them.
                        if j + 8 <= n, let base = p.baseAddress {
                            let w = ByteScan.word(base, at: j)
                            if !ByteScan.hasByteBelow(w, 0x20) && !ByteScan.hasHighByte(w | (w &+ ByteScan.ones)) {
                                blanks += ByteScan.zeroByteCount(w ^ 0x2020_2020_2020_2020)
                                j += 8
                                continue
                            }
                        }
                        let c = p[j]
                        guard copiesAsIs(c) else { break }
                        if c == 0x20 || c == 0x0A || c == 0x09 { blanks += 1 }
                        j += 1
                    }
                    // A combining mark or a dropped control byte after the stretch leaves its last visible
                    // character open to composition: that one takes the scalar path.
                    if j < n, !closesSegment(p[j]), isVisible(p[j - 1]) { j -= 1 }
                    if j > i {
                        sink.appendASCII(p, from: i, to: j, visible: j - i - blanks, decoded: decoded)
                        i = j
                        continue
                    }
                }
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

    /// Printable ASCII, space, tab and LF: output exactly as input.
    @inline(__always)
    private static func copiesAsIs(_ b: UInt8) -> Bool {
        (b >= 0x20 && b < 0x7F) || b == 0x0A || b == 0x09
    }

    @inline(__always)
    private static func isVisible(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }

    /// ASCII line ends (CR, VT, FF) end an NFC segment, as every copied byte does.
    @inline(__always)
    private static func closesSegment(_ b: UInt8) -> Bool { b == 0x0D || b == 0x0B || b == 0x0C }
}
