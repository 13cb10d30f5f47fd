import Pipeline

/// Splitting one capitalized run into mentions: "Russian Foreign Minister Sergey Lavrov" is a NORP, a TITLE
/// and a PERSON; "Iranian Foreign Ministry" is one ORG because its head noun closes the name.
///
/// The look-ahead helpers are `mutating` though they only read (see `EntityTagger`).
extension EntityTagger {
    mutating func parseRun(_ a0: Int, _ b: Int) {
        var a = a0
        while a < b, tokens.isAny(a, words.connectors, in: bytes) { a += 1 }
        guard a < b else { return }
        if let e = entry(a), Int(findings[a].labelEnd) >= b {
            emitAtom(a, e)
            return
        }
        // "Operation Desert Shield", "Operation Market Garden": a named military operation.
        if b - a >= 2, tokens.is(a, "operation", in: bytes), tokens.flags[a].contains(FlagBits.capitalized) {
            emit(a, b, .event, "rule:operation-name")
            return
        }
        if let (s, e, label) = headName(a, b) {
            // "Internal Revenue Service and Orvell Trust Co. of Ohio": the names before "and" are parsed as
            // a run of their own (they may close with a head too).
            if s > a + 1, tokens.isAny(s - 1, words.coordinators, in: bytes) { parseRun(a, s - 1) } else { parseAtoms(a, s) }
            emit(s, e, label, "rule:head-noun")
            if e < b { parseRun(e, b) }
            return
        }
        parseAtoms(a, b)
    }

    /// Emits the gazetteer mention starting at `t`, whose entry `e` is `entry(t)`.
    mutating func emitAtom(_ t: Int, _ e: GazetteerEntry) {
        // Everything read from self before the append: reading self inside the appended expression
        // makes Swift copy the whole tagger. The origin comes from `e`, not from `origin(of:)`: that
        // method call copied the tagger too (12,500 copies on the bench corpus).
        let found = findings[t]
        let m = Mention(
            startToken: t, endToken: Int(found.labelEnd), startByte: Int(tokens.byteStart[t]),
            endByte: Int(found.labelEndByte), label: e.kind.label ?? .org,
            origin: Gazetteer.origins[Int(e.resource)])
        mentions.append(m)
    }

    /// A name closed by a head noun ("Foreign Ministry", "Nagorno Karabakh War") or opened by one before
    /// "of" ("Department of Applied Economics", "Treaty of Kars"), without the titles before it.
    mutating func headName(_ a: Int, _ b: Int) -> (Int, Int, MentionLabel)? {
        for h in a..<b {
            guard let label = headLabel(h) else { continue }
            let isLast = h == b - 1
            let opensOf = h + 2 < b && tokens.is(h + 1, "of", in: bytes) && tokens.isAny(h, words.headFirst, in: bytes)
            // "Institute for Near East Policy", "Centers for Disease Control": the name runs to the end.
            let opensFor = !opensOf && h + 2 < b && tokens.is(h + 1, "for", in: bytes)
                && tokens.isAny(h, words.headFirstFor, in: bytes)
            // "Internal Revenue Service of Ohio", "Orvell Trust Co. of Ohio": a head that opens no "of" name,
            // then "of" and a place that ends the run: the name ends at its head, the place is its own.
            // Organizations only ("Andrew Hall of Leeds" is a person), and not across "and".
            let endsBeforePlace = label == .org && !isLast && !opensOf && !opensFor && h + 2 < b && tokens.is(h + 1, "of", in: bytes)
                && entry(h + 2).map { $0.kind == .gpe || $0.kind == .loc } == true && Int(findings[h + 2].labelEnd) >= b
            // "the Swiss Super League for FC Basel", "the Premier League for Arsenal": a league, then "for" and
            // a club the gazetteers know or one opened by capitals: the player's club, not the league's name
            // ("National League for Democracy" runs on).
            let endsBeforeClub = opensFor && tokens.is(h, "league", in: bytes) && isClub(h + 2, b)
            guard isLast || opensOf || (opensFor && !endsBeforeClub) || endsBeforePlace || endsBeforeClub else { continue }
            var s = h
            var k = h - 1
            var knownAfterAnd = false
            while k >= a {
                if tokens.is(k, "of", in: bytes) || tokens.is(k, "the", in: bytes) { break }
                if endsBeforePlace, tokens.isAny(k, words.coordinators, in: bytes) { break }
                // "General Motors and General Electric": a known name after "and" that reaches the head is a
                // name of its own ("Securities and Exchange Commission" is one: no entry starts at "Exchange").
                if tokens.isAny(k, words.coordinators, in: bytes), k > a, entry(k + 1) != nil,
                    Int(findings[k + 1].labelEnd) > h
                {
                    knownAfterAnd = true
                    break
                }
                if isConnector(k) { k -= 1; continue }
                if let e = entry(k), e.kind == .title { break }
                if has(k, .honorific) || (k > a && entry(k - 1)?.kind == .title && Int(findings[k - 1].labelEnd) > k) { break }
                s = k
                k -= 1
            }
            while s < h, isConnector(s) { s += 1 }
            // The known name after "and" is all the name there is ("the United States and Soviet Union"): the
            // gazetteer's atoms say what each side is.
            if knownAfterAnd, s == k + 1, entry(s) != nil, Int(findings[s].labelEnd) == (isLast ? b : h + 1) { continue }
            // "In Parliament today ...", "Will Congress act?": a sentence's opening word is no part of the name.
            if s < h, s == 0 || isSentenceStart(s),
                tokens.isAny(s, words.sentenceOpeners, in: bytes) || tokens.isAny(s, words.questionOpeners, in: bytes)
            {
                s += 1
            }
            if (isLast || endsBeforePlace) && s == h { continue }  // a bare head word ("Ministry") names nothing
            if endsBeforePlace || endsBeforeClub { return (s, h + 1, label) }
            var e = b
            if opensOf {
                var k = h + 2
                while k < b {
                    if tokens.is(k, "of", in: bytes) {
                        var r = k + 1
                        if r < b, tokens.is(r, "the", in: bytes) { r += 1 }
                        if r < b, (entry(r) != nil && Int(findings[r].labelEnd) >= b)
                            || (r == b - 1 && tokens.flags[r].contains(FlagBits.allCaps))
                        {
                            e = k
                            break
                        }
                    }
                    k += 1
                }
            }
            return (s, e, label)
        }
        return nil
    }

