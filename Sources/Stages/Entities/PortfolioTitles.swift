/// An office named with its portfolio: "Tourism Minister Andrew Thomson", "U.S. Commerce Secretary William
/// Daley", "Puerto Rico Police Superintendent Pedro Toledo", "U.S. Trade Representative Carla Hills". The
/// curated list holds the common portfolios ("Foreign Minister"); for the others its match stopped at the
/// office word and the portfolio was left outside the title (a boundary error on both sides, and no word for
/// what the office is). ANNOTATION.md's TITLE is the whole office, as in "Foreign Minister".
extension JobTitles {
    /// A capitalized word right before a capitalized office of `portfolioOffices` joins the title when it is
    /// no mention and nothing the gazetteers know (no place, name, title or organization word), no function
    /// word and no word of time, and the word before it is no part of a longer capitalized run.
    func widenPortfolios(_ mentions: inout [Mention]) {
        let known = GazetteerKind.gpe.bit | GazetteerKind.loc.bit | GazetteerKind.org.bit | GazetteerKind.norp.bit
            | GazetteerKind.title.bit | GazetteerKind.person.bit | GazetteerKind.givenName.bit
            | GazetteerKind.surname.bit | GazetteerKind.honorific.bit
        for i in mentions.indices where mentions[i].label == .title {
            let m = mentions[i]
            let t = m.startToken - 1
            let previousEnd = i > 0 ? mentions[i - 1].endToken : 0
            guard t >= previousEnd, tokens.isCapitalized(m.startToken),
                tokens.isAny(m.startToken, Self.portfolioOffices, in: bytes), tokens.isCapitalized(t),
                !tokens.flags[t].contains(FlagBits.lineEndAfter), findings[t].allCues & known == 0,
                !tokens.isAny(t, WordLists.functionWords, in: bytes), !tokens.isAny(t, Self.times, in: bytes),
                !tokens.isAny(t, Self.ordinals, in: bytes)
            else { continue }
            // "Hun Sen Minister" is no portfolio: the word before must not continue a capitalized run.
            if t > previousEnd, tokens.isCapitalized(t - 1), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[t].contains(FlagBits.sentenceStart)
            {
                continue
            }
            mentions[i].startToken = t
            mentions[i].startByte = Int(tokens.byteStart[t])
        }
    }

    /// Offices that take a portfolio before them.
    static let portfolioOffices = WordSet([
        "minister", "secretary", "superintendent", "representative", "commissioner", "director", "adviser",
        "advisor", "administrator", "chief", "spokesman", "spokeswoman",
        // A court's level or seat: "U.S. District Judge Harold Greene", "Circuit Judge Ana Ruiz".
        "judge",
    ])
    /// Ordinals that rank an office rather than name its portfolio ("First Deputy Prime Minister").
    static let ordinals = WordSet(["first", "second", "third", "fourth", "former", "acting", "deputy", "vice"])
}
