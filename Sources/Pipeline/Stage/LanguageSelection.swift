/// Which languages get the stages written for English (`--lang`): `en` by default, a list of ISO 639-1
/// codes, or every language.
///
/// A document is held back from those stages only when its language is known with confidence and is not
/// selected (see `LanguageEvidence.isConfidentlyOutside(_:)`): a text the identifier is unsure about, or
/// one with a fair share of English, is processed. The stages that do not depend on English
/// (normalization, tokens, sentences) run on every document.
public struct LanguageSelection: Sendable, Hashable, CustomStringConvertible {
    /// nil: every language.
    public var codes: Set<String>?

    public static let english = LanguageSelection(codes: ["en"])
    public static let all = LanguageSelection(codes: nil)

    public init(codes: Set<String>?) { self.codes = codes }

    /// "en", "en,de", "all"; nil for a code that is not two or three lower-case letters.
    public init?(parsing text: String) {
        if text == "all" {
            codes = nil
            return
        }
        var set: Set<String> = []
        for part in text.split(separator: ",") {
            let code = String(part.filter { $0 != " " }).lowercased()
            guard (2...3).contains(code.count), code.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
            else { return nil }
            set.insert(code)
        }
        guard !set.isEmpty else { return nil }
        codes = set
    }

    /// True when `document` gets the English-only stages.
    public func admits(_ document: Document) -> Bool {
        guard let codes else { return true }
        return !document.languageEvidence.isConfidentlyOutside(codes, language: document.meta.lang)
    }

    public var description: String { codes.map { $0.sorted().joined(separator: ",") } ?? "all" }
}

/// What the language identifier saw, beyond the code in `meta.lang` (not written to the output).
public struct LanguageEvidence: Sendable, Hashable {
    /// The identifier judged its first answer clearly ahead.
    public var reliable: Bool
    /// Share of the scored letters given to English, in percent.
    public var englishPercent: Int
    /// Letters scored.
    public var letters: Int

    public init(reliable: Bool = false, englishPercent: Int = 0, letters: Int = 0) {
        self.reliable = reliable
        self.englishPercent = englishPercent
        self.letters = letters
    }

    /// Fewer scored letters than this never count as confident: on a dateline or a tweet ("EAST LANSING,
    /// Mich.", "Still my favorite meta af hero") CLD2 can call a wrong answer reliable.
    public static let minimumLetters = 100

    /// Confidently in none of `codes`: a reliable verdict on enough letters, or much text with no English
    /// at all. A document with a fifth or more English stays in when English is selected (mixed pages),
    /// and an unknown language never leaves.
    public func isConfidentlyOutside(_ codes: Set<String>, language: String?) -> Bool {
        guard let language, !codes.contains(language) else { return false }
        if codes.contains("en") && englishPercent >= 20 { return false }
        return (reliable && letters >= Self.minimumLetters) || (letters >= 400 && englishPercent == 0)
    }
}
