import Pipeline

/// How the tagger's mentions and the rules' mentions combine.
///
/// The tagger is the source of the names it learnt (persons, organizations, places, nationalities,
/// events, and other names it recognizes only to leave them alone): it scores every capitalized word,
/// with the rules' guesses among its features, and a rule's guess of one of those classes that it did not
/// confirm is dropped. The rules stay in charge of what no corpus labels (TITLE, FAC, LAW, lower-case
/// nationalities), of the curated lists, and of the split of the tagger's places into GPE, LOC and FAC
/// (gazetteers and head nouns). Where mentions overlap, the longer wins, and on the same span a rule of
/// those kinds wins over the tagger: the output never nests or overlaps.
extension EntityTagger {
    /// The score margin (tagger units, the largest weight at 32000) a lone capitalized word opening a
    /// sentence or a line must reach when it is a known lower-case word: "Click", "Comments", "Likewise,"
    /// read as names otherwise.
    static let fillMargin: Int32 = 3000

    /// Whether the rules' guesses of the tagger's classes that the tagger left alone (no overlapping span)
    /// are kept. Measured off (see the report of issue 15): the tagger saw them as features.
    static let keepUnconfirmedRuleGuesses = false

    mutating func applyModel(_ model: EntityModel, evidence: EntityEvidence = .combined) {
        guard !model.isEmpty, evidence != .rules else { return }
        let n = tokens.count
        guard Self.readsAsEnglish(bytes: bytes, tokens: tokens, lexicon: model.lexicon) else { return }
        var features = TaggerFeatures(
            bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: model.lexicon)
        let (tags, margins) = model.decode(&features)
        // The rule mentions by start token (they do not overlap after `resolveDocument`) and the tokens
        // titles cover: looked up per span, so the work stays linear in the document.
        var starting = [Int32](repeating: -1, count: n + 1)
        var titled = [Bool](repeating: false, count: n)
        for (i, m) in mentions.enumerated() where m.startToken < n {
            if starting[m.startToken] < 0 { starting[m.startToken] = Int32(i) }
            if m.label == .title { for k in m.startToken..<min(m.endToken, n) { titled[k] = true } }
        }
        ruleStarting = starting
        // The tagger's spans: a class's begin and insides, never across a line end or a sentence start.
        var candidates: [(mention: Mention, priority: Int, emitted: Bool)] = []
        var covered = [Bool](repeating: false, count: n)
        // The tagger's places ending in a venue's head, by start token: their end token.
        var venues: [Int: Int] = [:]
        var abbreviations: Set<UInt64>?
        var t = 0
        while t < n {
            let tag = tags[t]
            guard tag != 0, let c = TaggerTag.taggerClass(tag) else { t += 1; continue }
            var end = t + 1
            while end < n, TaggerTag.isInside(tags[end]), TaggerTag.taggerClass(tags[end]) == c,
                !tokens.flags[end - 1].contains(FlagBits.lineEndAfter), !isSentenceStart(end)
            {
                end += 1
            }
            let begin = t
            t = end
            // A verb of saying ends a name: in a title-case heading the tagger reads on across it ("White
            // House Says Supreme Court Ruling ..."); the words after it are left to the rules.
            var cut = end
            for k in (begin + 1)..<end where tokens.isAny(k, words.speechVerbs, in: bytes) {
                cut = k
                break
            }
            guard let (a0, b0) = trimmed(begin, cut) else { continue }
            var a = a0
            var b = b0
            for k in a..<b { covered[k] = true }
            if Self.isUnsureCommonWords(a, b, c, margin: margins[a], &features, opensLine: isLineOrSentenceStart(a)) {
                continue
            }
            if isHeadingFunctionWord(a, b, &features) { continue }
            if b - a == 1, isCommonAbbreviation(a, defined: &abbreviations) { continue }
            if c == .person {
                // "Nouri al-Maliki", "Ayman al-Zawahiri": the tagger scores capitalized words only, and the
                // name's last part starts with a lower-case particle.
                while b < n, !tokens.flags[b - 1].contains(FlagBits.lineEndAfter), isParticleName(b) {
                    b += 1
                }
                // A title the rules found at the front stays a TITLE ("Foreign Minister Ann Orr").
                while a < b - 1, titled[a] {
                    a += 1
                }
                // A title the rules found at the end is no part of the person either: "Illinois Gov." before
                // "James Thompson" is the state and the office; "Alex Orr MP" the person and the office. A
                // title's word that is also a surname ("B.B. King") stays: only where the words left are a
                // place, or the title is abbreviated.
                if titled[b - 1], let end = (a..<b).last(where: { !titled[$0] }) {
                    if let r = ruleMention(a, end + 1), r.label == .gpe || r.label == .loc {
                        candidates.append((r, 1, true))
                        continue
                    }
                    let last = Int(tokens.byteEnd[b - 1]) - 1
                    if tokens.flags[b - 1].contains(FlagBits.allCaps) || bytes[last] == 0x2E { b = end + 1 }
                }
            }
            // An office and a person's name inside the span: the tagger read on across an employer or a
            // place, an office and a name ("Massachusetts Gov. Deval Patrick and Bloomberg" as one ORG,
            // "T-Mobile CEO John Legere" as one PERSON). The rules' mentions from the office on stand
            // instead, and the words before it are the employer or place (the rules' reading, else the
            // tagger's class, an organization where the tagger saw a person).
            if c == .person || c == .org || c == .place,
                let office = (a..<b).first(where: { titled[$0] && ($0 > a || c != .person) })
            {
                var after = office
                while after < b, titled[after] { after += 1 }
                // A full name (two words at least, none a head noun): "General Motors", "Massachusetts
                // General Hospital" hold an office's word and no person.
                // The name may run on past the span over words the tagger named too: "Massachusetts Gov.
                // Deval" was one ORG before PERSON "Patrick" (not over "Thursday" after "Judge Ana Ruiz").
                if after < b, ruleStarting[after] >= 0, case let person = mentions[Int(ruleStarting[after])],
                    person.label == .person, person.endToken - person.startToken >= 2,
                    person.endToken <= b || (b..<min(person.endToken, n)).allSatisfy({ tags[$0] != 0 }),
                    !(person.startToken..<person.endToken).contains(where: { headLabel($0) != nil })
                {
                    let reach = max(b, person.endToken)
                    var covered = false
                    for k in a..<b where ruleStarting[k] >= 0 {
                        let r = mentions[Int(ruleStarting[k])]
                        guard r.endToken <= reach, k >= office || r.endToken <= office else { continue }
                        candidates.append((r, 1, true))
                        if k < office { covered = true }
                    }
                    if office > a, !covered, let l = c.mentionLabel {
                        let prefix = c == .place ? placeLabel(a, office) : c == .person ? .org : l
                        candidates.append((span(a, office, prefix), 1, true))
                    }
                    continue
                }
            }
            // Another name or an event that ends in an organization's head is the organization
            // ("Manufacturers Hanover Trust Co.", "Revenue Service" were taken for those at their first word).
            if c == .misc || c == .event, b - a >= 2, tokens.isCapitalized(b - 1),
                has(b - 1, .orgHead) || tokens.isAny(b - 1, words.companyHeads, in: bytes)
            {
                candidates.append((span(a, b, .org), 1, true))
                continue
            }
            // A name ending in a competition's head that the tagger took for another name (a work, a trophy)
            // is the competition: "Hadley Cup Finals", "Orla Cup" (the tagger's MISC class holds both).
            // Not "Games": titles and companies end in it ("The Hunger Games", "Epic Games").
            if c == .misc, b - a >= 2, tokens.isCapitalized(b - 1), tokens.isAny(b - 1, words.competitionHeads, in: bytes),
                !tokens.is(b - 1, "Games", in: bytes)
            {
                candidates.append((span(a, b, .event), 1, true))
                continue
            }
            // An award is named after an organization or a person, and is neither ("Nobel Peace Prize").
            guard let label = c.mentionLabel, b - a < 2 || !tokens.isAny(b - 1, words.awardHeads, in: bytes) else {
                // Another name (a work, a product): it keeps the rules' guesses off its words.
                candidates.append((span(a, b, .org), 0, false))
                continue
            }
            // "Hurricane Katrina": the storm word before the tagger's name is part of it.
            if c == .event, a > 0, tokens.isCapitalized(a - 1), tokens.isAny(a - 1, Self.stormWords, in: bytes),
                !tokens.flags[a - 1].contains(FlagBits.lineEndAfter)
            {
                a -= 1
            }
            if c == .event, !isEventEvidenced(a, b) {
                // An event the tagger read where no word says one ("Portion Fix", "Stadia"): products and
                // works are the tagger's MISC neighbours; it keeps the rules' guesses off its words.
                candidates.append((span(a, b, .org), 0, false))
                continue
            }
            if c == .place, b - a >= 2, tokens.isAny(b - 1, words.venueHeads, in: bytes) { venues[a] = b }
            if c == .org || c == .place, readsAsPerson(a, b, place: c == .place) {
                candidates.append((span(a, b, .person), 1, true))
                continue
            }
            candidates.append((span(a, b, c == .place ? placeLabel(a, b) : spanLabel(label, a, b)), 1, true))
        }
        // The rules' mentions: their own kinds always compete; their guesses of the tagger's classes only
        // where the tagger could not see them (no candidate word: "al-Mahdi", a quoted lower-case name) or,
        // when `keepUnconfirmedRuleGuesses`, where the tagger has no span.
        for m in mentions where evidence == .combined {
            if isHeadingFunctionWord(m.startToken, m.endToken, &features) { continue }
            // "Lincoln Center", "Barbican Centre": a centre the tagger read as a place is the venue, not an
            // organization by its head noun (the tagger tells the venue from "the Carter Center").
            if m.hasOrigin("rule:head-noun"), venues[m.startToken] == m.endToken { continue }
            if ruleKeepsAuthority(m) {
                candidates.append((m, 2, true))
            } else if !(m.startToken..<m.endToken).contains(where: { features.candidates[$0] }) {
                candidates.append((m, 0, true))
            } else if Self.keepUnconfirmedRuleGuesses, !(m.startToken..<m.endToken).contains(where: { covered[$0] }) {
                candidates.append((m, 0, true))
            }
        }
        if evidence == .combined {
            splitCoordinatedPlaces(&candidates)
            splitAtKnownNames(&candidates)
            preferTaggerSplits(&candidates)
            preferTiledRules(&candidates, scored: features.candidates)
        }
        // The longer mention wins an overlap, then the higher priority, then the earlier, then the first
        // listed. The keys are sorted, not the candidates: comparing candidates copied their mentions at
        // every step.
        let order = Self.overlapOrder(candidates)
        var taken = [Bool](repeating: false, count: n)
        // The kept candidate starting at each token (kept mentions share no token): read in token order,
        // they come out in text order without a sort of the mentions (which copied them at every step: 18 M
        // instructions per MB of varied text when a mention held its origin as a string).
        var keptAt = [Int32](repeating: -1, count: n)
        var keptCount = 0
        for i in order {
            let start = candidates[i].mention.startToken
            let end = candidates[i].mention.endToken
            guard start < end, end <= n else { continue }
            if (start..<end).contains(where: { taken[$0] }) { continue }
            for k in start..<end { taken[k] = true }
            if candidates[i].emitted, !isPronounI(candidates[i].mention), !isRetweetMarker(candidates[i].mention) {
                keptAt[start] = Int32(i)
                keptCount += 1
            }
        }
        var result: [Mention] = []
        result.reserveCapacity(keptCount)
        for t in 0..<n where keptAt[t] >= 0 {
            var m = candidates[Int(keptAt[t])].mention
            if let last = result.last, m.startByte < last.endByte { continue }
            if isRegionNamedAsCompany(m) { m.label = .org }
            if isPerformanceVenue(m) { m.label = .fac }
            result.append(m)
        }
        mentions = result
    }

