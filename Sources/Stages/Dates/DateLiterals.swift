/// The words and punctuation the rules compare tokens with, by lexicon id (`DateGrammar.isWord`):
/// comparing a token's id with a literal's id is comparing their texts without touching a string.
enum DateLiteral: Int, CaseIterable, Sendable {
    case the, hyphen, of, dot, s, colon, comma, apostrophe, and, year, slash, week, or, long, hundred, asWord, lparen, percent, dollar, ldquo, endash, to, through, thousand, this, since, same, q, on, old, quote, question, rparen, bang, by

    /// The texts, in case order.
    static let texts: [String] = ["the", "-", "of", ".", "s", ":", ",", "'", "and", "year", "/", "week", "or", "long", "hundred", "as", "(", "%", "$", "“", "–", "to", "through", "thousand", "this", "since", "same", "q", "on", "old", "\"", "?", ")", "!", "by"]
}
