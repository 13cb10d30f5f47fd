import Pipeline

/// A mention found by the rules, in token and byte coordinates, before it becomes an `Entity`.
struct Mention {
    var startToken: Int
    var endToken: Int
    var startByte: Int
    var endByte: Int
    var label: EntityLabel
    var origin: String
}

/// A capitalized word sequence no rule could label; the document pass may still label it by
/// consistency with the rest of the document.
struct Unresolved {
    var startToken: Int
    var endToken: Int
}