    /// The candidates' indices in the order `applyModel` keeps them: the longer mention first, then the
    /// higher priority, then the earlier, then the first listed.
    ///
    /// The four keys packed into one integer each when they fit (lengths under 64 KiB, starts under
    /// 256 MiB, priorities -13...2, fewer than 64 Ki candidates; else the tuples are sorted): the same order,
    /// by an integer sort instead of tuple comparisons (8.7 M instructions per MB of varied text).
    static func overlapOrder(_ candidates: [(mention: Mention, priority: Int, emitted: Bool)]) -> [Int] {
        var packed: [UInt64] = []
        packed.reserveCapacity(candidates.count)
        var fits = candidates.count <= 1 << 16
        if fits {
            for i in candidates.indices {
                let start = candidates[i].mention.startByte
                let length = candidates[i].mention.endByte - start
                let rank = 2 - candidates[i].priority
                guard length >= 0, length < 1 << 16, rank >= 0, rank < 16, start >= 0, start < 1 << 28 else {
                    fits = false
                    break
                }
                packed.append(UInt64(0xFFFF - length) << 48 | UInt64(rank) << 44 | UInt64(start) << 16 | UInt64(i))
            }
        }
        if fits {
            packed.sort()
            return packed.map { Int($0 & 0xFFFF) }
        }
        var order = candidates.indices.map { i in
            let m = candidates[i].mention
            return (m.startByte - m.endByte, -candidates[i].priority, m.startByte, i)
        }
        order.sort { $0 < $1 }
        return order.map { $0.3 }
    }

