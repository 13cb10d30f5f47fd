/// SplitMix64: a small seeded generator, so that a training run (the entity tagger's, the relation
/// classifier's) is reproducible: the same data and seed give the same model bytes.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The order of one training epoch: the items (by their content keys) sorted by a hash of the key and
    /// `salt`. A trainer that shuffled the list's indices instead turned one item more or less (a mention the
    /// entity rules now read otherwise) into a new order of every other item, and the weights moved by
    /// themselves; sorted by content, the others keep their order around it.
    static func epochOrder(_ contents: [UInt64], salt: UInt64) -> [Int] {
        let keys = contents.map { c -> UInt64 in
            var mix = SplitMix(seed: c ^ salt)
            return mix.next()
        }
        return contents.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// FNV-1a over bytes, from `seed`: a content key for `epochOrder`.
    static func contentKey<S: Sequence>(_ bytes: S, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64
    where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
