/// Resolves underspecified and relative expressions against the document creation time (dct) and the
/// tense of the sentence, as HeidelTime and SUTime do for news. Without a dct, unknown parts stay X.
struct Anchoring {
    let dct: CalendarDate?

    /// The year of a year-less month (and day): past tense looks back from the dct, future forward,
    /// otherwise the nearest of the three candidate years.
    func year(month: Int, day: Int?, tense: Tense) -> Int? {
        guard let dct else { return nil }
        let d = min(day ?? 15, CalendarDate.daysIn(month: month, year: dct.year))
        let delta = CalendarDate(year: dct.year, month: month, day: d).dayNumber - dct.dayNumber
        // A past-tense sentence may still name a date a few weeks ahead (a payment date, a scheduled
        // vote), and a future one a date just gone; beyond that the tense decides.
        switch tense {
        case .past: return delta > 60 ? dct.year - 1 : dct.year
        case .future: return delta < -60 ? dct.year + 1 : dct.year
        case .present, .unknown:
            if delta > 150 { return dct.year - 1 }
            if delta < -240 { return dct.year + 1 }
            return dct.year
        }
    }

    /// The year of a year-less quarter or half: reported periods are usually the latest one.
    func year(quarter: Int, tense: Tense) -> Int? {
        guard let dct else { return nil }
        let q = dct.quarter
        // Results are reported after a quarter ends: only a quarter well behind is next year's.
        if tense == .future { return quarter < q - 1 ? dct.year + 1 : dct.year }
        return quarter > q ? dct.year - 1 : dct.year
    }

    /// The date of a bare weekday name: the latest such day on or before the dct, or in future tense
    /// the first one on or after it.
    func date(weekday: Int, tense: Tense) -> CalendarDate? {
        guard let dct else { return nil }
        let diff = weekday - dct.weekday
        if tense == .future { return dct.adding(days: diff >= 0 ? diff : diff + 7) }
        if tense == .present {
            let forward = diff >= 0 ? diff : diff + 7
            if forward > 0 && forward < 7 - forward { return dct.adding(days: forward) }
        }
        return dct.adding(days: diff <= 0 ? diff : diff - 7)
    }

    /// "last Friday" (direction -1, strictly before the dct), "next Friday" (+1, strictly after),
    /// "this Friday" (0: the one of the dct's week).
    func date(weekday: Int, direction: Int, tense: Tense) -> CalendarDate? {
        guard let dct else { return nil }
        let diff = weekday - dct.weekday
        switch direction {
        case ..<0: return dct.adding(days: diff < 0 ? diff : diff - 7)
        case 1...: return dct.adding(days: diff > 0 ? diff : diff + 7)
        default: return date(weekday: weekday, tense: tense)
        }
    }

    /// "last April": the latest April before the dct's month; "next April": the first one after.
    func year(month: Int, direction: Int) -> Int? {
        guard let dct else { return nil }
        switch direction {
        case ..<0: return month < dct.month ? dct.year : dct.year - 1
        case 1...: return month > dct.month ? dct.year : dct.year + 1
        default: return dct.year
        }
    }

    /// Season order within a year (winter belongs to the year it starts in, so January is last winter).
    private func seasonIndex(_ s: String) -> Int {
        switch s {
        case "SP": 1
        case "SU": 2
        case "FA": 3
        default: 4
        }
    }

    func year(season: String, direction: Int) -> Int? {
        guard let dct else { return nil }
        var current: Int
        var year = dct.year
        switch dct.month {
        case 3...5: current = 1
        case 6...8: current = 2
        case 9...11: current = 3
        case 12: current = 4
        default:
            current = 4
            year -= 1
        }
        let idx = seasonIndex(season)
        switch direction {
        case ..<0: return idx < current ? year : year - 1
        case 1...: return idx > current ? year : year + 1
        default:
            _ = current
            return season == "WI" ? year : dct.year
        }
    }

    /// The value of "N units ago/later" or "last/this/next unit", at the unit's granularity.
    /// Without a dct: PAST_REF / PRESENT_REF / FUTURE_REF.
    func shifted(unit: String, by offset: Double) -> String {
        guard let dct else { return Anchoring.reference(direction: offset) }
        let n = Int(offset.rounded(.towardZero))
        switch unit {
        case "Y": return TimexFormat.year(dct.year + n)
        case "M": return TimexFormat.month(dct.adding(months: n).year, dct.adding(months: n).month)
        case "W", "WE":
            let week = TimexFormat.week(dct.adding(days: 7 * n))
            return unit == "WE" ? week + "-WE" : week
        case "D": return TimexFormat.date(dct.adding(days: n))
        case "Q":
            let d = dct.adding(months: 3 * n)
            return "\(TimexFormat.year(d.year))-Q\(d.quarter)"
        case "H":
            let d = dct.adding(months: 6 * n)
            return "\(TimexFormat.year(d.year))-H\(d.month <= 6 ? 1 : 2)"
        case "DE": return String((dct.year + 10 * n) / 10)
        case "CE": return String((dct.year + 100 * n) / 100)
        case "TH", "TM", "TS":
            return TimexFormat.date(dct)
        default: return Anchoring.reference(direction: offset)
        }
    }

    static func reference(direction: Double) -> String {
        direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF"
    }
}
