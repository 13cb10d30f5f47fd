/// Lower-case job titles of business, science and local news that the curated office list does not hold,
/// where they are attached to a person: right before the name ("equity strategist Ana Ruiz", "host Mia
/// Kent") or in an apposition after it ("Lena Voss, a senior fellow at ...", "Jane Doe, the bank's chief
/// economist"). ANNOTATION.md's TITLE is the office or job title attached to a person; the curated list is
/// about politics and government, and a title it lacks was no mention, so the relation stage had nothing
/// to attach.
///
/// A lower-case title also takes the modifiers that make it one job ("senior fellow", "portfolio manager",
/// "associate professor"), whichever list found it.
///
/// Runs after `TitlePhrases`, on the final labels of the names (the curated lists feed the tagger's
/// features; these words are read after it, so the tagger stays as trained).
struct JobTitles {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        splitLeadingPlaces(&mentions)
        splitTrailingOffices(&mentions)
        widenPortfolios(&mentions)
        relabelNamesAfterJobs(&mentions)
        addDefiniteHolders(&mentions)
        addNamedHolders(&mentions)
        // Driven by the persons (a few per document), not by a scan of every token.
        guard mentions.contains(where: { $0.label == .person }) else { return }
        var added: [Mention] = []
        for i in mentions.indices {
            let m = mentions[i]
            // A lower-case title the lists found: widened over its modifiers ("portfolio" + "manager").
            if m.label == .title, tokens.isLower(m.startToken) {
                let s = modifiersStart(
                    before: m.startToken, after: i > 0 ? mentions[i - 1].endToken : 0,
                    afterPlaceOrBody: i > 0 && Self.placesAndBodies.contains(mentions[i - 1].label))
                if s < m.startToken {
                    mentions[i].startToken = s
                    mentions[i].startByte = Int(tokens.byteStart[s])
                }
                continue
            }
            guard m.label == .person else { continue }
            let previousEnd = i > 0 ? mentions[i - 1].endToken : 0
            let nextStart = i + 1 < mentions.count ? mentions[i + 1].startToken : tokens.count
            // Right before the name, on one line: "equity strategist Ana Ruiz".
            let t = m.startToken - 1
            // "Presidents Leonid Kuchma ... and Boris Yeltsin", "Justices Ann Orr and Tom Hale": a capitalized
            // office in the plural before names is their title too.
            if t >= previousEnd, t >= 0, isJob(t) || tokens.isCapitalized(t) && isPluralJob(t) || isPositionAfterTeam(t),
                !tokens.flags[t].contains(FlagBits.lineEndAfter)
            {
                let s = modifiersStart(before: t, after: previousEnd, afterPlaceOrBody: i > 0 && Self.placesAndBodies.contains(mentions[i - 1].label))
                if !(s == t && tokens.is(t, "fellow", in: bytes)) { added.append(title(s, t)) }
                continue
            }
            // In an apposition: "Lena Voss, a senior fellow", "Jane Doe, the bank's chief economist".
            if let (s, job) = apposition(after: m.endToken, before: nextStart) {
                added.append(title(s, job))
            } else if i + 1 < mentions.count, let (s, job) = organizationApposition(after: m.endToken, organization: mentions[i + 1]) {
                added.append(title(s, job))
            } else if let (s, job) = describedApposition(after: i, in: mentions) {
                added.append(title(s, job))
            }
        }
        Mention.add(added, to: &mentions)
        addCoordinatedTitles(&mentions)
        addPredicativeTitles(&mentions)
        addTitlesCoordinatedAfter(&mentions)
    }

    /// "U.S. Attorney Erin Nealy Cox": a title that the curated list holds with its country's name in front is
    /// the place and the title (ANNOTATION.md: "Russian Foreign Minister Sergey Lavrov" is three mentions),
    /// so that the relation stage can say whom the office holder works for. Only a one-word place that the
    /// lists know as a place, before a word they know as a title.
    private func splitLeadingPlaces(_ mentions: inout [Mention]) {
        var places: [Mention] = []
        for i in mentions.indices where mentions[i].label == .title && mentions[i].endToken - mentions[i].startToken >= 2 {
            let a = mentions[i].startToken
            guard a + 1 < findings.count, findings[a].allCues & GazetteerKind.gpe.bit != 0,
                findings[a + 1].allCues & GazetteerKind.title.bit != 0, tokens.isCapitalized(a + 1)
            else { continue }
            places.append(Mention(a..<(a + 1), of: tokens, label: .gpe, origin: "rule:place-before-title"))
            mentions[i].startToken = a + 1
            mentions[i].startByte = Int(tokens.byteStart[a + 1])
        }
        Mention.add(places, to: &mentions)
        joinStateToPlaces(&mentions)
    }

    /// "the Liberal-Labour MPP for Kenora", "a former United Farmers of Ontario MLA": a legislator's office in
    /// capitals right after a party's or a place's name is the office, TITLE, not the name's last word (the
    /// tagger read one organization).
    private func splitTrailingOffices(_ mentions: inout [Mention]) {
        var offices: [Mention] = []
        for i in mentions.indices where mentions[i].endToken - mentions[i].startToken >= 2 {
            let m = mentions[i]
            let last = m.endToken - 1
            guard m.label == .org || m.label == .norp || m.label == .gpe, last < findings.count,
                tokens.flags[last].contains(FlagBits.allCaps), tokens.isAny(last, Self.legislatorOffices, in: bytes),
                tokens.isOneSpaceApart(last - 1, last, in: bytes)
            else { continue }
            offices.append(Mention(last..<(last + 1), of: tokens, label: .title, origin: "rule:trailing-office"))
            mentions[i].endToken = last
            mentions[i].endByte = Int(tokens.byteEnd[last - 1])
        }
        Mention.add(offices, to: &mentions)
    }

    /// Legislators' offices in capitals: members of parliaments, provincial and state assemblies.
    static let legislatorOffices = WordSet(["mp", "mpp", "mla", "msp", "mha", "mna", "mep", "td"])

    /// "New York State Attorney General": the state's "State" belongs to the place before it, not to the
    /// office ("New York State" + "Attorney General"; gold/aeb-news writes them so). Only the capitalized
    /// "State" between a place and a title of two or more words.
    private func joinStateToPlaces(_ mentions: inout [Mention]) {
        for i in mentions.indices.dropFirst() where mentions[i].label == .title && mentions[i].endToken - mentions[i].startToken >= 3 {
            let a = mentions[i].startToken
            let place = i - 1
            guard mentions[place].label == .gpe, mentions[place].endToken == a, tokens.isOneSpaceApart(a - 1, a, in: bytes),
                tokens.isCapitalized(a), tokens.is(a, "state", in: bytes), tokens.isCapitalized(a + 1)
            else { continue }
            mentions[place].endToken = a + 1
            mentions[place].endByte = Int(tokens.byteEnd[a])
            mentions[i].startToken = a + 1
            mentions[i].startByte = Int(tokens.byteStart[a + 1])
        }
    }

    /// "Pittsburgh center Maurkice Pouncey", "singer Ivo Marek": a name of two or three words right after a
    /// lower-case job is the person holding it, also where the tagger read a place or an organization
    /// there, unless the place table knows the name ("coach Boston" is no English).
    private func relabelNamesAfterJobs(_ mentions: inout [Mention]) {
        for i in mentions.indices {
            let m = mentions[i]
            let n = m.endToken - m.startToken
            guard m.label == .gpe || m.label == .loc || m.label == .org, m.hasOrigin("model:tagger"), n == 2 || n == 3,
                m.startToken > 0, i == 0 || mentions[i - 1].endToken < m.startToken
            else { continue }
            let t = m.startToken - 1
            // "New Jersey native Connor Clifton": where a person comes from introduces the name as a job does.
            guard tokens.isLower(t), tokens.isAny(t, Self.jobs, in: bytes) || tokens.is(t, "native", in: bytes),
                !tokens.flags[t].contains(FlagBits.lineEndAfter),
                !PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[m.startByte..<m.endByte])).isKnown
            else { continue }
            mentions[i].label = .person
            mentions[i].origin = "rule:name-after-job"
        }
    }

    /// "its chairman, Alan Greenspan", "the Cuban leader said": an office of `holders` introduced as a
    /// definite office (`DefiniteHolders`) is a title, also without a name next to it. One pass over the
    /// tokens outside the mentions, a word-set test each.
    private func addDefiniteHolders(_ mentions: inout [Mention]) {
        let definite = DefiniteHolders(tokens: tokens, bytes: bytes)
        // Read once: a static list read in the loop is a `swift_once` call per token.
        let holders = Self.holders
        var added: [Mention] = []
        // The first mention that does not end before token `t`.
        var i = 0
        for t in 0..<tokens.count where tokens.isLower(t) && tokens.isAny(t, holders, in: bytes) {
            while i < mentions.count, mentions[i].endToken <= t { i += 1 }
            if i < mentions.count, mentions[i].startToken <= t { continue }
            // "chief executive", "vice chairman": the office ends at the last job word.
            if t + 1 < tokens.count, isJob(t + 1) || tokens.isLower(t + 1) && tokens.isAny(t + 1, holders, in: bytes) {
                continue
            }
            let s = modifiersStart(before: t, after: i > 0 ? mentions[i - 1].endToken : 0)
            if definite.isDefinite(first: s, last: t) { added.append(title(s, t)) }
        }
        Mention.add(added, to: &mentions)
    }

    /// "Capitals forward Garnet Hathaway", "Lakers guard Ana Ruiz": a position that is a common word too
    /// (`ambiguousPositions`, left out of `jobs`) is one between a capitalized name on its line (the team)
    /// and the person (the caller's). "moved forward Tom said" has no name before it; a sentence's first
    /// word counts unless it opens sentences or ends as a verb or an adverb does.
    func isPositionAfterTeam(_ t: Int) -> Bool {
        guard t >= 1, tokens.isLower(t), tokens.isAny(t, Self.ambiguousPositions, in: bytes) else { return false }
        guard tokens.isCapitalized(t - 1), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter) else { return false }
        // A sentence's first word may be an adverb or a verb ("Going forward Tom Hale said").
        return !tokens.flags[t - 1].contains(FlagBits.sentenceStart)
            || !tokens.isAny(t - 1, WordLists.sentenceOpeners, in: bytes) && !tokens.endsInAny(t - 1, Self.verbEndings, in: bytes)
    }

    static let ambiguousPositions = WordSet(["forward", "guard", "safety", "tackle"])
    static let verbEndings: [[UInt8]] = ["ing", "ed", "ly"].map { Array($0.utf8) }

    /// "Vacco's campaign manager, Matt Behrmann, said", "the team's goaltender, Matt Murray, stopped": a job
    /// introduced with its determiner or a possessive and named in the apposition right after it is that
    /// person's title, whatever the job (`holders` keeps only the offices that name their holder without a
    /// name). The apposition must close (a comma, a bracket or a dash after the name), so "Unlike the
    /// president, Tom Hale said" is no title of his.
    private func addNamedHolders(_ mentions: inout [Mention]) {
        let definite = DefiniteHolders(tokens: tokens, bytes: bytes)
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].label == .person {
            let m = mentions[i]
            let job = m.startToken - 2
            let previousEnd = i > 0 ? mentions[i - 1].endToken : 0
            guard job >= previousEnd, tokens.isComma(job + 1, in: bytes), tokens.isLower(job), isJob(job),
                !tokens.flags[job].contains(FlagBits.lineEndAfter), m.endToken < tokens.count,
                tokens.isComma(m.endToken, in: bytes) || tokens.is(m.endToken, ")", in: bytes) || tokens.isDash(m.endToken, in: bytes)
            else { continue }
            let s = modifiersStart(before: job, after: previousEnd)
            if definite.isDefinite(first: s, last: job) { added.append(title(s, job)) }
        }
        Mention.add(added, to: &mentions)
    }

    /// "chairman, CEO and president Craig Menear", "founder and CEO Adam Neumann": the titles coordinated
    /// before the one next to the name are his too (the relation stage's `title-before-name` takes them all).
    private func addCoordinatedTitles(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for i in mentions.indices.dropFirst() where mentions[i].label == .person {
            guard mentions[i - 1].label == .title, mentions[i - 1].endToken == mentions[i].startToken else { continue }
            // `j`: the earliest title of the chain so far, a mention; `k`: the chain's first token.
            var j = i - 1
            var k = mentions[j].startToken
            // At most eight titles in one chain.
            var chain = 1
            while chain < 8 {
                chain += 1
                let previousEnd = j > 0 ? mentions[j - 1].endToken : 0
                guard k - 1 >= previousEnd, k >= 2 else { break }
                // "founder and former CEO": a word of time before the title is no part of it.
                if k - 1 > previousEnd, tokens.isLower(k - 1), tokens.isAny(k - 1, Self.times, in: bytes) { k -= 1 }
                // The connector: "and", "&", a comma, or a comma and "and".
                var c = k - 1
                guard isTitleCoordinator(c) else { break }
                if c - 1 > previousEnd, tokens.is(c, "and", in: bytes), tokens.isComma(c - 1, in: bytes) { c -= 1 }
                let job = c - 1
                // A title already found there: the chain goes on before it.
                if j > 0, mentions[j - 1].label == .title, mentions[j - 1].endToken == c {
                    j -= 1
                    k = mentions[j].startToken
                    continue
                }
                guard job >= previousEnd, !tokens.flags[job].contains(FlagBits.lineEndAfter),
                    isJob(job) || tokens.isCapitalized(job) && isListedTitle(job)
                else { break }
                let s = modifiersStart(before: job, after: previousEnd)
                added.append(title(s, job))
                k = s
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// A lower-case job noun of `jobs`, or an office of the curated lists; "back" after "running" or
    /// "defensive" (a position; alone a common word).
    func isJob(_ t: Int) -> Bool {
        guard tokens.isLower(t) else { return false }
        if isListedTitle(t) || tokens.isAny(t, Self.jobs, in: bytes) || isPluralJob(t) || isScienceJob(t) { return true }
        return t > 0 && tokens.is(t, "back", in: bytes) && tokens.isAny(t - 1, Self.backs, in: bytes)
    }

    /// "producers Jon Peters and Peter Guber", "Justin Feldman and Jack Arseneault, attorneys for", "were named
    /// vice chairmen": a job of `jobs` or a one-word office of the curated lists, in the plural ("-s",
    /// "-men"). gold/tbaq-news tags them as TITLE, as the singular.
    func isPluralJob(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 4 else { return false }
        let last = bytes[e - 1] | 0x20
        if last == 0x6E, bytes[e - 2] | 0x20 == 0x65, bytes[e - 3] | 0x20 == 0x6D {
            // "chairmen", "spokesmen": the singular ends in "man".
            var singular = Array(bytes[s..<e])
            singular[singular.count - 2] = 0x61
            return singular.withUnsafeBufferPointer { Self.jobs.contains(folding: $0) }
        }
        guard last == 0x73, bytes[e - 2] | 0x20 != 0x73 else { return false }
        if Self.jobs.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<(e - 1)])) { return true }
        guard let (entry, end) = Gazetteer.shared.match(from: s, to: e - 1, bytes: bytes), end == e - 1 else { return false }
        return Gazetteer.shared.entries[Int(entry)].kind == .title
    }

    /// A scientist's occupation by its ending, singular or plural: "immunologist", "microbiologists",
    /// "biochemist", "astrophysicist", "neuroscientist". The sciences are many and new ones are named every year;
    /// their practitioners' nouns share these endings, which no other English noun of the news has.
    func isScienceJob(_ t: Int) -> Bool {
        let e = Int(tokens.byteEnd[t])
        return tokens.endsInAny(t, Self.scienceEndings, before: bytes[e - 1] == 0x73 ? e - 1 : e, in: bytes)
    }

    static let scienceEndings: [[UInt8]] = ["ologist", "chemist", "physicist", "scientist"].map { Array($0.utf8) }

    /// Where the title ending in the job noun at `t` starts: up to two modifiers before it, not reaching
    /// token `after` (the end of the mention before) or across a line end.
    func modifiersStart(before t: Int, after: Int, afterPlaceOrBody: Bool = false) -> Int {
        var s = t
        while s > after, t - s < 2, tokens.isLower(s - 1), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter),
            tokens.isAny(s - 1, Self.modifiers, in: bytes)
        {
            s -= 1
        }
        // Words naming the job's field, where an article, a possessive, or an organization, a place or a people
        // (`after` is its end) opens the title right before them ("a telecommunications analyst", "Merrill Lynch
        // food analyst", "Dallas nightclub owner"; not after a person: "Tom Hale met running back" has a verb there).
        var f = s
        while f > after, t - f < 2, !tokens.flags[f - 1].contains(FlagBits.lineEndAfter), isNounModifier(f - 1) { f -= 1 }
        if f < s, f == after && afterPlaceOrBody
            || f > 0 && (tokens.isAny(f - 1, Self.determiners, in: bytes) || isPossessiveMark(f - 1))
        {
            s = f
        }
        return s
    }

    /// The title of an apposition after a person ending at `end`: a comma, an article, a possessive
    /// pronoun or a noun's possessive ("the bank's"), up to two modifiers, the job noun (or, without the
    /// article, a job followed by "at", "of", "for" or "with"); nothing of it a
    /// mention (`nextStart`: the next mention's first token). Its first token and its job noun's.
    private func apposition(after end: Int, before nextStart: Int) -> (Int, Int)? {
        let opening = appositionOpening(after: end)
        let aged = opening.aged
        var k = opening.mark
        guard k + 2 < nextStart, isAppositionMark(k), tokens.isLower(k + 1) else { return nil }
        // "Kathleen Voss, now a staff scientist at": an adverb of time before the article.
        if k + 3 < nextStart, tokens.isAny(k + 1, Self.timeAdverbs, in: bytes), tokens.isAny(k + 2, Self.determiners, in: bytes) {
            k += 1
        }
        // Without its article the title must lead on to where the job is held ("at", "of", "for").
        let bare = !tokens.isAny(k + 1, Self.determiners, in: bytes)
        k += bare ? 1 : 2
        // "a former deputy secretary-general of", "an ex chairman": the word of time stays outside the title.
        if k + 1 < nextStart, tokens.isLower(k), tokens.isAny(k, Self.times, in: bytes) { k += 1 }
        // "the bank's": a lower-case noun and its possessive.
        if k + 2 < nextStart, tokens.isLower(k), isPossessiveMark(k + 1) { k += 2 }
        let s = k
        while k < nextStart, k - s <= 2 {
            if isJob(k) {
                // "chief economist", "executive vice president": a job word before another job is its modifier.
                let job = max(k, jobRun(from: s, before: nextStart) ?? k)
                if job == s, tokens.is(job, "fellow", in: bytes) { return nil }
                // After an age the apposition is the person's description: the title may end it ("Peter
                // Holland, 45, deputy general manager, becomes").
                if bare, !(job + 1 < tokens.count && tokens.isAny(job + 1, Self.jobPrepositions, in: bytes)),
                    !(aged && endsTitle(job + 1))
                {
                    return nil
                }
                return (s, job)
            }
            guard tokens.isLower(k), tokens.isAny(k, Self.modifiers, in: bytes) || isNounModifier(k) else { return nil }
            k += 1
        }
        return nil
    }

    /// A lower-case word that may name the field of the job after it ("telecommunications analyst", "food
    /// analyst", "shipping correspondent"): letters only, no hyphen, and none of the words that say how good,
    /// how old or which one the holder is ("prominent", "former", "another"), nor the endings of adjectives and
    /// participles that do so ("-ly", "-ed", "-est", "-ive", "-ous", "-ful"), of a people or a creed ("-ist",
    /// "-al": "communist", "evangelical", lower-case NORPs in gold/tbaq-news).
    func isNounModifier(_ k: Int) -> Bool {
        guard tokens.isLower(k), !tokens.flags[k].contains(FlagBits.hyphenated), !isJob(k) else { return false }
        let s = Int(tokens.byteStart[k])
        let e = Int(tokens.byteEnd[k])
        guard e - s >= 3, (s..<e).allSatisfy({ bytes[$0] &- 0x61 < 26 }), !tokens.endsInAny(k, Self.adjectiveEndings, in: bytes)
        else { return false }
        return !tokens.isAny(k, Self.notModifiers, in: bytes) && !tokens.isAny(k, Self.determiners, in: bytes)
            && !tokens.isAny(k, Self.times, in: bytes)
    }

    /// The labels of names that may open a title with a field's noun after them.
    static let placesAndBodies: [MentionLabel] = [.org, .gpe, .loc, .norp]

    static let adjectiveEndings: [[UInt8]] = ["ly", "ed", "est", "ist", "al", "ive", "ous", "ful"].map { Array($0.utf8) }

    /// Words that stand before a job without naming its field: qualities, ages, order, quantity, function words
    /// (three letters or more, no hyphen: `isNounModifier` reads no other; its endings hold the rest).
    static let notModifiers = WordSet([
        "new", "longtime", "veteran", "prominent", "leading", "young", "old", "current", "outgoing", "incoming",
        "first", "second", "third", "last", "next", "same", "other", "another", "sole", "fellow", "popular", "great",
        "good", "big", "small", "major", "key", "future", "past", "late", "one", "two", "three", "many", "few",
        "some", "all", "both", "each", "every", "this", "that", "these", "those", "such", "own", "very", "most",
        "more", "less", "independent", "private", "star", "rising", "aspiring", "and", "for", "with", "was", "has",
        "had", "who", "said", "says", "not", "our", "your", "whose", "which", "charismatic", "legitimate",
        "apparent", "incumbent", "lower", "upper", "fourth", "fifth", "sixth", "featuring", "boy", "girl", "woman",
        "man", "women", "men", "wealthy", "under", "when", "while", "after", "before", "since", "than", "from",
        "into", "about", "against", "between", "during", "without", "like", "via", "per", "where", "why", "how",
        "what", "but", "because", "although", "though", "whether", "out", "over", "off", "down", "are", "were",
        "been", "being", "have", "will", "would", "can", "could", "may", "might",
        // Verbs in the past without "-ed", which follow a name the tagger may have read as an organization.
        "met", "hit", "beat", "let", "put", "got", "won", "saw", "told", "sent", "left", "took", "gave", "made",
        "found", "held", "kept", "lost", "paid", "sold", "bought", "brought", "became", "began", "chose", "drew",
        "fought", "heard", "knew", "ran", "succeeds",
    ])

    /// Where an apposition after a name ending at `end` opens: at `end`, or past an age in commas ("Nigel
    /// Judah, 58, finance director"); and whether an age was passed.
    func appositionOpening(after end: Int) -> (mark: Int, aged: Bool) {
        tokens.isAgeInCommas(at: end, in: bytes) && tokens.isComma(end + 2, in: bytes) ? (end + 2, true) : (end, false)
    }

    /// "and", "&" or a comma: what joins coordinated titles ("chairman, president and chief executive").
    func isTitleCoordinator(_ k: Int) -> Bool {
        tokens.is(k, "and", in: bytes) || tokens.is(k, "&", in: bytes) || tokens.isComma(k, in: bytes)
    }

    /// A comma, or a dash that opens an apposition as one does ("Peng Mei — project manager for ...").
    func isAppositionMark(_ k: Int) -> Bool {
        tokens.isComma(k, in: bytes) || tokens.isDash(k, in: bytes) || tokens.is(k, "--", in: bytes)
    }

    /// "Matt Harris, Columbus Police Department spokesman": an apposition whose job an organization's name
    /// opens (with up to two modifiers after it): the job is the person's title, the organization its
    /// holder's employer (the relation stage's `org-role-apposition`). Its first token and its job noun's.
    private func organizationApposition(after end: Int, organization org: Mention) -> (Int, Int)? {
        guard org.label == .org, org.startToken == end + 1, isAppositionMark(end) else { return nil }
        var k = org.endToken
        while k < tokens.count, k - org.endToken <= 2, !tokens.flags[k - 1].contains(FlagBits.lineEndAfter) {
            if isJob(k) {
                // "chief economist": an office word before another job is its modifier.
                var job = k
                while job + 1 < tokens.count, job - k < 2, isJob(job + 1) { job += 1 }
                // The job ends the apposition: a comma, a sentence's end or a dash after it.
                let next = job + 1
                guard next >= tokens.count || isAppositionMark(next) || tokens.flags[next].contains(FlagBits.sentenceStart)
                    || tokens.is(next, ".", in: bytes) || tokens.isAny(next, Self.jobPrepositions, in: bytes)
                else { return nil }
                return (org.endToken, job)
            }
            guard tokens.isLower(k), tokens.isAny(k, Self.modifiers, in: bytes) || isNounModifier(k) else { return nil }
            k += 1
        }
        return nil
    }

    func title(_ s: Int, _ job: Int) -> Mention {
        Mention(s..<(job + 1), of: tokens, label: .title, origin: "rule:job-title")
    }

    /// A one-word office of the curated lists that may be written in lower case ("professor", "spokesman"):
    /// the rules tag it next to a name; in an apposition it was left.
    private func isListedTitle(_ t: Int) -> Bool {
        findings[t].allCues & GazetteerKind.title.bit != 0
    }

    func isPossessiveMark(_ t: Int) -> Bool {
        tokens.is(t, "'s", in: bytes) || tokens.is(t, "’s", in: bytes)
    }

    /// Jobs that are titles when attached to a person, besides the curated offices.
    static let jobs = WordSet([
        "strategist", "fellow", "host", "columnist", "scientist", "consultant", "curator", "principal",
        "investigator", "engineer", "physician", "surgeon", "co-host", "anchor", "economist", "analyst",
        // Occupations of culture, business and science news ("singer Michael Ray", "businessman Li Wen").
        "singer", "songwriter", "singer-songwriter", "rapper", "guitarist", "drummer", "bassist", "pianist",
        "composer", "actor", "actress", "comedian", "filmmaker", "playwright", "novelist", "poet", "author",
        "photographer", "designer", "architect", "chef", "businessman", "businesswoman", "entrepreneur",
        "investor", "banker", "lawyer", "attorney", "researcher", "astronomer", "physicist", "chemist",
        "biologist", "astronaut", "pilot", "founder", "co-founder", "cofounder", "manager", "producer",
        "journalist", "reporter", "correspondent", "spokesperson", "spokeswoman", "spokesman", "activist",
        "chairman", "chairwoman", "chairperson", "president", "director", "owner", "postdoc", "blogger", "planner",
        // Players' positions and their coaches ("quarterback Ana Ruiz", "Browns pass rusher Tom Hale"); not
        // the positions that are common words too ("guard", "forward", "safety", "tackle", "back").
        "quarterback", "striker", "midfielder", "defender", "goalkeeper", "goalie", "goaltender", "pitcher",
        "linebacker", "receiver", "defenseman", "winger", "center", "centre", "cornerback", "outfielder",
        "shortstop", "catcher", "playmaker", "rusher", "tailback", "halfback", "fullback", "coach",
        // Offices and professions of general and local news ("Emily Lyons, a nurse who", "Walter Rowe,
        // professor at").
        "leader", "ambassador", "adviser", "advisor", "aide", "treasurer", "commissioner", "prosecutor",
        "publisher", "editor", "professor", "lecturer", "teacher", "scholar", "pastor", "priest", "nurse",
        "obstetrician", "gynecologist", "trader", "lobbyist", "commander", "agent", "officer", "executive",
        // "soccer player Gerard Pique", "Ana Ruiz, a tennis player from": a sport's player is an occupation.
        "player",
        // Offices and trades of general news ("immigration official Jurie de Wet", "Australian financier Kerry
        // Packer", "a bus mechanic", "the doctor, Barnett Slepian").
        "official", "financier", "delegate", "interpreter", "broker", "mechanic", "rabbi", "controller",
        "attache", "diplomat", "doctor", "monarch", "representative",
    ])
    /// The words that make "back" a position: "running back", "defensive back".
    static let backs = WordSet(["running", "defensive"])
    /// Words of time before a title in a chain of titles ("founder and former CEO"): outside the title, as
    /// "former" is before a single one.
    static let times = WordSet(["former", "then", "now", "onetime", "one-time", "ex"])
    /// Offices that name their holder when introduced as definite ("the chairman", "Iraq's leader"), besides
    /// the curated ones (`DefiniteHolders`). Not the jobs that name a role more often than its holder ("the
    /// owner", "the host", "the center", "the manager").
    static let holders = WordSet([
        "chairman", "chairwoman", "chairperson", "leader", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "lawyer", "attorney", "adviser", "advisor", "treasurer", "commissioner", "prosecutor",
        "judge", "founder", "co-founder", "director", "executive", "governor", "mayor", "senator", "coach",
        "chief", "commander", "superintendent", "sheriff", "publisher", "editor", "ceo",
    ])
    /// Words that make a lower-case title one job.
    static let modifiers = WordSet([
        "senior", "chief", "associate", "assistant", "deputy", "executive", "managing", "principal", "lead",
        "portfolio", "equity", "investment", "research", "program", "project", "marketing", "sales", "general",
        "visiting", "distinguished", "political", "editorial", "creative", "technical", "market", "fund",
        "head", "defensive", "offensive", "wide", "pass", "backup", "starting", "talent", "postdoctoral",
        "planetary", "communications", "product", "founding", "staff", "molecular", "clinical", "certified",
        // Nouns and adjectives of offices and jobs in the news ("vice chairman", "campaign manager", "police
        // spokesman", "top military commander", "financial analyst").
        "vice", "campaign", "police", "media", "management", "financial", "top", "military", "foreign", "trade",
        "special", "registered", "district", "county", "state",
        // Sports and their offices ("athletic director", "soccer player", "tennis coach").
        "athletic", "soccer", "football", "basketball", "baseball", "hockey", "tennis", "golf", "rugby", "cricket",
        "running",
        // Offices of company and government news ("finance director", "interim chief executive", "chief
        // operating officer", "national security adviser").
        "finance", "interim", "acting", "board", "national", "security", "international", "operating",
        "immigration", "customs", "defense", "intelligence",
    ])
    /// The prepositions after a job that make an apposition without its article one:
    /// "Matt Kemp, equity strategist at Ridge Bank".
    static let jobPrepositions = WordSet(["at", "of", "for", "with"])
    static let determiners = WordSet(["a", "an", "the", "its", "his", "her", "their"])
}
