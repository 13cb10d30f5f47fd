/// Names that sports and market news use in another sense than the rest of the news (ANNOTATION.md,
/// "Beyond politics"): a club named after its town is an ORG, a market index is an ORG. No corpus we
/// learn from says so often enough (the tagger reads "Leeds had won" as a person and "the Nikkei fell
/// 1.2 percent" as a place), so these rules read the sentence around the name, never the name itself:
///
/// - a town, region or person-looking name right before a match verb ("Leeds had won", "Tottenham beat")
///   or right after a match word ("beat Arsenal", "against Porto", "drew with Everton", "lost to Leeds"),
///   in a document with sports cues (scores like "2-1", league, striker, ...): a team. A country is its
///   national team on stricter cues (`isInMatch(_:nation:)`: "France beat Spain", "a win over Russia"), as GMB,
///   GUM and our news gold tag it (CoNLL-2003 and wikigold tag it LOC); as a player's nationality
///   ("Serbia's Novak Djokovic") it stays a place.
/// - a club prefix before a town ("Real Madrid", "Inter Milan", "Sporting Lisbon") or a club suffix after
///   it ("Leicester City" in sports news, "Bristol Rovers" in any news): the club, one ORG.
/// - a name that rises or falls by a percentage or points ("the Nikkei fell 1.2 percent", "the Nasdaq rose
///   30 points"), or that "index" follows ("the BEL20 index"): an index, ORG; an index name and its size ("S&P 500", "FTSE 100") are one ORG.
/// - a name whose shares move to a price ("Hanson skidded 9.5 to 200.5") outside sports news: a company, ORG.
///
/// Runs on the tagger's output, before dates are resolved; it relabels and extends mentions and never
/// makes two overlap.
struct TeamsAndMarkets {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (given names and surnames among them).
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words ("They lost 2-1" names no team).
    let lexicon: Lexicon
    let words = TeamAndMarketWords.shared

    /// Sports cues a document needs (a score counts two) before a place next to a match word is a team.
    static let sportsCueThreshold = 3

    func apply(_ mentions: inout [Mention]) {
        // Mentions in text order, as the tagger leaves them: each rule looks at its neighbours only.
        guard Mention.inTextOrder(mentions) else { return }
        // Whether the document reads as sports news, found on the first mention that asks (most documents
        // have no mention next to a match word or a club suffix, and never scan their tokens for it).
        let verdicts = LazyVerdicts(self)
        func sports() -> Bool { verdicts.sports() }
        splitPositionAbbreviations(&mentions, sports: sports)
        // "in Group C", "the Group E victory": a tournament's group is no organization (the head word made one).
        mentions.removeAll { $0.label == .org && isTournamentGroup($0) && sports() }
        // The words of the longer persons' names ("Giannis" of "Giannis Antetokounmpo"), found on the first
        // capitalized plural that asks: such a word alone is that person, no team.
        func personWords() -> [UInt64] { verdicts.personWords(mentions) }
        for i in mentions.indices {
            var m = mentions[i]
            let previousEnd = i > 0 ? mentions[i - 1].endToken : 0
            let nextStart = i + 1 < mentions.count ? mentions[i + 1].startToken : tokens.count
            guard m.label == .gpe || m.label == .loc || m.label == .person || m.label == .org else { continue }
            // A town the tagger already read as the club ("Valladolid" after "Real") takes its prefix or
            // suffix too; an organization the club form leaves as it was keeps its origin.
            if let club = clubForm(m, previousEnd: previousEnd, nextStart: nextStart, sports: sports) {
                if m.label != .org || club.startToken != m.startToken || club.endToken != m.endToken { m = club }
            } else if m.label != .org {
                if isMarketMover(m) || m.endToken < tokens.count && tokens.is(m.endToken, "index", in: bytes)
                    && tokens.isLower(m.endToken)
                {
                    m.label = .org
                    m.origin = "rule:market-index"
                } else if isStockMover(m), !sports() {
                    m.label = .org
                    m.origin = "rule:market-stock"
                } else if isTeamInPlay(m) || isTownBeforePosition(m), sports() {
                    m.label = .org
                    m.origin = "rule:team"
                } else if m.label == .person, isPluralNickname(m, personWords: personWords) || isPluralBeforePosition(m),
                    sports()
                {
                    m.label = .org
                    m.origin = "rule:team-nickname"
                }
            }
            if m.label == .org, m.endToken < nextStart, isIndexSize(m.endToken),
                tokens.isOneSpaceApart(m.endToken - 1, m.endToken, in: bytes)
            {
                m.endToken += 1
                m.endByte = Int(tokens.byteEnd[m.endToken - 1])
            }
            mentions[i] = m
        }
        addUntaggedPluralsBeforePositions(&mentions, sports: sports)
        // A town that reads as a person's name too ("Columbus", "Carolina") is a team when its opponent
        // in the match is one: "Columbus beat Montreal", "Carolina beat Chicago". Players meet players.
        for i in mentions.indices where mentions[i].label == .person {
            let m = mentions[i]
            guard let other = opponent(of: i, in: mentions), mentions[other].label == .org, isTownInPlay(m), sports()
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:team"
        }
        // Two countries joined by a match verb are teams, also by a verb a country does outside sport
        // ("Britain plays the Netherlands", "Qatar hosted Ecuador").
        // The sentence first (a few token tests), the place table only for a pair in a match.
        for i in mentions.indices where mentions[i].label == .gpe || mentions[i].label == .loc {
            guard let other = opponent(of: i, in: mentions), isCountry(mentions[i]), isCountry(mentions[other])
                || mentions[other].label == .org && place(mentions[other]).highest == .country, sports()
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:team"
        }
        addResultsAndTables(&mentions, sports: sports)
        // The numbers of the document: scores and players' counts are read from them (one scan for both).
        let numbers = tokens.tokens(where: { _, this, _ in this.contains(FlagBits.numeric) })
        addUntaggedTeamsInPlay(&mentions, numbers: numbers, sports: sports)
        addStatLines(&mentions, numbers: numbers, sports: sports)
        spreadTeams(&mentions)
        addNicknamesAfterThe(&mentions, sports: sports)
        addUntaggedIndices(&mentions)
    }

