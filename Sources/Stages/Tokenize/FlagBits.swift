import Pipeline

/// The token flags, copied once into a value the hot loops hold.
///
/// `TokenFlags`' static members live in another module, so every `.alphabetic` in a loop costs a call
/// to a lazy-global addressor (measured at over 8% of tokenize + sentences time); scanners keep this
/// copy as a stored property instead.
struct FlagBits {
    let alphabetic = TokenFlags.alphabetic
    let numeric = TokenFlags.numeric
    let punctuation = TokenFlags.punctuation
    let capitalized = TokenFlags.capitalized
    let allCaps = TokenFlags.allCaps
    let lowercase = TokenFlags.lowercase
    let sentenceStart = TokenFlags.sentenceStart
    let hyphenated = TokenFlags.hyphenated
    let abbreviation = TokenFlags.abbreviation
    let clitic = TokenFlags.clitic
    let quote = TokenFlags.quote
    let webLike = TokenFlags.webLike
    let spaceBefore = TokenFlags.spaceBefore
    let lineEndAfter = TokenFlags.lineEndAfter
    let paragraphEndAfter = TokenFlags.paragraphEndAfter
    let terminal = TokenFlags.terminal
    let bracket = TokenFlags.bracket
    let unspacedScript = TokenFlags.unspacedScript
    let opening = TokenFlags.opening
    let closing = TokenFlags.closing
    let ellipsis = TokenFlags.ellipsis
    let prepositive = TokenFlags.prepositive
    let bullet = TokenFlags.bullet
}
