/// Titles that a verb or "as" attaches to a person, and the titles coordinated after a title.
///
/// Business and local news give a person's office in the predicate as often as next to the name: "Jeffrey
/// Maurer, who is executive vice president", "Michael Reupke resigned as general manager", "H. Marshall
/// Schwarz was named chairman and chief executive officer of U.S. Trust". ANNOTATION.md's TITLE is the office
/// attached to a person, and the sets annotated by it tag these; the rules looked for a title only right
/// before the name or in its apposition, so each was a miss and so was its has_title.
///
/// Coordinated titles are separate mentions (ANNOTATION.md: adjacent but separate mentions stay separate;
/// "chairman, president and chief executive" is three TITLEs in gold/tbaq-news), and the ones after the
/// first were missed wherever the first was found: "Pierre Lortie, chairman and chief executive, resigned".
extension JobTitles {
    /// At most this many words between a person and the verb or "as" that gives the title.
    static let predicateReach = 4

    /// "was named chairman", "resigned as general manager", "who is president of": a person, then (within
    /// `predicateReach` words of one clause) a verb of office or "as", then an optional determiner, the
    /// title's modifiers and its job noun, then a preposition, a conjunction or the clause's end.
    func addPredicativeTitles(_ mentions: inout [Mention]) {
        let n = tokens.count
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].label == .person {
            let nextStart = i + 1 < mentions.count ? mentions[i + 1].startToken : n
            var k = mentions[i].endToken
            var words = 0
            // "Nigel Judah, 58, finance director": the age in commas is no clause break.
            if tokens.isAgeInCommas(at: k, in: bytes) { k += 3 }
            // ", who is president": the relative pronoun after a comma.
            if k + 1 < nextStart, tokens.isComma(k, in: bytes), tokens.is(k + 1, "who", in: bytes) { k += 1 }
            while k < nextStart, words <= Self.predicateReach, tokens.isLower(k), !opensClause(k) {
                if tokens.isAny(k, Self.predicates, in: bytes) || tokens.is(k, "as", in: bytes),
                    let (s, job) = predicateTitle(after: k, before: nextStart)
                {
                    added.append(title(s, job))
                    break
                }
                // Between the person and a verb of office only auxiliaries and adverbs ("has also been"); before
                // "as" any verb ("stepped down as", "will serve as").
                if !tokens.isAny(k, Self.auxiliaries, in: bytes), !isAsVerb(k, limit: nextStart) { break }
                words += 1
                k += 1
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// "chairman, president and chief executive": after a lower-case title, a comma, "and" or "&" and
    /// another lower-case title (its modifiers and its job noun, nothing of it a mention) are one more title
    /// each, up to six.
    func addTitlesCoordinatedAfter(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].label == .title && tokens.isLower(mentions[i].endToken - 1) {
            let nextStart = i + 1 < mentions.count ? mentions[i + 1].startToken : tokens.count
            var end = mentions[i].endToken
            for _ in 0..<6 {
                guard end < nextStart, !tokens.flags[end - 1].contains(FlagBits.lineEndAfter) else { break }
                guard isTitleCoordinator(end) else { break }
                // ", and": the comma and the conjunction are one connector.
                var k = end + 1
                if tokens.isComma(end, in: bytes), k < nextStart, tokens.is(k, "and", in: bytes) { k += 1 }
                // "founder and former chief executive": the word of time stays outside the title.
                if k + 1 < nextStart, tokens.isLower(k), tokens.isAny(k, Self.times, in: bytes) { k += 1 }
                guard k < nextStart, !tokens.flags[k - 1].contains(FlagBits.lineEndAfter),
                    let job = jobRun(from: k, before: nextStart), endsTitle(job + 1)
                else { break }
                added.append(title(k, job))
                end = job + 1
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// The title of an apposition that describes the job before naming it: a nationality or a party ("David
    /// Eichenbaum, a Democratic political consultant", "Ricardo Alarcon, former Cuban ambassador to"), a place
    /// ("a Miami businessman"), a possessive name ("Josh Isay, Schumer's campaign manager") or an age ("a
    /// 39-year-old businessman") between the article and the job. `apposition(after:before:)` stops at the
    /// mention. Its first token and its job noun's.
    func describedApposition(after i: Int, in mentions: [Mention]) -> (Int, Int)? {
        let n = tokens.count
        var k = appositionOpening(after: mentions[i].endToken).mark
        guard k + 2 < n, isAppositionMark(k), !tokens.flags[k].contains(FlagBits.lineEndAfter) else { return nil }
        k += 1
        if tokens.isLower(k), tokens.isAny(k, Self.determiners, in: bytes) { k += 1 }
        if k < n, tokens.isLower(k), tokens.isAny(k, Self.times, in: bytes) { k += 1 }
        guard k < n else { return nil }
        var j = i + 1
        // One or two describing words or names: "a 39-year-old Miami businessman".
        var described = 0
        while described < 2, k < n {
            if isAgeAdjective(k) {
                k += 1
            } else if j < mentions.count, mentions[j].startToken == k {
                let d = mentions[j]
                let possessive = d.endToken < n && isPossessiveMark(d.endToken)
                switch d.label {
                case .norp, .gpe, .org, .person:
                    k = d.endToken + (possessive ? 1 : 0)
                    // "a former Clinton administration adviser": the name's unit, one lower-case noun.
                    if !possessive, d.label == .person || d.label == .org, k + 1 < n, tokens.isLower(k),
                        !isJob(k), !tokens.isAny(k, Self.modifiers, in: bytes), isJob(k + 1)
                    {
                        k += 1
                    }
                    if !possessive, d.label == .person, k == d.endToken { return nil }
                default: return nil
                }
                j += 1
            } else if tokens.isCapitalized(k), !tokens.flags[k].contains(FlagBits.sentenceStart),
                k + 1 < n, tokens.isLower(k + 1)
            {
                // A party or a nationality the later passes label ("a Democratic political consultant").
                k += 1
            } else {
                break
            }
            described += 1
        }
        guard described > 0 else { return nil }
        let nextStart = j < mentions.count ? mentions[j].startToken : n
        guard k < nextStart, let job = jobRun(from: k, before: nextStart), endsTitle(job + 1) else { return nil }
        return (k, job)
    }

    /// "39-year-old": a number, "-year-old", one token.
    private func isAgeAdjective(_ k: Int) -> Bool {
        let s = Int(tokens.byteStart[k])
        let e = Int(tokens.byteEnd[k])
        let suffix = Self.yearOld
        guard e - s > suffix.count, bytes[s] &- 0x30 < 10 else { return false }
        for (a, b) in zip(bytes[(e - suffix.count)..<e], suffix) where a != b { return false }
        return true
    }

    /// The bytes of "-year-old", made once (`isAgeAdjective` runs for every described apposition).
    static let yearOld = Array("-year-old".utf8)

    /// The title after the verb of office or "as" at `cue`: its first token and its job noun's.
    private func predicateTitle(after cue: Int, before nextStart: Int) -> (Int, Int)? {
        var k = cue + 1
        guard k < nextStart, !tokens.flags[cue].contains(FlagBits.lineEndAfter) else { return nil }
        // "who is now an immunologist", "was then the chairman": an adverb of time before the article.
        if k + 1 < nextStart, tokens.isAny(k, Self.timeAdverbs, in: bytes), tokens.isAny(k + 1, Self.determiners, in: bytes) {
            k += 1
        }
        if tokens.isAny(k, Self.determiners, in: bytes) { k += 1 }
        // "as former chairman": a word of time is no part of the title.
        if k < nextStart, tokens.isLower(k), tokens.isAny(k, Self.times, in: bytes) { k += 1 }
        guard k < nextStart, let job = jobRun(from: k, before: nextStart), endsTitle(job + 1) else { return nil }
        return (k, job)
    }

    /// The job noun that ends the title starting at `s`: lower-case modifiers and job nouns from `s` (at
    /// most five words, none of them a mention), the last job noun among them ("executive vice president",
    /// "chief executive officer", "deputy general manager").
    func jobRun(from s: Int, before nextStart: Int) -> Int? {
        var k = s
        var last: Int? = nil
        while k < nextStart, k - s < 5, tokens.isLower(k) {
            if isJob(k) {
                last = k
            } else if !tokens.isAny(k, Self.modifiers, in: bytes) {
                break
            }
            if tokens.flags[k].contains(FlagBits.lineEndAfter) { break }
            k += 1
        }
        return last
    }

    /// Whether token `e` may follow a title: the end of the text or of a clause, punctuation, a
    /// preposition of the office ("president of", "adviser to") or a conjunction.
    func endsTitle(_ e: Int) -> Bool {
        guard e < tokens.count, !tokens.flags[e].contains(FlagBits.sentenceStart) else { return true }
        if tokens.flags[e - 1].contains(FlagBits.lineEndAfter) { return true }
        if tokens.isLower(e) { return tokens.isAny(e, Self.titleFollowers, in: bytes) }
        return !tokens.flags[e].contains(FlagBits.alphabetic) && !tokens.flags[e].contains(FlagBits.numeric)
            && !isPossessiveMark(e)
    }

    /// Token `k` starts a new clause: a sentence or a line starts there.
    private func opensClause(_ k: Int) -> Bool {
        tokens.flags[k].contains(FlagBits.sentenceStart) || k > 0 && tokens.flags[k - 1].contains(FlagBits.lineEndAfter)
    }

    /// A lower-case word before "as" within reach ("resigned as", "stepped down as", "will serve as").
    private func isAsVerb(_ k: Int, limit: Int) -> Bool {
        var j = k
        while j < limit, j - k < Self.predicateReach, tokens.isLower(j) {
            if tokens.is(j, "as", in: bytes) { return !tokens.isAny(k, Self.comparatives, in: bytes) }
            j += 1
        }
        return false
    }

    /// Verbs that give a person an office: the title follows them.
    static let predicates = WordSet([
        "named", "appointed", "elected", "re-elected", "reelected", "became", "becomes", "become", "becoming",
        "remains", "remained", "is", "was", "promoted",
    ])
    /// Words that may stand between a person and a verb of office: auxiliaries and adverbs ("who has also
    /// been named", "was later appointed").
    static let auxiliaries = WordSet([
        "who", "has", "have", "had", "will", "would", "is", "was", "be", "been", "being", "also", "now", "still",
        "currently", "then", "later", "since", "recently", "previously", "formerly", "once", "just", "to",
    ])
    /// Adverbs of time between a verb or an apposition's comma and the title's article ("is now a", ", then
    /// the").
    static let timeAdverbs = WordSet(["now", "then", "currently", "still", "formerly", "previously", "later", "once"])
    /// Words before "as" that compare rather than give an office ("such as", "as well as", "so long as").
    static let comparatives = WordSet(["such", "well", "long", "soon", "much", "far", "same", "just"])
    /// Lower-case words that may follow a title.
    static let titleFollowers = WordSet([
        "of", "at", "for", "to", "with", "in", "on", "and", "since", "until", "from", "who", "after", "before",
        "when", "under", "between", "&",
    ])
}