    /// The document's sports verdict and its longer persons' words, each found on the first ask. A class:
    /// the closures `apply` hands to the rules (one per mention) capture one reference to it; closures over
    /// the rule's own fields copied the whole rule into each (retaining its arrays), 8 M instructions per MB
    /// of varied text.
    private final class LazyVerdicts {
        let rule: TeamsAndMarkets
        private var sportsKnown: Bool?
        private var personWordsKnown: [UInt64]?

        init(_ rule: TeamsAndMarkets) { self.rule = rule }

        func sports() -> Bool {
            if let known = sportsKnown { return known }
            let found = rule.isSports()
            sportsKnown = found
            return found
        }

        func personWords(_ mentions: [Mention]) -> [UInt64] {
            if let known = personWordsKnown { return known }
            let found = rule.wordsOfLongerPersons(mentions)
            personWordsKnown = found
            return found
        }
    }

    /// "The Panthers are 6-2-1", "the Capitals' winger", "against the Wildcats (2-8, 0-7)": in sports news,
    /// a capitalized plural after "the" that no source read as a name, or that the tagger took
    /// for a place no gazetteer knows ("for the Redskins"), is a team (the same tests as
    /// `isPluralNickname`). The tagger left many such nicknames untagged: they are common plurals in lower
    /// case ("panthers", "capitals").
    func addNicknamesAfterThe(_ mentions: inout [Mention], sports: () -> Bool) {
        let before = mentions
        var known: [UInt64]?
        func personWords() -> [UInt64] {
            if let known { return known }
            let found = wordsOfLongerPersons(before)
            known = found
            return found
        }
        // The teams of the document's result lines and tables ("Wild 4, Sabres 1:"): "for the Wild" names
        // one of them, also when it is no plural.
        var listed: [Range<Int>] = []
        for x in mentions where x.hasOrigin("rule:box-score") || x.hasOrigin("rule:table-row") {
            let range = x.startByte..<x.endByte
            if listed.count < Self.spreadLimit, !listed.contains(where: { bytes.sameBytes($0, range) }) { listed.append(range) }
        }
        var added: [Mention] = []
        var m = 0
        for t in capitalizedAfterThe() {
            while m < mentions.count, mentions[m].endToken <= t { m += 1 }
            if m >= mentions.count || mentions[m].startToken > t, let team = listedTeam(at: t, listed, before: m < mentions.count ? mentions[m].startToken : tokens.count) {
                added.append(Mention(t..<team, of: tokens, label: .org, origin: "rule:team-nickname"))
                continue
            }
            guard isTeamNickname(t), t >= findings.count || findings[t].allCues & Self.nicknameExclusions == 0 else { continue }
            let covering = m < mentions.count && mentions[m].startToken <= t ? m : nil
            if let c = covering {
                let x = mentions[c]
                guard x.label == .gpe, x.hasOrigin("model:tagger"), x.startToken == t, x.endToken == t + 1 else { continue }
            }
            let nickname = Mention(t..<(t + 1), of: tokens, label: .org, origin: "rule:team-nickname")
            guard isPluralNickname(nickname, personWords: personWords), sports() else { continue }
            if let c = covering { mentions[c] = nickname } else { added.append(nickname) }
        }
        Mention.add(added, to: &mentions)
    }

    /// The end of a team of `listed` (byte ranges of its names) that starts at token `t` and ends on a token's
    /// end before token `limit`; nil when none does.
    private func listedTeam(at t: Int, _ listed: [Range<Int>], before limit: Int) -> Int? {
        let start = Int(tokens.byteStart[t])
        for team in listed {
            var e = t
            while e < limit, Int(tokens.byteEnd[e]) < start + team.count { e += 1 }
            guard e < limit, Int(tokens.byteEnd[e]) == start + team.count,
                bytes.sameBytes(team, start..<(start + team.count))
            else { continue }
            return e + 1
        }
        return nil
    }

    /// Cues that make a capitalized plural something other than a team: a nationality or group ("the
    /// Americans"), an event ("the Olympics"), a title.
    static let nicknameExclusions = GazetteerKind.norp.bit | GazetteerKind.event.bit | GazetteerKind.eventHead.bit
        | GazetteerKind.title.bit | GazetteerKind.org.bit

    /// One sense per document: a name found playing as a team ("Columbus beat Montreal") is the team at
    /// its other mentions too ("Columbus improved to 8-8-4", "Buffalo is on a 1-6-2 skid"), unless a
    /// preposition of place puts one in the town ("in Buffalo": the town, also where the tagger read a
    /// person). At most `spreadLimit` team names.
    func spreadTeams(_ mentions: inout [Mention]) {
        var teams: [Range<Int>] = []
        for m in mentions where m.label == .org && Self.spreads(m) {
            let range = m.startByte..<m.endByte
            if teams.count < Self.spreadLimit, !teams.contains(where: { bytes.sameBytes($0, range) }) { teams.append(range) }
        }
        guard !teams.isEmpty else { return }
        for i in mentions.indices {
            let m = mentions[i]
            // A heading in capitals names the team too ("FRANCE WINS").
            let capitals = tokens.flags[m.startToken].contains(FlagBits.allCaps)
            guard m.label == .gpe || m.label == .loc || m.label == .person,
                teams.contains(where: {
                    capitals ? bytes.sameLetters($0, m.startByte..<m.endByte) : bytes.sameBytes($0, m.startByte..<m.endByte)
                })
            else { continue }
            // The place line of a wire story ("NEW YORK 1996-08-29", "BOSTON, Mass. —"): the town.
            if opensDateline(m) { continue }
            let b = m.startToken - 1
            if b >= 0, tokens.isLower(b), tokens.isAny(b, words.placePrepositions, in: bytes) {
                // The town itself: a person only by the tagger's reading of the name ("Fans in Columbus").
                if m.label == .person, place(m).isKnown {
                    mentions[i].label = .gpe
                    mentions[i].origin = "rule:team-town"
                }
                continue
            }
            if place(m).highest == .country, isNationality(m, next: i + 1 < mentions.count ? mentions[i + 1] : nil) { continue }
            // "a St. Louis native", "New Jersey residents": where a person comes from is the town.
            if m.endToken < tokens.count, tokens.isLower(m.endToken), tokens.isAny(m.endToken, words.origins, in: bytes) {
                continue
            }
            mentions[i].label = .org
            mentions[i].origin = "rule:team"
        }
    }

