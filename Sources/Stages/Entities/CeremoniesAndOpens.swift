/// Award ceremonies, open tournaments, bowl games and party conventions are events, and so is an event's
/// acronym.
///
/// - "at the American Music Awards", "the 38th NAACP Image Awards", "the Brit Awards ceremony": a name ending in
///   "Awards" where the text says the ceremony (held "at the" name, one numbered edition, or followed by
///   "ceremony", "show", "gala") is the event that hands the awards out. ANNOTATION.md follows OntoNotes
///   where it is silent, and the gold annotated by it tags such ceremonies EVENT ("the AMAs", "American Music
///   Awards"). Elsewhere a name ending in "Awards" is the awards themselves ("won three Grammy Awards"), none of
///   our labels, as `WordLists.awardHeads` reads it.
/// - "the US Open", "the Australian Open", "the 2019 Miami Open": a name ending in a capitalized "Open" after
///   "the" or a year is the tournament, an event like the "Davis Cup" (the tagger read "US" as a place and
///   "Australian" as a nationality, and nothing for the tournament).
/// - "participated in the GMAC Bowl", "won the Sugar Bowl", "the 2007 Rose Bowl", "the Orange Bowl game": a
///   college football bowl is the game where it is played, won or lost, numbered or followed by "game"; "at the
///   Rose Bowl", "at the Hollywood Bowl" is the stadium or the amphitheatre, FAC.
/// - "the AMAs" after "American Music Awards": capitals that spell the initials of an event of the document
///   (three letters or more, a plural "s" allowed) are that event again. Read alone they look like a place or an
///   organization.
///
/// The event replaces the mentions it overlaps (the outermost name wins). Runs after `BracketedAcronyms` and
/// before `DatedEvents`, which reads the events' final labels.
struct CeremoniesAndOpens {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    /// At most this many words before "Awards" or "Open" ("Academy of Country Music Awards").
    static let nameWords = 6

    func apply(_ mentions: inout [Mention]) {
        relabelGatherings(&mentions)
        var added: [Mention] = []
        for h in tokens.tokens(ofLength: 6, in: bytes, first: { $0 == 0x41 }) where isHead(h, "awards") {
            guard let s = nameStart(before: h) else { continue }
            let (start, edition) = withEdition(s)
            guard edition || isAfterAt(start) || h + 1 < tokens.count && tokens.isAny(h + 1, Self.ceremonyNouns, in: bytes)
            else { continue }
            added.append(Mention(start..<(h + 1), of: tokens, label: .event, origin: "rule:award-ceremony"))
        }
        for h in tokens.tokens(ofLength: 4, in: bytes, first: { $0 == 0x4F }) where isHead(h, "open") {
            guard let s = nameStart(before: h), tokens.isNameEnd(h, in: bytes) else { continue }
            let (start, edition) = withEdition(s)
            guard edition || start > 0 && tokens.is(start - 1, "the", in: bytes) && namesPlace(s..<h) else { continue }
            added.append(Mention(start..<(h + 1), of: tokens, label: .event, origin: "rule:open-tournament"))
        }
        for h in tokens.tokens(ofLength: 4, in: bytes, first: { $0 == 0x42 }) where isHead(h, "bowl") {
            guard let s = nameStart(before: h), tokens.isNameEnd(h, in: bytes) else { continue }
            let (start, edition) = withEdition(s)
            let game = h + 1 < tokens.count && tokens.is(h + 1, "game", in: bytes)
            if edition || game || start >= 2 && tokens.is(start - 1, "the", in: bytes) && tokens.isLower(start - 2)
                && tokens.isAny(start - 2, Self.playedWords, in: bytes)
            {
                added.append(Mention(start..<(h + 1), of: tokens, label: .event, origin: "rule:bowl-game"))
            } else if isAfterAt(start) {
                added.append(Mention(start..<(h + 1), of: tokens, label: .fac, origin: "rule:bowl-stadium"))
            }
        }
        guard !added.isEmpty else { return }
        Mention.replace(in: &mentions, with: added, tokenCount: tokens.count)
        relabelAcronyms(of: added, in: &mentions)
    }

    /// "the Republican National Convention", "the Constitutional Convention": a convention named as a
    /// gathering (the word before "Convention" says who meets or why) is the event, not a treaty (the
    /// "Convention" head makes a LAW of "the Geneva Convention", "the Chemical Weapons Convention"); a
    /// denomination's convention is the body that meets ("the Southern Baptist Convention", "the Arkansas Baptist
    /// State Convention"), ORG.
    private func relabelGatherings(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == .law && mentions[i].endToken - mentions[i].startToken >= 2 {
            let head = mentions[i].endToken - 1
            guard tokens.is(head, "convention", in: bytes), tokens.isCapitalized(head) else { continue }
            if (mentions[i].startToken..<head).contains(where: { tokens.isAny($0, Self.denominations, in: bytes) }) {
                mentions[i].label = .org
                mentions[i].origin = "rule:denomination-convention"
            } else if tokens.isAny(head - 1, Self.gatheringWords, in: bytes) {
                mentions[i].label = .event
                mentions[i].origin = "rule:gathering-convention"
            }
        }
    }

    /// A word of `words` that the gazetteers know as a place or a people ("US", "Australian", "Miami"): an
    /// open tournament is named by where it is played ("Into the Great Wide Open" is a song).
    private func namesPlace(_ words: Range<Int>) -> Bool {
        let places = GazetteerKind.gpe.bit | GazetteerKind.loc.bit | GazetteerKind.norp.bit
        return words.contains { $0 < findings.count && findings[$0].allCues & places != 0 }
    }

