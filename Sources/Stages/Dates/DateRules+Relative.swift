/// Deictic and relative expressions anchored on the dct: "now", "today", "last week", "the past year",
/// "two years ago", "next April", "this morning", "recent days".
extension DateGrammar {
    /// "now", "currently", "the future": TIMEX3 reference values; "today", "yesterday", "tomorrow".
    func deictic(at i: Int) -> DateMatch? {
        if let r = lex.match(.ref, t, i) {
            // "the past year", "the future president": the phrase must not run into a unit or a noun.
            if r.entry.words.count > 1, isWord(i, .the), unit(at: r.end) != nil { return nil }
            if r.entry.words == ["soon"], isWord(i - 1, .asWord) || isWord(i + 1, .asWord) { return nil }
            return make(i, r.end, .date, r.entry.value, "deictic")
        }
        if let d = lex.match(.dayref, t, i) {
            let offset = Int(d.entry.number)
            let value = anchor.dct.map { TimexFormat.date($0.adding(days: offset)) }
                ?? Anchoring.reference(direction: Double(offset))
            return make(i, d.end, .date, value, "day-ref")
        }
        if let y = lex.match(.yearago, t, i) {
            // "the year-ago quarter", "the year-earlier third quarter", "the year-ago period": the
            // comparable period; its value is fixed in `matches()` from the period in context.
            var end = y.end
            var value = anchor.shifted(unit: "Y", by: -1)
            if let o = lex.match(.ordinal, t, end), o.entry.number <= 4, let u = unit(at: o.end), u.unit == "Q" {
                end = u.end
                value = "\(value)-Q\(Int(o.entry.number))"
            } else if let u = unit(at: end), u.unit == "Q", !u.plural {
                end = u.end
            } else if lex.isa(.period, t, end) {
                end += 1
            }
            if isWord(i, .the), end == y.end { return nil }
            // A bare "year-ago quarter" is the quarter of the period in context (`matches()`), else a
            // year before the latest quarter the dct's reports cover.
            let period = end > y.end && DateGrammar.quarterValue(value) == nil
            return make(i, end, .date, value, period ? "year-ago-period" : "year-ago")
        }
        return nil
    }

    /// "this morning", "tonight", "last night", "Monday morning", "yesterday afternoon" (TIME).
    func partOfDay(at i: Int) -> DateMatch? {
        if let n = lex.match(.nightref, t, i) {
            let value = anchor.dct.map { TimexFormat.date($0.adding(days: Int(n.entry.number))) } ?? "XXXX-XX-XX"
            return make(i, n.end, .time, value + "TNI", "night-ref")
        }
        var date: String?
        var j = i
        if let d = lex.match(.dayref, t, i) {
            date = anchor.dct.map { TimexFormat.date($0.adding(days: Int(d.entry.number))) } ?? "XXXX-XX-XX"
            j = d.end
        } else if t[i].capitalized, let d = lex.match(.weekday, t, i) {
            let wd = Int(d.entry.number)
            date = anchor.date(weekday: wd, tense: tense(i, d.end)).map(TimexFormat.date) ?? "XXXX-WXX-\(wd)"
            j = d.end
        }
        guard let date, let p = lex.match(.partofday, t, j) else { return nil }
        return make(i, p.end, .time, date + "T" + p.entry.value, "day-part")
    }

    /// "last week", "this year", "next month", "the past year" (P1Y), "the last two years" (P2Y),
    /// "the coming weeks" (PXW), "recent days" (PXD), "last April", "next Friday", "this summer".
    func relative(at i: Int) -> DateMatch? {
        var j = i
        let the = isWord(i, .the)
        if the { j += 1 }
        if the, let y = theYear(at: j) { return y }
        if the, let u = unit(at: j), !u.plural, !isWord(u.end, .of) {
            let past = { () -> Bool in let t = tense(i, u.end); return t == .past || t == .unknown }
            switch u.unit {
            case "Q":
                // "the quarter" in a report is the latest one reported.
                return make(i, u.end, .date, anchor.shifted(unit: "Q", by: past() ? -1 : 0), "the-quarter")
            case "WE":
                guard let dct = anchor.dct else {
                    return make(i, u.end, .date, "XXXX-WXX-WE", "the-weekend")
                }
                let back = dct.weekday < 6 && past()
                return make(i, u.end, .date, anchor.shifted(unit: "WE", by: back ? -1 : 0), "the-weekend")
            default: break
            }
        }
        if let r = lex.match(.recent, t, j), let u = unit(at: r.end), u.plural {
            return make(i, u.end, .duration, TimexFormat.duration(nil, unit: u.unit), "recent-units")
        }
        guard let r = lex.match(.reldir, t, j) else { return nil }
        let direction = Int(r.entry.number)
        let word = r.entry.words.first ?? ""
        let past = word == "past"
        j = r.end
        // "the current fiscal year"
        if lex.isa(.yearadj, t, j), let u = unit(at: j + 1), u.unit == "Y", !u.plural { j += 1 }
        // "the past two years", "next three months", "the next few days": durations.
        if let n = number(at: j), n.kind != .article, let u = unit(at: n.end), u.unit != "WE" {
            if direction == 0 { return nil }
            return make(i, u.end, .duration, TimexFormat.duration(n.value, unit: u.unit), "relative-span")
        }
        if let u = unit(at: j) {
            if u.plural {
                if direction == 0 { return nil }
                return make(i, u.end, .duration, TimexFormat.duration(nil, unit: u.unit), "relative-span")
            }
            if u.unit == "D" || u.unit.hasPrefix("T") { return nil }
            if (the && direction != 0 && word != "latest") || (past && !the) {
                if u.unit == "WE" { return nil }
                return make(i, u.end, .duration, TimexFormat.duration(1, unit: u.unit), "relative-span")
            }
            let value = anchor.shifted(unit: u.unit, by: Double(direction))
            if u.unit == "Y", let q = yearsQuarter(at: u.end, year: value) { return make(i, q.end, .date, q.value, "relative-year-quarter") }
            return make(i, u.end, .date, value, "relative-unit")
        }
        if the { return nil }
        if let m = month(at: j), !m.abbreviated {
            let year = anchor.year(month: m.month, direction: direction)
            return make(i, m.end, .date, TimexFormat.month(year, m.month), "relative-month")
        }
        if t.indices.contains(j), t[j].capitalized, let d = lex.match(.weekday, t, j) {
            let wd = Int(d.entry.number)
            if let p = lex.match(.partofday, t, d.end) {
                let date = anchor.date(weekday: wd, direction: direction, tense: tense(i, d.end))
                return make(i, p.end, .time, (date.map(TimexFormat.date) ?? "XXXX-WXX-\(wd)") + "T" + p.entry.value, "relative-weekday-part")
            }
            let value = anchor.date(weekday: wd, direction: direction, tense: tense(i, d.end)).map(TimexFormat.date)
                ?? "XXXX-WXX-\(wd)"
            return make(i, d.end, .date, value, "relative-weekday")
        }
        if let h = holidayName(at: j) {
            return holidayMatch(i, h.end, h.rule, anchor.date(holiday: h.rule, direction: direction))
        }
        if let s = lex.match(.season, t, j) {
            let year = anchor.year(season: s.entry.value, direction: direction)
            return make(i, s.end, .date, "\(TimexFormat.year(year))-\(s.entry.value)", "relative-season")
        }
        if let p = lex.match(.partofday, t, j), direction <= 0, !past {
            let day = direction < 0 ? -1 : 0
            let date = anchor.dct.map { TimexFormat.date($0.adding(days: day)) } ?? "XXXX-XX-XX"
            return make(i, p.end, .time, date + "T" + p.entry.value, "relative-day-part")
        }
        return nil
    }

