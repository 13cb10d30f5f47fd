/// Modifiers inside the expression (ANNOTATION.md): "the end of September" (END), "early 2020" (START),
/// "mid-2021" (MID), "at least five years" (EQUAL_OR_MORE), "about two years ago" (APPROX),
/// "earlier this year" (no mod, the same period).
extension DateGrammar {
    func positionModified(at i: Int) -> DateMatch? {
        guard let p = lex.match(.posmod, t, i) else { return nil }
        var j = p.end
        let hyphen = isWord(j, .hyphen) && adjacent(j)
        if hyphen { j += 1 }
        // "the end of the year", "the beginning of the month"
        if isWord(j, .the), let u = unit(at: j + 1), !u.plural, ["Y", "M", "W", "Q", "DE", "CE"].contains(u.unit),
            p.entry.words.count > 1
        {
            return make(i, u.end, .date, anchor.shifted(unit: u.unit, by: 0), "position-modified", mod: p.entry.value)
        }
        guard let c = core(at: j), c.timex.type == .date || c.timex.type == .time else { return nil }
        guard !c.timex.value.hasSuffix("_REF") else { return nil }
        if p.entry.words == ["mid"], !hyphen, c.rule != "month", c.rule != "year", c.rule != "month-year" { return nil }
        // "late Friday" is a time of that day; keep it a date with the mod.
        let m = make(i, c.end, c.timex.type, c.timex.value, c.rule, mod: p.entry.value)
        // "early the next day": a shift from the story's reference time, resolved later, carries over (its
        // value is empty until then; without the shift it stayed empty).
        m.shift = c.shift
        return m
    }

    func quantityModified(at i: Int) -> DateMatch? {
        guard let q = lex.match(.qmod, t, i) else { return nil }
        let j = q.end
        var c = core(at: j)
        if c == nil || c?.rule == "duration" || c?.rule == "duration-vague" {
            // "more than a year": articles count as numbers after a quantity modifier.
            if let n = number(at: j), n.kind == .article, let u = unit(at: n.end), !u.plural, u.unit != "WE",
                !(u.unit == "Q" && isWord(u.end, .of)), !isWord(u.end, .old)
            {
                let a = lex.match(.agoword, t, u.end)
                let signal = a?.entry.words == ["later"] || (a?.entry.words == ["earlier"] && u.unit != "Y")
                if let a, !signal {
                    c = make(j, a.end, .date, anchor.shifted(unit: u.unit, by: a.entry.number), "ago")
                } else {
                    c = make(j, u.end, .duration, formatted(1, unit: u.unit), "duration")
                }
            }
        }
        guard let c, ["duration", "ago", "clock", "year", "duration-adjective", "duration-signal"].contains(c.rule) else { return nil }
        if q.entry.words == ["some"], !isNumber(j), lex.match(.number, t, j) == nil { return nil }
        return make(i, c.end, c.timex.type, c.timex.value, c.rule, mod: q.entry.value)
    }

    /// "earlier this year", "later this month", "earlier Sunday": the same period, the word inside.
    func earlierOrLater(at i: Int) -> DateMatch? {
        guard lex.isa(.earlierlater, t, i), let c = core(at: i + 1) else { return nil }
        guard ["relative-unit", "weekday", "day-ref", "relative-weekday", "day-part", "relative-day-part"].contains(c.rule),
            !c.timex.value.hasSuffix("_REF")
        else { return nil }
        return make(i, c.end, c.timex.type, c.timex.value, c.rule)
    }
}
