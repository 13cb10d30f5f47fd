/// Converts UTF-8 offsets that only move forward into scalar offsets by counting the bytes in between.
///
/// Tokens come out in text order, so each byte is counted once; eight bytes are counted at a time
/// (a continuation byte is `10xxxxxx`), which keeps the conversion far below the cost of the scan.
///
/// News text has a few multi-byte scalars (curly quotes, dashes) among long ASCII stretches: up to the
/// next byte >= 0x80 (`nextHigh`, found eight bytes at a time) offsets are converted by a subtraction,
/// and only a call that crosses it counts bytes.
struct ScalarCursor {
    private let base: UnsafeBufferPointer<UInt8>
    private let isASCII: Bool
    private var byte = 0
    private var scalar = 0
    /// No byte in `byte..<nextHigh` is >= 0x80.
    private var nextHigh = 0

    init(_ base: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self.base = base
        self.isASCII = isASCII
    }

    /// The scalar offset of UTF-8 offset `target`; `target` must not be below the previous call's.
    @inline(__always)
    mutating func scalarOffset(_ target: Int) -> Int {
        if isASCII { return target }
        if target >= byte, target <= nextHigh {
            scalar &+= target &- byte
            byte = target
            return scalar
        }
        let s = count(to: target)
        nextHigh = Self.firstHighByte(base, from: byte)
        return s
    }

    /// `(scalarOffset(start), scalarOffset(end))` with one test for the common case, both ends in the
    /// ASCII stretch ahead of the cursor.
    @inline(__always)
    mutating func scalarOffsets(_ start: Int, _ end: Int) -> (Int, Int) {
        if isASCII { return (start, end) }
        if start >= byte, start <= end, end <= nextHigh {
            let s = scalar &+ (start &- byte)
            let e = s &+ (end &- start)
            byte = end
            scalar = e
            return (s, e)
        }
        let s = scalarOffset(start)
        return (s, scalarOffset(end))
    }

    /// Index of the first byte >= 0x80 at or after `i`, or the end.
    private static func firstHighByte(_ base: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var i = i
        let n = base.count
        if let raw = base.baseAddress {
            while i + 8 <= n,
                UnsafeRawPointer(raw).loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
            }
        }
        while i < n, base[i] < 0x80 { i += 1 }
        return i
    }

    private mutating func count(to target: Int) -> Int {
        var i = byte
        var s = scalar
        if target < i {  // never expected; recount from the start rather than return a wrong offset
            i = 0
            s = 0
        }
        if let raw = base.baseAddress {
            let pointer = UnsafeRawPointer(raw)
            while i + 8 <= target {
                let x = pointer.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let continuation = x & ~(x << 1) & 0x8080_8080_8080_8080
                s += 8 - Int(truncatingIfNeeded: ((continuation >> 7) &* 0x0101_0101_0101_0101) >> 56)
                i += 8
            }
        }
        while i < target {
            if base[i] & 0xC0 != 0x80 { s += 1 }
            i += 1
        }
        byte = i
        scalar = s
        return s
    }
}
