/// Named events that start with their year.
///
/// A dated election with a place or a body in its name is a named event: "the 2001 United Kingdom general
/// election", "1966 United States Senate election in Minnesota", "2011 Alternative Vote referendum". Such
/// names are how Wikipedia and much analysis refer to an election, and CrossNER annotates them as events
/// (its `election` type); read word by word they gave a DATE "2001", a GPE "United Kingdom" and nothing
/// for the election. ANNOTATION.md tags named events and, for a phrase anchored on an event, only the event.
///
/// The name is: a year (a month may precede it), then the names and election words that make it up, then
/// the head ("election", "elections", "referendum", "primary", "caucuses"), then optionally "in" and a
/// place. At least one name must be inside: "the 2024 presidential election" names no place or body and
/// stays a DATE, as in OntoNotes. The names inside give way to the event; the date gives way in
/// `EntityStage.resolvingDates` (an event holding a date wins).
///
/// The year right before a competition's or a gathering's name is part of it too: "the 2010 Winter
/// Olympics", "the 1994 World Cup", "the 2008 Cannes Film Festival" name one edition (CrossNER's spans).
/// A war is named without its year ("the 1967 Six-Day War": DATE and EVENT).
///
/// Runs after `BracketedAcronyms`, on the final labels of the names.
struct DatedEvents {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let words = RuleWordLists.shared

    func apply(_ mentions: inout [Mention]) {
        guard !mentions.isEmpty, Mention.inTextOrder(mentions) else { return }
        // Editions of a competition or a gathering; a war or an attack is named without its year.
        for i in mentions.indices where mentions[i].label == .event
            && (tokens.isAny(mentions[i].endToken - 1, words.competitionHeads, in: bytes)
                || tokens.isAny(mentions[i].endToken - 1, words.placedEventHeads, in: bytes))
        {
            let year = mentions[i].startToken - 1
            guard year >= 0, tokens.isYear(year, in: bytes), i == 0 || mentions[i - 1].endToken <= year else { continue }
            // Not the year of a longer date ("June 16, 2015 World Series champion") or of a phrase of its
            // own ("In 1963 Il Gattopardo was filmed").
            if year > 0 {
                let before = year - 1
                if tokens.isComma(before, in: bytes) || tokens.isAny(before, WordLists.calendar, in: bytes)
                    || tokens.flags[before].contains(FlagBits.numeric)
                    || tokens.isAny(before, Self.yearPrepositions, in: bytes)
                {
                    continue
                }
            }
            mentions[i].startToken = year
            mentions[i].startByte = Int(tokens.byteStart[year])
        }
        // An election's name has a year right before a name, or before election words and a name: most
        // documents have none, and skip the scan of their tokens for heads.
        guard mentions.contains(where: { m in
            guard Self.isNamed(m.label) else { return false }
            var k = m.startToken - 1
            while k >= 0, m.startToken - k <= 3, tokens.isAny(k, Self.electionWords, in: bytes) { k -= 1 }
            return k >= 0 && tokens.isYear(k, in: bytes)
        }) else { return }
        var events: [(start: Int, end: Int)] = []
        // mentions[..<after] start before the head.
        var after = 0
        for head in 0..<tokens.count where tokens.isAny(head, Self.heads, in: bytes) {
            while after < mentions.count, mentions[after].startToken < head { after += 1 }
            // A head inside a name is no election's ("Election Commission").
            if after > 0, mentions[after - 1].endToken > head { continue }
            if after < mentions.count, mentions[after].startToken == head { continue }
            guard let start = nameStart(before: head, mentions, last: after - 1) else { continue }
            var end = head + 1
            // "... election in Minnesota": the place it was held in is part of the name.
            if end + 1 < tokens.count, tokens.is(end, "in", in: bytes),
                let place = mentions[after...].prefix(2).first(where: { $0.startToken == end + 1 }),
                place.label == .gpe || place.label == .loc
            {
                end = place.endToken
            }
            events.append((start, end))
        }
        guard !events.isEmpty else { return }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var e = 0
        for mention in mentions {
            while e < events.count, events[e].end <= mention.startToken {
                result.append(event(events[e]))
                e += 1
            }
            if e < events.count, mention.startToken < events[e].end, mention.endToken > events[e].start {
                continue  // inside the election's name
            }
            result.append(mention)
        }
        while e < events.count {
            result.append(event(events[e]))
            e += 1
        }
        mentions = result
    }

    /// The first token of the election's name ending before `head`, or nil when the words before it are
    /// not a year, then names and election words. `last` is the last mention starting before `head`.
    private func nameStart(before head: Int, _ mentions: [Mention], last: Int) -> Int? {
        var k = head - 1
        var names = 0
        var i = last
        while k >= 0 {
            while i >= 0, mentions[i].endToken > k + 1 { i -= 1 }
            if i >= 0, mentions[i].endToken == k + 1, Self.isNamed(mentions[i].label) {
                names += 1
                k = mentions[i].startToken - 1
                i -= 1
            } else if tokens.isAny(k, Self.electionWords, in: bytes) || tokens.is(k, "-", in: bytes) {
                k -= 1
            } else {
                break
            }
        }
        guard names > 0, k >= 0, tokens.isYear(k, in: bytes), k + 1 < head else { return nil }
        var start = k
        if k > 0, tokens.isCapitalized(k - 1), tokens.isAny(k - 1, WordLists.calendar, in: bytes) { start = k - 1 }
        // The year of a longer date ("1 January 1910 ..."): the date would outlast the name's start and
        // win; the names inside stay as they are. (Not after a comma: lists of elections are written so.)
        if start > 0, tokens.flags[start - 1].contains(FlagBits.numeric) { return nil }
        return start
    }

    private func event(_ span: (start: Int, end: Int)) -> Mention {
        Mention(
            startToken: span.start, endToken: span.end, startByte: Int(tokens.byteStart[span.start]),
            endByte: Int(tokens.byteEnd[span.end - 1]), label: .event, origin: "rule:election")
    }

    /// Words that make a year a phrase of its own ("in 1963", "since 2001").
    static let yearPrepositions = WordSet([
        "in", "on", "since", "by", "until", "till", "from", "after", "before", "through", "during", "to", "and",
        "or", "than",
    ])

    static let heads = WordSet([
        "election", "elections", "referendum", "primary", "primaries", "caucus", "caucuses", "by-election",
        "by-elections", "plebiscite",
    ])

    /// The common words of an election's name between the year and the head.
    static let electionWords = WordSet([
        "general", "presidential", "federal", "legislative", "parliamentary", "state", "local", "municipal",
        "gubernatorial", "provincial", "mayoral", "special", "leadership", "regional", "senate", "senatorial",
        "congressional", "midterm", "national", "snap", "assembly", "council", "city", "county", "by",
        "membership", "independence", "constitutional", "recall", "runoff", "run-off", "party", "democratic",
        "republican", "house", "of", "representatives", "and", "european", "parliament", "union",
    ])

    /// The names that may make up an election's name (a switch: a `Set` hashed the label per mention).
    @inline(__always)
    static func isNamed(_ label: MentionLabel) -> Bool {
        switch label {
        case .gpe, .loc, .norp, .org, .law: true
        default: false
        }
    }
}
