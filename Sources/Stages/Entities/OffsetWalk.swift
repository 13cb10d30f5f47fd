import Pipeline

/// Converts ascending offsets between Unicode scalars and UTF-8 bytes with one merge over the
/// document's multi-byte scalars.
///
/// `ScalarOffsetMap` answers any offset with a binary search; the tokens of a document and its kept
/// mentions come in text order, so a cursor over the (few) multi-byte scalars of news text answers each
/// offset in a step or two (the searches were a sixth of the stage on news text with curly quotes; a
/// byte-by-byte walk still cost 25 instructions per byte). A walk answers one direction only; an offset
/// behind the previous one is handed to the map.
struct OffsetWalk {
    private let map: ScalarOffsetMap
    /// Each multi-byte scalar: its UTF-8 offset, its scalar offset and its width in bytes, in text order.
    private var multiByte: [(byte: Int32, scalar: Int32, width: Int32)] = []
    /// Cursor into `multiByte`, and the extra bytes (width - 1) of the scalars before it.
    private var next = 0
    private var extra = 0
    private var lastQuery = 0

    init(bytes: UnsafeBufferPointer<UInt8>, map: ScalarOffsetMap) {
        self.map = map
        guard let base = bytes.baseAddress else { return }
        let pointer = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        var extra = 0
        while i < n {
            if i + 8 <= n, pointer.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let width = UTF8Width.ofLeadByte(b)
            multiByte.append((Int32(truncatingIfNeeded: i), Int32(truncatingIfNeeded: i - extra), Int32(width)))
            extra += width - 1
            i += width
        }
    }

    /// The same walk back at the start of the text: the multi-byte scalars found once serve the tokens
    /// and then the mentions (finding them is a pass over the whole text).
    func rewound() -> OffsetWalk {
        var walk = self
        walk.next = 0
        walk.extra = 0
        walk.lastQuery = 0
        return walk
    }

    /// The UTF-8 offset at which scalar `target` starts (as `ScalarOffsetMap.utf8Offset(scalar:)`).
    @inline(__always)
    mutating func utf8Offset(scalar target: Int) -> Int {
        let map = self.map
        return multiByte.withUnsafeBufferPointer { mb in
            Self.advance(to: target, mb, map, &next, &extra, &lastQuery)
        }
    }

    /// `utf8Offset(scalar:)` of the start and the end of every token, in token order, into `starts` and
    /// `ends` (as many as `tokens`). The cursor runs in locals over the scalars' buffer: through the
    /// method, each offset paid bounds checks and stores of the walk's fields.
    mutating func utf8Offsets(
        of tokens: UnsafeBufferPointer<Token>, starts: UnsafeMutableBufferPointer<Int32>,
        ends: UnsafeMutableBufferPointer<Int32>
    ) {
        let map = self.map
        (next, extra, lastQuery) = multiByte.withUnsafeBufferPointer { mb in
            var next = self.next
            var extra = self.extra
            var last = lastQuery
            for i in 0..<min(tokens.count, starts.count, ends.count) {
                starts[i] = Int32(truncatingIfNeeded: Self.advance(to: tokens[i].start, mb, map, &next, &extra, &last))
                ends[i] = Int32(truncatingIfNeeded: Self.advance(to: tokens[i].end, mb, map, &next, &extra, &last))
            }
            return (next, extra, last)
        }
    }

    /// The cursor step both conversions share, on locals: past the multi-byte scalars before `target`.
    @inline(__always)
    private static func advance(
        to target: Int, _ mb: UnsafeBufferPointer<(byte: Int32, scalar: Int32, width: Int32)>, _ map: ScalarOffsetMap,
        _ next: inout Int, _ extra: inout Int, _ last: inout Int
    ) -> Int {
        guard target >= last else { return map.utf8Offset(scalar: target) }
        last = target
        while next < mb.count, Int(mb[next].scalar) < target {
            extra += Int(mb[next].width) - 1
            next += 1
        }
        return target + extra
    }

    /// The scalar offset of the scalar that starts at or contains UTF-8 offset `target` (as
    /// `ScalarOffsetMap.scalarOffset(utf8:)`).
    @inline(__always)
    mutating func scalarOffset(utf8 target: Int) -> Int {
        guard target >= lastQuery else { return map.scalarOffset(utf8: target) }
        lastQuery = target
        while next < multiByte.count, Int(multiByte[next].byte) + Int(multiByte[next].width) <= target {
            extra += Int(multiByte[next].width) - 1
            next += 1
        }
        if next < multiByte.count, Int(multiByte[next].byte) < target { return Int(multiByte[next].scalar) }
        return target - extra
    }
}
