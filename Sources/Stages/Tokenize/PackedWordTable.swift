/// An open-addressing hash table keyed by `EnglishAbbreviations.PackedWord`.
///
/// `Dictionary` and `Set` hash with SipHash: a lookup cost ~800 instructions, and the tokenizer asks for
/// every word before a period, the sentence splitter for every capitalised sentence opener. A packed
/// word is two integers, so one multiply spreads it well enough; linear probing over a table at most
/// half full finds a key or a free slot in a probe or two.
struct PackedWordTable<Value: Sendable>: Sendable {
    typealias Key = EnglishAbbreviations.PackedWord
    private var keys: [Key]
    private var values: [Value?]
    private let mask: Int

    /// A later pair for the same key replaces the earlier one, as `Dictionary` assignment did.
    init(_ pairs: [(Key, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: Key(), count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (key, value) in pairs where key != Key() {
            var slot = Self.slot(key, mask)
            while keys[slot] != Key() && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ key: Key, _ mask: Int) -> Int {
        let h = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    func value(for key: Key) -> Value? {
        var slot = Self.slot(key, mask)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == Key() { return nil }
            slot = (slot + 1) & mask
        }
    }
}
