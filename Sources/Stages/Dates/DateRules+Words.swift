/// Years and decades written in words, as broadcast transcripts spell them: "nineteen ninety-six",
/// "nineteen hundred", "the year two thousand", "two thousand and one", "the nineties".
extension DateGrammar {
    /// A year in words at `i`: a century word (eleven to twenty) and a two-digit word number or
    /// "hundred", or "two thousand" with an optional "and" and number below 100. `cued` says whether
    /// something before it already marks a year (a month, "the year", "in"); readings that could be
    /// counts ("twenty twenty", "two thousand troops") need that cue.
    func yearWords(at i: Int, cued: Bool) -> (year: Int, end: Int)? {
        guard let first = lex.match(.number, t, i) else { return nil }
        let c = Int(first.entry.number)
        var year: Int
        var end: Int
        var countLike: Bool
        if c == 2, isWord(first.end, .thousand) {
            year = 2000
            end = first.end + 1
            var k = end
            if isWord(k, .and) { k += 1 }
            if let n = twoDigitWords(at: k, allowSmall: true) {
                year += n.value
                end = n.end
            }
            countLike = true
        } else if (11...20).contains(c), first.entry.words.count == 1 {
            if isWord(first.end, .hundred) {
                year = c * 100
                end = first.end + 1
            } else if let n = twoDigitWords(at: first.end, allowSmall: false) {
                year = c * 100 + n.value
                end = n.end
            } else {
                return nil
            }
            countLike = c == 20 || isWord(first.end, .hundred)
        } else {
            return nil
        }
        if adjacent(end), isWord(end, .hyphen) { return nil }  // "nineteen ninety-six-year-old"
        if lex.isa(.quantity, t, end) || unit(at: end) != nil { return nil }
        if countLike, !cued || !plainAfterYear(end) { return nil }
        return (year, end)
    }

    /// 10-99 in words: "twelve", "ninety", "ninety-six", "ninety six"; with `allowSmall` also 1-9.
    private func twoDigitWords(at i: Int, allowSmall: Bool) -> (value: Int, end: Int)? {
        guard let m = lex.match(.number, t, i), m.entry.words.count == 1 else { return nil }
        let v = Int(m.entry.number)
        if v >= 20, v % 10 == 0 {
            var k = m.end
            if isWord(k, .hyphen), adjacent(k) { k += 1 }
            if let u = lex.match(.number, t, k), u.entry.words.count == 1, (1...9).contains(Int(u.entry.number)) {
                return (v + Int(u.entry.number), u.end)
            }
            return (v, m.end)
        }
        if (10...19).contains(v) || (allowSmall && (1...9).contains(v)) { return (v, m.end) }
        return nil
    }

    /// After a year in words comes punctuation, the end, a capitalised word or a function word, never a
    /// noun it would count ("two thousand troops").
    private func plainAfterYear(_ k: Int) -> Bool {
        guard k < t.count, t[k].kind == .word, !t[k].capitalized else { return true }
        return lex.isa(.yearcue, t, k) || lex.isa(.future, t, k) || lex.isa(.past, t, k) || lex.isa(.present, t, k)
            || ["and", "or", "but", "when", "that", "which", "where", "while"].contains(w(k))
    }

    /// "nineteen ninety-six", "in two thousand", "the year two thousand" (the phrase is the expression).
    func yearInWords(at i: Int) -> DateMatch? {
        guard lex.isa(.number, t, i) || lex.isa(.unit, t, i) || lex.isa(.unit, t, i + 1) else { return nil }
        var j = i
        if isWord(i, .the), unit(at: i + 1)?.unit == "Y", isWord(i + 1, .year) {
            j = i + 2
        } else if isWord(i, .year) {
            j = i + 1
        }
        let cued = j > i || (i > 0 && (lex.isa(.yearcue, t, i - 1) || month(at: i - 1) != nil))
        guard let y = yearWords(at: j, cued: cued) else { return nil }
        return make(i, y.end, .date, TimexFormat.year(y.year), "year-words")
    }

    /// "the nineties", "the sixties", "early nineties": the decade whose start is the latest one not
    /// after the dct (without a dct, the twentieth century's).
    func decadeInWords(at i: Int) -> DateMatch? {
        guard lex.isa(.decadeword, t, i) || lex.isa(.decadeword, t, i + 1) else { return nil }
        var j = i
        if isWord(i, .the) { j += 1 }
        guard let d = lex.match(.decadeword, t, j) else { return nil }
        let cued = j > i || (i > 0 && (lex.isa(.posmod, t, i - 1) || (isWord(i - 1, .hyphen) && adjacent(i))))
        guard cued else { return nil }
        let tens = Int(d.entry.number)
        var decade = 190 + tens
        if let dct = anchor.dct {
            decade = (dct.year / 100) * 10 + tens
            if decade * 10 > dct.year { decade -= 10 }
        }
        return make(i, d.end, .date, String(decade), "decade-words")
    }
}
