internal import CPlaceData
import Pipeline

/// What a place in the place-id table is.
enum PlaceKind: UInt8, Sendable {
    case continent = 0, country = 1, region = 2, city = 3
}

/// One place a name may stand for: a row of the place-id table.
struct PlaceCandidate: Sendable, Hashable {
    /// The GeoNames id.
    var id: Int
    var population: Int
    /// The ISO 3166 alpha-2 code, two ASCII letters packed (first in the low byte); 0 for a continent.
    var country: UInt16
    /// The admin-1 region (a US state and its cities share one index); `PlaceTable.noRegion` when none.
    var region: UInt16
    var kind: PlaceKind
    /// A national capital.
    var isCapital: Bool
    /// The name looked up is one of the place's alternate names ("Bombay"), not its GeoNames name.
    var isAlternate: Bool
}

/// The GeoNames-derived place-id table made by scripts/generate-gazetteers, read in place from the bytes
/// linked into the binary (`CPlaceData`): nothing is parsed at start-up. Layout (little-endian), as
/// `write_place_table` in the generator writes it:
///
///     header  "PLC1", u32 keys, u32 refs, u32 places, u32 neighbour pairs, u32 regions
///     keys    16 bytes each: u64 FNV-1a of the folded name, u32 first ref, u32 ref count; sorted by hash
///     refs    u32 each: place index, bit 31 set for an alternate name
///     places  16 bytes each: u32 id, u32 population, u16 country, u16 region, u8 kind, u8 flags (1 capital)
///     pairs   4 bytes each: u16 country, u16 neighbouring country; sorted
///
/// A table that fails its checks (truncated, wrong magic) is empty: places then get no ids, nothing crashes.
final class PlaceTable: Sendable {
    static let noRegion: UInt16 = 0xFFFF
    static let shared = PlaceTable(
        bytes: UnsafeRawBufferPointer(start: pipe_place_bytes(), count: pipe_place_size()))

    nonisolated(unsafe) private let base: UnsafeRawPointer?
    private let keyCount: Int
    private let keysOffset: Int
    private let refsOffset: Int
    private let placesOffset: Int
    private let placeCount: Int
    private let pairsOffset: Int
    private let pairCount: Int
    /// Where the keys of each value of a hash's top `indexBits` bits start (`index[b]..<index[b + 1]`):
    /// a look-up searches the few keys of its bucket. The binary search over all 68,000 keys took 17
    /// steps, most of them cache misses in a megabyte of keys, a microsecond a look-up. Built at load (one
    /// pass over the keys); empty when the keys are not sorted, and the search then spans them all.
    private let index: [UInt32]
    static let indexBits = 14

    /// `bytes` must stay valid for the table's life (the linked-in data does).
    init(bytes: UnsafeRawBufferPointer) {
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        let magic: [UInt8] = [0x50, 0x4C, 0x43, 0x31]  // "PLC1"
        guard let start = bytes.baseAddress, bytes.count >= 24, Array(bytes[0..<4]) == magic else {
            (base, keyCount, keysOffset, refsOffset, placesOffset, placeCount, pairsOffset, pairCount) =
                (nil, 0, 0, 0, 0, 0, 0, 0)
            index = []
            return
        }
        let keys = u32(4)
        let refs = u32(8)
        let places = u32(12)
        let pairs = u32(16)
        let keysAt = 24
        let refsAt = keysAt + keys * 16
        let placesAt = refsAt + refs * 4
        let pairsAt = placesAt + places * 16
        guard pairsAt + pairs * 4 <= bytes.count else {
            (base, keyCount, keysOffset, refsOffset, placesOffset, placeCount, pairsOffset, pairCount) =
                (nil, 0, 0, 0, 0, 0, 0, 0)
            index = []
            return
        }
        (base, keyCount, keysOffset, refsOffset, placesOffset, placeCount, pairsOffset, pairCount) =
            (start, keys, keysAt, refsAt, placesAt, places, pairsAt, pairs)
        index = Self.bucketStarts(bytes, keysAt: keysAt, count: keys)
    }

