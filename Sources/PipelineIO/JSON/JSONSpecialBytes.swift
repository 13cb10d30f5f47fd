/// The bytes a JSON string cannot hold as they are: a quote, a backslash, a control byte. The reader skips
/// eight bytes at a time to the next one, the writer copies eight at a time until one needs an escape.
enum JSONSpecialBytes {
    /// True when one of the eight bytes of `w` is below 0x20, a quote or a backslash (exact: the classic
    /// "has a zero byte" / "has a byte below n" word tests mark a byte wrongly only above one they mark
    /// rightly).
    @inline(__always)
    static func any(in w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w & highs
        let q = w ^ (ones &* 0x22)
        let quote = (q &- ones) & ~q & highs
        let b = w ^ (ones &* 0x5C)
        let backslash = (b &- ones) & ~b & highs
        return (control | quote | backslash) != 0
    }
}
