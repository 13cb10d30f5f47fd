/// Word-at-a-time tests over byte buffers: most input is ASCII text, and checking eight bytes with a few
/// integer operations lets the byte loops that validate and sniff it skip clean stretches.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` (the caller checks `i + 8 <= p.count`). Callers only test properties of
    /// all eight bytes, so byte order does not matter.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, at i: Int) -> UInt64 {
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
    }

    /// True when some byte of `w` is below `limit` (limit <= 0x80): the classic "has less" bit trick,
    /// exact as a yes/no answer.
    @inline(__always)
    static func hasByteBelow(_ w: UInt64, _ limit: UInt8) -> Bool {
        (w &- ones &* UInt64(limit)) & ~w & highBits != 0
    }

    @inline(__always)
    static func hasHighByte(_ w: UInt64) -> Bool { w & highBits != 0 }

    /// First index at or after `i` where a byte >= 0x80 may sit: skips whole words of ASCII only.
    @inline(__always)
    static func skipASCII(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = p.baseAddress else { return i }
        var i = i
        let n = p.count
        while i + 8 <= n && !hasHighByte(word(base, at: i)) { i += 8 }
        return i
    }

    /// First index at or after `i` where a byte that is >= 0x80 or NUL may sit.
    @inline(__always)
    static func skipASCIIWithoutNUL(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = p.baseAddress else { return i }
        var i = i
        let n = p.count
        while i + 8 <= n {
            let w = word(base, at: i)
            if hasHighByte(w) || hasByteBelow(w, 1) { break }
            i += 8
        }
        return i
    }

    /// Number of zero bytes in `w` (exact: no carry crosses a byte).
    @inline(__always)
    static func zeroByteCount(_ w: UInt64) -> Int {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let nonZero = (((w & low7) &+ low7) | w) & highBits
        return 8 - highBitCount(nonZero)
    }

    /// How many bytes of `w` have their high bit set, when no other bit is set: a multiply sums the bits
    /// into the top byte (baseline x86-64 has no popcount instruction; the software one costs ~15).
    @inline(__always)
    static func highBitCount(_ w: UInt64) -> Int {
        Int(truncatingIfNeeded: ((w >> 7) &* ones) >> 56)
    }
}