    /// Token `h` is `word` with a capital first letter and lower-case after it, not the first of its sentence
    /// (a heading's "Open" is a verb as often) nor at the end of a capitalized run that goes on.
    private func isHead(_ h: Int, _ word: StaticString) -> Bool {
        h > 0 && tokens.isCapitalized(h) && !tokens.flags[h].contains(FlagBits.allCaps) && tokens.is(h, word, in: bytes)
            && !tokens.flags[h].contains(FlagBits.sentenceStart)
    }

    /// The first token of the capitalized words right before `h` on its line (joined by "of", "and", "&"
    /// between two of them); nil when there is none.
    private func nameStart(before h: Int) -> Int? {
        let s = tokens.capitalizedRunStart(before: h, maxWords: Self.nameWords, joiners: Self.joiners, in: bytes)
        return s < h ? s : nil
    }

    /// The name's start with a year or an ordinal right before it ("the 2019 Miami Open", "the 38th NAACP
    /// Image Awards"), and whether there was one after "the": a numbered edition is one event ("a 2011
    /// American Book Awards" is the award).
    private func withEdition(_ s: Int) -> (start: Int, edition: Bool) {
        guard s > 0, !tokens.flags[s - 1].contains(FlagBits.lineEndAfter), isEdition(s - 1) else { return (s, false) }
        return (s - 1, s >= 2 && tokens.is(s - 2, "the", in: bytes))
    }

    /// A year ("2019") or an ordinal in digits ("38th", "41st", "2nd", "3rd").
    private func isEdition(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        if tokens.isYear(t, in: bytes) { return true }
        var digits = 0
        while s + digits < e, bytes[s + digits] &- 0x30 < 10 { digits += 1 }
        guard digits > 0, e - s - digits == 2 else { return false }
        let a = bytes[s + digits] | 0x20
        let b = bytes[s + digits + 1] | 0x20
        return (a, b) == (0x73, 0x74) || (a, b) == (0x6E, 0x64) || (a, b) == (0x72, 0x64) || (a, b) == (0x74, 0x68)
    }

    /// "at the" right before token `s`: the ceremony is where something happens.
    private func isAfterAt(_ s: Int) -> Bool {
        s >= 2 && tokens.is(s - 1, "the", in: bytes) && tokens.is(s - 2, "at", in: bytes)
    }

    /// Capitals spelling the initials of an event this pass found, three letters or more, with a plural "s" or
    /// not ("AMAs" after "American Music Awards"), become that event: the mention on them takes its label, and
    /// such capitals with no mention become one. (Not the tagger's events: a campaign it read as one made
    /// "CND" an event.)
    private func relabelAcronyms(of events: [Mention], in mentions: inout [Mention]) {
        var initials: [[UInt8]] = []
        for m in events {
            var letters: [UInt8] = []
            for k in m.startToken..<m.endToken where tokens.isCapitalized(k) {
                letters.append(bytes[Int(tokens.byteStart[k])] & 0xDF)
            }
            if letters.count >= 3, !initials.contains(letters) { initials.append(letters) }
        }
        guard !initials.isEmpty else { return }
        let covering = Mention.covering(mentions, tokenCount: tokens.count)
        var added: [Mention] = []
        for t in 0..<tokens.count where tokens.isCapitalized(t) && isAcronym(t, of: initials) {
            let i = Int(covering[t])
            if i < 0 {
                added.append(Mention(t..<(t + 1), of: tokens, label: .event, origin: "rule:event-acronym"))
            } else if mentions[i].startToken == t, mentions[i].endToken == t + 1, mentions[i].label != .event {
                mentions[i].label = .event
                mentions[i].origin = "rule:event-acronym"
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// Token `t` is one of `initials` in capitals, a lower-case plural "s" allowed after them.
    private func isAcronym(_ t: Int, of initials: [[UInt8]]) -> Bool {
        let s = Int(tokens.byteStart[t])
        var e = Int(tokens.byteEnd[t])
        if e - s >= 4, bytes[e - 1] == 0x73 { e -= 1 }
        guard e - s >= 3, e - s <= 8 else { return false }
        for p in s..<e where bytes[p] &- 0x41 >= 26 { return false }
        return initials.contains { $0.count == e - s && $0.elementsEqual(bytes[s..<e]) }
    }

    static let joiners = WordSet(["of", "and", "&"])
    /// Words before "Convention" that make it a gathering ("National Convention", "Constitutional Convention").
    static let gatheringWords = WordSet([
        "national", "constitutional", "state", "annual", "party", "leadership", "nominating", "fan", "comic",
        "fantasy", "fiction", "republican", "democratic", "labor", "labour", "liberal", "conservative", "county",
    ])
    /// Denominations whose conventions are their bodies ("Southern Baptist Convention").
    static let denominations = WordSet(["baptist", "baptists", "methodist", "lutheran", "presbyterian", "episcopal"])
    /// Words right before "the" that make a bowl the game, not its stadium ("in the Rose Bowl", "won the
    /// Sugar Bowl"; "at the Rose Bowl" is where).
    static let playedWords = WordSet([
        "in", "won", "win", "wins", "winning", "lost", "lose", "losing", "to", "played", "reached", "into",
    ])
    /// Nouns after an awards' name that make it the ceremony ("the Brit Awards ceremony").
    static let ceremonyNouns = WordSet(["ceremony", "ceremonies", "show", "gala", "telecast", "night"])
}