    /// `index` for the `count` keys at `keysAt` (see `index`); empty when they are not in hash order.
    static func bucketStarts(_ bytes: UnsafeRawBufferPointer, keysAt: Int, count: Int) -> [UInt32] {
        guard count > 0, count < Int(UInt32.max) else { return [] }
        let buckets = 1 << indexBits
        var starts = [UInt32](repeating: UInt32(count), count: buckets + 1)
        var previous: UInt64 = 0
        var bucket = 0
        for i in 0..<count {
            let k = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: keysAt + i * 16, as: UInt64.self))
            guard i == 0 || k >= previous else { return [] }
            previous = k
            let b = Int(k >> UInt64(64 - indexBits))
            // Buckets up to this key's start here (the empty ones among them too).
            while bucket <= b {
                starts[bucket] = UInt32(i)
                bucket += 1
            }
        }
        return starts
    }

    /// The position of the key `h` among the sorted keys, nil when no key is `h`.
    @inline(__always)
    func keyPosition(_ h: UInt64) -> Int? {
        guard !index.isEmpty else { return keyPosition(h, in: 0, keyCount) }
        let b = Int(h >> UInt64(64 - Self.indexBits))
        return index.withUnsafeBufferPointer { keyPosition(h, in: Int($0[b]), Int($0[b + 1])) }
    }

    /// `keyPosition` by a binary search over all the keys, without `index` (tests compare the two).
    func keyPositionBySearch(_ h: UInt64) -> Int? { keyPosition(h, in: 0, keyCount) }

    /// The key `h` by a binary search of the keys `lo..<hi`, which hold it if any key does.
    @inline(__always)
    private func keyPosition(_ h: UInt64, in lo: Int, _ hi: Int) -> Int? {
        guard let base else { return nil }
        var lo = lo
        var hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: keysOffset + mid * 16, as: UInt64.self))
            if k < h { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keyCount,
            UInt64(littleEndian: base.loadUnaligned(fromByteOffset: keysOffset + lo * 16, as: UInt64.self)) == h
        else { return nil }
        return lo
    }

    /// The hash of the key at `position` (tests).
    func keyHash(at position: Int) -> UInt64? {
        guard let base, position >= 0, position < keyCount else { return nil }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: keysOffset + position * 16, as: UInt64.self))
    }

    var keyTotal: Int { keyCount }

    var isEmpty: Bool { base == nil }

    /// The places a name may stand for, in table order; empty when the name is not a known place.
    func candidates(_ name: String) -> [PlaceCandidate] {
        name.withUTF8Bytes { candidates(foldedHash: Self.hash(folding: $0)) }
    }

    func candidates(foldedHash h: UInt64) -> [PlaceCandidate] {
        var out: [PlaceCandidate] = []
        forEachCandidate(foldedHash: h, reserve: { out.reserveCapacity($0) }) { c in
            out.append(c)
            return true
        }
        return out
    }

    /// Calls `body` with the candidates of a folded name in table order until it returns false, building no
    /// array (a reader that keeps the first few, like `PlaceHierarchy.entry`, allocated all of a common
    /// name's readings). `reserve` is told the number listed first.
    @inline(__always)
    func forEachCandidate(
        foldedHash h: UInt64, reserve: (Int) -> Void = { _ in }, _ body: (PlaceCandidate) -> Bool
    ) {
        guard h != Self.emptyHash, let lo = keyPosition(h) else { return }
        let first = u32(keysOffset + lo * 16 + 8)
        let count = u32(keysOffset + lo * 16 + 12)
        reserve(count)
        for r in first..<(first + count) {
            let ref = u32(refsOffset + r * 4)
            let index = ref & 0x7FFF_FFFF
            guard index < placeCount else { continue }
            if !body(place(index, alternate: ref & 0x8000_0000 != 0)) { return }
        }
    }

    func areNeighbours(_ a: UInt16, _ b: UInt16) -> Bool {
        guard let base, a != 0, b != 0 else { return false }
        let key = UInt32(a) << 16 | UInt32(b)
        var lo = 0
        var hi = pairCount
        while lo < hi {
            let mid = (lo + hi) / 2
            let at = pairsOffset + mid * 4
            let x = UInt32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt16.self))) << 16
                | UInt32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: at + 2, as: UInt16.self)))
            if x < key { lo = mid + 1 } else if x > key { hi = mid } else { return true }
        }
        return false
    }

    private func u32(_ at: Int) -> Int {
        guard let base else { return 0 }
        return Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
    }

    private func place(_ index: Int, alternate: Bool) -> PlaceCandidate {
        let at = placesOffset + index * 16
        guard let base else { preconditionFailure("place() on an empty table") }
        let country = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: at + 8, as: UInt16.self))
        let region = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: at + 10, as: UInt16.self))
        let kind = PlaceKind(rawValue: base.load(fromByteOffset: at + 12, as: UInt8.self)) ?? .city
        let flags = base.load(fromByteOffset: at + 13, as: UInt8.self)
        return PlaceCandidate(
            id: u32(at), population: u32(at + 4), country: country, region: region, kind: kind,
            isCapital: flags & 1 != 0, isAlternate: alternate)
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
    /// The hash of the empty key.
    static let emptyHash = fnvOffset

    /// The FNV-1a hash of a name folded as the generator's `fold_place` folds it: ’ and ‘ to ', ASCII upper
    /// case to lower, "." dropped, "-" and white space to one space (none at either end), a leading "the "
    /// dropped.
    static func hash(folding bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffset
        var pendingSpace = false
        var written = 0
        var droppedThe = false
        // The first four folded bytes wait until we know whether they are "the ".
        var head: UInt32 = 0
        var i = 0
        let n = bytes.count
        @inline(__always) func emit(_ b: UInt8) {
            if written < 4 {
                head = head << 8 | UInt32(b)
                written += 1
                if written == 4 {
                    if head == 0x7468_6520, !droppedThe {  // "the ", once
                        droppedThe = true
                        written = 0
                        head = 0
                        h = fnvOffset
                        return
                    }
                    for s in stride(from: 24, through: 0, by: -8) { h = (h ^ UInt64((head >> UInt32(s)) & 0xFF)) &* fnvPrime }
                }
                return
            }
            h = (h ^ UInt64(b)) &* fnvPrime
        }
        while i < n {
            var b = bytes[i]
            i += 1
            if b == 0xE2, i + 1 < n, bytes[i] == 0x80, bytes[i + 1] == 0x98 || bytes[i + 1] == 0x99 {
                b = UInt8(ascii: "'")
                i += 2
            }
            switch b {
            case 0x41...0x5A: b += 0x20
            case UInt8(ascii: "."): continue
            case UInt8(ascii: "-"), 0x20, 0x09, 0x0A:
                if written > 0 { pendingSpace = true }
                continue
            default: break
            }
            if pendingSpace {
                emit(0x20)
                pendingSpace = false
            }
            emit(b)
        }
        if written > 0, written < 4 {
            for s in stride(from: (written - 1) * 8, through: 0, by: -8) { h = (h ^ UInt64((head >> UInt32(s)) & 0xFF)) &* fnvPrime }
        }
        return h
    }
}

extension UInt16 {
    /// A packed country code as text ("US").
    var countryCode: String {
        String(decoding: [UInt8(self & 0xFF), UInt8(self >> 8)], as: UTF8.self)
    }
}