    /// "Group" and a letter or a number of one or two digits ("Group C", "Group 2"), or "Group" alone before a
    /// capital letter the mention left out.
    func isTournamentGroup(_ m: Mention) -> Bool {
        guard tokens.is(m.startToken, "group", in: bytes), tokens.isCapitalized(m.startToken) else { return false }
        func isGroupName(_ t: Int) -> Bool {
            t < tokens.count && tokens.length(t) <= 2
                && (tokens.length(t) == 1 && bytes[Int(tokens.byteStart[t])] &- 0x41 < 26 || tokens.flags[t].contains(FlagBits.numeric))
                && tokens.isOneSpaceApart(t - 1, t, in: bytes)
        }
        switch m.endToken - m.startToken {
        case 1: return isGroupName(m.endToken)
        case 2: return isGroupName(m.startToken + 1)
        default: return false
        }
    }

    /// A name that opens a line, before a comma, a bracket, a dash or a number: a dateline's place.
    func opensDateline(_ m: Mention) -> Bool {
        guard m.startToken == 0 || tokens.flags[m.startToken - 1].contains(FlagBits.lineEndAfter), m.endToken < tokens.count,
            !tokens.flags[m.endToken - 1].contains(FlagBits.lineEndAfter)
        else { return false }
        let n = m.endToken
        return tokens.flags[n].contains(FlagBits.numeric) || tokens.isComma(n, in: bytes) || tokens.is(n, "(", in: bytes)
            || tokens.is(n, "-", in: bytes) || tokens.is(n, "--", in: bytes) || tokens.isDash(n, in: bytes)
    }

    static let spreadLimit = 64
    /// Whether `m` comes from a rule whose teams spread: a team in a match or in a result or table line.
    static func spreads(_ m: Mention) -> Bool {
        m.hasOrigin("rule:team") || m.hasOrigin("rule:box-score") || m.hasOrigin("rule:table-row")
    }

    // MARK: - Document cues

    /// Whether the document reads as sports news: scores ("2-1") and sports words.
    func isSports() -> Bool {
        var cues = 0
        for t in 0..<tokens.count {
            if isScore(t) {
                cues += 2
            } else if tokens.isLower(t), tokens.isAny(t, words.sportsWords, in: bytes) {
                cues += 1
            }
            if cues >= Self.sportsCueThreshold { return true }
        }
        return false
    }

    /// "2-1", "10-12": one or two digits, a hyphen, one or two digits, as one token (the tokenizer splits
    /// at an en dash, so "3–0" is three tokens and no score).
    func isScore(_ t: Int) -> Bool { hyphenedCounts(t) == 2 }

    /// How many counts of one or two digits token `t` joins with hyphens ("2-1": 2, "14-0-1": 3); 0 for any
    /// other token. A score has two, a won-lost-tied record two or three.
    func hyphenedCounts(_ t: Int) -> Int {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 3, e - s <= 8 else { return 0 }
        var counts = 0
        var digits = 0
        for i in s..<e {
            if bytes[i] &- 0x30 < 10 {
                digits += 1
                guard digits <= 2 else { return 0 }
            } else {
                guard bytes[i] == 0x2D, digits > 0 else { return 0 }
                counts += 1
                digits = 0
            }
        }
        return digits > 0 && counts > 0 ? counts + 1 : 0
    }

    // MARK: - Rules

    /// "Real Madrid", "Inter Milan", "Bristol Rovers", "Leicester City": the club as one ORG, or nil.
    func clubForm(_ m: Mention, previousEnd: Int, nextStart: Int, sports: () -> Bool) -> Mention? {
        var club = m
        club.label = .org
        club.origin = "rule:club"
        // The prefix inside the mention ("Inter Milan" as one place) or right before it (also before a name
        // the tagger took for a person: "Sporting Braga").
        if tokens.isCapitalized(m.startToken), tokens.isAny(m.startToken, words.clubPrefixes, in: bytes),
            m.endToken - m.startToken >= 2
        {
            return club
        }
        let p = m.startToken - 1
        if p >= previousEnd, p >= 0, tokens.isCapitalized(p), tokens.isAny(p, words.clubPrefixes, in: bytes),
            tokens.isOneSpaceApart(p, m.startToken, in: bytes)
        {
            club.startToken = p
            club.startByte = Int(tokens.byteStart[p])
            return club
        }
        guard m.label != .person else { return nil }
        // A club suffix inside the mention or right after it. "City", "Town" and "County" name places too
        // ("Kansas City"): only in sports news, and only after the place the tagger found.
        let last = m.endToken - 1
        if m.endToken - m.startToken >= 2, tokens.isAny(last, words.clubSuffixes, in: bytes) { return club }
        let n = m.endToken
        if n < nextStart, tokens.isCapitalized(n), tokens.isOneSpaceApart(last, n, in: bytes),
            tokens.isAny(n, words.clubSuffixes, in: bytes) || tokens.isAny(n, words.placeClubSuffixes, in: bytes) && sports()
                || isTeamNickname(n) && sports()
        {
            club.endToken = n + 1
            club.endByte = Int(tokens.byteEnd[n])
            return club
        }
        return nil
    }

    /// "Falcons" in "Bowling Green Falcons", "Stars" in "Dallas Stars": a capitalized plural after a place is
    /// a team's nickname in sports news (the caller checks that), unless the gazetteer knows it as a place.
    func isTeamNickname(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 4, bytes[e - 1] == 0x73, bytes[e - 2] | 0x20 != 0x73, tokens.flags[t].contains(FlagBits.capitalized)
        else { return false }
        let places = GazetteerKind.gpe.bit | GazetteerKind.loc.bit
        return t >= findings.count || findings[t].allCues & places == 0
    }

