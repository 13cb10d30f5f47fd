internal import CRelationModel
import CEntityResources

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The relation classifier's parameters: one logistic regression per learned relation type over hashed
/// `PairFeatures`, decision thresholds per type (chosen on dev by scripts/train-relation-model), and the
/// patterns whose precision on dev lets them stand whatever the classifier says.
///
/// Read from `relation-model.bin` (see `RelationModelFile` for the layout), embedded by the CRelationModel
/// target. Types without a threshold are not learned (no training corpus annotates them): the patterns
/// alone decide those.
struct RelationModel: Sendable {
    /// The probabilities at or above which a candidate is a relation: `backed` when a pattern of the type
    /// matched the pair, `free` when none did. Running news has far fewer relations per pair of names than
    /// the annotated corpora, whose sentences were picked for holding relations; a pattern match is evidence
    /// the classifier's probability alone under-rates there, a pair without one is where its false alarms
    /// are. Both are chosen on dev.
    struct Threshold: Sendable, Equatable {
        var free: Float
        var backed: Float
    }

    /// Per `RelationCode`; nil when the type is not learned.
    let thresholds: [Threshold?]
    /// Names of the patterns that decide on their own.
    let overrides: Set<String>
    /// One slot of the open-addressing table, 4 bytes: the key's high 16 bits (0: empty; a key whose high
    /// bits are 0 is stored as 1) and the 16-bit weight. The key's low bits are the home slot. Small, so
    /// that the table (about 256 KB) and the presence bits (32 KB) stay in the cache and do not push out
    /// the other stages' tables: a probe that finds another key's equal fingerprint on its way mistakes it,
    /// about once in 65,536 occupied slots passed.
    struct Slot: Sendable {
        var fingerprint: UInt16
        var weight: Int16
    }

    private let slots: [Slot]
    private let mask: Int
    /// Weight = `Slot.weight` × `scale` (the file's quantization).
    private let scale: Float
    /// One bit per 2^`presenceShift` keys: whether some weight's key falls there. Most features of a pair
    /// have no weight (rare words, unseen bigrams); this says so without probing the table.
    private let presence: [UInt64]
    static let presenceShift: UInt32 = 14
    let count: Int

    static let shared: RelationModel? = RelationModel(
        bytes: UnsafeRawBufferPointer(start: pipe_relation_model.bytes, count: Int(pipe_relation_model.size)))

