/// A compass word before a nationality or a people makes one NORP: "North American", "West African",
/// "Southeast Asian", "East Africans", "Central Asian". The lists know "African" and "Asian" and the rules
/// read the compass word as a region of its own ("North" LOC), which split the adjective in two; "South
/// Korean" is in the lists whole and was right already. "African American", "Asian Americans" are one
/// identity too (ANNOTATION.md keeps "Azerbaijani Muslims" apart: a people and a faith, two groups).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct RegionalNationalities {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let words = RuleWordLists.shared

    /// A party's adjective the curated NORP list leaves out because the word is common in lower case
    /// ("democratic reforms"); capitalized before a lower-case word it is the party's ("Democratic
    /// lawmakers", "the Democratic nominee"), as "Republican" is in the list. Read here, after the tagger,
    /// so that the tagger's features (which include the curated list) stay as trained.
    static let partyAdjectives = WordSet(["democratic"])

    /// Adds NORP for a capitalized party adjective no mention covers, inside a sentence and before a
    /// lower-case word.
    private func addPartyAdjectives(_ mentions: inout [Mention]) {
        guard tokens.count >= 2 else { return }
        var added: [Mention] = []
        var m = 0
        for t in tokens.tokens(ofLength: 10, in: bytes, first: { $0 == 0x44 })
        where t + 1 < tokens.count && tokens.isAny(t, Self.partyAdjectives, in: bytes) {
            guard tokens.flags[t].contains(FlagBits.capitalized), !tokens.flags[t].contains(FlagBits.sentenceStart),
                !tokens.flags[t].contains(FlagBits.lineEndAfter), tokens.isLower(t + 1)
            else { continue }
            while m < mentions.count, mentions[m].endToken <= t { m += 1 }
            if m < mentions.count, mentions[m].startToken <= t { continue }
            added.append(
                Mention(t..<(t + 1), of: tokens, label: .norp, origin: "rule:party-adjective"))
        }
        Mention.add(added, to: &mentions)
    }

    func apply(_ mentions: inout [Mention]) {
        var changed = false
        // Read whole as a place or a name ("North American" opening a sentence): the nationality's label.
        for i in mentions.indices where mentions[i].label != .norp && mentions[i].endToken == mentions[i].startToken + 2 {
            let t = mentions[i].startToken
            if tokens.isCapitalized(t), tokens.isAny(t, words.compassWords, in: bytes),
                findings[t + 1].cues & GazetteerKind.norp.bit != 0
            {
                mentions[i].label = .norp
                mentions[i].origin = "rule:compass+nationality"
            }
        }
        for i in mentions.indices where mentions[i].label == .norp {
            let t = mentions[i].startToken - 1
            // The compass word, capitalized, right before the nationality with one space or a hyphen between
            // ("North American", "Sub-Saharan" is no compass word).
            guard t >= 0, tokens.isCapitalized(t), tokens.isAny(t, words.compassWords, in: bytes),
                !tokens.flags[t].contains(FlagBits.lineEndAfter), mentions[i].startByte - Int(tokens.byteEnd[t]) <= 1
            else { continue }
            // Whatever mention held the compass word alone gives way; a longer one ("South Korea ...") stays.
            if i > 0, mentions[i - 1].endToken > t {
                guard mentions[i - 1].startToken == t, mentions[i - 1].endToken == t + 1 else { continue }
                mentions[i - 1].endToken = t  // withdrawn below
            }
            mentions[i].startToken = t
            mentions[i].startByte = Int(tokens.byteStart[t])
            mentions[i].origin = "rule:compass+nationality"
            changed = true
        }
        // "African American", "Asian Americans": one identity, one NORP (the lists know each word).
        for i in mentions.indices.dropFirst() where mentions[i].label == .norp && mentions[i - 1].label == .norp {
            let t = mentions[i].startToken
            guard mentions[i].endToken == t + 1, mentions[i - 1].endToken == t, mentions[i - 1].endToken > mentions[i - 1].startToken,
                mentions[i].startByte == mentions[i - 1].endByte + 1, tokens.isAny(t, WordLists.americans, in: bytes)
            else { continue }
            mentions[i].startToken = mentions[i - 1].startToken
            mentions[i].startByte = mentions[i - 1].startByte
            mentions[i].origin = "rule:american-identity"
            mentions[i - 1].endToken = mentions[i - 1].startToken  // withdrawn below
            changed = true
        }
        if changed { mentions.removeAll { $0.endToken <= $0.startToken } }
        addPartyAdjectives(&mentions)
    }
}
