/// A religion's or a political doctrine's name is NORP, the label of its believers' and followers' groups
/// (ANNOTATION.md: "religious and political groups"): "converted to Catholicism", "Islam is the second
/// largest religion", "studied Marxism", "Sunni Islam". The tagger learned these from few examples and read
/// a person ("Marxism", and then works_for(Marxism, Oxford)), an organization ("Catholicism") or a place
/// ("Islam", "Judaism").
///
/// A doctrine's word: capitalized (not a line of capitals), six letters or more ending in "ism" ("Judaism",
/// "Wahhabism", "Thatcherism"), or one of the few faiths without that ending ("Islam", "Christianity").
/// A word that is also a common word ("Tourism", "Journalism", "Terrorism") counts only inside a sentence,
/// after a lower-case word and before none capitalized: at a sentence's start or in a title-case heading it
/// is the common noun.
///
/// The word becomes NORP where the tagger gave it alone a label or none, and where it ends a name whose other
/// words are nationalities or branches of the gazetteers ("Roman Catholicism", "Sunni Islam" read as a person); a
/// name with other words keeps its label ("Nazrul Islam", "Ministry of Tourism"). A NORP word
/// right before it joins it ("Sunni Islam": one name, as "Roman Catholicism" is).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct Doctrines {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (nationalities among them).
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words.
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        guard Mention.inTextOrder(mentions) else { return }
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let candidates = tokens.tokens(where: { _, this, _ in this.rawValue & upper == FlagBits.capitalized.rawValue })
            .filter { isDoctrine($0) }
        guard !candidates.isEmpty else { return }
        let covering = Mention.covering(mentions, tokenCount: tokens.count)
        var added: [Mention] = []
        var changed = false
        for t in candidates {
            let c = Int(covering[t])
            if c >= 0 {
                let m = mentions[c]
                guard m.endToken == t + 1, m.label != .norp, m.label != .title else { continue }
                if m.startToken < t {
                    guard (m.startToken..<t).allSatisfy({ isBranch($0) }) else { continue }
                }
                mentions[c].label = .norp
                mentions[c].origin = "rule:doctrine"
                changed = true
            } else {
                guard t == 0 || !tokens.isCapitalized(t - 1) || covering[t - 1] >= 0 else { continue }
                added.append(Mention(t..<(t + 1), of: tokens, label: .norp, origin: "rule:doctrine"))
            }
        }
        guard changed || !added.isEmpty else { return }
        Mention.add(added, to: &mentions)
        joinBranches(&mentions)
    }

    /// A NORP word right before a doctrine's NORP is one name with it ("Sunni Islam", "Tibetan Buddhism").
    private func joinBranches(_ mentions: inout [Mention]) {
        var i = mentions.count - 1
        while i > 0 {
            let m = mentions[i]
            let p = mentions[i - 1]
            if m.hasOrigin("rule:doctrine"), m.label == .norp, m.endToken - m.startToken == 1, p.label == .norp,
                p.endToken == m.startToken, p.endToken - p.startToken == 1,
                !tokens.flags[p.startToken].contains(FlagBits.lineEndAfter)
            {
                mentions[i - 1] = Mention(p.startToken..<m.endToken, of: tokens, label: .norp, origin: "rule:doctrine")
                mentions.remove(at: i)
            }
            i -= 1
        }
    }

    /// Token `t` names a doctrine where it stands (see the type's comment).
    private func isDoctrine(_ t: Int) -> Bool {
        let n = tokens.length(t)
        let e = Int(tokens.byteEnd[t])
        let ism = n >= 6 && bytes[e - 3] == 0x69 && bytes[e - 2] == 0x73 && bytes[e - 1] == 0x6D
        guard ism || tokens.isAny(t, Self.faiths, in: bytes) else { return false }
        let next = t + 1
        if next < tokens.count, !tokens.flags[t].contains(FlagBits.lineEndAfter), tokens.isCapitalized(next) {
            // "Tourism Australia", "Judaism Today": the word opens a longer name.
            return false
        }
        guard lexicon.contains(token: t, of: tokens, in: bytes) else { return true }
        // A common word counts only inside a sentence, after a lower-case word ("converted to Catholicism").
        return t > 0 && !tokens.flags[t].contains(FlagBits.sentenceStart) && tokens.isLower(t - 1)
            && !tokens.flags[t - 1].contains(FlagBits.lineEndAfter)
    }

    /// Token `t` is a nationality or a branch of a faith in the gazetteers ("Roman", "Sunni", "Tibetan").
    private func isBranch(_ t: Int) -> Bool {
        t < findings.count && findings[t].allCues & GazetteerKind.norp.bit != 0
    }

    /// Faiths whose names do not end in "ism".
    static let faiths = WordSet(["islam", "christianity", "shinto", "christendom"])
}
