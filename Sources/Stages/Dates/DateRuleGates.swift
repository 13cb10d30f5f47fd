/// Which rule families can start at a token, from the lexicon classes of that token and the next (their
/// masks, `DateLexicon.masks` plus flag bits). Each gate is a necessary condition of its rule: the
/// rule's first test is a lexicon class, a digit run or one of the flagged words at `i` (or at `i + 1`
/// after "the"), so a closed gate means the rule would return nil and it is not run. Most candidate
/// tokens ("the", "a", numbers) open only a few gates.
struct DateRuleGates: Sendable {
    typealias C = DateLexicon.Class
    private static func m(_ classes: C...) -> UInt64 { classes.reduce(0) { $0 | DateLexicon.bit($1) } }

    let numberLike: UInt64  // `number(at:)` can start
    let referenceRelative: UInt64
    let reldir: UInt64
    let clockTime: UInt64
    let explicitDate: UInt64
    let weekday: UInt64
    let year: UInt64
    let yearAfterThe: UInt64
    let century: UInt64
    let quarter: UInt64
    let season: UInt64
    let deictic: UInt64
    let relative: UInt64
    let relativeAfterThe: UInt64
    let agoOrDuration: UInt64
    let durationAfterThe: UInt64
    let set: UInt64
    let partOfDay: UInt64
    let holiday: UInt64
    let yearInWords: UInt64
    let unit: UInt64
    let decadeword: UInt64
    let posmod: UInt64
    let qmod: UInt64
    let earlierlater: UInt64

    /// Built once; the grammar keeps a copy so the hot loop reads fields, not lazily initialised globals.
    static let shared = DateRuleGates()

    private init() {
        numberLike = DateLexicon.numberBit | Self.m(.number, .vague, .article)
        referenceRelative = Self.m(.earlierlater, .thatdet, .reldir)
        reldir = Self.m(.reldir)
        clockTime = DateLexicon.numberBit | Self.m(.clockword, .number)
        explicitDate = DateLexicon.numberBit | Self.m(.month, .monthabbr)
        weekday = Self.m(.weekday)
        year = DateLexicon.numberBit | DateLexicon.apostropheBit | Self.m(.fiscal)
        yearAfterThe = DateLexicon.numberBit | DateLexicon.apostropheBit
        century = DateLexicon.numberBit | Self.m(.ordinal)
        quarter = DateLexicon.numberBit | DateLexicon.apostropheBit | DateLexicon.qBit | Self.m(.fiscal, .ordinal)
        season = Self.m(.season)
        deictic = Self.m(.ref, .dayref, .yearago)
        relative = Self.m(.recent, .reldir)
        relativeAfterThe = Self.m(.unit, .recent, .reldir, .yearadj)
        agoOrDuration = numberLike | Self.m(.unit)
        durationAfterThe = numberLike | Self.m(.ordinal)
        set = numberLike | Self.m(.setadv, .setdet, .frequency, .weekdays, .weekday)
        partOfDay = Self.m(.nightref, .dayref, .weekday)
        holiday = Self.m(.holiday)
        yearInWords = Self.m(.number, .unit)
        unit = Self.m(.unit)
        decadeword = Self.m(.decadeword)
        posmod = Self.m(.posmod)
        qmod = Self.m(.qmod)
        earlierlater = Self.m(.earlierlater)
    }
}