    /// True for the kinds of mention the rules keep whatever the tagger says: titles, facilities, laws,
    /// lower-case nationalities, and names from the curated lists.
    private mutating func ruleKeepsAuthority(_ m: Mention) -> Bool {
        switch m.label {
        case .title, .fac, .law: return true
        case .norp where tokens.isLower(m.startToken): return true
        default:
            // A name built on a curated head noun ("Iranian Foreign Ministry", "Treaty of Kars"), a curated
            // name, or a gazetteer name of several words ("Land of Fire"): long exact evidence.
            if m.hasOrigin("rule:head-noun") || m.hasOrigin("rule:operation-name")
                || m.hasOrigin("rule:quoted-name-of-exercise") || m.hasOrigin("rule:compass+place")
            {
                return true
            }
            let code = TaggerFeatures.ruleCode(label: m.label, origin: m.origin) & 7
            return code == 1 || (code == 0 && m.endToken - m.startToken > 1)
        }
    }

    /// "Azerbaijani Muslims" read as one name by the tagger while curated or gazetteer names cover each of
    /// its words: adjacent mentions stay separate (ANNOTATION.md), so the rules' mentions win. A name with a
    /// word no rule knows ("Harlow United") stays the tagger's, and so does a person whose names are towns.
    private func preferTiledRules(_ candidates: inout [(mention: Mention, priority: Int, emitted: Bool)], scored: [Bool]) {
        // Curated and GeoNames mentions of the rules, whether or not they compete on their own.
        var added: [(mention: Mention, priority: Int, emitted: Bool)] = []
        for i in candidates.indices where candidates[i].priority == 1 {
            let m = candidates[i].mention
            guard m.endToken - m.startToken >= 2 else { continue }
            var inside: [Mention] = []
            for t in m.startToken..<m.endToken where ruleStarting[t] >= 0 {
                let r = mentions[Int(ruleStarting[t])]
                if r.endToken <= m.endToken, TaggerFeatures.ruleCode(label: r.label, origin: r.origin) & 7 <= 1 {
                    inside.append(r)
                }
            }
            guard inside.count >= 2 else { continue }
            // Places side by side without a comma are a person's name ("Elizabeth Warren", "Virginia
            // Hale"): two towns are written "Warren, Michigan".
            if m.label == .person, inside.contains(where: { $0.label == .gpe || $0.label == .loc || $0.label == .fac }) {
                continue
            }
            // A nationality and an organization read as one organization are its name ("British Red Cross",
            // "Iranian Foreign Ministry"); ANNOTATION.md separates a nationality from a person or a title.
            if m.label == .org, inside.count == 2, inside[0].label == .norp, inside[1].label == .org,
                inside[0].startToken == m.startToken, inside[1].endToken == m.endToken
            {
                continue
            }
            let tiled = (m.startToken..<m.endToken).allSatisfy { t in
                !scored[t] || inside.contains { $0.startToken <= t && t < $0.endToken }
            }
            guard tiled else { continue }
            candidates[i].emitted = false
            candidates[i].priority = -1
            candidates[i].mention.endToken = m.startToken  // withdrawn: takes no token
            added += inside.map { ($0, 1, true) }
        }
        candidates += added
    }

