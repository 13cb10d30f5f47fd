/// An organization named for its subject with "on": "Senate Committee on Armed Services", "Commission on
/// Human Rights", "Foundation on Economic Trends", "Subcommittee on Oversight and Investigations". The
/// rules read names across "of", "for" and "and", not "on" (a capitalized name before "on" is far more
/// often a name and a date or a place: "Obama on Monday", "Ruiz on Twitter"); after a committee's or a
/// commission's head noun, "on" and a capitalized subject belong to the name, which was two ORGs. A place
/// alone after "on" stays a place ("the Brussels Conference on Syria": the conference, then Syria).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct OnNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many tokens of subject after "on" ("Oversight and Government Reform").
    static let subjectTokens = 8

    func apply(_ mentions: inout [Mention]) {
        var changed = false
        for i in mentions.indices where mentions[i].label == .org || mentions[i].label == .event {
            let head = mentions[i].endToken - 1
            let on = head + 1
            guard on + 1 < tokens.count, tokens.isAny(head, Self.heads, in: bytes), tokens.isCapitalized(head),
                tokens.is(on, "on", in: bytes), tokens.isLower(on), !tokens.flags[head].contains(FlagBits.lineEndAfter),
                !tokens.flags[on].contains(FlagBits.lineEndAfter)
            else { continue }
            var k = on + 1
            if tokens.is(k, "the", in: bytes), tokens.isLower(k) { k += 1 }
            guard k < tokens.count, isSubjectWord(k), !tokens.flags[k].contains(FlagBits.sentenceStart) else { continue }
            // The subject: capitalized words, with "of", "and", "the", "for" between two of them.
            var end = k + 1
            var j = k + 1
            while j < tokens.count, j - on <= Self.subjectTokens, !tokens.flags[j - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[j].contains(FlagBits.sentenceStart)
            {
                if isSubjectWord(j) {
                    j += 1
                    end = j
                } else if tokens.isLower(j), tokens.isAny(j, Self.inner, in: bytes),
                    // "and the" opens a second name ("Armed Services and the UN Commission").
                    !(tokens.is(j, "and", in: bytes) && j + 1 < tokens.count && tokens.is(j + 1, "the", in: bytes))
                {
                    j += 1
                } else {
                    break
                }
            }
            // The subject's words may be mentions of their own ("Human Rights" ORG): they go into the name,
            // not a person ("the panel on Ana Ruiz") nor one that reaches beyond it.
            let swallowed = mentions.indices.filter { $0 != i && mentions[$0].startToken >= on && mentions[$0].startToken < end }
            if swallowed.contains(where: { mentions[$0].endToken > end || mentions[$0].label == .person }) { continue }
            // A place alone is what the body meets on, not its name's subject ("the Brussels Conference on
            // Syria and the region").
            if swallowed.count == 1, case let place = mentions[swallowed[0]], place.startToken == k, place.endToken == end,
                place.label == .gpe || place.label == .loc
            {
                continue
            }
            mentions[i].endToken = end
            mentions[i].endByte = Int(tokens.byteEnd[end - 1])
            mentions[i].origin = "rule:on-name"
            for s in swallowed { mentions[s].endToken = mentions[s].startToken }  // withdrawn below
            changed = true
        }
        if changed { mentions.removeAll { $0.endToken <= $0.startToken } }
    }

    /// A capitalized word of a subject: no number, no day or month ("Committee on Monday" is a date).
    private func isSubjectWord(_ t: Int) -> Bool {
        tokens.isCapitalized(t) && !tokens.flags[t].contains(FlagBits.numeric) && !tokens.isAny(t, WordLists.calendar, in: bytes)
    }

    /// Heads of bodies named for their subject.
    static let heads = WordSet([
        "committee", "subcommittee", "commission", "council", "conference", "foundation", "institute", "panel",
        "office", "board", "coalition", "forum", "center", "centre", "force", "network", "alliance",
        "summit", "convention",
    ])
    static let inner = WordSet(["of", "and", "the", "for"])
}