    /// "The Nikkei fell 1.2 percent", "the Nasdaq rose 30 points": a market verb right after the name and
    /// a percentage or points within four tokens of it. Not a country, nor a name after a preposition
    /// ("exports to Germany fell 2 percent"), nor a person without "the" ("Smith gained 3 points in the
    /// polls"): those are the economy of a place and a candidate's polls.
    func isMarketMover(_ m: Mention) -> Bool {
        let b = m.startToken - 1
        if m.label == .person, !(b >= 0 && tokens.is(b, "the", in: bytes)) { return false }
        return moves(m, toPrice: false)
    }

    /// A name that moves as a market does, by a percentage or to a price (`movesByPercentage`,
    /// `movesToPrice`): not after a preposition, and no country (the place table last, for the few names that
    /// move so). A flag, not the test as a closure: the closure held a copy of the rule, built for each of
    /// the document's mentions that asks.
    private func moves(_ m: Mention, toPrice: Bool) -> Bool {
        let b = m.startToken - 1
        if b >= 0, tokens.isLower(b), tokens.isAny(b, words.prepositions, in: bytes) { return false }
        guard toPrice ? movesToPrice(after: m.endToken) : movesByPercentage(after: m.endToken) else { return false }
        return m.label == .person || place(m).highest < .country
    }

    /// A company whose shares move to a price: "Hanson skidded 9.5 to 200.5", "Benjamin Franklin rose 25 cents
    /// to $4.25", "Intel eased 1/8 to 31 7/8" (the market reports of business news list them so). The number
    /// after "to" is the share's price, which no person, town or candidate has; a country moving so is its
    /// market's index, left to `isMarketMover`. Not in sports news ("Smith fell 3 to 70" may be a score).
    func isStockMover(_ m: Mention) -> Bool { moves(m, toPrice: true) }

    /// Whether what follows token `end - 1` is a market verb, a change (a number, its currency before it, its
    /// unit after it: "$4", "25 cents", "1/8") and "to" with a price ("$14.75", "#10.86", "31 7/8").
    func movesToPrice(after end: Int) -> Bool {
        let n = tokens.count
        var v = end
        guard v + 3 < n, tokens.isLower(v), tokens.isAny(v, words.marketVerbs, in: bytes) else { return false }
        v += 1
        func number(_ t: Int) -> Int? {
            var k = t
            if k < n, tokens.isAny(k, words.currencySigns, in: bytes)
                || CurrencyPrefixes.signLength(bytes, at: Int(tokens.byteStart[k])) == tokens.length(k)
            {
                k += 1
            }
            guard k < n, tokens.flags[k].contains(FlagBits.numeric) else { return nil }
            return k + 1
        }
        guard var k = number(v) else { return false }
        if k < n, tokens.isLower(k), tokens.isAny(k, words.priceUnits, in: bytes) { k += 1 }
        guard k < n, tokens.is(k, "to", in: bytes) else { return false }
        return number(k + 1) != nil
    }

    /// Whether what follows token `end - 1` moves as an index does: a market verb ("fell", "rose", or "is
    /// up", "was down") and a percentage or points within four tokens of it. The index's size may come
    /// first ("the Orbis 500 slipped"), and its ticker in brackets ("Nikkei 225 (N225) declined").
    func movesByPercentage(after end: Int) -> Bool {
        var v = end
        if isIndexSize(v) { v += 1 }
        if v + 2 < tokens.count, tokens.is(v, "(", in: bytes), tokens.is(v + 2, ")", in: bytes) { v += 3 }
        guard v < tokens.count, tokens.isLower(v) else { return false }
        if !tokens.isAny(v, words.marketVerbs, in: bytes) {
            guard v + 1 < tokens.count, tokens.isAny(v, words.levelVerbs, in: bytes), tokens.isLower(v + 1),
                tokens.isAny(v + 1, words.directions, in: bytes)
            else { return false }
            v += 1
        }
        var t = v + 1
        while t < min(v + 6, tokens.count) {
            // "percent", "points", "%" or a number glued to its "%" ("0.3%").
            if tokens.isAny(t, words.percentWords, in: bytes) || tokens.length(t) > 0 && bytes[Int(tokens.byteEnd[t]) - 1] == 0x25 {
                return true
            }
            if tokens.isCapitalized(t) { return false }
            t += 1
        }
        return false
    }

    /// The capitalized words right after "the" or "The" on its line, in text order (read from the
    /// three-letter tokens, not every token).
    func capitalizedAfterThe() -> [Int] {
        var words: [Int] = []
        for the in tokens.tokens(ofLength: 3, in: bytes, first: { $0 | 0x20 == 0x74 }) {
            let t = the + 1
            guard t < tokens.count, tokens.is(the, "the", in: bytes), !tokens.flags[the].contains(FlagBits.lineEndAfter),
                tokens.isCapitalized(t)
            else { continue }
            words.append(t)
        }
        return words
    }