    /// Tokens `r..<b` are a club's name: a gazetteer entry that runs to `b`, or a name opened by a club's
    /// capitals ("FC Basel", "AC Milan").
    mutating func isClub(_ r: Int, _ b: Int) -> Bool {
        guard r < b else { return false }
        if entry(r) != nil, Int(findings[r].labelEnd) >= b { return true }
        return r + 1 < b && tokens.flags[r].contains(FlagBits.allCaps) && tokens.length(r) <= 3
            && tokens.isAny(r, Self.clubCapitals, in: bytes)
    }

    static let clubCapitals = WordSet(["fc", "afc", "cf", "ac", "sc", "sv", "fk", "sk", "cd", "ud", "as", "ss", "us"])

    /// Gazetteer atoms, titles, honorifics and unknown word sequences, left to right.
    mutating func parseAtoms(_ a: Int, _ b: Int) {
        var pos = a
        var cue = personCue(before: a)
        while pos < b {
            if tokens.isAny(pos, words.connectors, in: bytes), !(entry(pos) != nil) {
                pos += 1
                cue = false
                continue
            }
            // "Southern California", "West Texas": a compass word before a place names a region of it
            // (a longer entry such as "South Africa" or "West Bank" wins).
            if isCompassBeforePlace(pos, b) {
                let end = Int(findings[pos + 1].labelEnd)
                emit(pos, end, .loc, "rule:compass+place", endByte: Int(findings[pos + 1].labelEndByte))
                pos = end
                cue = false
                continue
            }
            // "Major League Baseball": a title's word before an organization's head noun is the name's.
            if let e = entry(pos), !startsPersonName(pos, b, cue: cue, entry: e),
                !(e.kind == .title && Int(findings[pos].labelEnd) < b && headLabel(Int(findings[pos].labelEnd)) == .org)
            {
                let end = Int(findings[pos].labelEnd)
                if e.kind == .title {
                    // "President said" at a sentence start, then a lower-case word: still the office.
                    emitAtom(pos, e)
                    cue = true
                } else {
                    emitAtom(pos, e)
                    cue = false
                }
                pos = end
                continue
            }
            if has(pos, .honorific) {
                cue = true
                pos += 1
                continue
            }
            var q = pos + 1
            let named = cue || hasName(pos, .givenName)
            while q < b, !tokens.isAny(q, words.connectors, in: bytes), !has(q, .honorific), !isCompassBeforePlace(q, b) {
                if let e = entry(q) {
                    // Inside a name that started as a person's, a one-word city, title or known surname is
                    // still part of it ("Peter Newman", "Hossein Amir Abdollahian").
                    guard named, e.kind != .norp, Int(findings[q].labelEnd) == q + 1 else { break }
                }
                q += 1
            }
            classifyUnknown(pos, q, cue: cue, runEnd: b)
            cue = false
            pos = q
        }
    }

