/// Clock times: "5 p.m.", "17:30", "10:35 a.m. EST", "noon Saturday", "midnight", with the date they
/// name after them or the dct's date.
extension DateGrammar {
    func clockTime(at i: Int) -> DateMatch? {
        var hour: Int
        var minute = 0
        var j: Int
        if let c = lex.match(.clockword, t, i) {
            let parts = c.entry.value.split(separator: ":")
            hour = Int(parts[0]) ?? 12
            j = c.end
        } else if let n = clockHour(at: i) {
            hour = n.hour
            j = n.end
            var colon = false
            if n.digits, t[i].digits <= 2, adjacent(j), isWord(j, .colon) || isWord(j, .dot), isNumber(j + 1),
                adjacent(j + 1), t[j + 1].digits == 2, t[j + 1].number < 60
            {
                colon = isWord(j, .colon)
                minute = t[j + 1].number
                j += 2
            }
            if let a = lex.match(.ampm, t, j) {
                guard hour >= 1, hour <= 12 else { return nil }
                if a.entry.value == "PM", hour < 12 { hour += 12 }
                if a.entry.value == "AM", hour == 12 { hour = 0 }
                j = a.end
            } else if let o = lex.match(.oclock, t, j) {
                j = o.end
            } else {
                guard colon, hour <= 23, i == 0 || !(adjacent(i) && isWord(i - 1, .colon)) else { return nil }
                if adjacent(j), isWord(j, .colon) { return nil }  // "1:30:00" durations, bible verses
            }
        } else {
            return nil
        }
        if let z = lex.match(.timezone, t, j), t[j].capitalized { j = z.end }
        var date = anchor.dct.map(TimexFormat.date) ?? "XXXX-XX-XX"
        var k = j
        if isWord(k, .comma) { k += 1 }
        // "10:35 a.m. (0735 GMT) Friday": the day after a short parenthesis still names the time's day,
        // though the parenthesis stays outside the expression.
        var keepEnd = false
        if isWord(k, .lparen), let close = (k + 1..<min(k + 6, t.count)).first(where: { isWord($0, .rparen) }) {
            if let wd = weekdayDate(at: close + 1) ?? explicitDate(at: close + 1), wd.timex.value.count == 10 {
                date = wd.timex.value
                keepEnd = true
            }
        }
        if isWord(k, .on) { k += 1 }
        if !keepEnd {
            if let d = lex.match(.dayref, t, k) {
                date = anchor.dct.map { TimexFormat.date($0.adding(days: Int(d.entry.number))) } ?? date
                j = d.end
            } else if let e = explicitDate(at: k), e.timex.value.count == 10 {
                date = e.timex.value
                j = e.end
            } else if let wd = weekdayDate(at: k) {
                date = wd.timex.value
                j = wd.end
            }
        }
        let value = "\(date)T\(TimexFormat.pad(hour, 2)):\(TimexFormat.pad(minute, 2))"
        return make(i, j, .time, value, "clock")
    }

    /// An hour: one or two digits not inside a larger number, or a number word.
    private func clockHour(at i: Int) -> (hour: Int, end: Int, digits: Bool)? {
        if isNumber(i) {
            guard t[i].digits <= 2, t[i].number <= 24 else { return nil }
            if adjacent(i), isWord(i - 1, .dot) || isWord(i - 1, .comma) || isWord(i - 1, .colon) || isWord(i - 1, .dollar) { return nil }
            return (t[i].number, i + 1, true)
        }
        if let m = lex.match(.number, t, i), m.entry.number >= 1, m.entry.number <= 12 {
            return (Int(m.entry.number), m.end, false)
        }
        return nil
    }
}