    /// "while the S&P 500 is up 24.5 percent", "the FTSE 100 fell 2 percent": an index the tagger left
    /// untagged (its size made the name a number to it). After "the": one to three capitalized words, no
    /// place the table knows and none a lower-case word of the lexicon ("the Company's shares rose"), its
    /// size, then a move by a percentage (`movesByPercentage`).
    func addUntaggedIndices(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        var m = 0
        for t in capitalizedAfterThe() {
            while m < mentions.count, mentions[m].endToken <= t { m += 1 }
            let limit = m < mentions.count ? mentions[m].startToken : tokens.count
            guard t < limit else { continue }
            var e = t + 1
            while e < limit, e - t < 3, tokens.isCapitalized(e), tokens.isOneSpaceApart(e - 1, e, in: bytes) {
                e += 1
            }
            guard movesByPercentage(after: e), !(t..<e).contains(where: { lexicon.contains(token: $0, of: tokens, in: bytes) }),
                !PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[Int(tokens.byteStart[t])..<Int(tokens.byteEnd[e - 1])])).isKnown
            else { continue }
            if e < limit, isIndexSize(e), tokens.isOneSpaceApart(e - 1, e, in: bytes) { e += 1 }
            added.append(Mention(t..<e, of: tokens, label: .org, origin: "rule:market-index"))
        }
        Mention.add(added, to: &mentions)
    }

    /// A town or region (not a country) in a match: right before a match verb (an auxiliary may come
    /// between: "Leeds had won") or right after a match word ("beat Arsenal", "drew with Everton").
    func isTeamInPlay(_ m: Mention) -> Bool {
        // A person is a team only when the name is a town's and no person's ("Leeds"): "Djokovic beat
        // Nadal", "Nelson won it" and "Lopez defeated" are players.
        if m.label == .person { return !isPersonName(m) && isTownInPlay(m) }
        // The sentence first (a few token tests), the place table only for a name in a match.
        guard isInMatch(m) else { return false }
        let place = place(m)
        guard place.isKnown && place.highest >= .country else { return true }
        return place.highest == .country && isInMatch(m, nation: true)
    }

    /// A place the place table knows as a country, as the tagger left it.
    func isCountry(_ m: Mention) -> Bool {
        (m.label == .gpe || m.label == .loc) && place(m).highest == .country
    }

    /// A country's other mentions that name the country, not its team, where the team spreads: a player's
    /// nationality ("Serbia's Novak Djokovic", "Brazil star Neymar", "France coach Didier Deschamps"): the
    /// country right before a person, with at most a possessive and two lower-case words between.
    func isNationality(_ m: Mention, next: Mention?) -> Bool {
        guard let next, next.label == .person || next.label == .title else { return false }
        var t = m.endToken
        if t < next.startToken, tokens.isPossessive(t, in: bytes) { t += 1 }
        var words = 0
        while t < next.startToken, words < 2, tokens.isLower(t) {
            t += 1
            words += 1
        }
        return t == next.startToken
    }

    /// Whether the mention stands where a team does: before a match verb, next to a score, after a match
    /// word or a match verb's preposition; in a pairing ("takes on Japan"), given a result ("giving
    /// top-ranked France a 2-1 victory"), before its possessive game ("Minnesota's game") or as the ground
    /// of a game ("loss at Minnesota").
    ///
    /// With `nation`, the stricter cues that make a country its national team ("Russia beat Croatia", "a
    /// 2-1 win over Russia", "lost to Canada"; ANNOTATION.md makes a team named after a place an ORG): a
    /// country also signs, hosts, visits, faces, helps and plays in the news of sport ("Qatar hosted the
    /// World Cup", "sanctions helped Russia"), so those words alone leave it a place (two countries joined
    /// by one are teams: `opponent(of:in:)`), and a country after a preposition of place is a player's
    /// ("Yasutaka Uchiyama of Japan 6-7").
    func isInMatch(_ m: Mention, nation: Bool = false) -> Bool {
        // A match word that a country also does outside a match.
        func civil(_ t: Int) -> Bool { nation && tokens.isAny(t, words.civilMatchWords, in: bytes) }
        // A heading in capitals writes its verb in capitals too ("FRANCE WINS").
        let heading = tokens.flags[m.startToken].contains(FlagBits.allCaps) && m.endToken - m.startToken == 1
        func lower(_ t: Int) -> Bool { tokens.isLower(t) || heading && tokens.flags[t].contains(FlagBits.allCaps) }
        var v = m.endToken
        if v < tokens.count, lower(v), tokens.isAny(v, words.auxiliaries, in: bytes) { v += 1 }
        if v < tokens.count, lower(v), tokens.isAny(v, words.matchVerbs, in: bytes) { return !civil(v) }
        // "Serbia takes on Japan": a country takes on a task too, so for a country only between two
        // (`opponent(of:in:)`).
        if !nation, isTakeOn(v) { return true }
        if isGivenResult(after: m.endToken) || isPossessiveGame(after: m.endToken, nation: nation) { return true }
        if !nation, isRecord(after: m.endToken) { return true }
        let b = m.startToken - 1
        if nation, b >= 0, tokens.isLower(b), tokens.isAny(b, words.placePrepositions, in: bytes) { return false }
        // "Minnesota's game at Northwestern", "the Nittany Lions' loss at Minnesota": a game at a college or a
        // club is at its ground, against its team (a town's or a state's name; a country's is where).
        if b >= 1, tokens.is(b, "at", in: bytes), tokens.isLower(b - 1), tokens.isAny(b - 1, words.gameNouns, in: bytes) {
            return true
        }
        if b >= 2, !nation, tokens.is(b, "on", in: bytes), isTakeOn(b - 1) { return true }
        // "Tottenham 2-1 Arsenal".
        if m.endToken < tokens.count, isScore(m.endToken) { return true }
        guard b >= 0 else { return false }
        if isScore(b) { return true }
        guard tokens.isLower(b) else { return false }
        if tokens.isAny(b, words.matchObjects, in: bytes) { return !civil(b) }
        // "to lead Boston", "helped Florida", "St. Louis past Tampa Bay": a team is what players carry
        // (a country only "past" another).
        if tokens.isAny(b, words.carryVerbs, in: bytes) { return !nation || tokens.is(b, "past", in: bytes) }
        // "lost to Leeds", "drew with Everton", "win over Porto": the preposition after its verb or noun.
        // "26 games for Lausanne", "ten goals for Porto": the count of a player's matches or goals.
        return b >= 1 && tokens.isAny(b, words.matchPrepositions, in: bytes)
            && (tokens.isAny(b - 1, words.matchVerbs, in: bytes) && !civil(b - 1) || tokens.isAny(b - 1, words.matchNouns, in: bytes))
    }

    /// "finished the season 8-5", "improved to 5-3", "is 6-2-1": a won-lost record at most four lower-case words
    /// after token `end`, what a team has and a town has not.
    func isRecord(after end: Int) -> Bool {
        var t = end
        while t < tokens.count, t - end <= 4 {
            if hyphenedCounts(t) >= 2 { return true }
            guard tokens.isLower(t) else { return false }
            t += 1
        }
        return false
    }

    /// "got past", "gets past" at token `t`: a win over the opponent named next ("Argentina got past Chile").
    func isGetPast(_ t: Int) -> Bool { isPhrasalVerb(t, words.getVerbs, "past") }

    /// A lower-case adverb of manner right after a team's name, before its match verb ("Argentina comfortably
    /// got past Chile", "Spain narrowly beat Italy"): a word of five letters or more ending in "ly".
    func isMannerAdverb(_ t: Int) -> Bool {
        let e = Int(tokens.byteEnd[t])
        return tokens.isLower(t) && tokens.length(t) >= 5 && bytes[e - 2] == 0x6C && bytes[e - 1] == 0x79
    }

    /// "takes on", "took on", "taking on" at token `t`: the match verb of a pairing ("Serbia takes on Japan").
    func isTakeOn(_ t: Int) -> Bool { isPhrasalVerb(t, words.takeVerbs, "on") }

    /// A lower-case verb of `verbs` at token `t` and its `particle` right after it.
    func isPhrasalVerb(_ t: Int, _ verbs: WordSet, _ particle: StaticString) -> Bool {
        t + 1 < tokens.count && tokens.isLower(t) && tokens.isAny(t, verbs, in: bytes) && tokens.is(t + 1, particle, in: bytes)
    }

    /// "giving top-ranked France a 2-1 victory", "secured France an opening win": the team a verb gives a
    /// result, right after the name: an article, at most three lower-case words, scores or hyphened words,
    /// then a result's noun.
    func isGivenResult(after end: Int) -> Bool {
        guard end < tokens.count, tokens.isLower(end), tokens.is(end, "a", in: bytes) || tokens.is(end, "an", in: bytes)
        else { return false }
        var t = end + 1
        while t < tokens.count, t - end <= 4 {
            if tokens.isLower(t), tokens.isAny(t, words.resultNouns, in: bytes) { return true }
            guard tokens.isLower(t) || isScore(t) else { return false }
            t += 1
        }
        return false
    }

    /// "Minnesota's game at Northwestern", "Brazil's win over Peru": the name's possessive before a game or a
    /// result. A country only before a game or its result (not its "season" or "lead").
    func isPossessiveGame(after end: Int, nation: Bool) -> Bool {
        guard end + 1 < tokens.count, tokens.isPossessive(end, in: bytes), tokens.isLower(end + 1) else { return false }
        return tokens.isAny(end + 1, nation ? words.resultNouns : words.gameNouns, in: bytes)
    }

    /// "Browns", "Steelers" read as a person: one capitalized plural (not "-is", "-us", "-as": "Giannis",
    /// "Lucas") that is no given name or surname of the gazetteer, and no word of a longer person's name
    /// in the document (`personWords`, sorted word hashes). The caller asks for sports news.
    func isPluralNickname(_ m: Mention, personWords: () -> [UInt64]) -> Bool {
        let t = m.startToken
        // "the Browns", "the Bruins": a surname of the census lists too, but people are not "the" Browns in
        // match reports (a family would be, rarely in sports news).
        let afterThe = t > 0 && tokens.is(t - 1, "the", in: bytes)
        guard m.endToken == t + 1, isTeamNickname(t), afterThe || !isPersonName(m) else { return false }
        let e = Int(tokens.byteEnd[t])
        let vowel = bytes[e - 2] | 0x20
        guard vowel != 0x69, vowel != 0x75, vowel != 0x61 else { return false }
        let word = tokens.wordHash(t, in: bytes)
        return !personWords().withUnsafeBufferPointer { SortedKeys.contains(word, in: $0) }
    }

    /// "Browns pass rusher Myles Garrett", "Lakers forward Ana Ruiz": a one-word plural right before a player's
    /// position (or its modifier) is the team, also when it is a surname's plural ("Browns", "Jones"): a
    /// person is not written before a position so.
    func isPluralBeforePosition(_ m: Mention) -> Bool {
        let t = m.startToken
        guard m.endToken == t + 1, isTeamNickname(t), m.endToken + 1 < tokens.count,
            tokens.isOneSpaceApart(t, t + 1, in: bytes)
        else { return false }
        // "Jets QB Sam Darnold": the position's abbreviation (`splitPositionAbbreviations`).
        if isPositionAbbreviation(t + 1) { return tokens.isCapitalized(t + 2) }
        guard tokens.isLower(t + 1) else { return false }
        return tokens.isAny(t + 1, words.positions, in: bytes)
            || tokens.isAny(t + 2, words.positions, in: bytes) && tokens.isAny(t + 1, words.positionModifiers, in: bytes)
    }

    /// "Quellers quarterback Ivo Marek" where the tagger left the plural untagged: the same team as
    /// `isPluralBeforePosition`'s (in sports news only; not at a sentence's start).
    func addUntaggedPluralsBeforePositions(_ mentions: inout [Mention], sports: () -> Bool) {
        var added: [Mention] = []
        var m = 0
        for t in 1..<max(1, tokens.count - 1) where isTeamNickname(t) && !tokens.flags[t].contains(FlagBits.sentenceStart) {
            while m < mentions.count, mentions[m].endToken <= t { m += 1 }
            guard m >= mentions.count || mentions[m].startToken > t else { continue }
            let team = Mention(t..<(t + 1), of: tokens, label: .org, origin: "rule:team-nickname")
            guard isPluralBeforePosition(team), !isPersonName(team) else { continue }
            added.append(team)
        }
        guard !added.isEmpty, sports() else { return }
        Mention.add(added, to: &mentions)
    }

    /// The sorted word hashes of the persons of two words or more (`Mention.wordsOfLongerPersons`).
    func wordsOfLongerPersons(_ mentions: [Mention]) -> [UInt64] {
        Mention.wordsOfLongerPersons(in: mentions, tokens: tokens, bytes: bytes)
    }

    /// The mention on the other side of the match verb or word next to mention `i` ("Columbus beat
    /// Montreal", "Montreal lost to Columbus", "Argentina comfortably got past Chile"): only a match verb, an
    /// auxiliary, a preposition after the verb, "the" and an adverb of manner first may come between.
    func opponent(of i: Int, in mentions: [Mention]) -> Int? {
        func joins(_ from: Int, _ to: Int) -> Bool {
            guard from < to, to - from <= 4 else { return false }
            var verb = false
            for t in from..<to {
                guard tokens.isLower(t) else { return false }
                if tokens.isAny(t, words.matchVerbs, in: bytes) || tokens.isAny(t, words.matchObjects, in: bytes) || isTakeOn(t)
                    || isGetPast(t)
                {
                    verb = true
                } else if !(tokens.isAny(t, words.auxiliaries, in: bytes) || tokens.isAny(t, words.matchPrepositions, in: bytes)
                    || tokens.is(t, "the", in: bytes) || t > from && (isTakeOn(t - 1) || isGetPast(t - 1))
                    || t == from && isMannerAdverb(t))
                {
                    return false
                }
            }
            return verb
        }
        if i + 1 < mentions.count, joins(mentions[i].endToken, mentions[i + 1].startToken) { return i + 1 }
        if i > 0, joins(mentions[i - 1].endToken, mentions[i].startToken) { return i - 1 }
        return nil
    }

    /// A town or region (not a country) right before a player's position or a coach: "Pittsburgh center
    /// Maurkice Pouncey", "Nebraska head coach Scott Frost", "Vanderbilt athletic director X" (the team's;
    /// "France coach" is the national team, tagged by its country); or a name no source knows before a
    /// position and a name (`isUnknownTeamName`). The caller asks for sports news.
    func isTownBeforePosition(_ m: Mention) -> Bool {
        var k = m.endToken
        guard k < tokens.count, m.label == .gpe || m.label == .loc || m.label == .person else { return false }
        // "head coach", "wide receiver", "athletic director": a modifier, then the position.
        if k + 1 < tokens.count, tokens.isLower(k), tokens.isLower(k + 1),
            tokens.isAny(k, words.positionModifiers, in: bytes) && tokens.isAny(k + 1, words.positions, in: bytes)
                || tokens.is(k, "athletic", in: bytes) && tokens.is(k + 1, "director", in: bytes)
        {
            k += 1
        }
        guard tokens.isLower(k) && tokens.isAny(k, words.positions, in: bytes) || k > m.endToken
            || isPositionAbbreviation(k) && k + 1 < tokens.count && tokens.isCapitalized(k + 1)
        else { return false }
        let place = place(m)
        if m.label != .person, place.isKnown { return place.highest < .country }
        return isUnknownTeamName(m) && k + 1 < tokens.count && tokens.isCapitalized(k + 1)
    }

    /// A college's or a club's name no source knows, before a position and a player's name: "Penn State
    /// quarterback Sean Clifford", "Quorvex coach Ana Ruiz" (the tagger's person or place of one or two words,
    /// no given name among them; a person's name would not stand before another's position).
    func isUnknownTeamName(_ m: Mention) -> Bool {
        guard m.endToken - m.startToken <= 2, m.endToken <= findings.count,
            m.hasOrigin("model:tagger") || m.hasOrigin("rule:head-noun")
        else { return false }
        let names = GazetteerKind.givenName.bit | GazetteerKind.norp.bit
        return (m.startToken..<m.endToken).allSatisfy { findings[$0].allCues & names == 0 }
    }

    /// A town or region (not a country) of the place table, in a match position.
    func isTownInPlay(_ m: Mention) -> Bool {
        guard isInMatch(m) else { return false }
        let place = place(m)
        return place.isKnown && place.highest < .country
    }

    /// Whether a word of the mention is a given name or a surname of the gazetteer.
    func isPersonName(_ m: Mention) -> Bool {
        let names = GazetteerKind.givenName.bit | GazetteerKind.surname.bit
        for t in m.startToken..<min(m.endToken, findings.count) where findings[t].allCues & names != 0 {
            return true
        }
        return false
    }

    /// The place table's reading of the mention's text.
    func place(_ m: Mention) -> PlaceHierarchy.Entry {
        PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[m.startByte..<m.endByte]))
    }

    /// "500" in "S&P 500": the number of stocks an index is named for.
    func isIndexSize(_ t: Int) -> Bool {
        guard t < tokens.count, tokens.flags[t].contains(FlagBits.numeric) else { return false }
        return tokens.isAny(t, words.indexSizes, in: bytes)
    }
}

