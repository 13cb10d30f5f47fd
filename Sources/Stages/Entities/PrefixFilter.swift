/// The first three folded bytes of every key of a table, as a bitset: a token whose text starts with no
/// key prefix cannot start a match, so its walk (hashing the token, probing the table) is skipped.
///
/// Most tokens are lower-case words and only a few thousand keys may match lower-case text, so most
/// walks end here after a few instructions. Keys shorter than three bytes are kept under their own
/// length, and the text is tested under each length, so no key that could match is ever filtered out;
/// a hash collision only lets a walk through.
struct PrefixFilter: Sendable {
    private var bits: [UInt64]
    private static let bitCount = 1 << 16

    init() { bits = [UInt64](repeating: 0, count: Self.bitCount / 64) }

    @inline(__always)
    private static func index(_ c0: UInt8, _ c1: UInt8, _ c2: UInt8, _ length: Int) -> Int {
        let v = UInt64(c0) | UInt64(c1) << 8 | UInt64(c2) << 16 | UInt64(length) << 24
        return Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    @inline(__always)
    private func test(_ i: Int) -> Bool { bits[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    /// Records the folded key `key` (its first bytes).
    mutating func insert(_ key: ArraySlice<UInt8>) {
        let n = min(key.count, 3)
        guard n > 0 else { return }
        let s = key.startIndex
        let i = Self.index(key[s], n > 1 ? key[s + 1] : 0, n > 2 ? key[s + 2] : 0, n)
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// False when no key of the table can spell the folded text starting at byte `start`.
    @inline(__always)
    func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let n = bytes.count
        guard start < n else { return false }
        let (c0, p1) = FoldedBytes.fold(bytes, start, n)
        guard c0 != 0 else { return false }
        if test(Self.index(c0, 0, 0, 1)) { return true }
        guard p1 < n else { return false }
        let (c1, p2) = FoldedBytes.fold(bytes, p1, n)
        guard c1 != 0 else { return false }
        if test(Self.index(c0, c1, 0, 2)) { return true }
        guard p2 < n else { return false }
        let (c2, _) = FoldedBytes.fold(bytes, p2, n)
        guard c2 != 0 else { return false }
        return test(Self.index(c0, c1, c2, 3))
    }
}

/// Which plain lower-case words (ASCII letters only) can be a key of `Gazetteer.lowerKeys`, or a prefix
/// of one where a text token may end: a bit per first two letters and length (16 and more share one).
///
/// Such a word folds to itself, so its hash hits the table only when a key (or a key's prefix ending
/// before a space, hyphen or other non-word byte) spells it; a clear bit lets the walk skip hashing the
/// word at all. A set bit only sends the word on to the hash probe.
struct LowerWordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: (26 * 27 * 16 + 63) / 64)

    @inline(__always)
    private static func index(_ c0: UInt8, _ c1: UInt8?, _ length: Int) -> Int {
        let second = c1.map { Int($0 &- 0x61) + 1 } ?? 0
        return (Int(c0 &- 0x61) * 27 + second) * 16 + min(length, 15)
    }

    /// Records the lower-case word that opens the folded `key`, when a text token may end after it.
    mutating func insert(key: ArraySlice<UInt8>) {
        let s = key.startIndex
        var e = s
        while e < key.endIndex, key[e] &- 0x61 < 26 { e += 1 }
        guard e > s else { return }
        if e < key.endIndex {
            let b = key[e]
            // A token never ends between two word bytes (see `Gazetteer.Loader.isWordByte`).
            if (b >= 0x30 && b <= 0x39) || b >= 0x80 { return }
        }
        let i = Self.index(key[s], e - s > 1 ? key[s + 1] : nil, e - s)
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// False when no key starts with the lower-case ASCII word `bytes[from..<to]` (letters a-z only).
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let i = Self.index(bytes[from], to - from > 1 ? bytes[from + 1] : nil, to - from)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}
