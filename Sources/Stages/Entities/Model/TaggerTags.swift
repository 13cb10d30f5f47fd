/// The classes of the statistical tagger. PLACE covers GPE, LOC and FAC (the corpora split places in
/// different ways, and the rules' gazetteers and head nouns make that split at run time); MISC is every
/// other proper name (works, products, awards), learnt so that such names are not taken for the others
/// and never emitted.
enum TaggerClass: UInt8, Sendable, CaseIterable {
    case person = 0, org, place, norp, event, misc

    static let count = 6

    var mentionLabel: MentionLabel? {
        switch self {
        case .person: .person
        case .org: .org
        case .place: .gpe
        case .norp: .norp
        case .event: .event
        case .misc: nil
        }
    }

    /// The class of a name in the training data (`scripts/ner_corpora.py` writes these).
    init?(name: String) {
        switch name {
        case "PERSON": self = .person
        case "ORG": self = .org
        case "PLACE": self = .place
        case "NORP": self = .norp
        case "EVENT": self = .event
        case "MISC": self = .misc
        default: return nil
        }
    }
}

/// Tag k: 0 = outside, 1 + 2·class = begin, 2 + 2·class = inside: 13 tags, and a row of weights is sixteen
/// 16-bit words (one 32-byte vector load; the last three are unused).
enum TaggerTag {
    static let count = 13
    static let width = 16
    static let outside: UInt8 = 0

    @inline(__always) static func begin(_ c: TaggerClass) -> UInt8 { 1 + 2 * c.rawValue }
    @inline(__always) static func inside(_ c: TaggerClass) -> UInt8 { 2 + 2 * c.rawValue }
    @inline(__always) static func isInside(_ tag: UInt8) -> Bool { tag != 0 && tag & 1 == 0 }
    @inline(__always) static func taggerClass(_ tag: UInt8) -> TaggerClass? {
        tag == 0 ? nil : TaggerClass(rawValue: (tag - 1) / 2)
    }

    /// An inside tag only continues a mention of the same class.
    @inline(__always) static func allowed(_ tag: UInt8, after previous: UInt8) -> Bool {
        guard isInside(tag) else { return true }
        return previous != 0 && (previous - 1) / 2 == (tag - 1) / 2
    }
}
