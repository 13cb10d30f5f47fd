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

    init(_ label: EntityLabel) {
        switch label {
        case .person: self = .person
        case .org: self = .org
        case .gpe: self = .gpe
        case .loc: self = .loc
        case .fac: self = .fac
        case .title: self = .title
        case .norp: self = .norp
        case .date: self = .date
        case .time: self = .time
        case .event: self = .event
        case .law: self = .law
        default: self = .other
        }
    }

    /// The names a pattern may use; PLACE is GPE or LOC.
    static let names: [String: LabelMask] = [
        "PERSON": .person, "ORG": .org, "GPE": .gpe, "LOC": .loc, "FAC": .fac, "TITLE": .title,
        "NORP": .norp, "DATE": .date, "TIME": .time, "EVENT": .event, "LAW": .law, "PLACE": .place,
    ]
}
