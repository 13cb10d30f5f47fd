/// Office titles the lists cannot hold word for word.
///
/// - An executive's title is "chief", one or two words, "officer": "Chief Revenue Officer", "chief
///   marketing officer", "Chief Digital and Information Officer". Companies coin new ones every year, and the
///   curated list knows the common few; the others gave a TITLE "Chief" and nothing for the rest.
/// - Two titles side by side with only a space between are one office: "State Attorney" and "General" in
///   "State Attorney General", where the list's longest match stopped short of the next word.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names; the relation stage
/// then attaches the whole title to its holder.
struct TitlePhrases {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many words between "chief" and "officer".
    static let innerWords = 3

    func apply(_ mentions: inout [Mention]) {
        var titles: [Range<Int>] = []
        let n = tokens.count
        var after = 0
        for t in tokens.tokens(ofLength: 5, in: bytes, first: { $0 | 0x20 == 0x63 }) where t >= after && t + 2 < n {
            guard tokens.is(t, "chief", in: bytes), let end = officer(after: t) else { continue }
            titles.append(t..<(end + 1))
            after = end + 1
        }
        // Adjacent titles, one space between ("State Attorney" "General", "Deputy" "Interior Minister"); not an
        // office and a rank ("Defense Minister" "General Raul Baduel": two titles of one man), unless the
        // rank's word is the office's own ("Attorney General", "Secretary General").
        for i in mentions.indices.dropFirst() {
            let a = mentions[i - 1]
            let b = mentions[i]
            guard a.label == .title, b.label == .title, a.endToken == b.startToken, b.startByte == a.endByte + 1,
                bytes[a.endByte] == 0x20, tokens.isCapitalized(b.startToken) == tokens.isCapitalized(a.endToken - 1)
            else { continue }
            if tokens.isAny(b.startToken, Self.ranks, in: bytes),
                !(tokens.is(b.startToken, "general", in: bytes) && tokens.isAny(a.endToken - 1, Self.generalOffices, in: bytes))
            {
                continue
            }
            titles.append(a.startToken..<b.endToken)
        }
        guard !titles.isEmpty else { return }
        // Chains of adjacent titles ("Senior" "Vice President" "General"): merged into one range each.
        titles.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in titles {
            if let last = merged.last, r.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        // A mention inside a title goes; a person or an organization that a title cuts keeps what is left
        // outside it ("Chief Revenue Officer Tom Orr" read as one person: "Tom Orr").
        var kept: [Mention] = []
        for var m in mentions {
            guard let r = merged.first(where: { $0.overlaps(m.startToken..<m.endToken) }) else {
                kept.append(m)
                continue
            }
            if m.startToken >= r.lowerBound, m.endToken <= r.upperBound { continue }
            guard m.label == .person || m.label == .org else { continue }
            if m.startToken >= r.lowerBound {
                m.startToken = r.upperBound
                m.startByte = Int(tokens.byteStart[r.upperBound])
            } else {
                // "Ivan Braiker Chief" before "Strategy Officer": the name ends where the title starts.
                m.endToken = r.lowerBound
                m.endByte = Int(tokens.byteEnd[r.lowerBound - 1])
            }
            kept.append(m)
        }
        Mention.add(merged.map { Mention($0, of: tokens, label: .title, origin: "rule:title-phrase") }, to: &kept)
        mentions = kept
    }

    /// Ranks and styles that stand before a name as a title of their own.
    static let ranks = WordSet([
        "general", "admiral", "colonel", "major", "lieutenant", "captain", "marshal", "brigadier", "commander",
        "sergeant", "sheikh", "king", "queen", "prince", "princess", "sir", "dame", "judge", "justice",
    ])
    /// Offices named with a postpositive "General" ("Attorney General", "Surgeon General").
    static let generalOffices = WordSet([
        "attorney", "solicitor", "secretary", "surgeon", "inspector", "governor", "postmaster", "director",
        "comptroller", "auditor", "consul", "procurator", "prosecutor", "advocate", "registrar", "accountant",
    ])

    /// The token of "officer" that closes an executive's title opened by "chief" at `t`: one to three
    /// words between, all written in the case of "chief" ("Chief Revenue Officer", "chief marketing
    /// officer"), "and" allowed inside ("Chief Digital and Information Officer").
    private func officer(after t: Int) -> Int? {
        let capital = tokens.isCapitalized(t)
        var k = t + 1
        while k < tokens.count, k - t <= Self.innerWords + 1 {
            if tokens.flags[k - 1].contains(FlagBits.lineEndAfter) { return nil }
            guard tokens.flags[k].contains(FlagBits.alphabetic), !tokens.flags[k].contains(FlagBits.numeric) else {
                return nil
            }
            if tokens.is(k, "officer", in: bytes) { return k > t + 1 && tokens.isCapitalized(k) == capital ? k : nil }
            if !tokens.is(k, "and", in: bytes), tokens.isCapitalized(k) != capital { return nil }
            k += 1
        }
        return nil
    }
}
