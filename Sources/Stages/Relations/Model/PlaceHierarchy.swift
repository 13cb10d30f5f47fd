import CRelationModel

/// What kind of place a name is and what contains it: a city lies in a country, not the reverse; "Iran,
/// Iraq" are two countries in a list, "Lyon, France" a city and its country. Read from
/// `place-hierarchy.bin` (scripts/generate-place-hierarchy: GeoNames cities, US states and counties,
/// ISO 3166 countries and subdivisions, continents), which sits beside the entity stage's gazetteer: that
/// says whether a name is a place, this says which level it is and which place holds it.
struct PlaceHierarchy: Sendable {
    /// GeoNames-like administrative levels, in order of size.
    enum Level: UInt8, Sendable, Comparable {
        case unknown = 0, city = 1, county = 2, state = 3, country = 4, continent = 5
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// One reading of a name (a name may have several: "Georgia" is a country and a US state).
    struct Place: Sendable, Equatable {
        var level: Level
        /// ISO 3166-1 alpha-2 packed in two bytes, 0 when none.
        var country: UInt16
        /// US state postal code packed in two bytes (for a continent: its code), 0 when none.
        var state: UInt16
    }

    /// The readings of one name: the level range and where they sit in `places`.
    struct Entry: Sendable, Equatable {
        var first: Int32 = 0
        var count: Int32 = 0
        var lowest: Level = .unknown
        var highest: Level = .unknown
        static let unknown = Entry()
        var isKnown: Bool { count > 0 }
    }

    private let keys: [UInt32]
    private let places: [Place]
    /// Continent code by country code.
    private let continents: [UInt16: UInt16]

    static let shared = PlaceHierarchy(
        UnsafeRawBufferPointer(start: pipe_place_hierarchy.bytes, count: Int(pipe_place_hierarchy.size)))

    /// Parses the resource; a malformed one gives an empty hierarchy (every place unknown), which the
    /// resource test would report.
    init(_ bytes: UnsafeRawBufferPointer) {
        var reader = ByteReader(bytes)
        guard reader.magic("PLH1"), let count = reader.u32(), Int(count) * 10 <= reader.remaining else {
            (keys, places, continents) = ([], [], [:])
            return
        }
        var keys: [UInt32] = []
        var places: [Place] = []
        keys.reserveCapacity(Int(count))
        places.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let key = reader.u32(), let level = reader.u8(), reader.u8() != nil, let country = reader.u16(),
                let state = reader.u16()
            else { break }
            keys.append(key)
            places.append(Place(level: Level(rawValue: level) ?? .unknown, country: country, state: state))
        }
        var continents: [UInt16: UInt16] = [:]
        if let n = reader.u32() {
            for _ in 0..<n {
                guard let country = reader.u16(), let continent = reader.u16() else { break }
                continents[country] = continent
            }
        }
        self.keys = keys
        self.places = places
        self.continents = continents
    }

    var count: Int { keys.count }

    /// The readings of a place name as written in the text.
    func entry<S: StringProtocol>(_ name: S) -> Entry { entry(key: Self.key(name)) }

    func entry(key: UInt32) -> Entry {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        var e = Entry(first: Int32(low))
        var i = low
        var lowest = Level.continent
        var highest = Level.unknown
        while i < keys.count, keys[i] == key {
            lowest = min(lowest, places[i].level)
            highest = max(highest, places[i].level)
            i += 1
        }
        e.count = Int32(i - low)
        if e.count > 0 {
            e.lowest = lowest
            e.highest = highest
        }
        return e
    }

    /// Whether some reading of `inner` lies in some reading of `outer`, by the containers the resource
    /// knows: a country's places, a US state's places, a continent's countries and their places.
    func contains(_ outer: Entry, _ inner: Entry) -> Bool {
        guard outer.isKnown, inner.isKnown else { return false }
        for o in Int(outer.first)..<Int(outer.first + outer.count) {
            let p = places[o]
            for i in Int(inner.first)..<Int(inner.first + inner.count) {
                let q = places[i]
                guard q.level < p.level else { continue }
                switch p.level {
                case .country:
                    if p.country != 0, q.country == p.country { return true }
                case .state:
                    if p.state != 0, q.country == p.country, q.state == p.state { return true }
                case .continent:
                    if p.state != 0, q.country != 0, continents[q.country] == p.state { return true }
                default:
                    break
                }
            }
        }
        return false
    }

    /// The lookup key of a name: the low 32 bits of `WordHash` over its folded form (ASCII letters lower
    /// case, curly apostrophes as "'", runs of white space as one space, no leading "the ", no final ".").
    /// scripts/generate-place-hierarchy folds the same way.
    static func key<S: StringProtocol>(_ name: S) -> UInt32 {
        var text = String(name)
        return text.withUTF8 { key($0) }
    }

    /// `key` on UTF-8 bytes, folded as it hashes (no copy).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        // "the " (any case, any run of spaces after it) opens the name: skipped.
        if end - start > 4, bytes[start] | 0x20 == 0x74, bytes[start + 1] | 0x20 == 0x68, bytes[start + 2] | 0x20 == 0x65,
            isSpace(bytes[start + 3])
        {
            var k = start + 3
            while k < end, isSpace(bytes[k]) { k += 1 }
            if k < end { start = k }
        }
        if end > start, bytes[end - 1] == 0x2E { end -= 1 }
        var h = WordHash.seed
        var i = start
        var pendingSpace = false
        while i < end {
            var b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 {
                b = 0x27
                i += 2
            }
            i += 1
            if isSpace(b) {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                h = WordHash.mix(h, 0x20)
                pendingSpace = false
            }
            h = WordHash.mix(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return UInt32(truncatingIfNeeded: h)
    }
}

/// Little-endian reads from a resource, each nil past its end.
struct ByteReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    mutating func magic(_ tag: String) -> Bool {
        let expected = Array(tag.utf8)
        guard remaining >= expected.count else { return false }
        for (i, b) in expected.enumerated() where bytes[offset + i] != b { return false }
        offset += expected.count
        return true
    }

    mutating func u8() -> UInt8? {
        guard remaining >= 1 else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u16() -> UInt16? {
        guard remaining >= 2 else { return nil }
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    mutating func u32() -> UInt32? {
        guard remaining >= 4 else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func f32() -> Float? { u32().map { Float(bitPattern: $0) } }

    mutating func string() -> String? {
        guard let n = u16(), remaining >= Int(n) else { return nil }
        defer { offset += Int(n) }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + Int(n)]), as: UTF8.self)
    }
}
