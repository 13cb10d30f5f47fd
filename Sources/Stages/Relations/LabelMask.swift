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

    /// Runs once per entity per document: picks the one label name a string can be by its first byte and
    /// length, then compares once (a chain of `EntityLabel` comparisons cost ~180 instructions an entity).
    init(_ label: EntityLabel) {
        let raw = label.rawValue
        let utf8 = raw.utf8
        guard let first = utf8.first else {
            self = .other
            return
        }
        let name: String
        let mask: LabelMask
        switch (first, utf8.count) {
        case (UInt8(ascii: "P"), 6): (name, mask) = ("PERSON", .person)
        case (UInt8(ascii: "O"), 3): (name, mask) = ("ORG", .org)
        case (UInt8(ascii: "G"), 3): (name, mask) = ("GPE", .gpe)
        case (UInt8(ascii: "L"), 3):
            if raw == "LAW" {
                self = .law
                return
            }
            (name, mask) = ("LOC", .loc)
        case (UInt8(ascii: "F"), 3): (name, mask) = ("FAC", .fac)
        case (UInt8(ascii: "T"), 5): (name, mask) = ("TITLE", .title)
        case (UInt8(ascii: "N"), 4): (name, mask) = ("NORP", .norp)
        case (UInt8(ascii: "D"), 4): (name, mask) = ("DATE", .date)
        case (UInt8(ascii: "T"), 4): (name, mask) = ("TIME", .time)
        case (UInt8(ascii: "E"), 5): (name, mask) = ("EVENT", .event)
        default:
            self = .other
            return
        }
        self = raw == name ? mask : .other
    }

    /// The names a pattern may use; PLACE is GPE or LOC.
    static let names: [String: LabelMask] = [
        "PERSON": .person, "ORG": .org, "GPE": .gpe, "LOC": .loc, "FAC": .fac, "TITLE": .title,
        "NORP": .norp, "DATE": .date, "TIME": .time, "EVENT": .event, "LAW": .law, "PLACE": .place,
    ]
}
