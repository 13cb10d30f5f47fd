import Testing

@testable import Stages

/// `PlaceTable`'s bucket index finds every key where the binary search over all keys does, and misses
/// where it misses.
@Suite struct PlaceTableIndexTests {
    @Test("every key of the shipped table, and hashes next to them, are found as without the index")
    func sameAsFullSearch() {
        let table = PlaceTable.shared
        #expect(table.keyTotal > 10_000)
        var found = 0
        for p in 0..<table.keyTotal {
            guard let h = table.keyHash(at: p) else { continue }
            // A repeated hash resolves to its first position either way.
            #expect(table.keyPosition(h) == table.keyPositionBySearch(h))
            if table.keyPosition(h) != nil { found += 1 }
            for probe in [h &+ 1, h &- 1, h ^ (1 << 63), h ^ (1 << 50)] {
                #expect(table.keyPosition(probe) == table.keyPositionBySearch(probe))
            }
        }
        #expect(found == table.keyTotal)
        for h: UInt64 in [0, 1, .max, .max - 1, 1 << 63] {
            #expect(table.keyPosition(h) == table.keyPositionBySearch(h))
        }
    }

    @Test("bucket starts over hand-made keys: empty buckets, a full bucket, unsorted keys")
    func bucketStarts() {
        let shift = UInt64(64 - PlaceTable.indexBits)
        // Keys in buckets 0, 0, 2, 5 (1, 3 and 4 empty), then the last bucket.
        let hashes: [UInt64] = [1, 2, 2 << shift | 7, 5 << shift, UInt64.max]
        var bytes: [UInt8] = []
        for h in hashes {
            withUnsafeBytes(of: h.littleEndian) { bytes += $0 }
            bytes += [UInt8](repeating: 0, count: 8)
        }
        let starts = bytes.withUnsafeBytes { PlaceTable.bucketStarts($0, keysAt: 0, count: hashes.count) }
        #expect(starts.count == (1 << PlaceTable.indexBits) + 1)
        #expect(Array(starts[0...6]) == [0, 2, 2, 3, 3, 3, 4])
        #expect(starts[(1 << PlaceTable.indexBits) - 1] == 4)
        #expect(starts[1 << PlaceTable.indexBits] == 5)
        var unsorted: [UInt8] = []
        for h: UInt64 in [5, 3] {
            withUnsafeBytes(of: h.littleEndian) { unsorted += $0 }
            unsorted += [UInt8](repeating: 0, count: 8)
        }
        #expect(unsorted.withUnsafeBytes { PlaceTable.bucketStarts($0, keysAt: 0, count: 2) }.isEmpty)
    }
}
