/// A byte trie over folded gazetteer keys, with its edges in one open-addressing hash table.
///
/// One table instead of a dictionary per node keeps the trie a few flat arrays: it builds in
/// milliseconds and a lookup is one multiply and, usually, one probe, which is what lets the stage walk
/// the trie from every token start at tens of megabytes per second.
struct ByteTrie: Sendable {
    /// Edge keys `(node << 8 | byte) + 1`; 0 marks an empty slot.
    private var keys: [UInt64]
    private var children: [UInt32]
    private var mask: Int
    private var count = 0
    /// First entry index of each node, or -1.
    private(set) var firstEntry: [Int32] = [-1]

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        children = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    static let root: UInt32 = 0

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The child of `node` along `byte`, if any.
    @inline(__always)
    func child(_ node: UInt32, _ byte: UInt8) -> UInt32? {
        let key = (UInt64(node) << 8 | UInt64(byte)) &+ 1
        var s = Self.slot(key, mask)
        while true {
            let k = keys[s]
            if k == key { return children[s] }
            if k == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// The child of `node` along `byte`, created when missing.
    mutating func childOrInsert(_ node: UInt32, _ byte: UInt8) -> UInt32 {
        if (count + 1) * 2 > keys.count { grow() }
        let key = (UInt64(node) << 8 | UInt64(byte)) &+ 1
        var s = Self.slot(key, mask)
        while true {
            let k = keys[s]
            if k == key { return children[s] }
            if k == 0 { break }
            s = (s + 1) & mask
        }
        let new = UInt32(firstEntry.count)
        firstEntry.append(-1)
        keys[s] = key
        children[s] = new
        count += 1
        return new
    }

    mutating func setFirstEntry(_ node: UInt32, _ entry: Int32) { firstEntry[Int(node)] = entry }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        children = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var s = Self.slot(oldKeys[i], mask)
            while keys[s] != 0 { s = (s + 1) & mask }
            keys[s] = oldKeys[i]
            children[s] = oldChildren[i]
        }
    }
}
