import Pipeline

/// One recognised expression: a token range of the date lexer, its TIMEX3 and the rule that made it.
/// A class: as a struct (some 120 bytes with the optional) it was copied in and out of every rule tried
/// at a candidate token, most of which find nothing; a reference is one word, and only the few rules
/// that match allocate one. A match is not shared: each rule makes its own, and only `matches()` and
/// the rule that made it change it.
final class DateMatch {
    var start: Int
    var end: Int
    var timex: Timex
    var rule: String
    /// Set for expressions anchored on the story's reference time; the value is filled in `matches()`.
    var shift: ReferenceShift? = nil

    init(start: Int, end: Int, timex: Timex, rule: String) {
        self.start = start
        self.end = end
        self.timex = timex
        self.rule = rule
    }
}

/// The date grammar: hand-written recognizers over lexicon classes (the words themselves live in
/// `DateLexiconData`). At each token every rule is tried and the longest match wins; matching then
/// resumes after it, so expressions never overlap. Rules are split by family into extensions:
/// calendar dates, relative expressions, durations and sets, times of day, and modifier wrappers.
struct DateGrammar {
    let t: [DateToken]
    let lex: DateLexicon
    let anchor: Anchoring
    let scope: TenseScope
    /// The rule gates, copied in so the hot loop reads fields rather than lazily initialised globals.
    let gates = DateRuleGates.shared

    /// The text's UTF-8 bytes (digit runs are read from them).
    let bytes: [UInt8]

    /// The last `number(at:)` read, shared by the rules tried at one token. Unchecked exclusivity: the
    /// memo is private to one grammar value on one thread, never accessed re-entrantly, and the dynamic
    /// checks were a runtime call on every number read.
    final class Memo {
        @exclusivity(unchecked) var numberAt = -1
        @exclusivity(unchecked) var number: (value: Double?, end: Int, kind: NumberKind)?
    }
    let memo = Memo()

    init(tokens: [DateToken], bytes: [UInt8], lexicon: DateLexicon, anchor: Anchoring, scope: TenseScope) {
        self.t = tokens
        self.bytes = bytes
        self.lex = lexicon
        self.anchor = anchor
        self.scope = scope
    }

    /// The classes token `i`'s word belongs to and the flag bits (`DateRuleGates`); read for candidate
    /// tokens only, not built for every token.
    @inline(__always) func mask(_ i: Int) -> UInt64 {
        guard i >= 0 && i < t.count else { return 0 }
        if t[i].kind == .number { return DateLexicon.numberBit }
        let id = t[i].lexID
        return id >= 0 ? lex.masks[Int(id)] : 0
    }

