/// The first word of a person's name that the tagger left out because it reads as something else:
/// - an initial ("W. Brent LeGere", "M. Lee Pearce", "J. Danforth Quayle"): the tagger made the initial a
///   person of its own, or, where the lists know it as an honorific ("M." for Monsieur), left it out; before
///   a given name and a surname it is the person's initial (a lone surname after "M." keeps it out:
///   "M. Chirac");
/// - a month that is also a given name ("Jan Kavan", "June Carter"), before a surname the tagger found, and a
///   given name that is a common word too, first in its sentence ("Will Moy said");
/// - the lower-case particles of a surname ("von der Leyen", "de Blasio", "van Gogh") where the person is named by
///   the surname alone: the tagger read the capitalized word only ("Leyen"), and the whole surname is the name.
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
            if let p = particlesStart(before: mentions[i], after: i > 0 ? mentions[i - 1].endToken : 0) {
                // After a given name the tagger split off ("Ursula" + "Leyen"), the three are one name.
                var start = p
                if p > 0, tokens.isOneSpaceApart(p - 1, p, in: bytes), tokens.isCapitalized(p - 1) {
                    guard i > 0, mentions[i - 1].label == .person, mentions[i - 1].endToken == p else { continue }
                    start = mentions[i - 1].startToken
                    removed.insert(i - 1)
                }
                mentions[i].startToken = start
                mentions[i].startByte = Int(tokens.byteStart[start])
                continue
            }
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
                opens = joined != nil || (m.endToken - m.startToken >= 2 && findings.isGivenName(m.startToken))
            } else {
                opens = joined == nil && tokens.isCapitalized(b) && m.endToken - m.startToken == 1 && findings.isGivenName(b)
                    && (tokens.isAny(b, words.monthGivenNames, in: bytes) || opensSentenceAsGivenName(b))
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

    /// The first of one or two surname particles right before `m` ("von der" Leyen), one space apart, that no
    /// mention before (ending at token `free`) reaches, before a word that is no initial.
    func particlesStart(before m: Mention, after free: Int) -> Int? {
        // Before an initial, the word is no particle but a preposition ("gesetzt von L. van Beethoven").
        guard !isInitial(m.startToken) else { return nil }
        var p = m.startToken
        while p - 1 >= free, m.startToken - p < 2, tokens.isLower(p - 1), tokens.isOneSpaceApart(p - 1, p, in: bytes),
            tokens.isAny(p - 1, Self.particles, in: bytes)
        {
            p -= 1
        }
        return p < m.startToken ? p : nil
    }

    /// Lower-case particles of surnames (Dutch, German, French, Italian, Portuguese, Spanish).
    static let particles = WordSet([
        "von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "dos", "das", "ter", "ten", "zu",
    ])

    /// One capital letter and a period, as one token ("W.").
    func isInitial(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        return tokens.length(t) == 2 && bytes[s] &- 0x41 < 26 && bytes[s + 1] == 0x2E
    }

    /// "Will Moy said", "Grace Ruiz won": a given name that is also a common word ("will", "grace", "hope"),
    /// first in its sentence, before a surname the tagger read as a person; the tagger, seeing the word at a
    /// sentence's start, took it for the verb or the noun. Not a word that opens sentences or a function word.
    /// "Will" is a modal too: it opens the name unless the sentence asks a question ("Will Congress act?").
    private func opensSentenceAsGivenName(_ b: Int) -> Bool {
        guard tokens.flags[b].contains(FlagBits.sentenceStart), !tokens.isAny(b, WordLists.sentenceOpeners, in: bytes)
        else { return false }
        guard tokens.isAny(b, WordLists.closedClassWords, in: bytes) else { return true }
        return tokens.is(b, "will", in: bytes) && !asksQuestion(from: b)
    }

    /// Whether the sentence that token `b` opens ends in a question mark.
    private func asksQuestion(from b: Int) -> Bool {
        var k = b + 1
        while k < tokens.count, !tokens.flags[k].contains(FlagBits.sentenceStart) {
            if tokens.is(k, "?", in: bytes) { return true }
            k += 1
        }
        return false
    }
}
