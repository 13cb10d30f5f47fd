/// A map from name keys (`NameForm` hashes, already well mixed) to entity indexes, in open addressing.
///
/// The clusterer looks up every name, suffix and initials key of a document a few times; a `Dictionary`
/// hashed each 64-bit key again with SipHash (about 190 instructions a lookup, a tenth of the stage).
/// Values are entity indexes or -1; `Int.min` marks an empty slot.
struct KeyMap {
    private var keys: [UInt64]
    private var values: [Int]
    private var shift: UInt64
    private(set) var count = 0

    /// Room for `capacity` keys before the first growth.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int](repeating: Int.min, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot of `key`, or the empty slot where it would go.
    @inline(__always) private func slot(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var s = home(key)
        while values[s] != Int.min, keys[s] != key { s = (s + 1) & mask }
        return s
    }

    subscript(key: UInt64) -> Int? {
        let s = slot(key)
        return values[s] == Int.min ? nil : values[s]
    }

    /// Sets the value of `key` (the clusterer never removes one).
    mutating func set(_ key: UInt64, _ value: Int) {
        var s = slot(key)
        if values[s] == Int.min {
            if (count + 1) * 2 > keys.count {
                grow()
                s = slot(key)
            }
            keys[s] = key
            count += 1
        }
        values[s] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int](repeating: Int.min, count: oldKeys.count * 2)
        shift -= 1
        for i in oldKeys.indices where oldValues[i] != Int.min {
            let s = slot(oldKeys[i])
            keys[s] = oldKeys[i]
            values[s] = oldValues[i]
        }
    }
}
