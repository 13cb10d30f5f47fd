/// What kind of place a name is and what contains it: a city lies in a country, not the reverse; "Iran,
/// Iraq" are two countries in a list, "Lyon, France" a city and its country.
///
/// Read from the place-id table the gazetteer generator makes for the clusters stage (`PlaceTable`:
/// GeoNames cities, admin-1 regions, countries and continents with their country and region), so the
/// relation stage and the clusters stage share one GeoNames resource. Former states, which GeoNames does
/// not list, are countries here (`formerStates`).
struct PlaceHierarchy: Sendable {
    /// Administrative levels, in order of size.
    enum Level: UInt8, Sendable, Comparable {
        case unknown = 0, city = 1, county = 2, state = 3, country = 4, continent = 5
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

        init(_ kind: PlaceKind) {
            switch kind {
            case .continent: self = .continent
            case .country: self = .country
            case .region: self = .state
            case .city: self = .city
            }
        }
    }

    /// One reading of a name (a name may have several: "Georgia" is a country and a US state).
    struct Place: Sendable, Equatable {
        var level: Level
        /// ISO 3166-1 alpha-2 packed in two bytes, 0 when none.
        var country: UInt16
        /// Admin-1 region (`PlaceTable.noRegion` when none).
        var region: UInt16
    }

    /// The readings of one name (the first `capacity` the table lists), kept inline: no allocation per
    /// mention.
    struct Entry: Sendable, Equatable {
        static let capacity = 4
        var count: Int8 = 0
        var lowest: Level = .unknown
        var highest: Level = .unknown
        var places: (Place, Place, Place, Place) = (Self.none, Self.none, Self.none, Self.none)
        static let none = Place(level: .unknown, country: 0, region: PlaceTable.noRegion)
        static let unknown = Entry()
        var isKnown: Bool { count > 0 }

        static func == (a: Entry, b: Entry) -> Bool {
            a.count == b.count && (0..<Int(a.count)).allSatisfy { a[$0] == b[$0] }
        }

        subscript(i: Int) -> Place {
            switch i {
            case 0: places.0
            case 1: places.1
            case 2: places.2
            default: places.3
            }
        }

        mutating func append(_ p: Place) {
            guard Int(count) < Self.capacity else { return }
            switch count {
            case 0: places.0 = p
            case 1: places.1 = p
            case 2: places.2 = p
            default: places.3 = p
            }
            lowest = count == 0 ? p.level : min(lowest, p.level)
            highest = count == 0 ? p.level : max(highest, p.level)
            count += 1
        }
    }

    private let table: PlaceTable

    static let shared = PlaceHierarchy(table: .shared)

    init(table: PlaceTable) { self.table = table }

    /// States that no longer exist, which GeoNames does not list: countries without a code.
    static let formerStates: Set<UInt64> = Set(
        [
            "soviet union", "ussr", "yugoslavia", "czechoslovakia", "austria hungary", "austro hungarian empire",
            "ottoman empire", "east germany", "west germany", "prussia", "zaire", "rhodesia", "tsarist russia",
            "russian empire", "persian empire", "south vietnam", "north vietnam", "serbia and montenegro",
        ].map { name in
            var s = name
            return s.withUTF8 { PlaceTable.hash(folding: $0) }
        })

    /// The readings of a place name as written in the text.
    func entry<S: StringProtocol>(_ name: S) -> Entry {
        var s = String(name)
        return s.withUTF8 { entry($0) }
    }

    func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        let h = PlaceTable.hash(folding: bytes)
        var e = Entry()
        if Self.formerStates.contains(h) {
            e.append(Place(level: .country, country: 0, region: PlaceTable.noRegion))
            return e
        }
        table.forEachCandidate(foldedHash: h) { c in
            e.append(Place(level: Level(c.kind), country: c.country, region: c.region))
            return Int(e.count) < Entry.capacity
        }
        return e
    }

    /// Whether the table rules out that `inner` lies in the country `outer`: `outer` is only a country,
    /// and every reading of `inner` (all of them known: fewer than `Entry.capacity`) is a place of another
    /// country ("Dayton" is in the United States, not in France). Regions are not judged: the table holds
    /// only the larger towns of a region, and a smaller one may share a name with one elsewhere.
    func excludes(_ outer: Entry, _ inner: Entry) -> Bool {
        guard outer.isKnown, inner.isKnown, Int(inner.count) < Entry.capacity, outer.lowest == .country else {
            return false
        }
        for o in 0..<Int(outer.count) where outer[o].country == 0 { return false }
        for i in 0..<Int(inner.count) {
            let q = inner[i]
            guard q.country != 0, q.level < .country else { return false }
            for o in 0..<Int(outer.count) where outer[o].country == q.country { return false }
        }
        return true
    }

    /// Whether some reading of `inner` lies in some reading of `outer`: a country's places, an admin-1
    /// region's places.
    func contains(_ outer: Entry, _ inner: Entry) -> Bool {
        guard outer.isKnown, inner.isKnown else { return false }
        for o in 0..<Int(outer.count) {
            let p = outer[o]
            for i in 0..<Int(inner.count) {
                let q = inner[i]
                guard q.level < p.level, p.country != 0, q.country == p.country else { continue }
                switch p.level {
                case .country: return true
                case .state: if p.region != PlaceTable.noRegion, q.region == p.region { return true }
                default: break
                }
            }
        }
        return false
    }
}
