/// Facts about a token that later stages test over and over; computed once by the tokenizer.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Contains at least one letter.
    public static let alphabetic = TokenFlags(rawValue: 1 << 0)
    /// Contains at least one digit.
    public static let numeric = TokenFlags(rawValue: 1 << 1)
    /// Only punctuation or symbols.
    public static let punctuation = TokenFlags(rawValue: 1 << 2)
    /// First letter upper case ("Baku", "U.S.", "McDonald").
    public static let capitalized = TokenFlags(rawValue: 1 << 3)
    /// Every letter upper case, at least two letters ("PKK", "UGR").
    public static let allCaps = TokenFlags(rawValue: 1 << 4)
    /// Every letter lower case.
    public static let lowercase = TokenFlags(rawValue: 1 << 5)
    /// First token of its sentence.
    public static let sentenceStart = TokenFlags(rawValue: 1 << 6)
    /// Contains a hyphen between letters ("Nagorno-Karabakh").
    public static let hyphenated = TokenFlags(rawValue: 1 << 7)
    /// Ends with a period that belongs to it (abbreviations, initials: "Mr.", "U.S.").
    public static let abbreviation = TokenFlags(rawValue: 1 << 8)
    /// A clitic split off a word ("’s", "n't").
    public static let clitic = TokenFlags(rawValue: 1 << 9)
    /// An opening or closing quote mark.
    public static let quote = TokenFlags(rawValue: 1 << 10)
    /// A URL, e-mail address, @handle or #hashtag.
    public static let webLike = TokenFlags(rawValue: 1 << 11)
    /// Preceded by whitespace (or at text start).
    public static let spaceBefore = TokenFlags(rawValue: 1 << 12)
    /// Followed by a line break or paragraph break.
    public static let lineEndAfter = TokenFlags(rawValue: 1 << 13)
    /// Followed by a paragraph break (two line breaks or more).
    public static let paragraphEndAfter = TokenFlags(rawValue: 1 << 14)
    /// Sentence-final punctuation (. ! ? … and their combinations).
    public static let terminal = TokenFlags(rawValue: 1 << 15)
    /// Bracket, opening or closing.
    public static let bracket = TokenFlags(rawValue: 1 << 16)
    /// Letters from a script written without spaces (CJK, Thai, ...), segmented by ICU.
    public static let unspacedScript = TokenFlags(rawValue: 1 << 17)
    /// An opening quote or bracket (direction decided from the surrounding spaces, not from the glyph,
    /// because news text closes quotes with “ as often as with ”).
    public static let opening = TokenFlags(rawValue: 1 << 18)
    /// A closing quote or bracket.
    public static let closing = TokenFlags(rawValue: 1 << 19)
    /// An ellipsis ("...", "…", "....").
    public static let ellipsis = TokenFlags(rawValue: 1 << 20)
    /// An abbreviation that normally precedes a name ("Mr.", "Gen.", "Mt."), so no sentence ends after it.
    public static let prepositive = TokenFlags(rawValue: 1 << 21)
    /// A list bullet ("•", "⁃", "▪").
    public static let bullet = TokenFlags(rawValue: 1 << 22)
}

/// One token: its scalar span in the text and its flags.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var flags: TokenFlags

    @inlinable
    public init(start: Int, end: Int, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.flags = flags
    }

    @inlinable public var span: Span { Span(start, end) }
}
