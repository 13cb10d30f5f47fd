/// "Rock and Roll Hall of Fame", "Pro Football Hall of Fame", "USA Badminton Hall of Fame": a hall of fame
/// is an organization (ANNOTATION.md: ORG; the AEB and wikigold gold agree), named by the capitalized words
/// before "Hall of Fame". The tagger split such names into places and persons ("Rock" a GPE, "Fame
/// Induction" another), because no corpus it learns from has many of them.
///
/// The name takes the capitalized words right before "Hall of Fame", also across "and" and "&" between two
/// of them ("Rock and Roll"), on one line, and replaces every mention it overlaps ("the Hall of Fame" alone is
/// one too, not a person "Hall"). A "Hall of Fame" without either is left as it was.
struct HallsOfFame {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many words before "Hall of Fame".
    static let nameWords = 5

    func apply(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for h in tokens.tokens(ofLength: 4, in: bytes, first: { $0 == 0x48 }) where isHallOfFame(h) {
            let s = tokens.capitalizedRunStart(before: h, maxWords: Self.nameWords, joiners: Self.joiners, in: bytes)
            // "inducted into the Hall of Fame": the one the article names; a bare "Hall of Fame" is left.
            guard s < h || h > 0 && tokens.is(h - 1, "the", in: bytes) else { continue }
            added.append(Mention(s..<(h + 3), of: tokens, label: .org, origin: "rule:hall-of-fame"))
        }
        Mention.replace(in: &mentions, with: added, tokenCount: tokens.count)
    }

    /// Tokens `h`, `h + 1`, `h + 2` are "Hall", "of", "Fame" (capitalized).
    private func isHallOfFame(_ h: Int) -> Bool {
        h + 2 < tokens.count && tokens.is(h, "hall", in: bytes) && tokens.is(h + 1, "of", in: bytes)
            && tokens.is(h + 2, "fame", in: bytes) && tokens.isCapitalized(h + 2)
            && !tokens.flags[h].contains(FlagBits.lineEndAfter) && !tokens.flags[h + 1].contains(FlagBits.lineEndAfter)
    }

    static let joiners = WordSet(["and", "&"])
}
