import Pipeline

/// Expressions anchored on the story's own time rather than the document's: "that year", "the
/// following month", "the next day", "earlier that day", "the previous Friday". HeidelTime calls this
/// the reference time of narrative text: the last date mentioned at the granularity asked for. The
/// grammar marks such a match with a `ReferenceShift`; `ReferenceTime` resolves it in text order.
struct ReferenceShift: Sendable {
    /// "Y", "M", "W", "Q" or "D".
    var unit: String
    var offset: Int
    /// A part of the day ("MO") for "the next morning": the value becomes a TIME.
    var partOfDay: String?
    /// An ISO weekday for "the previous Friday": the latest such day before the reference day.
    var weekday: Int?
}

/// The last date mentioned at each granularity, starting from the dct.
struct ReferenceTime {
    var year: Int?
    var month: (year: Int, month: Int)?
    var day: CalendarDate?
    var quarter: (year: Int, quarter: Int)?

    init(dct: CalendarDate?) {
        year = dct?.year
        month = dct.map { ($0.year, $0.month) }
        day = dct
        quarter = dct.map { ($0.year, $0.quarter) }
    }

    /// Takes the dates a resolved value names: "1995" sets the year, "1995-05-22" all three.
    mutating func note(_ value: String) {
        // Read in place (values are short native strings): iterating `utf8.prefix(10)` cost hundreds of
        // instructions per match.
        var value = value
        value.withUTF8 { u in note(UnsafeBufferPointer(rebasing: u.prefix(10))) }
    }

    private mutating func note(_ u: UnsafeBufferPointer<UInt8>) {
        guard u.count >= 4, let y = ReferenceTime.digits(u, 0, 4) else { return }
        if u.count >= 7, u[4] == UInt8(ascii: "Q"), let q = ReferenceTime.digits(u, 6, 1) {
            year = y
            quarter = (y, q)
            return
        }
        year = y
        guard u.count >= 7, u[4] == UInt8(ascii: "-"), let m = ReferenceTime.digits(u, 5, 2), (1...12).contains(m) else {
            return
        }
        month = (y, m)
        quarter = (y, (m - 1) / 3 + 1)
        guard u.count == 10, u[7] == UInt8(ascii: "-"), let d = ReferenceTime.digits(u, 8, 2), d >= 1,
            d <= CalendarDate.daysIn(month: m, year: y)
        else { return }
        day = CalendarDate(year: y, month: m, day: d)
    }

    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= u.count else { return nil }
        var n = 0
        for k in start..<(start + count) {
            guard u[k] >= 0x30, u[k] <= 0x39 else { return nil }
            n = n * 10 + Int(u[k] - 0x30)
        }
        return n
    }

    /// The TIMEX3 value of a shift from the reference time (X parts when nothing is known).
    func resolve(_ s: ReferenceShift) -> (type: Timex.Kind, value: String) {
        switch s.unit {
        case "Y":
            return (.date, TimexFormat.year(year.map { $0 + s.offset }))
        case "M":
            guard let month else { return (.date, "XXXX-XX") }
            let d = CalendarDate(year: month.year, month: month.month, day: 1).adding(months: s.offset)
            return (.date, TimexFormat.month(d.year, d.month))
        case "Q":
            guard let quarter else { return (.date, "XXXX-QX") }
            let total = quarter.year * 4 + (quarter.quarter - 1) + s.offset
            return (.date, "\(TimexFormat.year(total / 4))-Q\(total % 4 + 1)")
        case "W":
            guard let day else { return (.date, "XXXX-WXX") }
            return (.date, TimexFormat.week(day.adding(days: 7 * s.offset)))
        default:
            guard let day else {
                if let wd = s.weekday { return (.date, "XXXX-WXX-\(wd)") }
                return s.partOfDay.map { (.time, "XXXX-XX-XXT\($0)") } ?? (.date, "XXXX-XX-XX")
            }
            var date = day.adding(days: s.offset)
            if let wd = s.weekday {
                let back = (day.weekday - wd + 7) % 7
                date = day.adding(days: back == 0 ? -7 : -back)
            }
            if let p = s.partOfDay { return (.time, TimexFormat.date(date) + "T" + p) }
            return (.date, TimexFormat.date(date))
        }
    }
}

extension DateGrammar {
    /// "that year", "the same day", "later that month", "that morning", "the following year", "the
    /// previous month", "the next day", "the next morning", "the previous Friday".
    func referenceRelative(at i: Int) -> DateMatch? {
        guard lex.isa(.earlierlater, t, i) || lex.isa(.thatdet, t, i) || lex.isa(.reldir, t, i)
            || lex.isa(.reldir, t, i + 1)
        else { return nil }
        var j = i
        if lex.isa(.earlierlater, t, j), lex.isa(.thatdet, t, j + 1) { j += 1 }
        if let d = lex.match(.thatdet, t, j) {
            var k = d.end
            if isWord(k, .same) { k += 1 }
            if let u = unit(at: k), !u.plural, ["Y", "M", "W", "Q", "D"].contains(u.unit), !(adjacent(u.end) && isWord(u.end, .hyphen)) {
                // "that day" at the end of "the day that ...", "that year's budget" are fine; "that
                // quarter of the city" is not a date.
                if isWord(u.end, .of) { return nil }
                return shifted(i, u.end, ReferenceShift(unit: u.unit, offset: 0))
            }
            if let p = lex.match(.partofday, t, k), !isWord(p.end, .of) {
                return shifted(i, p.end, ReferenceShift(unit: "D", offset: 0, partOfDay: p.entry.value))
            }
            return nil
        }
        guard isWord(i, .the) || j == i else { return nil }
        let k = isWord(i, .the) ? i + 1 : i
        guard let r = lex.match(.reldir, t, k), let word = r.entry.words.first else { return nil }
        let step = Int(r.entry.number)
        let storyWord = word == "following" || word == "previous" || word == "preceding" || word == "prior"
        if let u = unit(at: r.end), !u.plural {
            if u.unit == "D", step != 0, storyWord || word == "next" {
                return shifted(i, u.end, ReferenceShift(unit: "D", offset: step))
            }
            if storyWord, ["Y", "M", "W", "Q"].contains(u.unit), !isWord(u.end, .or) {
                return shifted(i, u.end, ReferenceShift(unit: u.unit, offset: step))
            }
            return nil
        }
        if step != 0, storyWord || word == "next", isWord(i, .the), let p = lex.match(.partofday, t, r.end) {
            return shifted(i, p.end, ReferenceShift(unit: "D", offset: step, partOfDay: p.entry.value))
        }
        if step < 0, storyWord, t.indices.contains(r.end), t[r.end].capitalized, let d = lex.match(.weekday, t, r.end) {
            return shifted(i, d.end, ReferenceShift(unit: "D", offset: 0, weekday: Int(d.entry.number)))
        }
        return nil
    }

    private func shifted(_ start: Int, _ end: Int, _ s: ReferenceShift) -> DateMatch {
        let m = make(start, end, s.partOfDay == nil ? .date : .time, "", "reference")
        m.shift = s
        return m
    }
}
