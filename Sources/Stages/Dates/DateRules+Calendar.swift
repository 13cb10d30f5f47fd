/// Calendar dates: month names with days and years, ISO and numeric dates, years, decades, centuries,
/// quarters, halves, seasons, weekdays and holidays.
extension DateGrammar {
    /// "15 September", "September 15, 2021", "Sept. 15", "September 2021", "September this year",
    /// "15th of May", "August" (alone, only with date context when the name is also a word).
    func explicitDate(at i: Int) -> DateMatch? {
        if let m = month(at: i) {
            var j = m.end
            if let d = dayOfMonth(at: j) {
                j = d.end
                if let y = followingYear(at: j) {
                    return make(i, y.end, .date, TimexFormat.day(y.year, m.month, d.day), "month-day-year")
                }
                let year = anchor.year(month: m.month, day: d.day, tense: tense(i, j))
                return make(i, j, .date, TimexFormat.day(year, m.month, d.day), "month-day")
            }
            if let y = followingYear(at: j, allowOf: true) {
                return make(i, y.end, .date, TimexFormat.month(y.year, m.month), "month-year")
            }
            guard standaloneMonthOK(at: i, abbreviated: m.abbreviated) else { return nil }
            let year = anchor.year(month: m.month, day: nil, tense: tense(i, j))
            return make(i, j, .date, TimexFormat.month(year, m.month), "month")
        }
        if let d = dayOfMonth(at: i) {
            var j = d.end
            if isWord(j, .of) { j += 1 }
            guard let m = month(at: j) else { return nil }
            j = m.end
            if let y = followingYear(at: j) {
                return make(i, y.end, .date, TimexFormat.day(y.year, m.month, d.day), "day-month-year")
            }
            let year = anchor.year(month: m.month, day: d.day, tense: tense(i, j))
            return make(i, j, .date, TimexFormat.day(year, m.month, d.day), "day-month")
        }
        return nil
    }

    /// A year after a month or day: "2021", ", 2021", "of 2021" (with `allowOf`), "this year", "last year".
    func followingYear(at j: Int, allowOf: Bool = false) -> (year: Int?, end: Int)? {
        var k = j
        if isWord(k, .comma) || (allowOf && isWord(k, .of)) { k += 1 }
        if let y = yearNumber(at: k) { return (y.year, y.end) }
        if let y = yearWords(at: k, cued: true) { return (y.year, y.end) }
        if let r = lex.match(.reldir, t, j), let u = unit(at: r.end), u.unit == "Y", !u.plural {
            let value = anchor.dct.map { $0.year + Int(r.entry.number) }
            return (value, u.end)
        }
        return nil
    }

    /// A month name with no day or year is a date only when it cannot be a verb, a name or an
    /// abbreviation of something else.
    private func standaloneMonthOK(at i: Int, abbreviated: Bool) -> Bool {
        if abbreviated { return false }
        // "By April Smith" is a byline; "by August" (lower-case, the name test below still applies) a deadline.
        if i > 0, lex.isa(.namecue, t, i - 1), !(isWord(i - 1, .by) && !t[i - 1].capitalized) { return false }
        let ambiguous = lex.isa(.monthambiguous, t, i)
        let nameLike = lex.isa(.monthname, t, i)
        let prev = i - 1
        let cued = prev >= 0 && (lex.isa(.yearcue, t, prev) || lex.isa(.reldir, t, prev))
        if ambiguous {
            // "and May" / "or March" only after another date ("April and May").
            if isWord(prev, .and) || isWord(prev, .or) || isWord(prev, .to) || isWord(prev, .through) {
                return prev >= 1 && (month(at: prev - 1) != nil || isNumber(prev - 1))
            }
            return cued && !isWord(prev, .the) && !capitalizedWord(i + 1)
        }
        if nameLike || ambiguous {
            if capitalizedWord(i + 1) && !isDateWord(i + 1) && !t[i + 1].lineBefore { return false }
            if capitalizedWord(prev) && !t[i].lineBefore && !cued && !isDateWord(prev) && !sentenceStart(prev) {
                return false
            }
        }
        return true
    }

    func sentenceStart(_ i: Int) -> Bool {
        i == 0 || t[i].lineBefore || isWord(i - 1, .dot) || isWord(i - 1, .bang) || isWord(i - 1, .question) || isWord(i - 1, .quote)
            || isWord(i - 1, .ldquo)
    }