    /// "two years ago" (a date at the unit's granularity), "a few days ago" (PAST_REF), "three weeks later".
    func ago(at i: Int) -> DateMatch? {
        var amount: Double?
        var unitInfo: (unit: String, plural: Bool, end: Int)
        var vague = false
        if let n = number(at: i), let u = unit(at: n.end) {
            amount = n.value
            vague = n.value == nil
            unitInfo = u
        } else if let u = unit(at: i), u.plural {
            vague = true
            unitInfo = u
        } else {
            return nil
        }
        guard let a = lex.match(.agoword, t, unitInfo.end) else { return nil }
        let direction = a.entry.number
        // "three days later", "a day earlier": TimeML tags the length and leaves the word as a signal,
        // since the anchor is the story's event, not the dct. "a year earlier" in a report compares
        // periods and stays a date; "ago" and "from now" are anchored on the dct.
        let signal = a.entry.words == ["later"] || (a.entry.words == ["earlier"] && unitInfo.unit != "Y")
        if signal, unitInfo.unit != "WE" {
            if amount == nil && !vague { return nil }
            return make(i, unitInfo.end, .duration, formatted(vague ? nil : amount, unit: unitInfo.unit), "duration-signal")
        }
        if vague || anchor.dct == nil {
            return make(i, a.end, .date, Anchoring.reference(direction: direction), "ago-vague")
        }
        let n = (amount ?? 1) * direction
        var unitName = unitInfo.unit
        var steps = n
        switch unitName {
        case "DE": (unitName, steps) = ("Y", n * 10)
        case "CE": (unitName, steps) = ("Y", n * 100)
        case "WE": unitName = "W"
        default: break
        }
        if steps != steps.rounded() {
            return make(i, a.end, .date, Anchoring.reference(direction: direction), "ago-vague")
        }
        return make(i, a.end, .date, anchor.shifted(unit: unitName, by: steps), "ago")
    }

    /// "the year", "the full year", "the fiscal year": the story's year; "the year ended June 30" (a
    /// reporting period) is a length. Not "the year-ago quarter", "the year 2000", "the years".
    func theYear(at j: Int) -> DateMatch? {
        var k = j
        if lex.isa(.yearadj, t, k) { k += 1 }
        guard let u = unit(at: k), u.unit == "Y", !u.plural, !(adjacent(u.end) && isWord(u.end, .hyphen)),
            !isNumber(u.end), lex.match(.number, t, u.end) == nil
        else { return nil }
        if lex.isa(.periodend, t, u.end) { return make(j - 1, u.end, .duration, "P1Y", "the-year-length") }
        return make(j - 1, u.end, .date, anchor.dct.map { TimexFormat.year($0.year) } ?? "XXXX", "the-year")
    }

    /// "this year's third quarter", "last year's quarter" after the year's value ("1989"): the quarter
    /// of that year, the ordinal's or else the latest one reported by the dct.
    func yearsQuarter(at k: Int, year: String) -> (value: String, end: Int)? {
        guard isWord(k, .apostrophe), isWord(k + 1, .s), adjacent(k + 1) else { return nil }
        let year = year.utf8.count == 4 ? year : "XXXX"  // no dct: the year is unknown, the quarter not
        if let o = lex.match(.ordinal, t, k + 2), o.entry.number <= 4, let u = unit(at: o.end), u.unit == "Q", !u.plural {
            return ("\(year)-Q\(Int(o.entry.number))", u.end)
        }
        if let u = unit(at: k + 2), u.unit == "Q", !u.plural, let q = latestQuarter {
            return ("\(year)-Q\(q)", u.end)
        }
        return nil
    }

    /// The latest quarter the dct's reports cover: the one before the dct's.
    var latestQuarter: Int? { anchor.dct.map { $0.adding(months: -3).quarter } }
}
