/// A town written with the postal code of its state or province: "Charlotte, NC", "Columbus, OH 43215",
/// "Toronto, ON". Tour-date lists, local news, datelines and addresses write places so. The code alone is
/// an ordinary word or an acronym ("IN", "ON", "OH", "MA"), and the tagger, which learnt from text that
/// spells states out or abbreviates them the AP way ("Mass."), left both words or took the code for an
/// organization; after a capitalized name and a comma the code is the state, and the name its town (GPE
/// both, ANNOTATION.md's "BUFFALO, N.Y." dateline example; the relation stage then links them).
///
/// Not after a person's full name: "Ana Ruiz, MD" is a doctor (and the letters no mention), and "Ruiz, PA"
/// or "Ruiz, DO" as likely a physician assistant or an osteopath as a town. Not in an all-capitals run
/// ("WARNING, IN EFFECT"), nor after a common word no source read as a name ("Yes, OK.").
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct PostalPlaces {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let words = RuleWordLists.shared
    /// The tagger's lexicon of lower-case words (`EntityModel.lexicon`).
    let lexicon: Lexicon

    /// At most this many words make the town ("St. Louis", "Fort Lauderdale", "Salt Lake City").
    static let townWords = 4

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 3 else { return }
        var places: [(town: Range<Int>, code: Int)] = []
        var credentials: [Int] = []
        for t in tokens.tokens(ofLength: 2, in: bytes, first: { $0 &- 0x41 < 26 }) where t >= 2 {
            guard isPostalCode(t), tokens.isComma(t - 1, in: bytes) else { continue }
            let town = t - 2
            // A town of two or three capitals is an acronym in a list ("TP, TN, FP").
            guard tokens.isCapitalized(town), !tokens.flags[town].contains(FlagBits.numeric),
                !(tokens.flags[town].contains(FlagBits.allCaps) && tokens.length(town) <= 3),
                !tokens.flags[town].contains(FlagBits.lineEndAfter), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter),
                endsThePlace(t)
            else { continue }
            var start = town
            while start > 0, town - start + 1 < Self.townWords, !tokens.flags[start - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[start].contains(FlagBits.sentenceStart), isTownWord(start - 1)
            {
                start -= 1
            }
            while start < town, tokens.isAny(start, words.headingFunctionWords, in: bytes) { start += 1 }
            guard !tokens.isAny(start, words.headingFunctionWords, in: bytes), !isCommonWord(start..<(town + 1), mentions)
            else { continue }
            if isPerson(start..<(town + 1), code: t, mentions) {
                // The person's degree or profession, no place: "Ana Ruiz, MD".
                credentials.append(t)
                continue
            }
            places.append((start..<(town + 1), t))
        }
        if !credentials.isEmpty {
            mentions.removeAll { m in m.endToken == m.startToken + 1 && credentials.contains(m.startToken) }
        }
        guard !places.isEmpty else { return }
        var added: [Mention] = []
        var drop = [Bool](repeating: false, count: mentions.count)
        for (town, code) in places {
            // A place the names already read there stays (its own extent, "Salt Lake City"); anything else on
            // the town's words or the code gives way.
            let kept = mentions.firstIndex { m in
                (m.label == .gpe || m.label == .loc) && m.endToken == town.upperBound && m.startToken < town.upperBound
            }
            for i in mentions.indices where i != kept {
                let m = mentions[i]
                if m.startToken <= code, m.endToken > (kept.map { mentions[$0].startToken } ?? town.lowerBound) {
                    drop[i] = true
                }
            }
            if kept == nil { added.append(mention(town, origin: "rule:postal-town")) }
            added.append(mention(code..<(code + 1), origin: "rule:postal-code"))
        }
        mentions = mentions.indices.filter { !drop[$0] }.map { mentions[$0] }
        Mention.add(added, to: &mentions)
    }

    /// Token `t` is two upper-case ASCII letters naming a US state, DC, Puerto Rico or a Canadian province.
    private func isPostalCode(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let a = bytes[s]
        let b = bytes[s + 1]
        guard a &- 0x41 < 26, b &- 0x41 < 26 else { return false }
        return Self.codes.contains(UInt16(a) << 8 | UInt16(b))
    }

    /// What follows the code closes the place: the end of the text or of the line, punctuation, a ZIP code,
    /// or a lower-case or capitalized word, not an all-capitals one (a heading's run of capitals).
    private func endsThePlace(_ t: Int) -> Bool {
        if t + 1 >= tokens.count || tokens.flags[t].contains(FlagBits.lineEndAfter) { return true }
        let next = tokens.flags[t + 1]
        if !next.contains(FlagBits.alphabetic) { return true }
        return !next.contains(FlagBits.allCaps)
    }

    /// A capitalized word of a town's name, or an abbreviation of one ("St.", "Ft.").
    private func isTownWord(_ t: Int) -> Bool {
        tokens.isCapitalized(t) && !tokens.flags[t].contains(FlagBits.numeric) && !tokens.isComma(t, in: bytes)
    }

    /// The words before the comma are a person's: a full name the names read as a person ("Ana Ruiz, MD"), or
    /// any person before a code that is also a professional's letters.
    /// A full name before a code that is no credential is a town all the same after a preposition of place
    /// ("ends the tour in Harlan Falls, IN"): one is in a town, not in a person.
    private func isPerson(_ town: Range<Int>, code: Int, _ mentions: [Mention]) -> Bool {
        let credential = tokens.isAny(code, Self.credentials, in: bytes)
        return mentions.contains { m in
            guard m.label == .person, m.endToken == town.upperBound else { return false }
            if credential { return true }
            let before = m.startToken - 1
            return m.endToken - m.startToken >= 2
                && !(before >= 0 && tokens.isLower(before) && tokens.isAny(before, placePrepositions, in: bytes))
        }
    }

    /// Prepositions before a town (the teams rules' list: "in Buffalo", "near Columbus").
    let placePrepositions = TeamAndMarketWords.shared.placePrepositions

    /// One word no source read as a name that is an ordinary lower-case word: "Yes, OK." is no town.
    private func isCommonWord(_ town: Range<Int>, _ mentions: [Mention]) -> Bool {
        guard town.count == 1, !mentions.contains(where: { $0.startToken <= town.lowerBound && $0.endToken > town.lowerBound })
        else { return false }
        let t = town.lowerBound
        return lexicon.contains(token: t, of: tokens, in: bytes)
    }

    private func mention(_ r: Range<Int>, origin: MentionOrigin) -> Mention {
        Mention(r, of: tokens, label: .gpe, origin: origin)
    }

    /// Codes that are also a professional's letters after a name (doctor, physician assistant, osteopath).
    static let credentials = WordSet(["md", "pa", "do"])

    /// The USPS codes of the states, DC and Puerto Rico, and Canada Post's of the provinces and territories,
    /// two bytes in one integer.
    static let codes: Set<UInt16> = Set(
        [
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
        ].map { code in code.utf8.reduce(UInt16(0)) { $0 << 8 | UInt16($1) } })
}
