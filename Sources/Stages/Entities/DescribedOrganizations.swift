/// A name right after a lower-case noun that says what kind of organization it is: "the research firm
/// Oanda", "Turkish-based carrier SunExpress", "the fact-checking website Full Fact", "the band Kessler
/// Park". The noun is the news writer's way of introducing a company the reader may not know, which is
/// exactly where the tagger, which does not know the name either, reads a person or nothing.
///
/// The name becomes an ORG when the tagger left it untagged or read it as a person whose first word no
/// list of given names holds ("the startup Maria Ross" stays a person); a name the rules or gazetteers
/// found keeps its label. The nouns are those that name organizations only: not "developer", "publisher"
/// or "producer", which name people as often.
struct DescribedOrganizations {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        guard Mention.inTextOrder(mentions) else { return }
        var added: [Mention] = []
        var m = 0
        // The descriptors are rare: a pass over the tokens with one packed-set test each (the set read
        // once: a `static let` in the loop costs a `swift_once` call per token).
        let descriptors = Self.descriptors
        // A lower-case word on the line of a capitalized one: one pass over the flags without bounds checks.
        let lower = FlagBits.lowercase.rawValue
        let lineEnd = FlagBits.lineEndAfter.rawValue
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        for t in tokens.tokens(where: { _, this, next in this.rawValue & (lower | lineEnd) == lower && next.rawValue & upper != 0 }) {
            let n = t + 1
            guard tokens.isCapitalized(n), tokens.length(t) >= 4, tokens.isAny(t, descriptors, in: bytes) || isGoodsMaker(t),
                !tokens.flags[n].contains(FlagBits.allCaps) || tokens.length(n) > 1
            else { continue }
            while m < mentions.count, mentions[m].endToken <= n { m += 1 }
            if m < mentions.count, mentions[m].startToken <= n {
                let x = mentions[m]
                guard x.startToken == n, x.label == .person, x.hasOrigin("model:tagger"), !findings.isGivenName(n) else { continue }
                mentions[m].label = .org
                mentions[m].origin = "rule:described-org"
                continue
            }
            // Untagged: the capitalized run, up to three words, not reaching the next mention.
            let limit = m < mentions.count ? mentions[m].startToken : tokens.count
            var e = n
            while e < limit, e - n < 3, tokens.isCapitalized(e), !tokens.flags[e].contains(FlagBits.numeric),
                e == n || !tokens.flags[e - 1].contains(FlagBits.lineEndAfter)
            {
                e += 1
            }
            // "the band The Mekons" with "Mekons" found: the article alone is no name. "the band Sum-41": a
            // name with a number is no run of words, and no mention (an empty one reached the end before).
            guard e > n, !findings.isGivenName(n), e > n + 1 || !tokens.is(n, "the", in: bytes) else { continue }
            added.append(Mention(n..<e, of: tokens, label: .org, origin: "rule:described-org"))
        }
        Mention.add(added, to: &mentions)
    }

    /// "vehicle-maker", "drugmaker", "toymaker": a maker of goods glued to them, with a hyphen or not (not a
    /// "lawmaker" or a "filmmaker", who are people); "drug maker" in two words is `TokenTable.isCompanyNoun`'s.
    private func isGoodsMaker(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        var e = Int(tokens.byteEnd[t])
        if e - s > 6, bytes[e - 1] == 0x73 { e -= 1 }
        guard e - s >= 7, bytes[(e - 5)..<e].elementsEqual("maker".utf8) else { return false }
        var stem = e - 5
        if bytes[stem - 1] == 0x2D { stem -= 1 }
        return WordLists.madeGoods.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<stem]))
    }

    /// Lower-case nouns that name an organization's kind and nothing else.
    static let descriptors = WordSet([
        "firm", "company", "startup", "start-up", "carrier", "airline", "retailer", "website", "insurer",
        "lender", "automaker", "carmaker", "chipmaker", "conglomerate", "manufacturer", "brokerage", "bank",
        "band", "label", "newspaper", "magazine", "broadcaster", "outlet", "nonprofit", "non-profit", "charity",
        "subsidiary", "supermarket", "chain", "consultancy", "thinktank", "think-tank", "tabloid", "daily",
        "automakers", "firms", "companies", "group", "agency", "club", "studio", "university", "college",
    ])
}
