/// A one-word person in an article that nothing introduces is most often no person: "Audi has revealed",
/// "the Stadia service", "Mophie 3-in-1 Wireless Charging Pad", "Gannett/GateHouse merger". News introduces
/// a person by the full name ("Reilly Opelka", then "Opelka"), by a title or an honorific ("President
/// Zelenskyy", "Chairman Schiff", "Dr. Howitt"), and the tagger, which reads a lone capitalized word before
/// a verb as a surname, cannot see that a brand, a product or a service never gets either. (A verb of speech
/// after the word proves nothing: "That, Audi says, allows ...", "Nomura said".)
///
/// So a one-word person of the tagger's is dropped when, in the whole document, its word is
/// - in no name list (given names, surnames, the curated persons): "Regan", "Drake", "Charles" stay;
/// - in no person of two words or more, and never right after a given name ("Reilly Opelka");
/// - never right after a title or an honorific;
/// - never listed with a person ("Rumsfeld, Wolfowitz and Feith").
///
/// The evidence exists only in an article: a tweet or a sentence on its own introduces no one, so documents
/// of fewer than `minimumSentences` sentences are left as they are.
///
/// Runs after the tagger and the rules have combined (and after `UnknownFirstNames` has joined first names
/// the lists do not know), on the final labels of the names.
struct UnintroducedPersons {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    /// Sentences a document needs before its absence of an introduction means anything.
    static let minimumSentences = 8

    /// Cue bits of the lists that know a word as (part of) a person's name, or as an honorific.
    private static let personBits: UInt32 =
        GazetteerKind.givenName.bit | GazetteerKind.surname.bit | GazetteerKind.person.bit
        | GazetteerKind.honorific.bit | GazetteerKind.personCue.bit

    func apply(_ mentions: inout [Mention]) {
        let lone = mentions.indices.filter { isCandidate(mentions[$0]) }
        guard !lone.isEmpty, isArticle() else { return }
        // Every one-word person of the same word (case folded) is judged with it: one introduction is
        // enough for all. Grouped by hash, so that a document of many such words costs linear time.
        var groupOf: [UInt64: Int] = [:]
        var groups: [[Int]] = []
        for i in lone {
            let h = tokens.wordHash(mentions[i].startToken, in: bytes)
            if let g = groupOf[h] { groups[g].append(i) } else {
                groupOf[h] = groups.count
                groups.append([i])
            }
        }
        let inLongerPerson = Mention.wordsOfLongerPersons(in: mentions, tokens: tokens, bytes: bytes)
        var dropped = [Bool](repeating: false, count: mentions.count)
        var groupIndex = [Int](repeating: -1, count: mentions.count)
        for (g, members) in groups.enumerated() {
            for i in members { groupIndex[i] = g }
            let h = tokens.wordHash(mentions[members[0]].startToken, in: bytes)
            if inLongerPerson.withUnsafeBufferPointer({ SortedKeys.contains(h, in: $0) }) { continue }
            if members.contains(where: { isIntroduced($0, in: mentions) }) { continue }
            for i in members { dropped[i] = true }
        }
        // A name listed with persons is one ("Rumsfeld, Wolfowitz and Feith", "Palestrina, Karlheinz
        // Stockhausen, Ravel and Shostakovich"); a rescued name rescues its neighbours in turn (a work list:
        // each group is rescued at most once).
        var work = groups.indices.filter { dropped[groups[$0][0]] }
        while let g = work.popLast() {
            guard dropped[groups[g][0]], groups[g].contains(where: { isListedWithPerson($0, mentions, dropped) }) else {
                continue
            }
            for i in groups[g] {
                dropped[i] = false
                for n in [i - 1, i + 1] where n >= 0 && n < mentions.count && dropped[n] && groupIndex[n] >= 0 {
                    work.append(groupIndex[n])
                }
            }
        }
        guard dropped.contains(true) else { return }
        mentions = mentions.indices.filter { !dropped[$0] }.map { mentions[$0] }
    }

    /// A one-word person of the tagger that no list knows (an all-caps word included: "MOPHIE").
    private func isCandidate(_ m: Mention) -> Bool {
        guard m.label == .person, m.endToken == m.startToken + 1, m.hasOrigin("model:tagger") else { return false }
        return findings[m.startToken].allCues & Self.personBits == 0
    }

    /// At least `minimumSentences` sentence starts.
    private func isArticle() -> Bool { tokens.hasSentences(atLeast: Self.minimumSentences) }

    /// Whether mention `i` and a person kept (not `dropped`) stand next to each other in a list: only a
    /// comma, "and", "or" or ", and" between them.
    private func isListedWithPerson(_ i: Int, _ mentions: [Mention], _ dropped: [Bool]) -> Bool {
        if i > 0, mentions[i - 1].label == .person, !dropped[i - 1],
            isListGap(mentions[i - 1].endToken, mentions[i].startToken)
        {
            return true
        }
        if i + 1 < mentions.count, mentions[i + 1].label == .person, !dropped[i + 1],
            isListGap(mentions[i].endToken, mentions[i + 1].startToken)
        {
            return true
        }
        return false
    }

    /// Tokens `a..<b` are ",", "and", "or" or ", and" (", or"), and at least one of them.
    private func isListGap(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 2 else { return false }
        var k = a
        if tokens.isComma(k, in: bytes) { k += 1 }
        if k < b, tokens.is(k, "and", in: bytes) || tokens.is(k, "or", in: bytes) { k += 1 }
        return k == b
    }

    /// Whether mention `i` follows a title, an honorific or a given name.
    private func isIntroduced(_ i: Int, in mentions: [Mention]) -> Bool {
        let m = mentions[i]
        if i > 0, mentions[i - 1].label == .title, mentions[i - 1].endToken == m.startToken { return true }
        let before = m.startToken - 1
        guard before >= 0 else { return false }
        if findings[before].allCues & GazetteerKind.honorific.bit != 0 { return true }
        // A given name before it is the full name, whatever the tagger kept of it ("Reilly Opelka").
        return tokens.isCapitalized(before) && findings.isGivenName(before)
            && !tokens.flags[before].contains(FlagBits.lineEndAfter)
    }
}
