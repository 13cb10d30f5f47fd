/// A person's surname alone, after the document gave the full name, is that person: "said Mary E. Lovely,
/// a Syracuse University economist" and later `... market," Lovely said.`; "Grant Sabatier suggests" and
/// later `..., "Sabatier shares the formula`. The tagger reads each word in its sentence, and after a closing
/// quote, or where the surname is also a common word, it left the name untagged; the rules' document pass
/// links surnames only of the full names the rules found.
///
/// An untagged capitalized word becomes the PERSON when it spells the last word (three letters or more) of a
/// person of two words or more earlier in the document whose first word is a given name of the lists ("Dell
/// Alienware" read as a person gives no surname), and stands alone (no capitalized word next to it on its
/// line, no line of capitals, no article before it: "the Kalashnikov rifle", "the Calabi conjecture"). At a sentence's start or where it is also a common word ("Young", "Rich",
/// "Lovely") it needs a verb of speech right after it or right before it ("Lovely said", "said Young").
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct SurnameRepeats {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (given names among them).
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words.
    let lexicon: Lexicon

    /// At most this many surnames per document (a bound on the comparisons).
    static let limit = 64

    func apply(_ mentions: inout [Mention]) {
        guard Mention.inTextOrder(mentions) else { return }
        // The surnames with the byte where their full name ends: a repeat must come after it.
        var surnames: [(range: Range<Int>, after: Int)] = []
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 && surnames.count < Self.limit {
            let last = m.endToken - 1
            let range = Int(tokens.byteStart[last])..<Int(tokens.byteEnd[last])
            guard range.count >= 3, tokens.isCapitalized(last), !tokens.flags[last].contains(FlagBits.allCaps),
                findings.isGivenName(m.startToken),
                !surnames.contains(where: { bytes.sameBytes($0.range, range) })
            else { continue }
            surnames.append((range, m.endByte))
        }
        guard !surnames.isEmpty else { return }
        let covering = Mention.covering(mentions, tokenCount: tokens.count)
        var added: [Mention] = []
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        for t in tokens.tokens(where: { _, this, _ in this.rawValue & upper == FlagBits.capitalized.rawValue }) where covering[t] < 0 {
            let range = Int(tokens.byteStart[t])..<Int(tokens.byteEnd[t])
            guard surnames.contains(where: { $0.after <= range.lowerBound && bytes.sameBytes($0.range, range) }),
                isAlone(t), t == 0 || !tokens.isAny(t - 1, WordLists.articles, in: bytes)
            else { continue }
            if tokens.flags[t].contains(FlagBits.sentenceStart) || lexicon.contains(token: t, of: tokens, in: bytes) {
                guard isSpeaker(t) else { continue }
            }
            added.append(Mention(t..<(t + 1), of: tokens, label: .person, origin: "rule:surname-repeat"))
        }
        Mention.add(added, to: &mentions)
    }

    /// No capitalized word right before or after token `t` on its line.
    private func isAlone(_ t: Int) -> Bool {
        if t > 0, tokens.isCapitalized(t - 1), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter),
            !tokens.flags[t].contains(FlagBits.sentenceStart)
        {
            return false
        }
        let n = t + 1
        return n >= tokens.count || tokens.flags[t].contains(FlagBits.lineEndAfter) || !tokens.isCapitalized(n)
    }

    /// A verb of speech right after token `t` ("Lovely said") or right before it ("said Young").
    private func isSpeaker(_ t: Int) -> Bool {
        let verbs = WordLists.speechVerbs
        if t + 1 < tokens.count, tokens.isLower(t + 1), tokens.isAny(t + 1, verbs, in: bytes) { return true }
        return t > 0 && tokens.isLower(t - 1) && tokens.isAny(t - 1, verbs, in: bytes)
    }
}
