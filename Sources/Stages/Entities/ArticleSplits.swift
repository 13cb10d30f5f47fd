/// A name never runs on across a lower-case "the" that follows a name's word: "About ten miles from
/// Bandarlapalle the Deccan Plateau ends" is a village and a plateau, not one place. The tagger reads the
/// capitalized words on both sides of the article as one span where nothing between them ends a name.
///
/// The mention splits at "the" when two words or more follow it in the mention: "Alexander the Great", "Jack
/// the Ripper" and "Ivan the Terrible" (an epithet of one word) stay whole, and so does a name with "the"
/// after a connective ("Bank of the West", "Jesus and the Mary Chain") or after a common word ("Save the
/// Children", "Stop the War Coalition"), and one whose words after "the" are all common words ("Buffy the
/// Vampire Slayer"). Each part keeps the label.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct ArticleSplits {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (head nouns among them).
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words.
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        var parts: [Mention] = []
        var split: [Int] = []
        for i in mentions.indices where mentions[i].endToken - mentions[i].startToken >= 4 && mentions[i].label != .title {
            let m = mentions[i]
            // The words after the article name something of their own ("the Deccan Plateau"), not a title's
            // common words ("Buffy the Vampire Slayer").
            guard let k = (m.startToken + 1..<(m.endToken - 2)).first(where: { isGlueingArticle($0) }),
                ((k + 1)..<m.endToken).contains(where: { isNameWord($0) })
            else { continue }
            split.append(i)
            parts.append(Mention(m.startToken..<k, of: tokens, label: m.label, origin: m.origin))
            parts.append(Mention((k + 1)..<m.endToken, of: tokens, label: m.label, origin: m.origin))
        }
        guard !split.isEmpty else { return }
        for i in split.reversed() { mentions.remove(at: i) }
        Mention.add(parts, to: &mentions)
    }

    /// Token `k` is a lower-case "the" between two capitalized words, the first a name's last word: no common
    /// word ("Save the Children", "Rage Against the Machine", "People For the American Way" are names with a
    /// verb or a preposition before the article) unless a head noun ends a name there ("Tennis Centre the
    /// Domain Athletic Centre").
    private func isGlueingArticle(_ k: Int) -> Bool {
        guard tokens.is(k, "the", in: bytes), tokens.isLower(k), tokens.isCapitalized(k - 1), tokens.isCapitalized(k + 1)
        else { return false }
        return isNameWord(k - 1)
    }

    /// Token `t` is no common word, or a head noun that ends names ("Centre").
    private func isNameWord(_ t: Int) -> Bool {
        let heads = GazetteerKind.orgHead.bit | GazetteerKind.facHead.bit | GazetteerKind.locHead.bit
        return !lexicon.contains(token: t, of: tokens, in: bytes) || t < findings.count && findings[t].allCues & heads != 0
    }
}
