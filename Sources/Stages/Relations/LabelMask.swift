import Pipeline

/// Entity labels as bits, so a pattern element tests an item's label with one AND instead of string compares.
struct LabelMask: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    static let person = LabelMask(rawValue: 1 << 0)
    static let org = LabelMask(rawValue: 1 << 1)
    static let gpe = LabelMask(rawValue: 1 << 2)
    static let loc = LabelMask(rawValue: 1 << 3)
    static let fac = LabelMask(rawValue: 1 << 4)
    static let title = LabelMask(rawValue: 1 << 5)
    static let norp = LabelMask(rawValue: 1 << 6)
    static let date = LabelMask(rawValue: 1 << 7)
    static let time = LabelMask(rawValue: 1 << 8)
    static let event = LabelMask(rawValue: 1 << 9)
    static let law = LabelMask(rawValue: 1 << 10)
    static let other = LabelMask(rawValue: 1 << 11)
    static let place: LabelMask = [.gpe, .loc]

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Runs several times per entity per document (relations, clusters): the label's bytes, at most seven,
    /// and their count packed into one integer and compared with the packed names, instead of a string comparison (and the
    /// generic `utf8.first` before it, about a hundred instructions a label).
    init(_ label: EntityLabel) {
        let packed = label.rawValue.withUTF8Bytes { bytes -> UInt64 in
            guard bytes.count <= 7 else { return 0 }
            var k: UInt64 = 0
            for b in bytes { k = k << 8 | UInt64(b) }
            return k | UInt64(bytes.count) << 56
        }
        switch packed {
        case Self.packed("PERSON"): self = .person
        case Self.packed("ORG"): self = .org
        case Self.packed("GPE"): self = .gpe
        case Self.packed("LOC"): self = .loc
        case Self.packed("FAC"): self = .fac
        case Self.packed("TITLE"): self = .title
        case Self.packed("NORP"): self = .norp
        case Self.packed("DATE"): self = .date
        case Self.packed("TIME"): self = .time
        case Self.packed("EVENT"): self = .event
        case Self.packed("LAW"): self = .law
        default: self = .other
        }
    }

    /// The bytes of a name of at most seven, first byte highest, and their count in the top byte: two
    /// strings pack alike only when they are equal (a label too long to pack gives 0, which no name packs to).
    @inline(__always) private static func packed(_ name: StaticString) -> UInt64 {
        var k: UInt64 = 0
        let p = name.utf8Start
        for i in 0..<name.utf8CodeUnitCount { k = k << 8 | UInt64(p[i]) }
        return k | UInt64(name.utf8CodeUnitCount) << 56
    }

    /// The names a pattern may use; PLACE is GPE or LOC.
    static let names: [String: LabelMask] = [
        "PERSON": .person, "ORG": .org, "GPE": .gpe, "LOC": .loc, "FAC": .fac, "TITLE": .title,
        "NORP": .norp, "DATE": .date, "TIME": .time, "EVENT": .event, "LAW": .law, "PLACE": .place,
    ]
}
