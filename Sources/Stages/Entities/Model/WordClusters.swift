import CEntityResources

/// Distributional word clusters at three granularities (512, 128 and 32 clusters, nested), induced by
/// `scripts/word-clusters` from the unlabeled text of the development data: the tagger's stand-in for the
/// Brown clusters of Ratinov & Roth (2009). Read in place from the bytes embedded in the executable
/// (`CEntityResources`): no copy, no decoding at start-up; a look-up is a binary search over sorted word hashes.
struct WordClusters: @unchecked Sendable {
    /// Entries of 12 bytes: UInt64 word hash (`TaggerFeatures.wordHash`), UInt16 cluster of 512, UInt8 of
    /// 128, UInt8 of 32, little-endian, sorted by hash. Static memory of the executable: never freed.
    private let entries: UnsafeRawPointer?
    let count: Int

    static let shared = WordClusters(bytes: pipe_word_clusters.rawBuffer)

    static let empty = WordClusters(bytes: UnsafeRawBufferPointer(start: nil, count: 0))

    /// Reads the resource's header ("WCL1", UInt32 count); an unreadable resource gives no clusters.
    init(bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 8, let base = bytes.baseAddress, bytes[0] == 0x57, bytes[1] == 0x43, bytes[2] == 0x4C,
            bytes[3] == 0x31
        else {
            entries = nil
            count = 0
            return
        }
        let n = Int(base.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian)
        guard n > 0, 8 + n * 12 <= bytes.count else {
            entries = nil
            count = 0
            return
        }
        entries = base + 8
        count = n
    }

    /// The clusters of a word hash: cluster of 512 in the low 16 bits, of 128 in bits 16-23, of 32 in bits
    /// 24-31; 0 for a word without clusters.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt32 {
        guard let entries else { return 0 }
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let h = entries.loadUnaligned(fromByteOffset: mid * 12, as: UInt64.self).littleEndian
            if h < hash {
                lo = mid + 1
            } else if h > hash {
                hi = mid
            } else {
                return entries.loadUnaligned(fromByteOffset: mid * 12 + 8, as: UInt32.self).littleEndian
            }
        }
        return 0
    }
}

extension EntityResource {
    /// The resource's bytes (static memory of the executable, never freed).
    var rawBuffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: Int(count)) }
}