    /// A head-noun name the rules read on across "and" where the tagger saw separate names on either side:
    /// "National Hockey League for the St. Louis Eagles and Boston Bruins", "Hyatt Regency Santa Clara and
    /// Santa Clara Convention Center" were one ORG. The head-noun rule extends a name over
    /// such words because names hold them ("Centers for Disease Control", "Department of Applied
    /// Economics"); the tagger, which learnt where names end, decides when it found two names there.
    private mutating func preferTaggerSplits(_ candidates: inout [(mention: Mention, priority: Int, emitted: Bool)]) {
        // The tagger's spans in text order (the tagger's loop appends them so), as token ranges: one pass,
        // then a binary search per head-noun name (a scan of every candidate per name was quadratic).
        var spans: [(start: Int, end: Int)] = []
        for c in candidates where c.priority == 1 && c.mention.hasOrigin("model:tagger") {
            spans.append((c.mention.startToken, c.mention.endToken))
        }
        guard spans.count >= 2 else { return }
        for i in candidates.indices where candidates[i].priority == 2 && candidates[i].mention.hasOrigin("rule:head-noun") {
            let start = candidates[i].mention.startToken
            let end = candidates[i].mention.endToken
            guard end - start >= 3 else { continue }
            var lo = 0
            var hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].start < start { lo = mid + 1 } else { hi = mid }
            }
            // Two names of two words or more side by side, joined by "and" alone. Not "for" or "of":
            // the tagger splits "American Association for the Advancement of Science" and "Union of Serb
            // Writers" there, wrongly; nor a lone word before "and" ("National and Kapodistrian University").
            var split = false
            var k = lo
            while k + 1 < spans.count, spans[k + 1].end <= end {
                let left = spans[k]
                let right = spans[k + 1]
                if left.end - left.start >= 2, right.start == left.end + 1, tokens.isAny(left.end, words.coordinators, in: bytes) {
                    split = true
                    break
                }
                k += 1
            }
            guard split else { continue }
            candidates[i].emitted = false
            candidates[i].priority = -1
            candidates[i].mention.endToken = start  // withdrawn: takes no token
        }
    }

    /// Whether a word of the tagger's event `a..<b` says it is one: an event head of the lists ("War",
    /// "Summit", "Olympics"), a competition's or a show's head, a storm word ("Hurricane Katrina", or the
    /// storm's name after one elsewhere in the document), a year or a number in it or right after it
    /// ("Euro 2020", "SIGGRAPH 2000"), or an event the curated lists name.
    private mutating func isEventEvidenced(_ a: Int, _ b: Int) -> Bool {
        if let m = ruleMention(a, b), m.label == .event { return true }
        for k in a..<b {
            if findings[k].allCues & GazetteerKind.eventHead.bit != 0 { return true }
            if tokens.isAny(k, words.competitionHeads, in: bytes) || tokens.isAny(k, words.placedEventHeads, in: bytes)
                || tokens.isAny(k, Self.stormWords, in: bytes) || tokens.isAny(k, Self.gamesAdjectives, in: bytes)
            {
                return true
            }
            if tokens.flags[k].contains(FlagBits.numeric) { return true }
            if let e = entry(k), e.kind == .event { return true }
        }
        // "SIGGRAPH 2000", "CVPR 2019": an edition's year after the name.
        if b < tokens.count, tokens.flags[b].contains(FlagBits.numeric), !tokens.flags[b - 1].contains(FlagBits.lineEndAfter) {
            return true
        }
        // "Katrina had 185 km/h winds" after "Hurricane Katrina": a storm's name elsewhere in the document.
        return b == a + 1 && isStormName(a)
    }

    /// The Games' adjectives: the tagger's event "Olympic" ("Olympic venues") is the Games'.
    static let gamesAdjectives = WordSet(["olympic", "paralympic"])

    /// Words that name a storm with the name after them ("Hurricane Katrina", "Typhoon Haiyan").
    static let stormWords = WordSet(["hurricane", "typhoon", "cyclone", "storm"])

    /// Whether the word at `t` follows a capitalized storm word somewhere in the document (events are
    /// few, and this scan runs only for a one-word event nothing else supports).
    private func isStormName(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        for k in tokens.tokens(ofLength: e - s, in: bytes, first: { $0 == bytes[s] }) where k > 0 {
            if bytes.sameBytes(Int(tokens.byteStart[k])..<Int(tokens.byteEnd[k]), s..<e), tokens.isCapitalized(k - 1),
                tokens.isAny(k - 1, Self.stormWords, in: bytes)
            {
                return true
            }
        }
        return false
    }

    /// A head-noun name read on across "and" from a name the gazetteers know whole: "United Nations and
    /// European Union", "Turkey and Cape Town" were one ORG and one GPE by their last word. Names hold "and"
    /// ("Department of Health and Human Services", "Bosnia and Herzegovina"), but not after a complete name
    /// of the lists: that is a coordination, the known name, then the head-noun name from the word after
    /// "and". A known name with "of" or "for" inside ("Department of Health and Human Services") is left
    /// whole: the head-noun name may be the longer one.
    private mutating func splitAtKnownNames(_ candidates: inout [(mention: Mention, priority: Int, emitted: Bool)]) {
        var added: [(mention: Mention, priority: Int, emitted: Bool)] = []
        for i in candidates.indices where candidates[i].priority == 2 && candidates[i].mention.hasOrigin("rule:head-noun") {
            let m = candidates[i].mention
            let a = m.startToken
            guard m.endToken - a >= 3, let k = (a + 1..<m.endToken - 1).first(where: { tokens.is($0, "and", in: bytes) }),
                Int(findings[a].labelEnd) == k, let known = entry(a), let label = known.kind.label,
                label == .org || label == .gpe || label == .loc,
                !(a..<k).contains(where: { tokens.is($0, "of", in: bytes) || tokens.is($0, "for", in: bytes) })
            else { continue }
            candidates[i].emitted = false
            candidates[i].priority = -1
            candidates[i].mention.endToken = a  // withdrawn: takes no token
            added.append((span(a, k, label, origin: origin(of: findings[a].labelEntry)), 2, true))
            var right = m
            right.startToken = k + 1
            right.startByte = Int(tokens.byteStart[k + 1])
            added.append((right, 2, true))
        }
        candidates += added
    }

    /// "Turkey and Pakistan" read as one name by the tagger while the rules know both places: two places;
    /// "United Nations and European Union" with both organizations in the curated lists: two organizations.
    private mutating func splitCoordinatedPlaces(_ candidates: inout [(mention: Mention, priority: Int, emitted: Bool)]) {
        for i in candidates.indices where candidates[i].priority == 1 && candidates[i].mention.endToken - candidates[i].mention.startToken >= 3 {
            let m = candidates[i].mention
            guard let k = (m.startToken + 1..<m.endToken - 1).first(where: { tokens.isAny($0, words.coordinators, in: bytes) })
            else { continue }
            var left = ruleMention(m.startToken, k)
            var right = ruleMention(k + 1, m.endToken)
            if left == nil || right == nil {
                // Two organizations of the curated lists ("United Nations and European Union"), whose
                // mentions the head-noun name across "and" took: the lists' own entries.
                guard let l = knownName(m.startToken, k), let r = knownName(k + 1, m.endToken), l.label == .org, r.label == .org
                else { continue }
                left = l
                right = r
            }
            guard let left, let right, [left, right].allSatisfy({ $0.label == .gpe || $0.label == .loc })
                || [left, right].allSatisfy({ $0.label == .org })
            else { continue }
            candidates[i].emitted = false
            candidates[i].priority = -1
            candidates[i].mention.endToken = m.startToken  // withdrawn: takes no token
            candidates.append((left, 1, true))
            candidates.append((right, 1, true))
        }
    }

    /// The gazetteer's name spanning exactly tokens `a..<b`, if an entry of a label matches there.
    private mutating func knownName(_ a: Int, _ b: Int) -> Mention? {
        guard Int(findings[a].labelEnd) == b, let e = entry(a), let label = e.kind.label else { return nil }
        return span(a, b, label, origin: origin(of: findings[a].labelEntry))
    }

    /// The rule mention spanning exactly tokens `a..<b`, if any (`ruleStarting` set by `applyModel`).
    func ruleMention(_ a: Int, _ b: Int) -> Mention? {
        guard a < ruleStarting.count, ruleStarting[a] >= 0 else { return nil }
        let m = mentions[Int(ruleStarting[a])]
        return m.endToken == b ? m : nil
    }

    /// Token `t` opens a sentence, a line, or a bracketed clause.
    /// Whether the tagger's span `a..<b` of class `c`, scored `margin` over outside at its first word, is
    /// common words it was not sure enough of to keep (it must be sure: `fillMargin`):
    /// - one known lower-case word opening a sentence, a line or a bracket (`opensLine`): most often no
    ///   name ("Likewise,", "Click here", a "Comments" heading);
    /// - one such word read as a place that no gazetteer knows ("Master" in "Master's Degree"): places
    ///   named by a common word ("Reading", "Bath") are in the gazetteers;
    /// - in a title-case heading or an all-caps line, where every word is capitalized, words that are all
    ///   common and unknown to the gazetteers ("Shares Slide", "Allies Worry").
    private static func isUnsureCommonWords(
        _ a: Int, _ b: Int, _ c: TaggerClass, margin: Int32, _ features: inout TaggerFeatures, opensLine: Bool
    ) -> Bool {
        guard margin < fillMargin else { return false }
        if b == a + 1, opensLine || c == .place && features.gazetteerKind(a) == nil {
            return features.lexicon.contains(features.word(a))
        }
        return features.sentenceCasing[a] >= 2
            && (a..<b).allSatisfy { features.gazetteerKind($0) == nil && features.lexicon.contains(features.word($0)) }
    }

    private func isLineOrSentenceStart(_ t: Int) -> Bool {
        t == 0 || isSentenceStart(t) || tokens.flags[t - 1].contains(FlagBits.lineEndAfter)
            || tokens.flags[t - 1].contains(FlagBits.opening)
    }

    /// The pronoun "I" alone is never a name (ANNOTATION.md), whichever source proposed it.
    private func isPronounI(_ m: Mention) -> Bool {
        m.endToken == m.startToken + 1 && m.endByte == m.startByte + 1 && bytes[m.startByte] == 0x49
    }

    /// "RT" before a handle or a quoted post ("RT @ana: ...", "RT kimbarber: ...") or closing a post is a
    /// repost marker, not the broadcaster of the curated list ("RT reported ..." stays).
    private func isRetweetMarker(_ m: Mention) -> Bool {
        guard m.endToken == m.startToken + 1, m.endByte == m.startByte + 2, bytes[m.startByte] == 0x52,
            bytes[m.startByte + 1] == 0x54
        else { return false }
        let next = m.endToken
        if next >= tokens.count || tokens.flags[m.startToken].contains(FlagBits.lineEndAfter) { return true }
        if bytes[Int(tokens.byteStart[next])] == 0x40 { return true }
        return next + 1 < tokens.count && !tokens.flags[next].contains(FlagBits.lineEndAfter)
            && tokens.is(next + 1, ":", in: bytes)
    }

    /// "al-Maliki", "el-Sisi", "bin-Salman": an Arabic name's particle, a hyphen and a capitalized name.
    private func isParticleName(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard let hyphen = (s..<min(e, s + 5)).first(where: { bytes[$0] == 0x2D }), hyphen >= s + 2, hyphen + 1 < e,
            bytes[hyphen + 1] &- 0x41 < 26
        else { return false }
        return Self.particles.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<hyphen]), as: UTF8.self))
    }

    private static let particles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ibn", "abu"]

    /// The span without connectors at its edges ("Blue Origin and"), a leading article, capitalized or
    /// not ("The Associated Press": ANNOTATION.md leaves determiners out) or a leading honorific ("Dr Sue
    /// Black", which the rules read as a cue), nil when nothing is left.
    private mutating func trimmed(_ a0: Int, _ b0: Int) -> (Int, Int)? {
        var a = a0
        var b = b0
        while a < b, tokens.isLower(a) || tokens.isAny(a, words.articles, in: bytes) || has(a, .honorific) { a += 1 }
        // "However, the group ...", "In December, the firm ...": a sentence's opening word is no part of a
        // name, and a month or weekday left alone is a date's.
        if a < b, isLineOrSentenceStart(a), tokens.isAny(a, words.sentenceOpeners, in: bytes) {
            a += 1
            if b == a + 1, tokens.isAny(a, words.calendar, in: bytes) { return nil }
        }
        while b > a, tokens.isLower(b - 1) || tokens.isAny(b - 1, words.articles, in: bytes) { b -= 1 }
        return a < b ? (a, b) : nil
    }

    /// The tagger learnt English: in a document whose lower-case words are mostly unknown to its lexicon
    /// (German, French...), every capitalized noun would look like a name to it. Samples the first 120
    /// lower-case words; a document with fewer than 8 is given the benefit of the doubt.
    static func readsAsEnglish(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, lexicon: Lexicon) -> Bool {
        var seen = 0
        var known = 0
        let lowercase = FlagBits.lowercase.rawValue
        tokens.flags.withUnsafeBufferPointer { flags in
            for t in 0..<flags.count where flags[t].rawValue & lowercase != 0 {
                seen += 1
                if lexicon.contains(token: t, of: tokens, in: bytes) {
                    known += 1
                }
                // The verdict is sealed before the 120th word once 84 are known (70% of 120) or 37 are not.
                if seen == 120 || known == 84 || seen - known == 37 { break }
            }
        }
        return seen < 8 || known * 10 >= seen * 7
    }

    private func span(_ a: Int, _ b: Int, _ label: MentionLabel, origin: MentionOrigin = "model:tagger") -> Mention {
        Mention(a..<b, of: tokens, label: label, origin: origin)
    }
}
