import Pipeline

/// A mention found by the rules, in token and byte coordinates, before it becomes an `Entity`.
struct Mention {
    var startToken: Int
    var endToken: Int
    var startByte: Int
    var endByte: Int
    var label: MentionLabel
    var origin: String
}

/// A capitalized word sequence no rule could label; the document pass may still label it by
/// consistency with the rest of the document.
struct Unresolved {
    var startToken: Int
    var endToken: Int
}

/// The labels the rules give, as a one-byte enum: `EntityLabel` wraps a string, so comparing and copying
/// it in the rules cost string compares and reference counting. Converted once per kept mention.
enum MentionLabel: UInt8, Sendable {
    case gpe, loc, fac, org, norp, event, law, title, person

    var entityLabel: EntityLabel {
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
        }
    }
}
