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
        let n = tokens.count
        guard n >= 2 else { return }
        var personAt = [Bool](repeating: false, count: n)
        var covered = [Bool](repeating: false, count: n)
        for m in mentions {
            for k in m.startToken..<min(m.endToken, n) { covered[k] = true }
            if m.label == .person, m.startToken < n { personAt[m.startToken] = true }
        }
        var added: [Mention] = []
        // Lower-case titles the lists found: widened over their modifiers ("portfolio" + "manager").
        for i in mentions.indices where mentions[i].label == .title && tokens.isLower(mentions[i].startToken) {
            var s = mentions[i].startToken
            while s > 0, s > mentions[i].startToken - 3, !covered[s - 1], tokens.isLower(s - 1),
                tokens.isAny(s - 1, Self.modifiers, in: bytes), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter)
            {
                s -= 1
            }
            guard s < mentions[i].startToken else { continue }
            for k in s..<mentions[i].startToken { covered[k] = true }
            mentions[i].startToken = s
            mentions[i].startByte = Int(tokens.byteStart[s])
        }
        // New titles from the job nouns, attached to a person.
        for t in 0..<n where !covered[t] && tokens.isLower(t) && (tokens.isAny(t, Self.jobs, in: bytes) || isListedTitle(t)) {
            var s = t
            while s > 0, t - s < 3, !covered[s - 1], tokens.isLower(s - 1), tokens.isAny(s - 1, Self.modifiers, in: bytes),
                !tokens.flags[s - 1].contains(FlagBits.lineEndAfter)
            {
                s -= 1
            }
            // "fellow" alone is too often the common word ("a fellow student").
            if tokens.is(t, "fellow", in: bytes), s == t { continue }
            guard isBeforePerson(t, personAt) || isApposition(s, mentions) else { continue }
            added.append(
                Mention(
                    startToken: s, endToken: t + 1, startByte: Int(tokens.byteStart[s]), endByte: Int(tokens.byteEnd[t]),
                    label: .title, origin: "rule:job-title"))
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
    }

    /// A one-word office of the curated lists that may be written in lower case ("professor", "spokesman"):
    /// the rules tag it next to a name; in an apposition it was left.
    private func isListedTitle(_ t: Int) -> Bool {
        (findings[t].cues | findings[t].commonCues) & GazetteerKind.title.bit != 0
    }

    /// The job noun at `t` stands right before a person's name, on one line.
    private func isBeforePerson(_ t: Int, _ personAt: [Bool]) -> Bool {
        t + 1 < tokens.count && personAt[t + 1] && !tokens.flags[t].contains(FlagBits.lineEndAfter)
    }

    /// The title starting at `s` follows a person and a comma, with an article, a possessive pronoun or an
    /// organization's possessive between ("Lena Voss, a senior fellow", "Jane Doe, the bank's chief
    /// economist", "Tom Orr, its founder").
    private func isApposition(_ s: Int, _ mentions: [Mention]) -> Bool {
        var k = s - 1
        // "the bank's": a lower-case noun and its possessive.
        if k >= 1, isPossessiveMark(k) { k -= 2 }
        guard k >= 1, tokens.isLower(k), tokens.isAny(k, Self.determiners, in: bytes) else { return false }
        k -= 1
        guard k >= 1, tokens.isComma(k, in: bytes) else { return false }
        return mentions.contains { $0.label == .person && $0.endToken == k }
    }

    private func isPossessiveMark(_ t: Int) -> Bool {
        tokens.is(t, "'s", in: bytes) || tokens.is(t, "’s", in: bytes)
    }

    /// Jobs that are titles when attached to a person, besides the curated offices.
    static let jobs = WordSet([
        "strategist", "fellow", "host", "columnist", "scientist", "consultant", "curator", "principal",
        "investigator", "engineer", "physician", "surgeon", "co-host", "anchor", "economist", "analyst",
    ])
    /// Words that make a lower-case title one job.
    static let modifiers = WordSet([
        "senior", "chief", "associate", "assistant", "deputy", "executive", "managing", "principal", "lead",
        "portfolio", "equity", "investment", "research", "program", "project", "marketing", "sales", "general",
        "visiting", "distinguished", "political", "editorial", "creative", "technical", "market", "fund",
    ])
    static let determiners = WordSet(["a", "an", "the", "its", "his", "her", "their"])
}
