/// A name between a company's possessive and "unit", "subsidiary", "division" or "affiliate" names an arm of
/// the company, an organization: "Southern Co.'s Gulf Power unit", "Nestle's Carnation subsidiary", "its
/// BellSouth Enterprises Inc. unit". Business news introduces a company's arms so; the tagger, which has seldom
/// seen them, read "Gulf Power" as a place and "Carnation" as nothing. The owner before the possessive is then
/// an organization too: a person the tagger read there ("Nestle's") becomes one.
///
/// The name: up to four capitalized words one space apart on the line, right before the noun in lower case,
/// after "'s", "its" or "their". A place or a people the gazetteers know whole qualifies the arm and stays as it
/// is ("its European unit", "the company's U.S. subsidiary", "Sony's Japan division"); so does a person's given
/// name ("the family's Anna unit" is no company). Runs on the final labels, before the relations read them
/// ("X's Y unit" gives part_of).
struct CompanyUnits {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let gazetteer: Gazetteer

    /// The most words of an arm's name ("BellSouth Enterprises Inc.").
    static let maximumWords = 4

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 3, Mention.inTextOrder(mentions) else { return }
        let lower = FlagBits.lowercase.rawValue
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let nouns = tokens.tokens(where: { previous, this, _ in
            previous.rawValue & upper != 0 && this.rawValue & lower != 0
        })
        var added: [Mention] = []
        var owners: [Int] = []
        for k in nouns where tokens.isAny(k, Self.armNouns, in: bytes) {
            guard let s = nameStart(before: k), !isPlaceOrPeople(s, k), !findings.isGivenName(s)
            else { continue }
            added.append(Mention(s..<k, of: tokens, label: .org, origin: "rule:company-unit"))
            if s >= 2, tokens.isPossessive(s - 1, in: bytes) { owners.append(s - 1) }
        }
        guard !added.isEmpty else { return }
        // The owner: the mention that ends right before the possessive.
        for p in owners {
            guard let i = mentions.firstIndex(where: { $0.endToken == p }) else { continue }
            let owner = mentions[i]
            let isPlace = owner.label == .gpe && isPlaceOrPeople(owner.startToken, owner.endToken)
            if owner.label == .person && !findings.isGivenName(owner.startToken) || owner.label == .gpe && !isPlace {
                mentions[i].label = .org
                mentions[i].origin = "rule:company-unit-owner"
            }
        }
        Mention.replace(in: &mentions, with: added, tokenCount: n)
    }

    /// The first token of the arm's name ending before the noun `k`: capitalized words one space apart on the
    /// line after "'s", "its" or "their"; nil when there is none or it follows anything else.
    private func nameStart(before k: Int) -> Int? {
        guard tokens.isOneSpaceApart(k - 1, k, in: bytes), !tokens.flags[k - 1].contains(FlagBits.lineEndAfter) else {
            return nil
        }
        var s = k
        while s > 1, k - s < Self.maximumWords, tokens.isCapitalized(s - 1),
            s == k || tokens.isOneSpaceApart(s - 1, s, in: bytes),
            !tokens.flags[s - 1].contains(FlagBits.lineEndAfter), !tokens.flags[s - 1].contains(FlagBits.sentenceStart)
        {
            s -= 1
        }
        guard s < k, s >= 1, !tokens.flags[s - 1].contains(FlagBits.lineEndAfter) else { return nil }
        let before = s - 1
        guard tokens.isPossessive(before, in: bytes) || tokens.is(before, "its", in: bytes)
            || tokens.is(before, "their", in: bytes)
        else { return nil }
        return s
    }

    /// Tokens `s..<e` spell a place or a people the gazetteers know whole ("European", "U.S.", "Latin America").
    private func isPlaceOrPeople(_ s: Int, _ e: Int) -> Bool {
        gazetteer.wholeLabel(
            from: Int(tokens.byteStart[s]), to: Int(tokens.byteEnd[e - 1]), bytes: bytes, allowing: [.gpe, .loc, .norp]
        ) != nil
    }

    /// Nouns of a company's arm after its name.
    static let armNouns = AppositiveOrganizations.armNouns
}
