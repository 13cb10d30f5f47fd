/// Names whose own last letters are an "'s": companies named after their founder ("Weisfield's Inc.",
/// "McDonald's Corp.", "Moody's Investors Service Inc.", "Macy's"), and names built on a collective
/// possessive ("People's Liberation Army", "Children's Hospital", "St. Patrick's Cathedral").
/// ANNOTATION.md leaves a trailing possessive out of a name ("Azerbaijan's" → `Azerbaijan`); these "'s" are
/// no possessive of the name but part of it, and the gold keeps them ("Rally's Inc.", then "Rally's shares").
/// The tagger sees the word before the "'s" alone and reads a person ("Shoney"), or nothing.
///
/// - A capitalized word, its "'s" and a company designator, with at most three capitalized words between
///   ("Rally's Inc.", "Moody's Investors Service Inc."): one ORG.
/// - A capitalized word whose "'s" a verb of being or having follows ("Lowe's was lower", "Labatt's has no
///   bids") cannot be a possessive, nor a contracted "is" or "has": the company, ORG (not a place's or a
///   nationality's word: "Britain's is"; not a family after "the"; "said" is left out: "Smith's said" may
///   be "Smith has said").
/// - One sense per document: once a word's "'s" is part of a name, every "'s" after that word is
///   ("Weisfield's shares soared").
/// - A collective possessive ("People's", "Children's", "Workers'") or a saint's ("St. Patrick's") and the
///   capitalized words after it, with "of" and a name: one name, FAC after a building's head, else ORG.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names; the new names
/// replace the mentions they overlap.
struct PossessiveNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tagger's lexicon of lower-case words: the words between an "'s" and a designator are common
    /// words of the name ("Moody's Investors Service Inc."), not another company ("Du Pont's Conoco Inc.").
    let lexicon: Lexicon
    let words = RuleWordLists.shared

    /// At most this many capitalized words between the "'s" and the designator.
    static let wordsBeforeDesignator = 3

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 2 else { return }
        // The possessives glued to a capitalized word: most documents have none, and stop here.
        var possessives: [Int] = []
        for t in 1..<n where tokens.isCapitalized(t - 1) && isGlued(t - 1, t) && tokens.isPossessive(t, in: bytes) {
            possessives.append(t)
        }
        guard !possessives.isEmpty else { return }
        let covering = Mention.covering(mentions, tokenCount: n)
        func mention(at t: Int) -> Mention? { covering[t] >= 0 ? mentions[Int(covering[t])] : nil }

        var added: [Mention] = []
        var taken = [Bool](repeating: false, count: n)
        func add(_ range: Range<Int>, _ label: MentionLabel, _ origin: MentionOrigin) {
            guard !range.contains(where: { taken[$0] }) else { return }
            for t in range { taken[t] = true }
            added.append(Mention(range, of: tokens, label: label, origin: origin))
        }
        // The words with their "'s" (byte ranges) that are names in this document.
        var owners: [Range<Int>] = []
        for p in possessives {
            let w = p - 1
            // A mention that already takes the "'s" in ("People's Republic of China" of the gazetteers).
            if let m = mention(at: w), m.endToken > p { continue }
            if let collective = collectiveName(at: p, mention: mention) {
                add(collective.range, collective.label, "rule:collective-possessive")
                continue
            }
            // The name starts where the mention of the word before the "'s" does ("Standard & Poor's Corp.").
            let start = mention(at: w).map { min($0.startToken, w) } ?? w
            if let (core, end) = designatorEnd(after: p) {
                add(start..<end, .org, "rule:possessive-company")
                // Without its designator the name is the same: "Hudson's Bay Co.", then "Hudson's Bay shares".
                owners.append(Int(tokens.byteStart[w])..<Int(tokens.byteEnd[core - 1]))
                continue
            }
            if let m = mention(at: w), m.label == .gpe || m.label == .loc || m.label == .norp { continue }
            // Not after "the": "the Schlegel's were granted" is a family. Not a bare apostrophe: "Higgins'
            // was" is the name's possessive, wrongly written.
            if p + 1 < n, bytes[Int(tokens.byteEnd[p]) - 1] | 0x20 == 0x73, tokens.isLower(p + 1), tokens.isAny(p + 1, words.possessiveBreakingVerbs, in: bytes),
                !isSentenceStartName(w), w == 0 || !tokens.isAny(w - 1, words.articles, in: bytes)
            {
                add(start..<(p + 1), .org, "rule:possessive-company")
                owners.append(Int(tokens.byteStart[w])..<Int(tokens.byteEnd[p]))
            }
        }
        // One sense per document: the same words, with the same ending ("Dunkin's" is the possessive of
        // "Dunkin'"), on token boundaries.
        if !owners.isEmpty {
            for p in possessives where !taken[p] && !taken[p - 1] {
                let w = p - 1
                let from = Int(tokens.byteStart[w])
                for owner in owners where from + owner.count <= bytes.count && bytes.sameBytes(owner, from..<(from + owner.count)) {
                    var end = p
                    while end < n, Int(tokens.byteEnd[end]) < from + owner.count { end += 1 }
                    guard end < n, Int(tokens.byteEnd[end]) == from + owner.count else { continue }
                    let start = mention(at: w).map { $0.endToken == w + 1 ? min($0.startToken, w) : w } ?? w
                    add(start..<(end + 1), .org, "rule:possessive-company")
                    break
                }
            }
        }
        Mention.replace(in: &mentions, with: added, tokenCount: n)
    }

    /// The first designator token and the end token of the designators after the possessive `p` ("'s
    /// Inc.", "'s Investors Service Inc."), or nil. The words between are common words.
    func designatorEnd(after p: Int) -> (core: Int, end: Int)? {
        var k = p + 1
        while k < tokens.count, k - p <= Self.wordsBeforeDesignator + 1, tokens.isCapitalized(k),
            !tokens.flags[k - 1].contains(FlagBits.lineEndAfter)
        {
            if tokens.isAny(k, words.legalForms, in: bytes) {
                // "LOWE'S COMPANIES INC.": designators in a row.
                var end = k + 1
                while end < tokens.count, tokens.isCapitalized(end), tokens.isAny(end, words.legalForms, in: bytes),
                    !tokens.flags[end - 1].contains(FlagBits.lineEndAfter)
                {
                    end += 1
                }
                return (k, end)
            }
            guard lexicon.contains(token: k, of: tokens, in: bytes) else { return nil }
            k += 1
        }
        return nil
    }

    /// "People's Liberation Army", "German People's Union", "Children's Hospital of Philadelphia", "St.
    /// Patrick's Cathedral": the name around the collective or saint's possessive `p`, or nil.
    func collectiveName(at p: Int, mention: (Int) -> Mention?) -> (range: Range<Int>, label: MentionLabel)? {
        let w = p - 1
        var start = w
        let saint = !tokens.isAny(w, words.collectiveOwners, in: bytes)
        if !saint {
            // The capitalized words right before it are part of the name ("Catholic People's Party", "Sarawak
            // Dayak People's Party"; a nationality too, as in "Iranian Foreign Ministry"), not an article.
            while start > 0, tokens.isCapitalized(start - 1), tokens.isOneSpaceApart(start - 1, start, in: bytes),
                !tokens.flags[start].contains(FlagBits.sentenceStart), !tokens.isAny(start - 1, words.articles, in: bytes)
            {
                start -= 1
            }
        } else if w >= 1, tokens.isAny(w - 1, words.saints, in: bytes), tokens.isCapitalized(w - 1), tokens.isOneSpaceApart(w - 1, w, in: bytes) {
            start = w - 1
        } else {
            return nil
        }
        var end = p + 1
        while end < tokens.count, tokens.isCapitalized(end), tokens.isOneSpaceApart(end - 1, end, in: bytes) { end += 1 }
        guard end > p + 1 else { return nil }
        // "of" and a place: "Children's Hospital of Philadelphia" (not "Serbian People's Party of Nenad Popović").
        if end + 1 < tokens.count, tokens.is(end, "of", in: bytes), tokens.isOneSpaceApart(end - 1, end, in: bytes), tokens.isOneSpaceApart(end, end + 1, in: bytes),
            let place = mention(end + 1), place.startToken > p, place.label == .gpe || place.label == .loc
        {
            end = place.endToken
        }
        let last = end - 1
        // An award or a day is no organization ("People's Choice Awards", "International Women's Day").
        if tokens.isAny(last, words.awardHeads, in: bytes) || tokens.isAny(last, words.calendarHeads, in: bytes) {
            return nil
        }
        // A saint's name is a building's only ("St. John's East" is an electoral district).
        if tokens.isAny(last, words.buildingHeads, in: bytes) { return (start..<end, .fac) }
        if saint { return nil }
        // "People's Republic of China".
        if (p + 1..<end).contains(where: { tokens.isAny($0, words.stateHeads, in: bytes) }) { return (start..<end, .gpe) }
        return (start..<end, .org)
    }

    /// A pronoun or a word of time opening a sentence before its "'s" and a verb ("It's would", "Today's
    /// is"): no name.
    func isSentenceStartName(_ w: Int) -> Bool {
        tokens.flags[w].contains(FlagBits.sentenceStart) && tokens.isAny(w, words.sentenceStartPossessives, in: bytes)
    }

    /// No space between the two tokens ("Rally" and "'s").
    func isGlued(_ a: Int, _ b: Int) -> Bool { tokens.byteEnd[a] == tokens.byteStart[b] }
}