    /// Every match in text order.
    func matches() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        var lastQuarter: (year: Int, quarter: Int, sentence: Range<Int>)?
        var reference = ReferenceTime(dct: anchor.dct)
        let count = t.count
        let apostrophe = lex.apostropheID
        out.reserveCapacity(count / 32 + 4)
        while i < count {
            // Most tokens start nothing: words that begin no phrase ("the" and "of" included) and
            // punctuation other than the apostrophe, as `couldStart` would find. They are skipped in a
            // tight loop over the tokens' storage rather than one `couldStart` call each.
            i = t.withUnsafeBufferPointer { tokens in
                lex.isStarter.withUnsafeBufferPointer { starter in
                    var k = i
                    while k < count {
                        let id = tokens[k].lexID
                        if tokens[k].isDigitRun || id == apostrophe || id >= 0 && starter[Int(id)] { break }
                        k += 1
                    }
                    return k
                }
            }
            guard i < count else { break }
            guard couldStart(i) else {
                i += 1
                continue
            }
            if let m = best(at: i) {
                let sentence = scope.sentenceOf[m.start]
                if let s = m.shift {
                    let r = reference.resolve(s)
                    m.timex.type = r.type
                    m.timex.value = r.value
                }
                let inContext = lastQuarter.map { q in q.sentence == sentence || q.sentence.upperBound == sentence.lowerBound }
                // The rule names compared once per match, not at each test below.
                let yearAgo = m.rule == "year-ago"
                let yearAgoPeriod = !yearAgo && m.rule == "year-ago-period"
                let yearPeriod = !yearAgo && !yearAgoPeriod && m.rule == "year-period"
                if yearAgo || yearAgoPeriod, let q = lastQuarter, inContext == true {
                    // TimeML anchors "a year earlier" on the period under discussion.
                    let own = DateGrammar.quarterValue(m.timex.value)?.quarter
                    m.timex.value = "\(TimexFormat.year(q.year - 1))-Q\(own ?? q.quarter)"
                } else if yearAgoPeriod, let dct = anchor.dct {
                    let d = dct.adding(months: -15)
                    m.timex.value = "\(TimexFormat.year(d.year))-Q\(d.quarter)"
                }
                if yearPeriod, let q = lastQuarter, inContext == true, let own = DateGrammar.quarterValue(m.timex.value) {
                    m.timex.value = "\(TimexFormat.year(own.year))-Q\(q.quarter)"
                }
                let isComparison = yearAgo || yearAgoPeriod || yearPeriod
                if let parsed = DateGrammar.quarterValue(m.timex.value), !isComparison {
                    lastQuarter = (parsed.year, parsed.quarter, sentence)
                }
                if m.timex.type == .date || m.timex.type == .time { reference.note(m.timex.value) }
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// "1989-Q3" → (1989, 3).
    static func quarterValue(_ v: String) -> (year: Int, quarter: Int)? {
        // Read in place: it runs for every match, and values are ASCII digits where they are numbers.
        guard v.utf8.count == 7 else { return nil }
        var y = 0
        var q = 0
        for (k, c) in v.utf8.enumerated() {
            let digit = c >= 0x30 && c <= 0x39
            switch k {
            case 0...3:
                guard digit else { return nil }
                y = y * 10 + Int(c &- 0x30)
            case 4: guard c == UInt8(ascii: "-") else { return nil }
            case 5: guard c == UInt8(ascii: "Q") else { return nil }
            default:
                guard digit else { return nil }
                q = Int(c &- 0x30)
            }
        }
        return (y, q)
    }

    /// The longest expression starting at token `i`, modifiers included.
    /// `matches()` calls it only where `couldStart(i)` holds.
    func best(at i: Int) -> DateMatch? {
        var best = core(at: i)
        // The winner's end kept as a plain Int: reading it through the optional match copied the match.
        var bestEnd = best?.end ?? Int.min
        let a = mask(i)
        if a & gates.posmod != 0, let c = positionModified(at: i), c.end > bestEnd {
            bestEnd = c.end
            best = c
        }
        if a & gates.qmod != 0, let c = quantityModified(at: i), c.end > bestEnd {
            bestEnd = c.end
            best = c
        }
        if a & gates.earlierlater != 0, let c = earlierOrLater(at: i), c.end > bestEnd { best = c }
        return best
    }

    /// The longest unmodified expression at `i`: the rules in a fixed order, the first of the longest
    /// wins; a rule runs only when its gate (`DateRuleGates`) is open.
    func core(at i: Int) -> DateMatch? {
        guard i < t.count else { return nil }
        let G = gates
        let a = mask(i)
        let b = mask(i + 1)
        let the = a & DateLexicon.theBit != 0
        var best: DateMatch?
        var bestEnd = Int.min
        // A static helper with inout arguments, not a nested function: the locals a nested function
        // captures are boxed and every write to them was a dynamic exclusivity check.
        if a & G.referenceRelative != 0 || b & G.reldir != 0 { Self.keepLonger(referenceRelative(at: i), &best, &bestEnd) }
        if a & G.clockTime != 0 { Self.keepLonger(clockTime(at: i), &best, &bestEnd) }
        if a & G.explicitDate != 0 { Self.keepLonger(explicitDate(at: i), &best, &bestEnd) }
        if a & G.weekday != 0 { Self.keepLonger(weekdayDate(at: i), &best, &bestEnd) }
        if a & DateLexicon.numberBit != 0 { Self.keepLonger(isoOrNumericDate(at: i), &best, &bestEnd) }
        if a & G.year != 0 || the && b & G.yearAfterThe != 0 { Self.keepLonger(year(at: i), &best, &bestEnd) }
        if a & G.century != 0 || the && b & G.century != 0 { Self.keepLonger(decadeOrCentury(at: i), &best, &bestEnd) }
        if a & G.quarter != 0 || the && b & G.quarter != 0 { Self.keepLonger(quarterOrHalf(at: i), &best, &bestEnd) }
        if a & G.season != 0 || the && b & G.season != 0 { Self.keepLonger(season(at: i), &best, &bestEnd) }
        if a & G.deictic != 0 { Self.keepLonger(deictic(at: i), &best, &bestEnd) }
        if a & G.relative != 0 || the && b & G.relativeAfterThe != 0 { Self.keepLonger(relative(at: i), &best, &bestEnd) }
        if a & G.agoOrDuration != 0 { Self.keepLonger(ago(at: i), &best, &bestEnd) }
        if a & G.agoOrDuration != 0 || the && b & G.durationAfterThe != 0 { Self.keepLonger(duration(at: i), &best, &bestEnd) }
        if a & G.set != 0 { Self.keepLonger(set(at: i), &best, &bestEnd) }
        if a & G.partOfDay != 0 { Self.keepLonger(partOfDay(at: i), &best, &bestEnd) }
        if a & G.holiday != 0 { Self.keepLonger(holiday(at: i), &best, &bestEnd) }
        if a & G.yearInWords != 0 || b & G.unit != 0 { Self.keepLonger(yearInWords(at: i), &best, &bestEnd) }
        if a & G.decadeword != 0 || b & G.decadeword != 0 { Self.keepLonger(decadeInWords(at: i), &best, &bestEnd) }
        if a & G.unit != 0 || b & G.unit != 0 { Self.keepLonger(weekOf(at: i), &best, &bestEnd) }
        return best
    }

    /// Keeps `c` when it ends after the best so far (the first of the longest wins).
    @inline(__always)
    static func keepLonger(_ c: consuming DateMatch?, _ best: inout DateMatch?, _ bestEnd: inout Int) {
        if let c, c.end > bestEnd {
            bestEnd = c.end
            best = c
        }
    }

    /// A cheap filter: most tokens are words the lexicon does not know.
    @inline(__always)
    private func couldStart(_ i: Int) -> Bool {
        let tok = t[i]
        // A digit run of up to three digits starts an expression only with what follows it ("15
        // September", "5 p.m.", "17:30", "five years", "20th"), always a key or another digit run;
        // "5 people" and "$3 million" need no rule. Four digits may be a year on their own.
        if tok.kind == .number {
            if tok.digits >= 4 { return true }
            let n = i + 1
            guard n < t.count else { return false }
            if t[n].kind == .number { return true }
            // "14%", "1,000", "5." close a quantity or a sentence; "2.5 years" and "17.30" go on.
            if isWord(n, .percent) || isWord(n, .comma) { return false }
            if isWord(n, .dot) { return adjacent(n) && isNumber(n + 1) && adjacent(n + 1) }
            return t[n].lexID >= 0
        }
        // "'98", "'90s": the only expressions an apostrophe starts (not quotes, not "'s").
        if tok.kind == .punct { return tok.lexID == lex.apostropheID && isNumber(i + 1) && adjacent(i + 1) }
        guard tok.lexID >= 0 else { return false }
        let id = Int(tok.lexID)
        guard lex.isStarter[id] else { return false }
        guard lex.needsKeyAfter[id] else { return true }
        let n = i + 1
        return n < t.count && (t[n].kind == .number || lex.canFollow(id, t[n].lexID))
    }

    // MARK: helpers shared by the rule families

    /// The token's lower-cased text when the lexicon has it (every word a rule compares with does,
    /// `DateLexicon.literals`), else "".
    @inline(__always) func w(_ i: Int) -> String {
        guard i >= 0 && i < t.count, t[i].lexID >= 0 else { return "" }
        return lex.keys[Int(t[i].lexID)]
    }

    /// Token `i` exists and its text is the literal: an id comparison, the same as `w(i) == text`.
    @inline(__always) func isWord(_ i: Int, _ literal: DateLiteral) -> Bool {
        i >= 0 && i < t.count && t[i].lexID == lex.literalIDs[literal.rawValue]
    }

    /// The digits of a digit run as written.
    func digitText(_ i: Int) -> String {
        String(decoding: bytes[t[i].start..<t[i].end], as: UTF8.self)
    }

    /// Token `i` exists and touches the previous one.
    @inline(__always) func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && !t[i].spaceBefore }

    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .number }

