/// Facts about a token that later stages test over and over; computed once by the tokenizer.
///
/// The flags are inlinable computed constants rather than stored `static let`s: a stored static of
/// another module is reached through a lazy-global addressor call at every use, which the tokenizer's
/// and the entity stage's hot loops paid on every flag test (over 8% of tokenize + sentences time);
/// these fold to literals in the caller.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    /// The flag bits.
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Contains at least one letter.
    @inlinable public static var alphabetic: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// Contains at least one digit.
    @inlinable public static var numeric: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// Only punctuation or symbols.
    @inlinable public static var punctuation: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// First letter upper case ("Baku", "U.S.", "McDonald").
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// Every letter upper case, at least two letters ("PKK", "UGR").
    @inlinable public static var allCaps: TokenFlags { TokenFlags(rawValue: 1 << 4) }
    /// Every letter lower case.
    @inlinable public static var lowercase: TokenFlags { TokenFlags(rawValue: 1 << 5) }
    /// First token of its sentence.
    @inlinable public static var sentenceStart: TokenFlags { TokenFlags(rawValue: 1 << 6) }
    /// Contains a hyphen between letters ("Nagorno-Karabakh").
    @inlinable public static var hyphenated: TokenFlags { TokenFlags(rawValue: 1 << 7) }
    /// Ends with a period that belongs to it (abbreviations, initials: "Mr.", "U.S.").
    @inlinable public static var abbreviation: TokenFlags { TokenFlags(rawValue: 1 << 8) }
    /// A clitic split off a word ("’s", "n't").
    @inlinable public static var clitic: TokenFlags { TokenFlags(rawValue: 1 << 9) }
    /// An opening or closing quote mark.
    @inlinable public static var quote: TokenFlags { TokenFlags(rawValue: 1 << 10) }
    /// A URL, e-mail address, @handle or #hashtag.
    @inlinable public static var webLike: TokenFlags { TokenFlags(rawValue: 1 << 11) }
    /// Preceded by whitespace (or at text start).
    @inlinable public static var spaceBefore: TokenFlags { TokenFlags(rawValue: 1 << 12) }
    /// Followed by a line break or paragraph break.
    @inlinable public static var lineEndAfter: TokenFlags { TokenFlags(rawValue: 1 << 13) }
    /// Followed by a paragraph break (two line breaks or more).
    @inlinable public static var paragraphEndAfter: TokenFlags { TokenFlags(rawValue: 1 << 14) }
    /// Sentence-final punctuation (. ! ? … and their combinations).
    @inlinable public static var terminal: TokenFlags { TokenFlags(rawValue: 1 << 15) }
    /// Bracket, opening or closing.
    @inlinable public static var bracket: TokenFlags { TokenFlags(rawValue: 1 << 16) }
    /// Letters from a script written without spaces (CJK, Thai, ...), segmented by ICU.
    @inlinable public static var unspacedScript: TokenFlags { TokenFlags(rawValue: 1 << 17) }
    /// An opening quote or bracket (direction decided from the surrounding spaces, not from the glyph,
    /// because news text closes quotes with “ as often as with ”).
    @inlinable public static var opening: TokenFlags { TokenFlags(rawValue: 1 << 18) }
    /// A closing quote or bracket.
    @inlinable public static var closing: TokenFlags { TokenFlags(rawValue: 1 << 19) }
    /// An ellipsis ("...", "…", "....").
    @inlinable public static var ellipsis: TokenFlags { TokenFlags(rawValue: 1 << 20) }
    /// An abbreviation that normally precedes a name ("Mr.", "Gen.", "Mt."), so no sentence ends after it.
    @inlinable public static var prepositive: TokenFlags { TokenFlags(rawValue: 1 << 21) }
    /// A list bullet ("•", "⁃", "▪").
    @inlinable public static var bullet: TokenFlags { TokenFlags(rawValue: 1 << 22) }
}

/// One token: its scalar span in the text and its flags.
public struct Token: Sendable, Hashable {
    /// First scalar of the token in the text.
    public var start: Int
    /// One past its last scalar.
    public var end: Int
    /// What the tokenizer found out about the token (letters, case, sentence start, ...).
    public var flags: TokenFlags

    @inlinable
    /// A token over scalars `start..<end`.
    public init(start: Int, end: Int, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.flags = flags
    }

    /// The token's span.
    @inlinable public var span: Span { Span(start, end) }
}
