/// The first word of a person's name that the tagger left out because it reads as something else:
/// - an initial ("W. Brent LeGere", "M. Lee Pearce", "J. Danforth Quayle"): the tagger made the initial a
///   person of its own, or, where the lists know it as an honorific ("M." for Monsieur), left it out; before
///   a given name and a surname it is the person's initial (a lone surname after "M." keeps it out:
///   "M. Chirac");
/// - a month that is also a given name ("Jan Kavan", "June Carter"), before a surname the tagger found.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct PersonNameOpeners {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let words = RuleWordLists.shared

    func apply(_ mentions: inout [Mention]) {
        var removed = Set<Int>()
        for i in mentions.indices where mentions[i].label == .person {
            let m = mentions[i]
            let b = m.startToken - 1
            // Never across a sentence's start: a name is inside one sentence.
            guard b >= 0, tokens.isOneSpaceApart(b, m.startToken, in: bytes), !tokens.flags[m.startToken].contains(FlagBits.sentenceStart) else { continue }
            // The mention that holds the word before, if any: only a person of that one word may join.
            var joined: Int?
            if i > 0, mentions[i - 1].endToken > b {
                guard mentions[i - 1].label == .person, mentions[i - 1].startToken == b, mentions[i - 1].endToken == b + 1,
                    isInitial(b)
                else { continue }
                joined = i - 1
            }
            let opens: Bool
            if isInitial(b) {
                // Before a given name and more of the name ("W. Brent LeGere"), or an initial the tagger read
                // as a person itself.
                opens = joined != nil || (m.endToken - m.startToken >= 2 && isGivenName(m.startToken))
            } else {
                opens = joined == nil && tokens.isCapitalized(b) && tokens.isAny(b, words.monthGivenNames, in: bytes)
                    && isGivenName(b) && m.endToken - m.startToken == 1
            }
            guard opens else { continue }
            mentions[i].startToken = b
            mentions[i].startByte = Int(tokens.byteStart[b])
            if let j = joined { removed.insert(j) }
        }
        if !removed.isEmpty {
            mentions = mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        }
    }

    /// One capital letter and a period, as one token ("W.").
    func isInitial(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        return tokens.length(t) == 2 && bytes[s] &- 0x41 < 26 && bytes[s + 1] == 0x2E
    }

    func isGivenName(_ t: Int) -> Bool {
        findings[t].allCues & GazetteerKind.givenName.bit != 0
    }
}