    /// A title, honorific or relational noun just before `a` ("counterpart Ebrahim Raisi",
    /// "Foreign Minister Sergey Lavrov"), possibly with a nationality between.
    mutating func personCue(before a: Int) -> Bool {
        var k = a - 1
        guard k >= 0 else { return false }
        if let last = mentions.last, last.endToken == a, last.label == .title { return true }
        if let last = pendingTitles.last, last.endToken == a { return true }
        if has(k, .honorific) || findings[k].cues & GazetteerKind.personCue.bit != 0 { return tokens.isLower(k) || has(k, .honorific) }
        // "counterpart" then a nationality then the name is handled by the nationality being a mention.
        if let last = mentions.last, last.endToken == a, last.label == .norp, last.startToken > 0 {
            k = last.startToken - 1
            return findings[k].cues & GazetteerKind.personCue.bit != 0 || has(k, .title)
        }
        return false
    }

    mutating func classifyUnknown(_ s0: Int, _ e: Int, cue: Bool, runEnd: Int) {
        // "W. Dale Nelson", "J.H. Berman": an initial opens a person's name, at a sentence start too.
        if e - s0 >= 2, isInitial(s0), !(s0 + 1..<e).contains(where: { headLabel($0) != nil }) {
            emit(s0, e, .person, "rule:initial+name")
            return
        }
        var s = s0
        // What follows the name can vouch for its first word even at a sentence start. The look-aheads
        // after the run are pure and asked at most once each (they ran up to twice per unknown name).
        var titleAfter: Bool?
        var orgAfter: Bool?
        var placeAfter: Bool?
        func appositiveTitleAfter() -> Bool {
            if let titleAfter { return titleAfter }
            let r = appositiveTitle(after: e)
            titleAfter = r
            return r
        }
        func orgAppositiveAfter() -> Bool {
            if let orgAfter { return orgAfter }
            let r = appositive(after: e, words.orgAppositives)
            orgAfter = r
            return r
        }
        func placeAppositiveAfter() -> Bool {
            if let placeAfter { return placeAfter }
            let r = appositive(after: e, words.gpeAppositives)
            placeAfter = r
            return r
        }
        // A sentence's opening word ("However, the group ...", "In December, the firm ...") is no name
        // whatever follows it.
        if isSentenceStart(s), !cue,
            tokens.isAny(s, words.sentenceOpeners, in: bytes)
                || !(e == runEnd && (appositiveTitleAfter() || orgAppositiveAfter() || placeAppositiveAfter())),
            !hasName(s, .givenName),
            !tokens.flags[s].contains(FlagBits.allCaps)
        {
            unresolved.append(Unresolved(startToken: s, endToken: s + 1))
            s += 1
            if s >= e { return }
        }
        let len = e - s
        if len == 1, tokens.isAny(s, words.calendar, in: bytes) { return }
        if cue { emit(s, e, .person, "rule:title-or-cue+name"); return }
        if e == runEnd, appositiveTitleAfter() { emit(s, e, .person, "rule:name,title"); return }
        if len >= 2, hasName(s, .givenName) { emit(s, e, .person, "rule:given-name+capitalized"); return }
        // The surname must not be a common word too ("Air Force", "Phillips House", "Virgin Records"), and no
        // word may be a head noun of another kind of name.
        if len >= 2, has(e - 1, .surname), !(s..<e).contains(where: { headLabel($0) != nil }) {
            emit(s, e, .person, "rule:capitalized+surname")
            return
        }
        if len >= 2, len <= 4, hasSurnameEnding(e - 1) { emit(s, e, .person, "rule:surname-shape"); return }
        if len == 1, tokens.flags[s].contains(FlagBits.allCaps), tokens.length(s) >= 2, tokens.length(s) <= 6 {
            // Time zones and all-capital words after a number ("1601 GMT", "the 62d NY") are no organizations.
            if tokens.isAny(s, words.timeZones, in: bytes) || (s > 0 && afterNumber(s)) {
                unresolved.append(Unresolved(startToken: s, endToken: e))
            } else {
                emit(s, e, .org, "rule:acronym")
            }
            return
        }
        if e == runEnd, e < tokens.count, tokens.isLower(e), has(e, .facHead) {
            emit(s, e + 1, .fac, "rule:name+facility-noun")
            return
        }
        if e == runEnd, orgAppositiveAfter() { emit(s, e, .org, "rule:apposition-org"); return }
        if e == runEnd, placeAppositiveAfter() { emit(s, e, .gpe, "rule:apposition-place"); return }
        if len >= 2, e == runEnd, e < tokens.count, tokens.isAny(e, words.speechVerbs, in: bytes) {
            emit(s, e, .person, "rule:name+speech-verb")
            return
        }
        unresolved.append(Unresolved(startToken: s, endToken: e))
    }

