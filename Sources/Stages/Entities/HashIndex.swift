/// A per-document map from 64-bit folded-span hashes to the first mention index stored under each, with
/// a flag per key: the document pass's "first label of this string" and "surname of a person" in one
/// open-addressing table.
///
/// `Dictionary` and `Set` hash their `UInt64` keys again with SipHash and retain the labels' strings;
/// the keys here are already hashes, so a probe is a multiply and a compare (the two collections were a
/// sixth of the stage's rule time).
struct HashIndex {
    private var keys: [UInt64]
    /// First mention index + 1 (0: none yet) in bits 0...30; bit 31: the key is a surname.
    private var values: [UInt32]
    private let mask: Int
    private let shift: UInt64

    /// A table for up to `capacity` distinct keys (filled to at most half).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    private static let surnameBit: UInt32 = 1 << 31

    /// The slot holding `key`, or the empty slot where it would go. A slot is used when its value is not 0.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while values[s] != 0, keys[s] != key { s = (s + 1) & mask }
        return s
    }

    /// Records `index` as the first mention under `key` unless one is recorded.
    mutating func insertFirst(_ key: UInt64, index: Int) {
        let s = slot(key)
        if values[s] & ~Self.surnameBit == 0 {
            keys[s] = key
            values[s] |= UInt32(truncatingIfNeeded: index + 1)
        }
    }

    mutating func insertSurname(_ key: UInt64) {
        let s = slot(key)
        keys[s] = key
        values[s] |= Self.surnameBit
    }

    func isSurname(_ key: UInt64) -> Bool {
        let s = slot(key)
        return values[s] & Self.surnameBit != 0
    }

    /// The first mention index recorded under `key`.
    func first(_ key: UInt64) -> Int? {
        let v = values[slot(key)] & ~Self.surnameBit
        return v == 0 ? nil : Int(v) - 1
    }
}
