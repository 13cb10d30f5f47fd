import Pipeline

/// A name that the apposition right after it says is an organization: "Google has bought CloudSimple, a
/// startup that ...", "Quorvex, a Seattle real estate company, cut jobs", "Halmstrek, the Dutch chipmaker,
/// said", "Quorvex, which is based in Seattle, ...". It is the mirror of `DescribedOrganizations` ("the research
/// firm Oanda"): the writer introduces a company the reader may not know, and the tagger, which does not know
/// it either, leaves it untagged or reads a person.
///
/// The apposition: a comma, "a", "an" or "the", up to four describing words (lower-case words that are no
/// function words, hyphenated ones as "Seattle-based", or the words of a place or a people: "a Seattle real
/// estate company") and one of `DescribedOrganizations.descriptors`, which ends the apposition (punctuation
/// or a word of `ends` follows: "a startup that", "the carrier, said", "a company based in"), or a noun of a
/// company's arm before "of" ("Waymo, a unit of Alphabet"). "Anna Lee, a
/// company spokeswoman" and "a member of the band" do not read so. Or ", which is based in", ", headquartered
/// in": for an untagged name only (a person is often "based in" a city).
///
/// The name: a person the tagger read whose first word no list of given names holds ("the startup Maria Ross"
/// stays a person), or an untagged run of up to three capitalized words on the line of which one at least is
/// no word of the lexicon (a sentence's first word must not be one, nor open sentences: "Moreover, the
/// company, whose ...").
struct AppositiveOrganizations {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        guard tokens.count > 0, Mention.inTextOrder(mentions) else { return }
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let punctuation = FlagBits.punctuation.rawValue
        let lower = FlagBits.lowercase.rawValue
        // A comma between a capitalized word and a lower-case one: rare enough to test the words only there.
        let commas = tokens.tokens(where: { previous, this, next in
            previous.rawValue & upper != 0 && this.rawValue & punctuation != 0 && next.rawValue & lower != 0
        })
        var added: [Mention] = []
        var m = 0
        for c in commas where tokens.isComma(c, in: bytes) && !tokens.flags[c - 1].contains(FlagBits.lineEndAfter) {
            guard let strict = introducesOrganization(after: c, mentions) else { continue }
            // The mention ending right before the comma, if any.
            while m < mentions.count, mentions[m].endToken < c { m += 1 }
            if m < mentions.count, mentions[m].endToken == c {
                let x = mentions[m]
                if strict, x.label == .person, x.hasOrigin("model:tagger"), !findings.isGivenName(x.startToken) {
                    mentions[m].label = .org
                    mentions[m].origin = "rule:appositive-org"
                }
                continue
            }
            if m < mentions.count, mentions[m].startToken < c { continue }
            if let s = untaggedNameStart(before: c, after: m > 0 ? mentions[m - 1].endToken : 0) {
                added.append(Mention(s..<c, of: tokens, label: .org, origin: "rule:appositive-org"))
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// Whether the words after the comma `c` say that the name before it is an organization: true for a
    /// describing apposition, false for "which is based in" (`apply` then takes an untagged name only), nil
    /// for neither.
    private func introducesOrganization(after c: Int, _ mentions: [Mention]) -> Bool? {
        let n = tokens.count
        var k = c + 1
        if k < n, tokens.isAny(k, WordLists.articles, in: bytes) {
            k += 1
            var described = 0
            while k < n, described <= 4, !tokens.flags[k - 1].contains(FlagBits.lineEndAfter) {
                // "Waymo, a unit of Alphabet": an arm of the company named after it.
                if tokens.isLower(k), tokens.isAny(k, Self.armNouns, in: bytes), k + 1 < n, tokens.is(k + 1, "of", in: bytes) {
                    return true
                }
                if tokens.isLower(k), tokens.isAny(k, DescribedOrganizations.descriptors, in: bytes) {
                    return isAppositionEnd(k + 1) ? true : nil
                }
                guard isDescribingWord(k, mentions) else { return nil }
                described += 1
                k += 1
            }
            return nil
        }
        // ", which is based in", ", that was headquartered in", ", headquartered in", ", based in".
        if k < n, tokens.is(k, "which", in: bytes) || tokens.is(k, "that", in: bytes) {
            k += 1
            guard k < n, tokens.is(k, "is", in: bytes) || tokens.is(k, "was", in: bytes) else { return nil }
            k += 1
        }
        guard k + 1 < n, tokens.is(k, "based", in: bytes) || tokens.is(k, "headquartered", in: bytes),
            tokens.is(k + 1, "in", in: bytes)
        else { return nil }
        return false
    }

    /// A word of the description before the organization's noun: lower-case and no function word, a
    /// hyphenated word ("Seattle-based"), or a word of a place or a people ("a Dutch chipmaker").
    private func isDescribingWord(_ k: Int, _ mentions: [Mention]) -> Bool {
        if tokens.flags[k].contains(FlagBits.hyphenated) { return true }
        if tokens.isLower(k) {
            return !tokens.isAny(k, WordLists.closedClassWords, in: bytes) && !tokens.flags[k].contains(FlagBits.clitic)
        }
        guard tokens.isCapitalized(k) else { return false }
        return mentions.contains { $0.startToken <= k && k < $0.endToken && Self.describingLabels.contains($0.label) }
    }

    /// The apposition ends after its noun: punctuation, the end, or a word of `ends`.
    private func isAppositionEnd(_ k: Int) -> Bool {
        guard k < tokens.count else { return true }
        if tokens.isComma(k, in: bytes) || tokens.is(k, ".", in: bytes) || tokens.is(k, ";", in: bytes)
            || tokens.is(k, ")", in: bytes) || tokens.isDash(k, in: bytes)
        {
            return true
        }
        return tokens.isLower(k) && tokens.isAny(k, Self.ends, in: bytes)
    }

    /// The first token of an untagged name ending before token `c`: up to three capitalized words on its
    /// line, after the mention ending at `after`; nil when one is a given name or none is unknown to the lexicon.
    private func untaggedNameStart(before c: Int, after: Int) -> Int? {
        var s = c
        while s > after, c - s < 3, tokens.isCapitalized(s - 1), !tokens.flags[s - 1].contains(FlagBits.numeric),
            s == c || !tokens.flags[s - 1].contains(FlagBits.lineEndAfter)
        {
            s -= 1
            if tokens.flags[s].contains(FlagBits.sentenceStart) { break }
        }
        guard s < c, !findings.isGivenName(s), !tokens.isAny(s, WordLists.sentenceOpeners, in: bytes) else { return nil }
        if tokens.flags[s].contains(FlagBits.sentenceStart), lexicon.contains(token: s, of: tokens, in: bytes) { return nil }
        guard (s..<c).contains(where: { !lexicon.contains(token: $0, of: tokens, in: bytes) }) else { return nil }
        return s
    }

    static let describingLabels: [MentionLabel] = [.gpe, .loc, .norp]

    /// Nouns of a company's arm, which name the company they belong to after "of" ("a unit of Alphabet", "a
    /// subsidiary of Nestle", "a division of Sony").
    static let armNouns = WordSet(["unit", "subsidiary", "division", "affiliate"])

    /// Words that may follow the organization's noun at the end of its apposition.
    static let ends = WordSet([
        "that", "which", "whose", "based", "headquartered", "owned", "founded", "backed", "run", "led", "in",
        "with", "known", "specializing", "specialising", "best",
    ])
}