    /// A one-word city or title that opens a person's name ("Nasser Kanjani", after "Dr." or a title).
    mutating func startsPersonName(_ pos: Int, _ b: Int, cue: Bool, entry e: GazetteerEntry) -> Bool {
        guard Int(findings[pos].labelEnd) == pos + 1, e.kind != .norp, e.kind != .title,
            pos + 1 < b, entry(pos + 1) == nil, tokens.isCapitalized(pos + 1),
            e.resource == GazetteerResource.geonames.rawValue || cue || e.kind == .person
        else { return false }
        if cue || e.kind == .person { return true }
        var q = pos + 1
        while q < b, entry(q) == nil, !isConnector(q) { q += 1 }
        return hasName(pos, .givenName) || hasName(q - 1, .surname) || hasSurnameEnding(q - 1)
            || (q == b && appositiveTitle(after: q))
    }

    /// A compass word at `t` before a GPE or LOC entry that ends by `b`, with no longer entry at `t`.
    mutating func isCompassBeforePlace(_ t: Int, _ b: Int) -> Bool {
        guard t + 1 < b, tokens.isAny(t, words.compassWords, in: bytes),
            entry(t) == nil || Int(findings[t].labelEnd) == t + 1,
            let place = entry(t + 1), place.kind == .gpe || place.kind == .loc
        else { return false }
        return Int(findings[t + 1].labelEnd) <= b
    }

    /// "W.", "J.H.", "J.R.R.": capital letters each followed by a period.
    func isInitial(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let n = tokens.length(t)
        guard n >= 2, n <= 6, n % 2 == 0 else { return false }
        for k in stride(from: s, to: s + n, by: 2) where !(bytes[k] &- 0x41 < 26 && bytes[k + 1] == 0x2E) { return false }
        return true
    }

    /// The token before `t` starts with a digit ("62d", "1601", "8 p.m." ends in a letter and does not count).
    func afterNumber(_ t: Int) -> Bool {
        let b = bytes[Int(tokens.byteStart[t - 1])]
        return b >= 0x30 && b <= 0x39
    }

    /// A census name; one that is also a common word ("Will", "Young") counts only inside a sentence.
    mutating func hasName(_ t: Int, _ kind: GazetteerKind) -> Bool {
        has(t, kind) || (findings[t].commonCues & kind.bit != 0 && !isSentenceStart(t))
    }

    mutating func hasSurnameEnding(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let end = Int(tokens.byteEnd[t])
        guard end - s >= 5 else { return false }
        // The last eight bytes (fewer at the start of the text), last byte lowest. An ending longer than the
        // token is compared with the bytes before it, as a byte-by-byte compare did.
        var tail: UInt64 = 0
        var j = 0
        while j < 8, end - 1 - j >= 0 {
            tail |= UInt64(bytes[end - 1 - j]) << UInt64(8 * j)
            j += 1
        }
        for e in words.surnameEndingTails where tail & e.mask == e.tail { return true }
        return false
    }

    /// ", spokesman for", ", the Iranian foreign minister": a title right after a comma.
    mutating func appositiveTitle(after e: Int) -> Bool {
        guard isComma(e) else { return false }
        var k = e + 1
        if k < tokens.count, tokens.isAny(k, words.articles, in: bytes) { k += 1 }
        var steps = 0
        while k < tokens.count, steps < 3 {
            if has(k, .title) || entry(k)?.kind == .title {
                // "..., German Defence Minister Boris Pistorius": the title belongs to the name after it.
                let te = entry(k)?.kind == .title ? Int(findings[k].labelEnd) : k + 1
                return te >= tokens.count || !tokens.isCapitalized(te)
            }
            guard let en = entry(k), en.kind == .norp || en.kind == .gpe || en.kind == .org else { return false }
            k = Int(findings[k].labelEnd)
            steps += 1
        }
        return false
    }

    /// ", a shiite paramilitary group": an article after a comma, then one of `nouns` within five words.
    mutating func appositive(after e: Int, _ nouns: WordSet) -> Bool {
        guard isComma(e), e + 1 < tokens.count, tokens.isAny(e + 1, words.articles, in: bytes) else { return false }
        var k = e + 2
        while k < tokens.count, k <= e + 6, tokens.flags[k].contains(FlagBits.alphabetic) {
            if tokens.isAny(k, nouns, in: bytes) { return true }
            k += 1
        }
        return false
    }
}
