/// Durations ("five years", "44-day", "two and a half months", "decades") and sets ("every Monday",
/// "annually", "twice a week").
extension DateGrammar {
    func duration(at i: Int) -> DateMatch? {
        var j = i
        let the = isWord(i, .the)
        if the {
            j += 1
            if lex.isa(.ordinal, t, j) { j += 1 }  // "the first nine months"
        }
        if let n = number(at: j) {
            var k = n.end
            let hyphen = isWord(k, .hyphen) && adjacent(k) && adjacent(k + 1)
            if hyphen { k += 1 }
            // "two more weeks", "eight trading days", "an additional year"
            if !hyphen, lex.isa(.unitadj, t, k), unit(at: k + 1) != nil { k += 1 }
            guard let u = unit(at: k), u.unit != "WE" else { return nil }
            if n.kind == .article {
                // "a week" is a duration after "for", "in", "within"; "a second" is an ordinal.
                guard !the, u.unit != "TS", i > 0, lex.isa(.durationcue, t, i - 1) else { return nil }
            }
            if n.kind == .digits, n.value ?? 0 > 10_000 { return nil }
            // "the 1988 quarter", "the 1988 second quarter": a year, not a length.
            if n.kind == .digits, t[j].digits == 4, !u.plural { return nil }
            if u.unit == "TS", unit(at: u.end) != nil { return nil }
            if hyphen, adjacent(u.end), isWord(u.end, .hyphen), isWord(u.end + 1, .old) { return nil }
            if the && (hyphen || n.kind == .vague) { return nil }
            // "52 years old" is an age; "three-quarters of its food" a fraction.
            if isWord(u.end, .old) || (!the && u.unit == "Q" && isWord(u.end, .of)) { return nil }
            var value = n.value
            var end = u.end
            if isWord(end, .and), let h = lex.match(.half, t, end + 1), let v = value {
                value = v + h.entry.number
                end = h.end
            }
            // "one day" alone is usually "some day"; keep it only when a cue says it is a length.
            if n.kind == .words, value == 1, u.unit == "D", !(i > 0 && lex.isa(.durationcue, t, i - 1)) { return nil }
            if adjacent(end), isWord(end, .hyphen), isWord(end + 1, .long) { end += 2 }
            return make(i, end, .duration, formatted(value, unit: u.unit), hyphen ? "duration-adjective" : "duration")
        }
        if the { return nil }
        // "for decades", "decades-long"
        if let u = unit(at: i), u.plural, u.unit != "WE", u.unit != "Q" {
            let cued = i > 0 && lex.isa(.durationcue, t, i - 1)
            let long = adjacent(u.end) && isWord(u.end, .hyphen) && isWord(u.end + 1, .long)
            guard cued || long else { return nil }
            return make(i, long ? u.end + 2 : u.end, .duration, TimexFormat.duration(nil, unit: u.unit), "duration-vague")
        }
        return nil
    }

    /// Fractions are written in the next smaller unit, as TimeML does: "half an hour" PT30M, "2 1/2
    /// years" P2Y6M, "5 1/2 hours" PT5H30M, "a decade and a half" P15Y. Fractions with no whole
    /// smaller unit (weeks, months) stay decimal.
    func formatted(_ value: Double?, unit: String) -> String {
        guard let v = value, v != v.rounded(), v > 0 else { return TimexFormat.duration(value, unit: unit) }
        let whole = Int(v.rounded(.down))
        let factors: [String: (unit: String, factor: Double)] = [
            "Y": ("M", 12), "Q": ("M", 3), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60), "DE": ("Y", 10),
            "CE": ("Y", 100),
        ]
        guard let smaller = factors[unit] else { return TimexFormat.duration(value, unit: unit) }
        let sub = (v - Double(whole)) * smaller.factor
        guard abs(sub - sub.rounded()) < 1e-9 else { return TimexFormat.duration(value, unit: unit) }
        if unit == "DE" || unit == "CE" { return TimexFormat.duration(v * smaller.factor, unit: "Y") }
        var parts: [(Int, String)] = []
        if whole > 0 { parts.append((whole, unit == "Q" ? "M" : unit)) }
        if unit == "Q" { parts = whole > 0 ? [(whole * 3, "M")] : [] }
        if let last = parts.last, last.1 == smaller.unit {
            parts[parts.count - 1].0 += Int(sub.rounded())
        } else {
            parts.append((Int(sub.rounded()), smaller.unit))
        }
        return TimexFormat.compound(parts)
    }

    func set(at i: Int) -> DateMatch? {
        if let s = lex.match(.setadv, t, i) {
            // "its quarterly dividend", "a daily newspaper": adjectives before a noun are not sets.
            if i > 0, lex.isa(.setblock, t, i - 1) || (isWord(i - 1, .s) && isWord(i - 2, .apostrophe)) { return nil }
            return make(i, s.end, .set, s.entry.value, "set-adverb")
        }
        if let d = lex.match(.setdet, t, i) {
            var j = d.end
            var amount: Double? = 1
            if let n = number(at: j), n.kind != .article, n.kind != .vague, unit(at: n.end) != nil {
                amount = n.value
                j = n.end
            }
            if let u = unit(at: j), u.unit != "WE" {
                return make(i, u.end, .set, formatted(amount, unit: u.unit), "set-every")
            }
            guard d.entry.words != ["per"] else { return nil }
            if t.indices.contains(j), t[j].capitalized, let wd = lex.match(.weekday, t, j) {
                if let p = lex.match(.partofday, t, wd.end) {
                    return make(i, p.end, .set, "XXXX-WXX-\(Int(wd.entry.number))T\(p.entry.value)", "set-weekday")
                }
                return make(i, wd.end, .set, "XXXX-WXX-\(Int(wd.entry.number))", "set-weekday")
            }
            if let m = month(at: j), !m.abbreviated {
                return make(i, m.end, .set, TimexFormat.month(nil, m.month), "set-month")
            }
            if let p = lex.match(.partofday, t, j) {
                return make(i, p.end, .set, "XXXX-XX-XXT\(p.entry.value)", "set-day-part")
            }
            return nil
        }
        // "twice a week", "three times a year"
        var j: Int?
        if let f = lex.match(.frequency, t, i) {
            j = f.end
        } else if let n = number(at: i), n.kind != .article, let x = lex.match(.times, t, n.end) {
            j = x.end
        }
        if let j, lex.isa(.article, t, j) || lex.isa(.setdet, t, j), let u = unit(at: j + 1), !u.plural {
            return make(i, u.end, .set, formatted(1, unit: u.unit), "set-frequency")
        }
        // "Mondays", "Tuesday nights"
        if t[i].capitalized, let wd = lex.match(.weekdays, t, i) {
            if let p = lex.match(.partofday, t, wd.end) {
                return make(i, p.end, .set, "XXXX-WXX-\(Int(wd.entry.number))T\(p.entry.value)", "set-weekdays")
            }
            return make(i, wd.end, .set, "XXXX-WXX-\(Int(wd.entry.number))", "set-weekdays")
        }
        if t[i].capitalized, let wd = lex.match(.weekday, t, i), let p = lex.match(.partofday, t, wd.end),
            w(p.end - 1).hasSuffix("s")
        {
            return make(i, p.end, .set, "XXXX-WXX-\(Int(wd.entry.number))T\(p.entry.value)", "set-weekdays")
        }
        return nil
    }
}
