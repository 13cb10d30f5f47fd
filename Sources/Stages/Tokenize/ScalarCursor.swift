/// Converts UTF-8 offsets that only move forward into scalar offsets by counting the bytes in between.
///
/// Tokens come out in text order, so each byte is counted once; eight bytes are counted at a time
/// (a continuation byte is `10xxxxxx`), which keeps the conversion far below the cost of the scan.
struct ScalarCursor {
    private let base: UnsafeBufferPointer<UInt8>
    private let isASCII: Bool
    private var byte = 0
    private var scalar = 0

    init(_ base: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self.base = base
        self.isASCII = isASCII
    }

    /// The scalar offset of UTF-8 offset `target`; `target` must not be below the previous call's.
    @inline(__always)
    mutating func scalarOffset(_ target: Int) -> Int {
        if isASCII { return target }
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