/// The word lists of `TeamsAndMarkets`, loaded once (a `static let` read in a loop costs a `swift_once`
/// call per read).
final class TeamAndMarketWords: Sendable {
    static let shared = TeamAndMarketWords()

    let sportsWords = WordSet([
        "league", "striker", "midfielder", "defender", "goalkeeper", "goalie", "quarterback", "pitcher", "goals",
        "scored", "playoff", "playoffs", "derby", "fixture", "fixtures", "halftime", "half-time", "touchdown",
        "innings", "coach", "season", "match", "tournament", "championship", "stadium", "squad", "relegation",
        "standings",
    ])
    /// What a player's line counts: "Tolivert 25 points", "K. Hupfer 1 goal".
    let statWords = WordSet([
        "points", "point", "goals", "goal", "assists", "assist", "saves", "save", "steals", "rebounds", "blocks",
        "yards", "touchdowns", "tackles", "sacks", "hits", "strikeouts", "aces", "birdies", "kills", "digs",
    ])
    let matchVerbs = WordSet([
        "beat", "beats", "beating", "drew", "draw", "draws", "defeated", "defeat", "defeats", "lost", "lose",
        "loses", "won", "win", "wins", "edged", "thrashed", "routed", "hosted", "host", "hosts", "faced", "face",
        "faces", "visit", "visits", "visited", "trailed", "trail", "trails", "signed", "sign", "signs", "played",
        "play", "plays", "eliminated", "knocked", "scored", "victory", "loss",
        // Headline forms of the match report.
        "routs", "rout", "edges", "tops", "topped", "downs", "downed", "blanks", "blanked", "stuns", "stunned",
        "outlasts", "outlasted", "crushes", "crushed", "sweeps", "swept", "upsets", "upset", "whips", "whipped",
        "hammered", "thumped", "overcame", "overcomes", "tied", "ties", "rallies", "rallied", "d.", "falls", "fell",
        "cruises", "cruised",
    ])
    let matchObjects = WordSet([
        "beat", "beating", "defeated", "defeating", "against", "vs", "vs.", "v", "v.", "versus", "hosted",
        "hosting", "faced", "facing", "edged", "thrashed", "routed", "eliminated", "visiting", "host", "hosts",
        "routs", "edges", "tops", "topped", "downs", "downed", "blanks", "blanked", "stuns", "stunned", "outlasts",
        "outlasted", "crushes", "crushed", "sweeps", "swept", "upsets", "whips", "whipped", "hammered", "thumped",
        // "Viera d. Rockledge 3-1": the results line of a roundup.
        "d.",
    ])
    let matchPrepositions = WordSet(["to", "with", "over", "from", "for"])
    /// "got past": a win (`TeamsAndMarkets.isGetPast`).
    let getVerbs = WordSet(["got", "get", "gets", "getting"])
    /// Match words that countries also do outside a match: a country next to one alone stays a place
    /// (`isInMatch(_:nation:)`).
    let civilMatchWords = WordSet([
        "signed", "sign", "signs", "visit", "visits", "visited", "visiting", "hosted", "host", "hosts", "hosting",
        "faced", "face", "faces", "facing", "played", "play", "plays",
    ])
    /// What players do for their team, before its name ("scored twice to lead Boston", "to lift Florida"),
    /// and "past" of "lead St. Louis past Tampa Bay".
    let carryVerbs = WordSet([
        "lead", "leads", "led", "lift", "lifts", "lifted", "help", "helps", "helped", "propel", "propels",
        "propelled", "carry", "carries", "carried", "power", "powers", "powered", "past",
    ])
    /// A player's position or the coach, after the team's name ("Pittsburgh quarterback").
    let positions = WordSet([
        "quarterback", "coach", "striker", "midfielder", "defender", "goalkeeper", "goalie", "pitcher", "linebacker",
        "receiver", "defenseman", "winger", "forward", "center", "centre", "guard", "cornerback", "safety",
        "tackle", "outfielder", "shortstop", "catcher", "rookie", "captain", "manager", "playmaker", "player",
        "rusher", "goaltender", "lineman", "tailback", "kicker", "punter",
    ])
    /// Words before a position that make it one ("pass rusher", "wide receiver", "head coach").
    let positionModifiers = WordSet(["pass", "wide", "defensive", "offensive", "head", "assistant", "starting", "backup"])
    /// Words after a town that say a person comes from it, not its team ("a St. Louis native").
    let origins = WordSet(["native", "natives", "resident", "residents"])
    /// Words that put a name in a town rather than on its team ("in Buffalo", "near Columbus").
    let placePrepositions = WordSet(["in", "at", "near", "from", "outside", "of", "into", "across", "around"])
    let matchNouns = WordSet([
        "games", "matches", "goals", "appearances", "caps", "starts", "seasons", "title", "titles", "trophies",
    ])
    /// A pairing's verb before "on" ("Serbia takes on Japan").
    let takeVerbs = WordSet(["take", "takes", "took", "taking"])
    /// What a match gives a team (`isGivenResult`, `isPossessiveGame`).
    let resultNouns = WordSet(["victory", "win", "loss", "defeat", "draw", "triumph", "game", "match", "shutout"])
    /// A team's game and its season (`isPossessiveGame`), and a game played at a team's ground ("loss at").
    let gameNouns = WordSet([
        "victory", "win", "loss", "defeat", "draw", "triumph", "game", "games", "match", "shutout", "offense",
        "defense", "roster", "lineup", "schedule", "season", "comeback", "rally", "matchup",
    ])
    let prepositions = WordSet(["to", "from", "in", "of", "for", "at", "by", "with", "on", "into", "across"])
    let auxiliaries = WordSet(["had", "has", "have", "will", "would", "could", "were", "was"])
    let clubPrefixes = WordSet([
        "real", "inter", "atletico", "sporting", "olympique", "dynamo", "dinamo", "borussia", "racing",
        "deportivo", "partizan", "sparta", "slavia", "lokomotiv", "spartak", "ajax", "celta", "athletico",
    ])
    /// Not "Wednesday" (Sheffield's club): "in Vienna Wednesday" is a place and a date in news style.
    let clubSuffixes = WordSet([
        "united", "fc", "afc", "rovers", "wanderers", "albion", "hotspur", "athletic", "rangers", "argyle",
        "orient", "academicals",
    ])
    let placeClubSuffixes = WordSet(["city", "town", "county", "stars", "wild", "sc"])
    let marketVerbs = WordSet([
        "rose", "fell", "gained", "lost", "slipped", "dropped", "climbed", "added", "declined", "jumped",
        "tumbled", "closed", "ended", "edged", "surged", "plunged", "eased", "advanced", "retreated", "shed",
        "slid", "sank", "rallied", "finished", "rises", "falls", "gains", "opened", "skidded", "slumped", "soared",
        "dipped", "firmed", "rebounded", "plummeted",
    ])
    let percentWords = WordSet(["percent", "per", "pct", "points", "point", "%"])
    /// A share's change and price in a market report: "$4 to $14.75", "25 cents to $4.25", "11 to #10.86" (the
    /// pound sign as older wire text writes it), "9 pence to 200".
    /// ("£", "€" and "¥" by `CurrencyPrefixes.signLength`).
    let currencySigns = WordSet(["$", "#", "c$", "us$", "a$", "hk$"])
    let priceUnits = WordSet(["cents", "cent", "pence", "p", "yen"])
    /// "is up 2 percent", "was down 30 points": a level and its direction, as a market verb.
    let levelVerbs = WordSet(["is", "was", "are", "were"])
    let directions = WordSet(["up", "down", "off", "higher", "lower"])
    let indexSizes = WordSet(["20", "30", "40", "50", "100", "200", "225", "250", "300", "400", "500", "600", "1000", "2000", "3000"])
}
