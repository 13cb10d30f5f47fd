/// Result lines and tables of sports news: the names in them are teams (ANNOTATION.md, "Beyond politics").
///
/// - A result names two teams, each before its score: "Wild 4, Sabres 1:", "Blue Jackets 5, Canadiens 2
///   (OT)" anywhere, or a whole line "Chelsea 2 Everton 2", "Detroit 4 Kansas City 1" without the comma;
///   or the winner, "d." and the loser before the score: "Palm Bay d. Rockledge 70-44".
/// - A team's record opens its players' lines: "Palm Bay (1-0): Tolivert 25 points." (`addStatLines`
///   reads the players).
/// - A table row is a line that starts with a name (after an optional rank) and holds nothing after it but
///   numbers: "Arsenal 17 10 4 3 34 16 34", "NEW YORK 74 57 .565 -".
///
/// The tagger reads most of these names as towns ("BALTIMORE", "Kansas City"), as persons ("Aston Villa")
/// or not at all ("Liverpool", nicknames like "Wild"): a table has no sentence around its names, and no
/// training corpus has many. Only the shape of the line decides, never the name, with three exceptions:
/// a country stays a place (a table of countries is as often a medal table or an economic one as a
/// league's; a national team is found in the report's sentences, `isInMatch(_:nation:)`); a document
/// outside sports news has no teams; and a document whose table rows are mostly persons of two words or
/// more (a golf or athletics leaderboard: "Ernie Els 70 68 138") keeps its table's names as they are (a
/// record header, "Palm Bay (1-0):", is always a team).
extension TeamsAndMarkets {
    func addResultsAndTables(_ mentions: inout [Mention], sports: () -> Bool) {
        var results: [Range<Int>] = []
        var rows: [Range<Int>] = []
        var records: [Range<Int>] = []
        // Every result and row starts with a capitalized word or a line (a row may start with its rank), and
        // holds a number within six tokens on its line ("Palm Bay (1-0):"): one pass over the flags.
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let numeric = FlagBits.numeric.rawValue
        let lineBreak = FlagBits.lineEndAfter.rawValue
        var starts: [Int] = []
        tokens.flags.withUnsafeBufferPointer { f in
            let n = f.count
            for t in 0..<n where f[t].rawValue & upper != 0 || t > 0 && f[t - 1].rawValue & lineBreak != 0 {
                var k = t
                while k + 1 < n, k - t < 6, f[k].rawValue & lineBreak == 0 {
                    k += 1
                    if f[k].rawValue & numeric != 0 {
                        starts.append(t)
                        break
                    }
                }
            }
        }
        var t = 0
        // The first token opens a line too (no flags before it say so); a start already passed is skipped.
        if tokens.count > 0, starts.first != 0 { starts.insert(0, at: 0) }
        for start in starts {
            guard start >= t else { continue }
            t = start
            let lineStart = t == 0 || tokens.flags[t - 1].contains(FlagBits.lineEndAfter)
            // "Wild 4, Sabres 1:" anywhere in a line.
            if let first = teamBeforeScore(from: t), first.upperBound + 2 < tokens.count,
                tokens.isComma(first.upperBound + 1, in: bytes),
                let second = teamBeforeScore(from: first.upperBound + 2), endsResult(second.upperBound + 1)
            {
                results += [first, second]
                t = second.upperBound + 2
                continue
            }
            // A line that starts at `t`: a result without the comma, or a table row.
            if lineStart {
                let end = lineEnd(from: t)
                if let pair = resultLine(t, end) {
                    results += [pair.0, pair.1]
                    t = end
                    continue
                } else if let name = recordHeader(t, end) {
                    records.append(name)
                    t = end
                    continue
                } else if let name = tableRow(t, end) {
                    rows.append(name)
                    t = end
                    continue
                }
            }
            t += 1
        }
        // Two results are sports news by themselves (each is two scores, and a score counts two cues).
        guard !results.isEmpty || !rows.isEmpty || !records.isEmpty, results.count >= 4 || sports() else { return }
        // A leaderboard of players: most of its rows' names are persons of two words or more already
        // ("Ernie Els 70 68 138"); the tagger reads many a one-word club as a surname ("Arsenal", "Villa").
        var personEnds: [Int: Int] = [:]
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 { personEnds[m.startToken] = m.endToken }
        let persons = rows.count { personEnds[$0.lowerBound] == $0.upperBound }
        if 2 * persons >= rows.count { rows.removeAll() }
        rows += records
        let teams = (results.map { (range: $0, origin: "rule:box-score" as MentionOrigin) } + rows.map { (range: $0, origin: "rule:table-row") })
            .filter { !isCountry($0.range) }
        Mention.replace(
            in: &mentions, with: teams.map { Mention($0.range, of: tokens, label: .org, origin: $0.origin) },
            tokenCount: tokens.count)
    }

