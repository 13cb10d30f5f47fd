import Pipeline

/// The token flags as module-local constants for the hot loops.
///
/// `TokenFlags`' static members live in another module, so every `.alphabetic` in a loop costs a call
/// to a lazy-global addressor (measured at over 8% of tokenize + sentences time); constants built from
/// literals here are folded at compile time. `FlagBitsTests` checks that they equal `TokenFlags`'.
enum FlagBits {
    static let alphabetic = TokenFlags(rawValue: 1 << 0)
    static let numeric = TokenFlags(rawValue: 1 << 1)
    static let punctuation = TokenFlags(rawValue: 1 << 2)
    static let capitalized = TokenFlags(rawValue: 1 << 3)
    static let allCaps = TokenFlags(rawValue: 1 << 4)
    static let lowercase = TokenFlags(rawValue: 1 << 5)
    static let sentenceStart = TokenFlags(rawValue: 1 << 6)
    static let hyphenated = TokenFlags(rawValue: 1 << 7)
    static let abbreviation = TokenFlags(rawValue: 1 << 8)
    static let clitic = TokenFlags(rawValue: 1 << 9)
    static let quote = TokenFlags(rawValue: 1 << 10)
    static let webLike = TokenFlags(rawValue: 1 << 11)
    static let spaceBefore = TokenFlags(rawValue: 1 << 12)
    static let lineEndAfter = TokenFlags(rawValue: 1 << 13)
    static let paragraphEndAfter = TokenFlags(rawValue: 1 << 14)
    static let terminal = TokenFlags(rawValue: 1 << 15)
    static let bracket = TokenFlags(rawValue: 1 << 16)
    static let unspacedScript = TokenFlags(rawValue: 1 << 17)
    static let opening = TokenFlags(rawValue: 1 << 18)
    static let closing = TokenFlags(rawValue: 1 << 19)
    static let ellipsis = TokenFlags(rawValue: 1 << 20)
    static let prepositive = TokenFlags(rawValue: 1 << 21)
    static let bullet = TokenFlags(rawValue: 1 << 22)
}
