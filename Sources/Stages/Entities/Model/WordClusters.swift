import CEntityResources

/// Distributional word clusters at three granularities (512, 128 and 32 clusters, nested), induced by
/// `scripts/word-clusters` from the unlabeled text of the development data: the tagger's stand-in for the
/// Brown clusters of Ratinov & Roth (2009). Read in place from the bytes embedded in the executable
/// (`CEntityResources`): no copy; at start-up an index of the word hashes is built (a fraction of a millisecond),
/// and a look-up is one or two probes.
struct WordClusters: @unchecked Sendable {
    /// Entries of 12 bytes: UInt64 word hash (`TaggerFeatures.wordHash`), UInt16 cluster of 512, UInt8 of
    /// 128, UInt8 of 32, little-endian, sorted by hash. Static memory of the executable: never freed.
    private let entries: UnsafeRawPointer?
    let count: Int
    /// An open-addressing index of the entries by word hash (entry + 1; 0: empty), at most half full: one
    /// or two probes a look-up where a binary search over the sorted hashes took fifteen.
    private let slots: [UInt32]
    private let shift: UInt64

    static let shared = WordClusters(bytes: pipe_word_clusters.rawBuffer)

    static let empty = WordClusters(bytes: UnsafeRawBufferPointer(start: nil, count: 0))

    /// Reads the resource's header ("WCL1", UInt32 count); an unreadable resource gives no clusters.
    init(bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 8, let base = bytes.baseAddress, bytes[0] == 0x57, bytes[1] == 0x43, bytes[2] == 0x4C,
            bytes[3] == 0x31
        else {
            entries = nil
            count = 0
            slots = [0]
            shift = 63
            return
        }
        let n = Int(base.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian)
        guard n > 0, 8 + n * 12 <= bytes.count else {
            entries = nil
            count = 0
            slots = [0]
            shift = 63
            return
        }
        let entries = base + 8
        self.entries = entries
        count = n
        var size = 16
        while size < n * 2 { size <<= 1 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var slots = [UInt32](repeating: 0, count: size)
        for i in 0..<n {
            let h = entries.loadUnaligned(fromByteOffset: i * 12, as: UInt64.self).littleEndian
            var s = Self.home(h, shift)
            // A repeated hash (the writer never makes one) keeps its first entry.
            var repeated = false
            while slots[s] != 0 {
                if entries.loadUnaligned(fromByteOffset: Int(slots[s] - 1) * 12, as: UInt64.self).littleEndian == h {
                    repeated = true
                    break
                }
                s = (s + 1) & (size - 1)
            }
            if !repeated { slots[s] = UInt32(i + 1) }
        }
        self.slots = slots
        self.shift = shift
    }

    @inline(__always)
    private static func home(_ hash: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The clusters of a word hash: cluster of 512 in the low 16 bits, of 128 in bits 16-23, of 32 in bits
    /// 24-31; 0 for a word without clusters.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt32 {
        guard let entries else { return 0 }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Self.home(hash, shift)
            while true {
                let v = slots[s]
                if v == 0 { return 0 }
                let e = Int(v - 1) * 12
                if entries.loadUnaligned(fromByteOffset: e, as: UInt64.self).littleEndian == hash {
                    return entries.loadUnaligned(fromByteOffset: e + 8, as: UInt32.self).littleEndian
                }
                s = (s + 1) & mask
            }
        }
    }
}

extension EntityResource {
    /// The resource's bytes (static memory of the executable, never freed).
    var rawBuffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: Int(count)) }
}
