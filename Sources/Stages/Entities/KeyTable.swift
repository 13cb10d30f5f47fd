/// Gazetteer keys as 64-bit hashes of their folded bytes, in one open-addressing table.
///
/// A trie needs one hashed edge per key byte (700,000 for the gazetteers), which made loading slow and
/// the walk one probe per byte. Hashing whole keys needs one slot per entry key plus one per word
/// boundary inside a multi-word key (where a text token may end and the walk must know whether to go on):
/// about 83,000 slots that load in a few milliseconds, and the walk probes only at token ends.
///
/// A slot is 64 bits (32 bits of fingerprint, a "continues" bit, the entry index), so the table is one
/// megabyte. Two keys whose fingerprints are equal share a slot and its chain, and the caller, which checks
/// the chain's first entry against the text, then loses the other key: with 12 bits of fingerprint in 32-bit
/// slots, 14 of the 80,633 keys were lost so ("Soviets" behind a town's name). With 32 bits a shared slot
/// needs two keys of equal hash halves in one probe run, about one chance in ten thousand over all the keys.
/// A false "continues" only makes the walk look one token further.
struct KeyTable: Sendable {
    /// Bits 32...63: fingerprint (never 0 in a used slot); bit 19: some longer key continues this one;
    /// bits 0...18: first entry index + 1 (0: no entry). 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private var shift: UInt64
    private var count = 0
    /// Set when a key did not fit: the loader then builds again with a larger capacity (rehashing would
    /// need hash bits a slot does not keep).
    private(set) var overflowed = false

    /// Entry indices must fit in 19 bits.
    static let maxEntries = (1 << 19) - 2
    private static let fingerprintMask: UInt64 = 0xFFFF_FFFF_0000_0000
    private static let continuesBit: UInt64 = 0x8_0000
    private static let entryMask: UInt64 = 0x7_FFFF

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step over folded bytes: the walk extends the hash of a key prefix one byte at a time.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// A table for about `capacity` keys, filled to at most three quarters.
    init(capacity: Int) {
        var size = 64
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The first slot to probe: multiply-shift of the whole hash (FNV's low bits mix poorly).
    @inline(__always)
    private func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    private static func fingerprint(_ hash: UInt64) -> UInt64 {
        let f = hash >> 32
        return (f == 0 ? 1 : f) << 32
    }

    /// What is stored under a key hash: the first entry of its chain (or -1) and whether longer keys
    /// continue it. `nil` when the hash is unknown.
    @inline(__always)
    func lookup(_ hash: UInt64) -> (entry: Int32, continues: Bool)? {
        let f = Self.fingerprint(hash)
        var s = home(hash)
        while true {
            let v = slots[s]
            if v & Self.fingerprintMask == f {
                return (Int32(truncatingIfNeeded: v & Self.entryMask) - 1, v & Self.continuesBit != 0)
            }
            if v == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// The first slot `lookup(hash)` will read: loading it early lets the probes of many walks overlap.
    @inline(__always)
    func peek(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: slots[home(hash)] >> 32) }

    /// Marks `hash` as the prefix of a longer key.
    mutating func markContinued(_ hash: UInt64) {
        guard let s = slot(hash) else { return }
        slots[s] |= Self.continuesBit
    }

    /// Makes `entry` (< `maxEntries`) the first of the chain under `hash` and returns the previous first
    /// (or -1).
    mutating func push(_ hash: UInt64, entry: Int32) -> Int32 {
        guard entry >= 0, Int(entry) < Self.maxEntries, let s = slot(hash) else { return -1 }
        let v = slots[s]
        slots[s] = v & ~Self.entryMask | UInt64(entry + 1)
        return Int32(truncatingIfNeeded: v & Self.entryMask) - 1
    }

    /// The slot of `hash`, claimed when absent.
    private mutating func slot(_ hash: UInt64) -> Int? {
        let f = Self.fingerprint(hash)
        var s = home(hash)
        while true {
            let v = slots[s]
            if v & Self.fingerprintMask == f { return s }
            if v == 0 { break }
            s = (s + 1) & mask
        }
        guard (count + 1) * 4 <= slots.count * 3 else {
            overflowed = true
            return nil
        }
        slots[s] = f
        count += 1
        return s
    }
}
