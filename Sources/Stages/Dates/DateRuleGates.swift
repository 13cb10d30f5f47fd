/// Which rule families can start at a token, from the lexicon classes of that token and the next (their
/// masks, `DateLexicon.masks` plus flag bits). Each gate is a necessary condition of its rule: the
/// rule's first test is a lexicon class, a digit run or one of the flagged words at `i` (or at `i + 1`
/// after "the"), so a closed gate means the rule would return nil and it is not run. Most candidate
/// tokens ("the", "a", numbers) open only a few gates.
struct DateRuleGates: Sendable {
    typealias C = DateLexicon.Class
    private static func m(_ classes: C...) -> UInt64 { classes.reduce(0) { $0 | DateLexicon.bit($1) } }

    static let numberLike = DateLexicon.numberBit | m(.number, .vague, .article)  // `number(at:)` can start
    static let referenceRelative = m(.earlierlater, .thatdet, .reldir)
    static let reldir = m(.reldir)
    static let clockTime = DateLexicon.numberBit | m(.clockword, .number)
    static let explicitDate = DateLexicon.numberBit | m(.month, .monthabbr)
    static let weekday = m(.weekday)
    static let year = DateLexicon.numberBit | DateLexicon.apostropheBit | m(.fiscal)
    static let yearAfterThe = DateLexicon.numberBit | DateLexicon.apostropheBit
    static let century = DateLexicon.numberBit | m(.ordinal)
    static let quarter = DateLexicon.numberBit | DateLexicon.apostropheBit | DateLexicon.qBit | m(.fiscal, .ordinal)
    static let season = m(.season)
    static let deictic = m(.ref, .dayref, .yearago)
    static let relative = m(.recent, .reldir)
    static let relativeAfterThe = m(.unit, .recent, .reldir)
    static let agoOrDuration = numberLike | m(.unit)
    static let durationAfterThe = numberLike | m(.ordinal)
    static let set = numberLike | m(.setadv, .setdet, .frequency, .weekdays, .weekday)
    static let partOfDay = m(.nightref, .dayref, .weekday)
    static let holiday = m(.holiday)
    static let yearInWords = m(.number, .unit)
    static let unit = m(.unit)
    static let decadeword = m(.decadeword)
    static let posmod = m(.posmod)
    static let qmod = m(.qmod)
    static let earlierlater = m(.earlierlater)
}
