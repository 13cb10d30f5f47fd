import Pipeline

/// What a gazetteer entry says about a surface string. Label kinds become mentions; the others are cues
/// that the rules read (a head noun makes a name an organization, an honorific makes it a person).
enum GazetteerKind: UInt8, Sendable {
    case gpe, loc, fac, org, norp, event, law, title, person
    case honorific, personCue
    case orgHead, facHead, locHead, eventHead, lawHead, gpeHead
    case givenName, surname
    /// An abbreviation of a common noun ("GPS", "ECG", "IPO"): no name by itself.
    case term

    /// The kind named by the code in `bytes[range]` ("GPE", "ORGHEAD", ...).
    init?(code bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var key: UInt64 = 0
        for i in range { key = key << 8 | UInt64(bytes[i]) }
        for (name, length, kind) in Self.codes where name == key && length == range.count {
            self = kind
            return
        }
        return nil
    }

    /// The codes of the curated list, packed big-endian into integers (the last eight bytes) with their
    /// length, for a compare without strings.
    private static let codes: [(UInt64, Int, GazetteerKind)] = [
        ("GPE", .gpe), ("LOC", .loc), ("FAC", .fac), ("ORG", .org), ("NORP", .norp), ("EVENT", .event),
        ("LAW", .law), ("TITLE", .title), ("PERSON", .person), ("HON", .honorific), ("PCUE", .personCue),
        ("ORGHEAD", .orgHead), ("FACHEAD", .facHead), ("LOCHEAD", .locHead), ("EVENTHEAD", .eventHead),
        ("LAWHEAD", .lawHead), ("GPEHEAD", .gpeHead), ("TERM", .term),
    ].map { name, kind in (name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, name.utf8.count, kind) }

    /// The entity label of a kind that is a mention by itself.
    var label: MentionLabel? {
        switch self {
        case .gpe: .gpe
        case .loc: .loc
        case .fac: .fac
        case .org: .org
        case .norp: .norp
        case .event: .event
        case .law: .law
        case .title: .title
        case .person: .person
        default: nil
        }
    }

    /// The label a head noun gives the name it ends.
    var headLabel: MentionLabel? {
        switch self {
        case .orgHead: .org
        case .facHead: .fac
        case .locHead: .loc
        case .eventHead: .event
        case .lawHead: .law
        case .gpeHead: .gpe
        default: nil
        }
    }

    var bit: UInt32 { 1 << UInt32(rawValue) }
}

/// Where a gazetteer entry comes from. The raw value is stored in every entry and is part of the tagger's
/// gazetteer features, so the numbers are fixed; the entries are consulted curated list first.
enum GazetteerResource: UInt8, CaseIterable, Sendable {
    case geonames = 0, curated = 1, censusGiven = 2, censusSurname = 3

    /// The name in `origin` ("gazetteer:geonames").
    var name: String {
        switch self {
        case .geonames: "geonames"
        case .curated: "curated"
        case .censusGiven: "census-given"
        case .censusSurname: "census-surname"
        }
    }
}

/// One gazetteer entry: its kind, flags, and the word-initial capitals its surface asks for.
struct GazetteerEntry: Sendable {
    var kind: GazetteerKind
    /// May match in lower case ("iranian", "spokesman").
    var lowercaseOK: Bool
    /// The surface is also a common English word: not trusted at a sentence start.
    var common: Bool
    /// Every letter of the surface is upper case ("PKK", "US"): the text must be too.
    var allCaps: Bool
    /// Bit k set when word k of the surface starts with a capital; the text must have those capitals.
    var capitalMask: UInt32
    /// Number of words (space- or hyphen-separated) in the surface.
    var wordCount: UInt8
    /// Index of the next entry with the same key, or -1.
    var next: Int32
    /// The same among the entries that can match text starting in lower case (`Gazetteer.lowerKeys`).
    var nextLower: Int32
    /// The folded key: `Gazetteer.keyBytes[keyStart..<keyStart + keyLength]`.
    var keyStart: Int32
    var keyLength: Int32
    /// Which resource it came from (`GazetteerResource.rawValue`), for `origin`.
    var resource: UInt8
}