    /// The tense that resolves an expression: "since March" is behind the dct whatever the verb says.
    func tense(_ start: Int, _ end: Int) -> Tense {
        if isWord(start - 1, .since) { return .past }
        return scope.tense(around: start..<end)
    }

    func make(_ start: Int, _ end: Int, _ type: Timex.Kind, _ value: String, _ rule: String, mod: String? = nil)
        -> DateMatch
    {
        DateMatch(start: start, end: end, timex: Timex(type: type, value: value, mod: mod), rule: rule)
    }

    /// A number: digits ("44", "2.5"), words ("twenty-four", "a hundred"), an article ("a", "an") or a
    /// vague quantifier ("a few", "several": value nil). "and a half" adds 0.5.
    enum NumberKind { case digits, words, article, vague }

    func number(at i: Int) -> (value: Double?, end: Int, kind: NumberKind)? {
        // Several rules read the number at the same token in turn ("two years ago": ago, duration, set).
        if memo.numberAt == i { return memo.number }
        let n = readNumber(at: i)
        memo.numberAt = i
        memo.number = n
        return n
    }

    private func readNumber(at i: Int) -> (value: Double?, end: Int, kind: NumberKind)? {
        guard i < t.count else { return nil }
        var value: Double
        var end: Int
        var kind: NumberKind
        if t[i].kind == .number {
            if adjacent(i), isWord(i - 1, .comma) || isWord(i - 1, .dot) || isWord(i - 1, .dollar) { return nil }
            guard t[i].digits <= 5 else { return nil }
            value = Double(t[i].number)
            end = i + 1
            kind = .digits
            if adjacent(end), isWord(end, .comma) || isWord(end, .colon), isNumber(end + 1), adjacent(end + 1) { return nil }
            if adjacent(end), isWord(end, .dot), isNumber(end + 1), adjacent(end + 1) {
                guard let v = Double("\(digitText(i)).\(digitText(end + 1))") else { return nil }
                value = v
                end += 2
            } else if isNumber(end), t[end].digits == 1, adjacent(end + 1), isWord(end + 1, .slash), isNumber(end + 2),
                adjacent(end + 2), t[end + 2].number > t[end].number
            {
                // "2 1/2 years"
                value += Double(t[end].number) / Double(t[end + 2].number)
                end += 3
            }
        } else if let m = lex.match(.number, t, i) {
            value = m.entry.number
            end = m.end
            kind = .words
            if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
                var k = end
                if isWord(k, .hyphen) && adjacent(k) { k += 1 }
                if let u = lex.match(.number, t, k), u.entry.number < 10, u.entry.number > 0 {
                    value += u.entry.number
                    end = u.end
                }
            }
        } else if let m = lex.match(.vague, t, i) {
            return (nil, m.end, .vague)
        } else if let m = lex.match(.article, t, i) {
            value = m.entry.number
            end = m.end
            kind = m.entry.words == ["one"] ? .words : .article
        } else {
            return nil
        }
        if let mult = lex.match(.multiplier, t, end) {
            value *= mult.entry.number
            end = mult.end
            kind = kind == .digits ? .digits : .words
        }
        if isWord(end, .and), let h = lex.match(.half, t, end + 1) {
            value += h.entry.number
            end = h.end
        }
        return (value, end, kind)
    }

    /// A unit word ("year", "decades"), with whether it is plural.
    func unit(at i: Int) -> (unit: String, plural: Bool, end: Int)? {
        guard let m = lex.match(.unit, t, i) else { return nil }
        // Plural when the word ends in "s" ("years", "centuries"), read from the text's last byte.
        let last = bytes[t[i].end - 1]
        return (m.entry.value, last == UInt8(ascii: "s") || last == UInt8(ascii: "S"), m.end)
    }

    /// A month name at `i`: capitalised, abbreviations with an optional dot.
    func month(at i: Int) -> (month: Int, end: Int, abbreviated: Bool)? {
        guard i < t.count, t[i].capitalized else { return nil }
        if let m = lex.match(.month, t, i) { return (Int(m.entry.number), m.end, false) }
        if let m = lex.match(.monthabbr, t, i) {
            let end = isWord(m.end, .dot) && adjacent(m.end) ? m.end + 1 : m.end
            return (Int(m.entry.number), end, true)
        }
        return nil
    }

    /// A day of the month: 1-31, optionally "15th".
    func dayOfMonth(at i: Int) -> (day: Int, end: Int)? {
        guard isNumber(i), t[i].digits <= 2, (1...31).contains(t[i].number) else { return nil }
        var end = i + 1
        if adjacent(end), lex.isa(.ordinalsuffix, t, end) { end += 1 }
        // "25:30" and "25.5" are not days; "on Saturday, April 25: the court..." is.
        if adjacent(end), (isWord(end, .colon) || isWord(end, .dot)) && isNumber(end + 1) && adjacent(end + 1) || isWord(end, .percent) {
            return nil
        }
        return (t[i].number, end)
    }

    /// A four-digit year (1000-2999) or "'98".
    func yearNumber(at i: Int) -> (year: Int, end: Int)? {
        if isNumber(i), t[i].digits == 4, (1000...2999).contains(t[i].number) {
            if adjacent(i + 1), isWord(i + 1, .comma) || isWord(i + 1, .dot), isNumber(i + 2), adjacent(i + 2) { return nil }
            if adjacent(i + 1), t[i + 1].kind == .word, !isWord(i + 1, .s) { return nil }
            return (t[i].number, i + 1)
        }
        if isWord(i, .apostrophe), isNumber(i + 1), adjacent(i + 1), t[i + 1].digits == 2, !(adjacent(i + 2) && isWord(i + 2, .s)) {
            let n = t[i + 1].number
            return (n <= 40 ? 2000 + n : 1900 + n, i + 2)
        }
        return nil
    }

    func capitalizedWord(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .word && t[i].capitalized }

    /// A date word (month, weekday, season, ...) that may follow a name-like check.
    func isDateWord(_ i: Int) -> Bool {
        month(at: i) != nil || lex.isa(.weekday, t, i) || lex.isa(.season, t, i) || lex.isa(.dayref, t, i)
    }
}

extension DateLexicon {
    /// True when some phrase starts with this word (the grammar's fast path).
    func knows(_ word: String) -> Bool { byFirstWord[word] != nil }
}
