/// "Matt Maley, equity strategist at Miller Tabak", "a managing director of Piper Jaffray": a name the
/// tagger read as a person right after a title and "at" or "of" is the employer, an ORG. Firms named for
/// their founders (brokers, banks, law firms) look like persons to every cue the tagger has; the title and
/// its preposition say otherwise. In our news gold (AEB and TBAQ, train and dev) a name after "TITLE at" is
/// an ORG 23 times, a GPE 4 times and never a person; after "TITLE of", ORG 53, GPE 19, PERSON 2. "for", "to"
/// and "with" are left: "spokesman for Elian", "adviser to Gonzalez".
///
/// One sense per document: the firm's other mentions of the same two words or more become the ORG too
/// ("Piper Jaffray's survey"), unless an honorific or a title addresses them ("Mr. Weil of Weil &
/// Associates": a surname alone is not spread, and a person so addressed is one).
///
/// Left as they are: a name followed by a possessive ("director of John Smith's campaign": the person owns
/// what follows); a name after "the" ("director of the Clara Barton camp": a person's name as the modifier
/// of what follows); a name of one word that is a given name of the gazetteer.
///
/// The same holds for a name the tagger read as a place that no gazetteer knows, after the title of a job
/// held at a firm, a lab or a school ("an analyst at Quorvex", "chief executive of Velbury", "founder of
/// Dashlane"): every country, state and city of any size is in the gazetteers, and the tagger reads an
/// unknown word after "at" or "of" as a place. Not after an office held over a place ("mayor of Velbury").
///
/// Runs after `JobTitles`, on the final titles.
struct EmployersAfterTitles {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (given names among them).
    let findings: [TokenFindings]
    let gazetteer: Gazetteer
    /// The tagger's lexicon of lower-case words: "director of Operations" names a department, no firm.
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        addUntaggedEmployers(&mentions)
        addUntaggedEmployersBefore(&mentions)
        var firms: [Range<Int>] = []
        var unknownPlaces: [Range<Int>] = []
        for i in mentions.indices.dropFirst() where mentions[i].label == .person || mentions[i].label == .gpe {
            let m = mentions[i]
            guard mentions[i - 1].label == .title, isAfterTitle(m, title: mentions[i - 1]), !isOwner(m) else { continue }
            if m.label == .person {
                guard !isGivenNameAlone(m) else { continue }
                if firms.count < Self.firmLimit, m.endToken - m.startToken >= 2 { firms.append(m.startByte..<m.endByte) }
            } else {
                guard isFirmJob(mentions[i - 1]), isUnknownPlace(m) else { continue }
                if unknownPlaces.count < Self.firmLimit { unknownPlaces.append(m.startByte..<m.endByte) }
            }
            mentions[i].label = .org
            mentions[i].origin = "rule:employer-after-title"
        }
        guard !firms.isEmpty || !unknownPlaces.isEmpty else { return }
        for i in mentions.indices where mentions[i].label == .person || mentions[i].label == .gpe {
            let range = mentions[i].startByte..<mentions[i].endByte
            if mentions[i].label == .person {
                guard firms.contains(where: { bytes.sameBytes($0, range) }),
                    !isAddressed(mentions[i], after: i > 0 ? mentions[i - 1] : nil)
                else { continue }
            } else {
                guard unknownPlaces.contains(where: { bytes.sameBytes($0, range) }) else { continue }
            }
            mentions[i].label = .org
            mentions[i].origin = "rule:employer-after-title"
        }
    }

    /// "Strauss Zelnick, CEO of Take-Two, adds": a capitalized name the tagger left untagged right after the
    /// title of a job held at a firm and "at" or "of", ending where the clause does (a comma, a full stop, a
    /// bracket or a possessive follows), is the employer, an ORG. Up to three words, one at least no common
    /// word ("director of Operations, said" names a department), not a given name alone.
    private func addUntaggedEmployers(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].label == .title && isFirmJob(mentions[i]) {
            let k = mentions[i].endToken
            let n = k + 1
            let limit = i + 1 < mentions.count ? mentions[i + 1].startToken : tokens.count
            guard n < limit, tokens.isLower(k), tokens.is(k, "at", in: bytes) || tokens.is(k, "of", in: bytes),
                tokens.isCapitalized(n), !tokens.flags[k].contains(FlagBits.lineEndAfter),
                !tokens.isAny(n, WordLists.articles, in: bytes)
            else { continue }
            var e = n
            while e < limit, e - n < 3, tokens.isCapitalized(e), e == n || !tokens.flags[e - 1].contains(FlagBits.lineEndAfter) {
                e += 1
            }
            guard e < tokens.count, tokens.isComma(e, in: bytes) || tokens.is(e, ".", in: bytes)
                || tokens.is(e, ")", in: bytes) || tokens.isPossessive(e, in: bytes) || tokens.flags[e - 1].contains(FlagBits.lineEndAfter),
                (n..<e).contains(where: { !lexicon.contains(token: $0, of: tokens, in: bytes) }),
                e > n + 1 || !findings.isGivenName(n)
            else { continue }
            added.append(Mention(n..<e, of: tokens, label: .org, origin: "rule:employer-after-title"))
        }
        Mention.add(added, to: &mentions)
    }

    /// "T-Mobile CEO John Legere", "Vellmont athletic director Ana Ruiz": capitalized words the tagger left
    /// untagged right before the title of a firm's job that a person's name follows are the employer, an ORG
    /// (up to three words on the title's line, none a common word: "Former coach Ana Ruiz" names no firm). The
    /// title is in lower case or an acronym: a capitalized one is an office's ("Kyrgyz President ...").
    private func addUntaggedEmployersBefore(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for i in mentions.indices.dropLast() where mentions[i].label == .title && isFirmJob(mentions[i]) {
            let title = mentions[i]
            let person = mentions[i + 1]
            let previousEnd = i > 0 ? mentions[i - 1].endToken : 0
            // A capitalized title is an office's ("Kyrgyz President Kurmanbek Bakiyev"); a firm's job is
            // written in lower case or as an acronym ("T-Mobile CEO").
            guard person.label == .person, person.startToken == title.endToken, title.startToken > previousEnd,
                tokens.isLower(title.startToken) || tokens.flags[title.startToken].contains(FlagBits.allCaps)
            else { continue }
            var s = title.startToken
            while s > previousEnd, title.startToken - s < 3, tokens.isCapitalized(s - 1),
                tokens.isOneSpaceApart(s - 1, s, in: bytes), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter),
                !lexicon.contains(token: s - 1, of: tokens, in: bytes)
            {
                s -= 1
                if tokens.flags[s].contains(FlagBits.sentenceStart) { break }
            }
            guard s < title.startToken else { continue }
            added.append(Mention(s..<title.startToken, of: tokens, label: .org, origin: "rule:employer-before-title"))
        }
        Mention.add(added, to: &mentions)
    }

    /// The title's last word is a job held at a firm, a lab, a school or a team.
    private func isFirmJob(_ title: Mention) -> Bool {
        tokens.isAny(title.endToken - 1, Self.firmJobs, in: bytes)
    }

    /// No gazetteer knows the name, nor any of its words, as a place.
    private func isUnknownPlace(_ m: Mention) -> Bool {
        let places = GazetteerKind.gpe.bit | GazetteerKind.loc.bit
        guard !(m.startToken..<min(m.endToken, findings.count)).contains(where: { findings[$0].allCues & places != 0 })
        else { return false }
        return gazetteer.wholeLabel(from: m.startByte, to: m.endByte, bytes: bytes, allowing: [.gpe, .loc]) == nil
    }

    /// Jobs held at an organization, never over a place (not "mayor", "governor", "senator", "ambassador").
    static let firmJobs = WordSet([
        "analyst", "strategist", "economist", "engineer", "scientist", "researcher", "consultant", "curator",
        "professor", "lecturer", "fellow", "investigator", "physician", "surgeon", "editor", "publisher",
        "reporter", "correspondent", "columnist", "journalist", "producer", "designer", "executive", "director",
        "manager", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chairperson", "president",
        "partner", "owner", "ceo", "cfo", "coo", "cto", "trader", "broker", "banker", "coach", "player", "postdoc",
    ])

    /// At most this many firms spread per document.
    static let firmLimit = 16

    /// The title, then "at" or "of", then the name, on one line.
    private func isAfterTitle(_ m: Mention, title: Mention) -> Bool {
        var k = title.endToken
        guard k < m.startToken, tokens.isLower(k), tokens.is(k, "at", in: bytes) || tokens.is(k, "of", in: bytes) else {
            return false
        }
        k += 1
        guard k == m.startToken else { return false }
        for t in (title.endToken - 1)..<(m.endToken - 1) where tokens.flags[t].contains(FlagBits.lineEndAfter) { return false }
        return true
    }

    /// "Mr. Weil of Weil & Associates", "analyst Ana Ruiz": a person named with an abbreviated honorific or a
    /// title right before the name.
    private func isAddressed(_ m: Mention, after previous: Mention?) -> Bool {
        let b = m.startToken - 1
        guard b >= 0 else { return false }
        if let previous, previous.label == .title, previous.endToken == m.startToken { return true }
        return tokens.isCapitalized(b) && bytes[Int(tokens.byteEnd[b]) - 1] == 0x2E
    }

    /// "director of John Smith's campaign": the name owns what follows.
    private func isOwner(_ m: Mention) -> Bool {
        m.endToken < tokens.count && tokens.isPossessive(m.endToken, in: bytes)
    }

    /// "the mother of Grace": one word that the gazetteer knows as a given name.
    private func isGivenNameAlone(_ m: Mention) -> Bool {
        m.endToken - m.startToken == 1 && m.startToken < findings.count
            && findings.isGivenName(m.startToken)
    }
}
