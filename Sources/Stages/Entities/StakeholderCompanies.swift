/// A name that no source read, right before the people or the papers a company has ("Spotify investors",
/// "VMware customers", "Rolling Stone subscribers", "Refinitiv shares"): the company. The tagger, trained on
/// text older than most of today's company names, leaves an unknown one-word brand untagged or reads a
/// person; what the company has says what it is. Also the untagged name right after a company noun ("the
/// journal Nature", "the startup CloudSimple", "Startup Tandrel said ..."), which `CompanyNames` reads only
/// where a source found the name.
///
/// The name: one to three capitalized words on one line, none a given name, a surname or a place of the
/// gazetteers nor a name's head noun ("Embassy employees"), no word of another mention, and not a word
/// opening a sentence alone ("Speculative investors").
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct StakeholderCompanies {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words.
    let lexicon: Lexicon
    let words = RuleWordLists.shared

    static let maximumWords = 3

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 2 else { return }
        // The candidates first, from the flags of each pair of tokens: a stakeholder noun after a capitalized
        // word, a company noun before one. A word list is read only at such a pair, and most documents have
        // none and stop here (a lookup at every lower-case word cost 15 M instructions per MB).
        var nouns: [Int] = []
        var openers: [Int] = []
        for t in 1..<n where tokens.isCapitalized(t - 1) || tokens.isCapitalized(t) {
            if tokens.isLower(t), tokens.isCapitalized(t - 1), tokens.isAny(t, words.stakeholderNouns, in: bytes) {
                nouns.append(t)
            }
            if tokens.isCapitalized(t), tokens.isLower(t - 1) || tokens.flags[t - 1].contains(FlagBits.sentenceStart),
                tokens.isAny(t - 1, words.orgNounsBeforeName, in: bytes)
            {
                openers.append(t - 1)
            }
        }
        guard !nouns.isEmpty || !openers.isEmpty else { return }
        var covered = [Bool](repeating: false, count: n)
        for m in mentions { for t in m.startToken..<min(m.endToken, n) { covered[t] = true } }
        // The tagger's guess of a person or a place for a name no gazetteer knows ("Tandrelia customers",
        // "the startup Tandrelia").
        for i in mentions.indices {
            let m = mentions[i]
            guard m.label == .gpe || m.label == .loc || m.label == .person, m.endToken - m.startToken <= Self.maximumWords
            else { continue }
            let before = nouns.contains(m.endToken) && tokens.isOneSpaceApart(m.endToken - 1, m.endToken, in: bytes)
                && !isVerbShares(m.endToken)
            let after = openers.contains(m.startToken - 1) && tokens.isLower(m.startToken - 1)
                && tokens.isOneSpaceApart(m.startToken - 1, m.startToken, in: bytes) && !runsOn(m.endToken)
            guard before || after, m.hasOrigin("model:tagger"), (m.startToken..<m.endToken).allSatisfy({ isUnknownName($0) })
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:stakeholder-company"
        }
        var added: [Mention] = []
        for t in nouns {
            guard !covered[t - 1], tokens.isOneSpaceApart(t - 1, t, in: bytes), let start = nameStart(endingAt: t - 1, covered)
            else { continue }
            if isVerbShares(t) { continue }
            added.append(Mention(start..<t, of: tokens, label: .org, origin: "rule:stakeholder-company"))
        }
        // "the journal Nature", "the startup CloudSimple", "Publisher Tandrel said ...": a company noun (in
        // capitals only opening a sentence), then a name no source read.
        for t in openers where (tokens.isLower(t) || tokens.flags[t].contains(FlagBits.sentenceStart) && tokens.isCapitalized(t))
            && !covered[t + 1] && tokens.isOneSpaceApart(t, t + 1, in: bytes)
        {
            var end = t + 1
            while end < n, end - t <= Self.maximumWords, !covered[end], isUnknownName(end),
                end == t + 1 || tokens.isOneSpaceApart(end - 1, end, in: bytes)
            {
                end += 1
            }
            guard end > t + 1, end < n, !tokens.isCapitalized(end) else { continue }
            if runsOn(end) { continue }
            added.append(Mention((t + 1)..<end, of: tokens, label: .org, origin: "rule:stakeholder-company"))
        }
        Mention.add(added, to: &mentions)
    }

    /// A title that runs on at token `end` over a connector ("the journal Monthly Notices of the Royal
    /// Astronomical Society", "Modern Poetry in Translation"): its first words alone are no name.
    func runsOn(_ end: Int) -> Bool {
        guard end + 1 < tokens.count,
            tokens.isAny(end, words.connectors, in: bytes) || tokens.is(end, "in", in: bytes) || tokens.is(end, "on", in: bytes)
        else { return false }
        // "and the firm Zentrix" coordinates; "of the Royal Society" runs on.
        let article = tokens.isAny(end + 1, words.articles, in: bytes) && !tokens.isAny(end, words.coordinators, in: bytes)
        return tokens.isCapitalized(end + 1) || article
    }

    /// "Sabatier shares the formula": "shares" as the verb, before what is shared.
    func isVerbShares(_ t: Int) -> Bool {
        t + 1 < tokens.count && tokens.isLower(t + 1) && tokens.isAny(t + 1, words.sharedObjects, in: bytes)
    }

    /// The first token of the unknown name that ends at token `last`, or nil.
    func nameStart(endingAt last: Int, _ covered: [Bool]) -> Int? {
        var start = last
        guard isUnknownName(last) else { return nil }
        while start > 0, last - start + 1 < Self.maximumWords, !covered[start - 1], tokens.isCapitalized(start - 1),
            tokens.isOneSpaceApart(start - 1, start, in: bytes), !tokens.flags[start].contains(FlagBits.sentenceStart), isUnknownName(start - 1)
        {
            start -= 1
        }
        // A capitalized word before the run that another mention holds, or that is no name: the run is part
        // of something longer (a heading, a title); leave it.
        if start > 0, tokens.isCapitalized(start - 1), tokens.isOneSpaceApart(start - 1, start, in: bytes),
            !tokens.flags[start].contains(FlagBits.sentenceStart)
        {
            return nil
        }
        // A word opening a sentence is capitalized whatever it is ("Speculative investors"): only a run of two
        // or more there, and none of them a common word.
        if tokens.flags[start].contains(FlagBits.sentenceStart),
            start == last || (start...last).contains(where: { lexicon.contains(token: $0, of: tokens, in: bytes) })
        {
            return nil
        }
        return start
    }

    /// A capitalized word that no gazetteer gives a name or a place, and no function word.
    func isUnknownName(_ t: Int) -> Bool {
        // Names, places, titles, and the head nouns of names ("Embassy employees").
        let names = GazetteerKind.givenName.bit | GazetteerKind.surname.bit | GazetteerKind.gpe.bit
            | GazetteerKind.loc.bit | GazetteerKind.norp.bit | GazetteerKind.title.bit | GazetteerKind.honorific.bit
            | GazetteerKind.orgHead.bit | GazetteerKind.facHead.bit | GazetteerKind.locHead.bit
            | GazetteerKind.eventHead.bit | GazetteerKind.lawHead.bit | GazetteerKind.gpeHead.bit
        guard tokens.isCapitalized(t), findings[t].labelEnd == 0, findings[t].allCues & names == 0 else { return false }
        return !tokens.isAny(t, words.articles, in: bytes) && !tokens.flags[t].contains(FlagBits.numeric)
    }
}
