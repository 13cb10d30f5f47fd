/// Holiday dates: fixed ones ("12-25"), nth weekdays of a month ("11/4/4" is the fourth Thursday of
/// November, "5/1/-1" the last Monday of May, "11/1/1+1" the day after the first Monday of November)
/// and days counted from Easter ("E-2" is Good Friday). The lexicon's `holiday` values use these forms,
/// so a new holiday is a one-line change there.
enum HolidayRule: Sendable, Equatable {
    case fixed(month: Int, day: Int)
    case nthWeekday(month: Int, weekday: Int, nth: Int, offset: Int)
    case easter(offset: Int)

    init?(_ value: String) {
        if value.hasPrefix("E") {
            guard let n = Int(value.dropFirst()) else { return nil }
            self = .easter(offset: n)
            return
        }
        let slash = value.split(separator: "/")
        if slash.count == 3 {
            let tail = slash[2].split(separator: "+")
            guard let m = Int(slash[0]), let w = Int(slash[1]), let nth = Int(tail[0]), (1...12).contains(m),
                (1...7).contains(w), nth != 0, nth >= -1, nth <= 5
            else { return nil }
            let offset = tail.count > 1 ? Int(tail[1]) ?? 0 : 0
            self = .nthWeekday(month: m, weekday: w, nth: nth, offset: offset)
            return
        }
        let dash = value.split(separator: "-")
        guard dash.count == 2, let m = Int(dash[0]), let d = Int(dash[1]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self = .fixed(month: m, day: d)
    }

    /// The holiday's date in `year`.
    func date(in year: Int) -> CalendarDate {
        switch self {
        case .fixed(let m, let d):
            return CalendarDate(year: year, month: m, day: min(d, CalendarDate.daysIn(month: m, year: year)))
        case .easter(let offset):
            return HolidayRule.easterSunday(year).adding(days: offset)
        case .nthWeekday(let m, let w, let nth, let offset):
            if nth > 0 {
                let first = CalendarDate(year: year, month: m, day: 1)
                let shift = (w - first.weekday + 7) % 7
                return first.adding(days: shift + 7 * (nth - 1) + offset)
            }
            let last = CalendarDate(year: year, month: m, day: CalendarDate.daysIn(month: m, year: year))
            let shift = (last.weekday - w + 7) % 7
            return last.adding(days: -shift + offset)
        }
    }

    /// Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension Anchoring {
    /// The occurrence of a holiday a bare mention means: past tense takes the latest one on or before
    /// the dct (a few weeks' slack for a date just ahead), future the first on or after it, otherwise
    /// the nearest.
    func date(holiday rule: HolidayRule, tense: Tense) -> CalendarDate? {
        guard let dct else { return nil }
        let candidates = [rule.date(in: dct.year - 1), rule.date(in: dct.year), rule.date(in: dct.year + 1)]
        let now = dct.dayNumber
        switch tense {
        case .past:
            return candidates.last { $0.dayNumber - now <= 30 }
        case .future:
            return candidates.first { $0.dayNumber - now >= -30 }
        case .present, .unknown:
            return candidates.min { abs($0.dayNumber - now) < abs($1.dayNumber - now) }
        }
    }

    /// "last Christmas" (-1: strictly before the dct), "next Easter" (+1: strictly after), "this
    /// Thanksgiving" (0: the dct's year).
    func date(holiday rule: HolidayRule, direction: Int) -> CalendarDate? {
        guard let dct else { return nil }
        let candidates = [rule.date(in: dct.year - 1), rule.date(in: dct.year), rule.date(in: dct.year + 1)]
        switch direction {
        case ..<0: return candidates.last { $0 < dct }
        case 1...: return candidates.first { $0 > dct }
        default: return candidates[1]
        }
    }
}
