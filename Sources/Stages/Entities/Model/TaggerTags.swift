/// The tag set of the statistical tagger: BIO over four coarse classes. The gazetteers and rules keep the
/// fine labels (NORP, TITLE, FAC, EVENT, LAW); the tagger decides what they leave open or ambiguous.
enum TaggerClass: UInt8, Sendable {
    case person = 0, org, place, misc

    var mentionLabel: MentionLabel? {
        switch self {
        case .person: .person
        case .org: .org
        case .place: .gpe
        case .misc: nil
        }
    }
}

/// Tag k: 0 = outside, 1 + 2·class = begin, 2 + 2·class = inside; the other names have one tag (7) and no
/// inside (the stage does not use their spans), so a row of weights is eight 16-bit words: one vector load.
enum TaggerTag {
    static let count = 8
    static let outside: UInt8 = 0

    @inline(__always) static func begin(_ c: TaggerClass) -> UInt8 { 1 + 2 * c.rawValue }
    @inline(__always) static func inside(_ c: TaggerClass) -> UInt8 { c == .misc ? 7 : 2 + 2 * c.rawValue }
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
