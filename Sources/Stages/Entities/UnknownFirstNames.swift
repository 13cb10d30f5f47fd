/// A capitalized word no list knows right before a one-word person is that person's first name: "Reilly
/// Opelka", "Pierre-Hugues Herbert", "De'Broski Herbert", "Kyleigh Trout". The census lists of given names
/// are American and old; the tagger, which leans on them, kept the surname it knew and left the first name
/// out. A word the lexicon knows in lower case ("Coach", "Star", "Wednesday") or that another mention
/// covers stays out, and so does anything before a name that already has two words.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct UnknownFirstNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words (`EntityModel.lexicon`).
    let lexicon: Lexicon
    let words = RuleWordLists.shared

    func apply(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == .person && mentions[i].endToken == mentions[i].startToken + 1 {
            let t = mentions[i].startToken - 1
            guard t >= 0, i == 0 || mentions[i - 1].endToken <= t, isUnknownName(t),
                !tokens.flags[t].contains(FlagBits.lineEndAfter),
                // One space between ("Reilly Opelka"), no punctuation.
                mentions[i].startByte == Int(tokens.byteEnd[t]) + 1
            else { continue }
            // Not a run of such words: "Olympic Gold Medallist Opelka" is no first name.
            if t > 0, !tokens.flags[t - 1].contains(FlagBits.lineEndAfter), tokens.isCapitalized(t - 1),
                !tokens.flags[t].contains(FlagBits.sentenceStart)
            {
                continue
            }
            mentions[i].startToken = t
            mentions[i].startByte = Int(tokens.byteStart[t])
            mentions[i].origin = "rule:unknown-first-name"
        }
    }

    /// A capitalized word (letters, with a hyphen or an apostrophe inside at most) that no list and no
    /// lower-case text knows: no given name or surname of the census (the tagger read those), no title,
    /// honorific, calendar or function word.
    private func isUnknownName(_ t: Int) -> Bool {
        guard tokens.flags[t].contains(FlagBits.capitalized), !tokens.flags[t].contains(FlagBits.numeric),
            !tokens.flags[t].contains(FlagBits.allCaps), tokens.length(t) >= 3
        else { return false }
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard bytes[e - 1] != 0x2E else { return false }  // "Gen.", "St."
        // Each part after a hyphen capitalized too ("Pierre-Hugues"; not "Day-by-day", "Locksley-von").
        for k in s..<(e - 1) where bytes[k] == 0x2D && bytes[k + 1] &- 0x41 >= 26 { return false }
        if findings[t].allCues != 0 { return false }
        if tokens.isAny(t, words.headingFunctionWords, in: bytes) || tokens.isAny(t, WordLists.calendar, in: bytes) {
            return false
        }
        return !lexicon.contains(token: t, of: tokens, in: bytes)
    }
}