    /// "Tolivert 25 points.", "K. Hupfer 1 goal.", "Osas Osaro 3 goals, 1 assist": in sports news a name
    /// of one to three capitalized words that opens a line or follows a full stop or a colon, right
    /// before a count of a player's feats, is the player. The tagger misses most of these (a surname alone
    /// at a sentence's start, in a list of them). A country or a known organization stays what it is.
    func addStatLines(_ mentions: inout [Mention], numbers: [Int], sports: () -> Bool) {
        var found: [Range<Int>] = []
        for t in numbers {
            guard t > 0, t + 1 < tokens.count, tokens.length(t) <= 3, tokens.isLower(t + 1),
                tokens.isAny(t + 1, words.statWords, in: bytes), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter)
            else { continue }
            var k = t
            while k > 0, t - k < 3, tokens.isCapitalized(k - 1), !tokens.flags[k - 1].contains(FlagBits.numeric),
                k == t || !tokens.flags[k - 1].contains(FlagBits.lineEndAfter)
            {
                k -= 1
            }
            guard k < t, k == 0 || tokens.flags[k - 1].contains(FlagBits.lineEndAfter) || tokens.is(k - 1, ".", in: bytes)
                || tokens.is(k - 1, ":", in: bytes)
            else { continue }
            found.append(k..<t)
        }
        guard !found.isEmpty, sports() else { return }
        var added: [Mention] = []
        var m = 0
        for r in found {
            while m < mentions.count, mentions[m].endToken <= r.lowerBound { m += 1 }
            let person = Mention(r, of: tokens, label: .person, origin: "rule:stat-line")
            if m < mentions.count, mentions[m].startToken < r.upperBound {
                // Only the same span changes its label, and only from the tagger's place or organization.
                let x = mentions[m]
                guard x.startToken == r.lowerBound, x.endToken == r.upperBound, x.hasOrigin("model:tagger"),
                    x.label == .gpe || x.label == .org || x.label == .loc, !isCountry(r)
                else { continue }
                mentions[m] = person
            } else if !isCountry(r) {
                added.append(person)
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// "Tottenham lost 3-0", "Chelsea beat Everton 2-1", "Leeds had won 1-0": in sports news, a capitalized
    /// name that nothing tagged, right before a match verb followed by a score (or by the opponent and the
    /// score), is a team; so is the untagged opponent. The tagger leaves such a name untagged at a sentence's
    /// start when it does not know the word. A word the tagger's lexicon knows in lower case ("He", "They",
    /// "Everyone"), a person's name of the lists and a country are left alone. A one-word opponent that the
    /// tagger alone read as a person ("Quellstone beat Ashvale 2-1") is a team too when the other side is one:
    /// a team plays teams ("Nadal beat Medvedev 6-4", two persons, is left as it is).
    func addUntaggedTeamsInPlay(_ mentions: inout [Mention], numbers: [Int], sports: () -> Bool) {
        var found: [Range<Int>] = []
        var pairs: [(Range<Int>, Range<Int>)] = []
        for s in numbers where isScore(s) {
            // The verb: right before the score, or before the opponent's name before it.
            var v = s - 1
            var opponent: Range<Int>?
            let o = capitalizedRunEnding(at: v)
            if o < s, o > 0 {
                opponent = o..<s
                v = o - 1
            }
            guard v > 0, tokens.isLower(v), tokens.isAny(v, words.matchVerbs, in: bytes) else { continue }
            var before = v - 1
            if before > 0, tokens.isLower(before), tokens.isAny(before, words.auxiliaries, in: bytes) { before -= 1 }
            let start = capitalizedRunEnding(at: before)
            if start <= before { found.append(start..<(before + 1)) }
            if let opponent, start <= before {
                found.append(opponent)
                pairs.append((start..<(before + 1), opponent))
            }
        }
        guard !found.isEmpty else { return }
        defer { if !pairs.isEmpty { relabelPersonsFacingTeams(&mentions, pairs, sports: sports) } }
        var added: [Mention] = []
        var m = 0
        for r in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            while m < mentions.count, mentions[m].endToken <= r.lowerBound { m += 1 }
            guard m >= mentions.count || mentions[m].startToken >= r.upperBound,
                !added.contains(where: { $0.startToken == r.lowerBound }),
                !lexicon.contains(token: r.lowerBound, of: tokens, in: bytes)
            else { continue }
            let team = Mention(r, of: tokens, label: .org, origin: "rule:team")
            guard !isPersonName(team), !isCountry(r) else { continue }
            added.append(team)
        }
        guard !added.isEmpty, sports() else { return }
        Mention.add(added, to: &mentions)
    }

    /// In each pair of sides of a match, a one-word side that the tagger alone labelled PERSON becomes ORG
    /// when the other side is an organization (a team) and the word is no name of the lists.
    private func relabelPersonsFacingTeams(_ mentions: inout [Mention], _ pairs: [(Range<Int>, Range<Int>)],
                                           sports: () -> Bool) {
        // The mentions by start token, built once: a look-up per side, not a scan (a page of results has
        // thousands of pairs).
        var starting: [Int: Int] = [:]
        for (i, m) in mentions.enumerated() where starting[m.startToken] == nil { starting[m.startToken] = i }
        func index(of r: Range<Int>) -> Int? {
            guard let i = starting[r.lowerBound], mentions[i].endToken == r.upperBound else { return nil }
            return i
        }
        var changes: [Int] = []
        for (a, b) in pairs {
            guard let i = index(of: a), let j = index(of: b) else { continue }
            for (team, other) in [(i, j), (j, i)] where mentions[team].label == .org {
                let x = mentions[other]
                if x.label == .person, x.hasOrigin("model:tagger"), x.endToken - x.startToken == 1, !isPersonName(x) {
                    changes.append(other)
                }
            }
        }
        guard !changes.isEmpty, sports() else { return }
        for k in changes {
            mentions[k].label = .org
            mentions[k].origin = "rule:team"
        }
    }

    /// The first token of the run of one to three capitalized words that ends at token `e` on one line
    /// (`e + 1` when token `e` is no such word).
    private func capitalizedRunEnding(at e: Int) -> Int {
        var s = e + 1
        while s > 0, e - s < 2, tokens.isCapitalized(s - 1), !tokens.flags[s - 1].contains(FlagBits.numeric),
            s - 1 == e || !tokens.flags[s - 1].contains(FlagBits.lineEndAfter)
        {
            s -= 1
        }
        return s
    }

    /// The first token after the line that starts at `t` (a line ends at a line break or the text's end).
    private func lineEnd(from t: Int) -> Int {
        var k = t
        while k < tokens.count, !tokens.flags[k].contains(FlagBits.lineEndAfter) { k += 1 }
        return min(k + 1, tokens.count)
    }

    /// Tokens `s..<e` as a whole result line without the comma: "Chelsea 2 Everton 2", "Minnesota 6
    /// Milwaukee 3 (10 innings)".
    private func resultLine(_ s: Int, _ e: Int) -> (Range<Int>, Range<Int>)? {
        // "Palm Bay d. Rockledge 70-44", "Heritage def. Titusville 53-9 (OT)".
        let a = capitalizedRun(from: s, before: e)
        if a > s, a + 2 < e, tokens.is(a, "d.", in: bytes) || tokens.is(a, "def.", in: bytes) {
            let b = capitalizedRun(from: a + 1, before: e)
            if b > a + 1, b < e, isScore(b), b + 1 == e || tokens.is(b + 1, "(", in: bytes) { return (s..<a, (a + 1)..<b) }
        }
        guard let first = teamBeforeScore(from: s), first.upperBound + 1 < e,
            let second = teamBeforeScore(from: first.upperBound + 1), second.upperBound < e,
            second.upperBound + 1 == e || tokens.is(second.upperBound + 1, "(", in: bytes)
        else { return nil }
        return (first, second)
    }

    /// Tokens `s..<e` as a table row: an optional rank ("1", "1."), a name of one to four capitalized
    /// words, then at least two cells of figures to the line's end ("17 10 4 3", ".565 -", "+12"); the
    /// name's range.
    private func tableRow(_ s: Int, _ e: Int) -> Range<Int>? {
        var k = s
        if k < e, isFigure(k) {
            k += 1
            if k < e, tokens.is(k, ".", in: bytes) { k += 1 }
        }
        let start = k
        k = capitalizedRun(from: start, before: e)
        guard k > start, e - k >= 2 else { return nil }
        var numbers = 0
        for c in k..<e {
            guard isFigure(c) else { return nil }
            if tokens.flags[c].contains(FlagBits.numeric) { numbers += 1 }
        }
        return numbers >= 2 ? start..<k : nil
    }

    /// The end of the run of one to four capitalized words from `s` (not past `e`; `s` when none).
    private func capitalizedRun(from s: Int, before e: Int) -> Int {
        var k = s
        while k < e, k - s < 4, tokens.isCapitalized(k), !tokens.flags[k].contains(FlagBits.numeric) { k += 1 }
        return k
    }

    /// Tokens `s..<e` as a team's record before its players' lines: "Palm Bay (1-0): Tolivert 25 points.",
    /// "Melbourne (1-1-1):" (a name of one to four capitalized words at the line's start, a won-lost record
    /// in brackets, a colon); the name's range.
    private func recordHeader(_ s: Int, _ e: Int) -> Range<Int>? {
        let k = capitalizedRun(from: s, before: e)
        guard k > s, k + 3 < e, tokens.is(k, "(", in: bytes), isRecord(k + 1), tokens.is(k + 2, ")", in: bytes),
            tokens.is(k + 3, ":", in: bytes)
        else { return nil }
        return s..<k
    }

    /// A won-lost record: two or three counts joined by hyphens ("1-0", "1-1-1", "14-0-1").
    private func isRecord(_ t: Int) -> Bool { (2...3).contains(hyphenedCounts(t)) }

    /// A table cell: a token of digits and the signs figures carry (".565", "+12", "-", "3/4", "55%"), or
    /// a dash alone ("—" before a total).
    private func isFigure(_ t: Int) -> Bool {
        if tokens.isDash(t, in: bytes) { return true }
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        for i in s..<e {
            let b = bytes[i]
            guard b &- 0x30 < 10 || b == 0x2E || b == 0x2D || b == 0x2B || b == 0x2C || b == 0x2F || b == 0x25 else {
                return false
            }
        }
        return e > s
    }

    /// Tokens from `t`: one to three capitalized words on one line, then a score of one to three digits;
    /// the words' range (the score is at its upper bound).
    private func teamBeforeScore(from t: Int) -> Range<Int>? {
        var k = t
        while k < tokens.count, k - t < 3, tokens.isCapitalized(k), !tokens.flags[k].contains(FlagBits.numeric),
            !tokens.flags[k].contains(FlagBits.lineEndAfter)
        {
            k += 1
        }
        guard k > t, k < tokens.count, tokens.flags[k].contains(FlagBits.numeric), tokens.length(k) <= 3 else { return nil }
        let s = Int(tokens.byteStart[k])
        guard (s..<Int(tokens.byteEnd[k])).allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { return nil }
        return t..<k
    }

    /// A result's end after the second score (token `t - 1`): the line's or the text's end, a colon, a
    /// bracket ("(OT)", "(SO)").
    private func endsResult(_ t: Int) -> Bool {
        if t >= tokens.count || tokens.flags[t - 1].contains(FlagBits.lineEndAfter) { return true }
        return tokens.is(t, ":", in: bytes) || tokens.is(t, "(", in: bytes)
    }

    /// Tokens `r` name a country of the place table: a national team, tagged by its country.
    private func isCountry(_ r: Range<Int>) -> Bool {
        let m = Mention(r, of: tokens, label: .gpe, origin: "")
        let place = place(m)
        return place.isKnown && place.highest >= .country
    }
}