    /// Weights are quantized to 16 bits on the largest magnitude, as the file stores them.
    init(thresholds: [Threshold?], overrides: Set<String>, weights pairs: [(UInt32, Float)]) {
        self.thresholds = thresholds
        self.overrides = overrides
        var size = 16
        while size * 2 < pairs.count * 3 { size <<= 1 }
        var slots = [Slot](repeating: Slot(fingerprint: 0, weight: 0), count: size)
        var presence = [UInt64](repeating: 0, count: (1 << (32 - Self.presenceShift)) / 64)
        let mask = size - 1
        let largest = pairs.reduce(Float(0)) { max($0, abs($1.1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        for (key, weight) in pairs where key != 0 {
            let fingerprint = Self.fingerprint(key)
            var slot = Int(key) & mask
            while slots[slot].fingerprint != 0, slots[slot].fingerprint != fingerprint { slot = (slot + 1) & mask }
            slots[slot] = Slot(
                fingerprint: fingerprint, weight: Int16(max(-32767, min(32767, (weight / scale).rounded()))))
            let bit = Int(key >> Self.presenceShift)
            presence[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        self.presence = presence
        self.mask = mask
        self.scale = scale
        count = pairs.count
    }

    /// nil when the bytes are not a model of this feature version.
    init?(bytes: UnsafeRawBufferPointer) {
        guard let file = RelationModelFile(bytes) else { return nil }
        self.init(thresholds: file.thresholds, overrides: file.overrides, weights: file.weights)
    }

    var learned: [Bool] { thresholds.map { $0 != nil } }

    /// The key of a feature for one type: never 0.
    @inline(__always) static func key(_ feature: UInt64, _ type: Int) -> UInt32 {
        let k = UInt32(truncatingIfNeeded: ((feature &+ UInt64(type + 1) &* 0xA076_1D64_78BD_642F) &* 0x9E37_79B9_7F4A_7C15) >> 32)
        return k == 0 ? 1 : k
    }

    @inline(__always) static func fingerprint(_ key: UInt32) -> UInt16 {
        let f = UInt16(truncatingIfNeeded: key >> 16)
        return f == 0 ? 1 : f
    }

    @inline(__always) func weight(_ feature: UInt64, _ type: Int) -> Float {
        let key = Self.key(feature, type)
        let bit = Int(key >> Self.presenceShift)
        guard presence[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        let fingerprint = Self.fingerprint(key)
        var slot = Int(key) & mask
        while true {
            let f = slots[slot].fingerprint
            if f == fingerprint { return Float(slots[slot].weight) * scale }
            if f == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// The logit of type `type` for a pair's features.
    ///
    /// In two passes over blocks of features: the first hashes each feature, tests its presence bit and
    /// requests the home slot's cache line; the second probes the slots. Probed as each feature was
    /// hashed, every probe waited for its line (the table is evicted by the other stages' tables between
    /// documents) and the score was a tenth of the relation stage; requested together, the misses overlap.
    /// The sum is the same (integer additions, in any order).
    func score(_ features: UnsafeBufferPointer<UInt64>, _ type: Int) -> Float {
        var sum: Int32 = 0
        let mask = self.mask
        // Features hashed and requested per pass (a pair has about a hundred).
        let block = 64
        slots.withUnsafeBufferPointer { slots in
            presence.withUnsafeBufferPointer { presence in
                guard let slotBase = slots.baseAddress else { return }
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: block) { keys in
                    var start = 0
                    while start < features.count {
                        let end = min(features.count, start + block)
                        var n = 0
                        for i in start..<end {
                            let key = Self.key(features[i], type)
                            let bit = Int(key >> Self.presenceShift)
                            guard presence[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                            keys[n] = key
                            n += 1
                            pipe_prefetch(slotBase + (Int(key) & mask))
                        }
                        for k in 0..<n {
                            let key = keys[k]
                            let fingerprint = Self.fingerprint(key)
                            var slot = Int(key) & mask
                            while true {
                                let s = slots[slot]
                                if s.fingerprint == fingerprint {
                                    sum &+= Int32(s.weight)
                                    break
                                }
                                if s.fingerprint == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                        start = end
                    }
                }
            }
        }
        return Float(sum) * scale
    }

    @inline(__always) static func probability(_ logit: Float) -> Float {
        if logit > 30 { return 1 }
        if logit < -30 { return 0 }
        return 1 / (1 + exp(-logit))
    }
}

/// The layout of relation-model.bin (little-endian), written by `rel-train`:
///   "PRM1", u32 feature version (`PairFeatures.version`), u32 type count (`RelationCode.types`),
///   per type two f32 thresholds, free then backed (NaN: not learned),
///   u16 override count, each a u16-length UTF-8 pattern name,
///   u32 weight count n, f32 scale, n u32 keys (ascending), n i16 weights (weight = i16 × scale).
struct RelationModelFile {
    var thresholds: [RelationModel.Threshold?]
    var overrides: Set<String>
    var weights: [(UInt32, Float)]

    init(thresholds: [RelationModel.Threshold?], overrides: Set<String>, weights: [(UInt32, Float)]) {
        self.thresholds = thresholds
        self.overrides = overrides
        self.weights = weights
    }

    init?(_ bytes: UnsafeRawBufferPointer) {
        var r = ByteReader(bytes)
        guard r.magic("PRM1"), r.u32() == PairFeatures.version, let types = r.u32(),
            Int(types) == RelationCode.types.count
        else { return nil }
        var thresholds: [RelationModel.Threshold?] = []
        for _ in 0..<types {
            guard let free = r.f32(), let backed = r.f32() else { return nil }
            thresholds.append(free.isNaN || backed.isNaN ? nil : RelationModel.Threshold(free: free, backed: backed))
        }
        guard let overrideCount = r.u16() else { return nil }
        var overrides: Set<String> = []
        for _ in 0..<overrideCount {
            guard let name = r.string() else { return nil }
            overrides.insert(name)
        }
        guard let n = r.u32(), let scale = r.f32(), r.remaining >= Int(n) * 6 else { return nil }
        var keys: [UInt32] = []
        keys.reserveCapacity(Int(n))
        for _ in 0..<n {
            guard let k = r.u32() else { return nil }
            keys.append(k)
        }
        var weights: [(UInt32, Float)] = []
        weights.reserveCapacity(Int(n))
        for i in 0..<Int(n) {
            guard let q = r.u16() else { return nil }
            weights.append((keys[i], Float(Int16(bitPattern: q)) * scale))
        }
        self.init(thresholds: thresholds, overrides: overrides, weights: weights)
    }

    /// The file's bytes; weights are quantized to 16 bits on the largest magnitude.
    func bytes() -> [UInt8] {
        var out: [UInt8] = Array("PRM1".utf8)
        func u16(_ v: UInt16) { out.append(UInt8(v & 0xFF)); out.append(UInt8(v >> 8)) }
        func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        u32(PairFeatures.version)
        u32(UInt32(thresholds.count))
        for t in thresholds {
            u32((t?.free ?? .nan).bitPattern)
            u32((t?.backed ?? .nan).bitPattern)
        }
        u16(UInt16(overrides.count))
        for name in overrides.sorted() {
            let b = Array(name.utf8)
            u16(UInt16(b.count))
            out.append(contentsOf: b)
        }
        let sorted = weights.sorted { $0.0 < $1.0 }
        let largest = sorted.reduce(Float(0)) { max($0, abs($1.1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        u32(UInt32(sorted.count))
        u32(scale.bitPattern)
        for (k, _) in sorted { u32(k) }
        for (_, w) in sorted {
            let q = Int16(max(-32767, min(32767, (w / scale).rounded())))
            u16(UInt16(bitPattern: q))
        }
        return out
    }
}
