/// The words the patterns name, numbered 0..<count, so that a token is looked up once per document and a
/// word test in the matcher is one bit instead of a `Set` probe. The key is already a 64-bit `WordHash`,
/// so the table is plain open addressing over a multiplicative scramble of it, with no second hash.
struct WordVocabulary: Sendable {
    /// The word hashes by number.
    let words: [UInt64]
    private let keys: [UInt64]
    /// Word number per slot of `keys`, -1 for an empty slot.
    private let numbers: [Int32]
    private let mask: Int

    init(_ hashes: Set<UInt64>) {
        words = hashes.sorted()
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var numbers = [Int32](repeating: -1, count: size)
        for (n, word) in words.enumerated() {
            var i = Self.slot(word, mask)
            while numbers[i] >= 0 { i = (i + 1) & mask }
            keys[i] = word
            numbers[i] = Int32(n)
        }
        self.keys = keys
        self.numbers = numbers
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The word's number, or -1 when no pattern names it.
    @inline(__always) func number(of hash: UInt64) -> Int32 {
        var i = Self.slot(hash, mask)
        while true {
            let n = numbers[i]
            if n < 0 || keys[i] == hash { return n }
            i = (i + 1) & mask
        }
    }
}