    /// "2021-09-15", "2021/09/15", "15/09/2021" and "09/15/2021" when only one reading is a date.
    func isoOrNumericDate(at i: Int) -> DateMatch? {
        guard isNumber(i), isNumber(i + 2), isNumber(i + 4), adjacent(i + 1), adjacent(i + 2), adjacent(i + 3),
            adjacent(i + 4)
        else { return nil }
        let sep = w(i + 1)
        guard sep == "-" || sep == "/" || sep == ".", w(i + 3) == sep else { return nil }
        if adjacent(i + 5), w(i + 5) == sep || isWord(i + 5, .dot) && isNumber(i + 6) { return nil }
        let a = t[i], b = t[i + 2], c = t[i + 4]
        if a.digits == 4, b.digits <= 2, c.digits <= 2, sep != "." {
            guard (1...12).contains(b.number), c.number >= 1,
                c.number <= CalendarDate.daysIn(month: b.number, year: a.number)
            else { return nil }
            return make(i, i + 5, .date, TimexFormat.day(a.number, b.number, c.number), "iso-date")
        }
        guard a.digits <= 2, b.digits <= 2, c.digits == 4 || (c.digits == 2 && sep == "/") else { return nil }
        let year = c.digits == 4 ? c.number : (c.number <= 40 ? 2000 + c.number : 1900 + c.number)
        var month: Int
        var day: Int
        if a.number > 12, b.number <= 12 {
            (day, month) = (a.number, b.number)
        } else if b.number > 12, a.number <= 12 {
            (month, day) = (a.number, b.number)
        } else if a.number == b.number {
            (month, day) = (a.number, a.number)
        } else {
            return nil
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        return make(i, i + 5, .date, TimexFormat.day(year, month, day), "numeric-date")
    }

    /// A bare year ("2020"), a fiscal year ("fiscal 2021", "FY2021", "FY21"), or a decade ("the 1990s",
    /// "the '90s"). Numbers that are quantities ("2000 troops", "$2021") are not years.
    func year(at i: Int) -> DateMatch? {
        if let f = lex.match(.fiscal, t, i) {
            var j = f.end
            if isWord(j, .year) { j += 1 }
            if let y = yearNumber(at: j) { return make(i, y.end, .date, TimexFormat.year(y.year), "fiscal-year") }
            if adjacent(j), isNumber(j), t[j].digits == 2, f.entry.words == ["fy"] {
                return make(i, j + 1, .date, TimexFormat.year(2000 + t[j].number), "fiscal-year")
            }
            return nil
        }
        var the = false
        var j = i
        if isWord(i, .the) {
            the = true
            j += 1
        }
        // Decades: "1990s", "the 1990s", "the '90s".
        if isNumber(j), t[j].digits == 4, t[j].number % 10 == 0, adjacent(j + 1), isWord(j + 1, .s)
            || (isWord(j + 1, .apostrophe) && adjacent(j + 2) && isWord(j + 2, .s))
        {
            let end = isWord(j + 1, .s) ? j + 2 : j + 3
            return make(i, end, .date, String(t[j].number / 10), "decade")
        }
        if isWord(j, .apostrophe), isNumber(j + 1), adjacent(j + 1), t[j + 1].digits == 2, t[j + 1].number % 10 == 0,
            adjacent(j + 2), isWord(j + 2, .s)
        {
            let n = t[j + 1].number
            return make(i, j + 3, .date, String((n <= 20 ? 2000 + n : 1900 + n) / 10), "decade")
        }
        if the {
            // "the 1988 quarter", "the 1989 period": that year's quarter under discussion (`matches()`),
            // else the latest one the dct's reports cover.
            guard let y = yearNumber(at: j), t[j].digits == 4 else { return nil }
            let quarter = unit(at: y.end).flatMap { $0.unit == "Q" && !$0.plural ? $0.end : nil }
            guard let end = quarter ?? (lex.isa(.period, t, y.end) ? y.end + 1 : nil) else { return nil }
            let value = latestQuarter.map { "\(TimexFormat.year(y.year))-Q\($0)" } ?? TimexFormat.year(y.year)
            return make(i, end, .date, value, "year-period")
        }
        guard isNumber(i), t[i].digits == 4, let y = yearNumber(at: i) else { return nil }
        if i > 0, adjacent(i), !(isWord(i - 1, .lparen) || isWord(i - 1, .hyphen) || isWord(i - 1, .endash) || isWord(i - 1, .slash)) {
            return nil
        }
        if i > 0, lex.isa(.quantitybefore, t, i - 1) { return nil }
        if lex.isa(.quantity, t, y.end) || (adjacent(y.end) && isWord(y.end, .percent)) { return nil }
        if adjacent(y.end), isWord(y.end, .colon) || isWord(y.end, .slash) { return nil }
        if adjacent(i + 1), isWord(i + 1, .hyphen), isNumber(i + 2), adjacent(i + 2), t[i + 2].digits <= 2 {
            // "2021-22" season ranges are fine as the first year; "2021-09" is a month.
            if t[i + 2].digits == 2, (1...12).contains(t[i + 2].number), !(adjacent(i + 3) && isWord(i + 3, .hyphen)) {
                let m = t[i + 2].number
                if bytes[t[i + 2].start] == UInt8(ascii: "0") {
                    return make(i, i + 3, .date, TimexFormat.month(y.year, m), "iso-month")
                }
            }
        }
        let cued = i > 0 && (lex.isa(.yearcue, t, i - 1) || month(at: i - 1) != nil)
        if y.year < 1900 || y.year > 2099 {
            guard cued, y.year >= 1000 else { return nil }
        }
        if i > 0, capitalizedWord(i - 1), !cued, !sentenceStart(i - 1), !isDateWord(i - 1) { return nil }
        return make(i, y.end, .date, TimexFormat.year(y.year), "year")
    }

    /// "the 20th century" (value 19), "the nineteenth century".
    func decadeOrCentury(at i: Int) -> DateMatch? {
        var j = i
        if isWord(j, .the) { j += 1 }
        var n: Int?
        var k = j
        if isNumber(j), t[j].digits <= 2, adjacent(j + 1), lex.isa(.ordinalsuffix, t, j + 1) {
            n = t[j].number
            k = j + 2
        } else if let o = lex.match(.ordinal, t, j) {
            n = Int(o.entry.number)
            k = o.end
        }
        guard let n, n >= 1, let u = unit(at: k), u.unit == "CE", !u.plural else { return nil }
        return make(i, u.end, .date, TimexFormat.pad(n - 1, 2), "century")
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "Q3 2021", "the first half of 2021".
    func quarterOrHalf(at i: Int) -> DateMatch? {
        var j = i
        if isWord(j, .the) { j += 1 }
        var explicitYear: Int?
        if let y = yearNumber(at: j), unit(at: y.end) == nil || lex.isa(.ordinal, t, y.end) {
            explicitYear = y.year
            j = y.end
        }
        if lex.isa(.fiscal, t, j) { j += 1 }
        var q: Int
        var letter = "Q"
        if isWord(j, .q), adjacent(j + 1), isNumber(j + 1), (1...4).contains(t[j + 1].number), t[i].capitalized || isWord(i, .the) {
            q = t[j + 1].number
            j += 2
        } else if let o = lex.match(.ordinal, t, j), o.entry.number <= 4 {
            var k = o.end
            if isWord(k, .hyphen) && adjacent(k) { k += 1 }
            if let u = unit(at: k), u.unit == "Q", !u.plural {
                q = Int(o.entry.number)
                j = u.end
            } else if lex.isa(.halfyear, t, k), o.entry.number <= 2 {
                q = Int(o.entry.number)
                letter = "H"
                j = k + 1
            } else {
                return nil
            }
        } else {
            return nil
        }
        if let y = followingYear(at: j, allowOf: true) {
            explicitYear = y.year
            j = y.end
        } else if letter == "H", explicitYear == nil {
            // "the second half" of a match, a film, a century: only with a year.
            if isWord(j, .of), isWord(j + 1, .the) || isWord(j + 1, .this), unit(at: j + 2)?.unit == "Y" {
                j += 3
            } else {
                return nil
            }
        }
        let year = explicitYear ?? (letter == "Q" ? anchor.year(quarter: q, tense: tense(i, j)) : anchor.dct?.year)
        return make(i, j, .date, "\(TimexFormat.year(year))-\(letter)\(q)", letter == "Q" ? "quarter" : "half")
    }

    /// "summer 2021", "the fall of 1998", "the summer", "in spring". The bare word needs a cue, and a
    /// capitalised "Fall" only counts with a year ("the Fall of Rome" is a name).
    func season(at i: Int) -> DateMatch? {
        var j = i
        let the = isWord(i, .the)
        if the { j += 1 }
        guard let s = lex.match(.season, t, j) else { return nil }
        if !the, isWord(j - 1, .to), lex.isa(.seasonverb, t, j) { return nil }  // "prices continue to fall"
        if let y = followingYear(at: s.end, allowOf: true) {
            return make(i, y.end, .date, "\(TimexFormat.year(y.year))-\(s.entry.value)", "season-year")
        }
        if t[j].capitalized && !sentenceStart(j) { return nil }
        if isWord(s.end, .of) || capitalizedWord(s.end) && !t[s.end].lineBefore { return nil }
        let cued = the || (j > 0 && (lex.isa(.yearcue, t, j - 1) || lex.isa(.posmod, t, j - 1)))
        guard cued, !(adjacent(s.end) && isWord(s.end, .hyphen)) else { return nil }
        return make(i, s.end, .date, "\(TimexFormat.year(anchor.year(season: s.entry.value, direction: 0)))-\(s.entry.value)", "season")
    }

    /// "Friday" resolved by tense; "Wednesday, Sept. 15" takes the explicit date. "Sunday Times" is a name.
    func weekdayDate(at i: Int) -> DateMatch? {
        guard i < t.count, t[i].capitalized, let d = lex.match(.weekday, t, i) else { return nil }
        var j = d.end
        if isWord(j, .comma) { j += 1 }
        if let e = explicitDate(at: j), e.timex.value.count == 10 { return make(i, e.end, .date, e.timex.value, "weekday-date") }
        let prev = i - 1
        let cued = prev >= 0 && (lex.isa(.weekdaycue, t, prev) || lex.isa(.reldir, t, prev) || isWord(prev, .comma))
        if !cued, capitalizedWord(d.end), !t[d.end].lineBefore, !isDateWord(d.end) { return nil }
        let value: String
        var tense = tense(i, d.end)
        // "over Thursday's closing price", "ways to get around Wednesday's ruling": a possessive day
        // names something that has happened, whatever the sentence's tense (all 17 in TBAQ do).
        if tense != .past, isWord(d.end, .apostrophe), isWord(d.end + 1, .s) { tense = .unknown }
        if let date = anchor.date(weekday: Int(d.entry.number), tense: tense) {
            value = TimexFormat.date(date)
        } else {
            value = "XXXX-WXX-\(Int(d.entry.number))"
        }
        return make(i, d.end, .date, value, "weekday")
    }

    /// "Christmas", "New Year's Day", "Thanksgiving", "Easter 2000": the year follows tense like a month
    /// and day; "Easter week" and "the Thanksgiving weekend" are the holiday's week.
    func holiday(at i: Int) -> DateMatch? {
        guard let h = holidayName(at: i) else { return nil }
        if let y = followingYear(at: h.end), let year = y.year {
            return make(i, y.end, .date, TimexFormat.date(h.rule.date(in: year)), "holiday")
        }
        let date = anchor.date(holiday: h.rule, tense: tense(i, h.end))
        return holidayMatch(i, h.end, h.rule, date)
    }

    /// A capitalised holiday name at `i` ("the Fourth of July" may start with "the").
    func holidayName(at i: Int) -> (rule: HolidayRule, end: Int)? {
        guard i < t.count, t[i].capitalized || (isWord(i, .the) && capitalizedWord(i + 1)),
            let h = lex.match(.holiday, t, i), let rule = HolidayRule(h.entry.value)
        else { return nil }
        // "Easter Island", "Labor Day Committee": a capitalised word after the name makes it part of
        // another name (date words excepted).
        if capitalizedWord(h.end), !t[h.end].lineBefore, !isDateWord(h.end), !lex.isa(.unit, t, h.end) { return nil }
        return (rule, h.end)
    }

    /// The holiday's day, or its week/weekend when "week"/"weekend" follows.
    func holidayMatch(_ i: Int, _ end: Int, _ rule: HolidayRule, _ date: CalendarDate?) -> DateMatch {
        if let u = unit(at: end), !u.plural, u.unit == "W" || u.unit == "WE" {
            guard let date else { return make(i, u.end, .date, u.unit == "W" ? "XXXX-WXX" : "XXXX-WXX-WE", "holiday-week") }
            let week = TimexFormat.week(date)
            return make(i, u.end, .date, u.unit == "W" ? week : week + "-WE", "holiday-week")
        }
        guard let date else {
            if case .fixed(let m, let d) = rule { return make(i, end, .date, TimexFormat.day(nil, m, d), "holiday") }
            return make(i, end, .date, "XXXX-XX-XX", "holiday")
        }
        return make(i, end, .date, TimexFormat.date(date), "holiday")
    }

    /// "the week of March 6": the ISO week holding that day.
    func weekOf(at i: Int) -> DateMatch? {
        guard lex.isa(.unit, t, i) || lex.isa(.unit, t, i + 1), isWord(i, .the) || isWord(i, .week) else { return nil }
        let j = isWord(i, .the) ? i + 1 : i
        guard isWord(j, .week), isWord(j + 1, .of), let e = explicitDate(at: j + 2), let d = CalendarDate(iso: e.timex.value),
            e.timex.value.count == 10
        else { return nil }
        return make(i, e.end, .date, TimexFormat.week(d), "week-of")
    }
}
