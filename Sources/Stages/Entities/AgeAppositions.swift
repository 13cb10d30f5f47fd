/// A capitalized name followed by an age in commas is a person, also where no source proposed it: "Winter,
/// 53, a former law professor", "Kovar, 61, of Dalton". The news writes ages after people's names only; a
/// lone capitalized word opening a sentence ("Winter") is otherwise read as the common word. The labels of
/// names that were found are corrected in `readsAsPerson`.
extension EntityTagger {
    mutating func addPersonsBeforeAges() {
        guard tokens.count >= 4 else { return }
        // Most documents have no age in commas: found first, before any allocation.
        var t0 = 0
        // (The inline comma test first: the age test is a call, and this scan visits every token.)
        while t0 + 3 < tokens.count, !(tokens.isComma(t0 + 1, in: bytes) && tokens.isAgeInCommas(at: t0 + 1, in: bytes)) {
            t0 += 1
        }
        guard t0 + 3 < tokens.count else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.startToken..<min(m.endToken, tokens.count) { covered[k] = true } }
        var added: [Mention] = []
        var t = t0
        while t + 3 < tokens.count {
            defer { t += 1 }
            guard tokens.isComma(t + 1, in: bytes), tokens.isAgeInCommas(at: t + 1, in: bytes), !covered[t], isNameWord(t)
            else { continue }
            var s = t
            while s > 0, t - s < 2, !covered[s - 1], isNameWord(s - 1), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter),
                !isSentenceStart(s)
            {
                s -= 1
            }
            added.append(
                Mention(s..<(t + 1), of: tokens, label: .person, origin: "rule:age-apposition"))
        }
        Mention.add(added, to: &mentions)
    }

    /// A capitalized alphabetic word that is no title, honorific, calendar word or function word.
    private mutating func isNameWord(_ t: Int) -> Bool {
        tokens.isCapitalized(t) && !tokens.flags[t].contains(FlagBits.numeric) && !has(t, .honorific)
            && entry(t)?.kind != .title && !tokens.isAny(t, words.calendar, in: bytes)
            && !tokens.isAny(t, words.headingFunctionWords, in: bytes)
    }
}
