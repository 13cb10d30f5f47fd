/// A name a company noun introduces ("the drug maker Merck", "the automaker Stellara") or a sentence defines
/// ("Caloi is a Brazilian manufacturer of bicycles", "Eels is an American rock band") is the company at its
/// other mentions in the document too. Read alone, a one-word company name looks like a surname
/// ("Merck is appealing that decision", "Chrysler plans to build"), and the tagger took each for a person;
/// the document said once what it is; so does a company named in full with its legal form ("McCaw Cellular
/// Communications Inc." and later "McCaw"). A person of the document whose full name ends in that word ("Guido
/// Caloi" of the Caloi company) keeps the surname a person's: the name is then both.
///
/// Runs after `TeamsAndMarkets`, on the final labels of the names.
struct CompanyNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let words = RuleWordLists.shared

    /// At most this many company names are spread per document (a bound on the comparisons).
    static let limit = 32

    func apply(_ mentions: inout [Mention]) {
        var companies: [Range<Int>] = []
        var suffixed = false
        for i in mentions.indices where companies.count < Self.limit {
            // Only an organization, a person or a town (`isUnknownTown`) can be read as a company below: the
            // other mentions are not copied.
            let label = mentions[i].label
            guard label == .org || label == .person || label == .gpe else { continue }
            let m = mentions[i]
            if m.label == .org, introducedAsCompany(m) {
                companies.append(m.startByte..<m.endByte)
            } else if m.label == .person || m.label == .org || isUnknownTown(m),
                definedAsCompany(m) || legalForm(after: m) != nil
            {
                // "Caloi is a Brazilian manufacturer of bicycles": the sentence says what the name is.
                if m.label != .org {
                    mentions[i].label = .org
                    mentions[i].origin = "rule:company-defined"
                }
                companies.append(m.startByte..<m.endByte)
                // "Dräger, Inc.": the legal form is part of the name (it was a mention of its own, or none).
                if let form = legalForm(after: m) {
                    mentions[i].endToken = form + 1
                    mentions[i].endByte = Int(tokens.byteEnd[form])
                    suffixed = true
                }
            }
        }
        companies += shortForms(mentions, limit: Self.limit - companies.count)
        guard !companies.isEmpty else { return }
        if suffixed {
            // A mention the widened name now covers (the legal form read as a name) goes.
            var last = -1
            mentions = mentions.filter { m in
                defer { last = max(last, m.endToken) }
                return m.startToken >= last
            }
        }
        var fullNames: [Mention] = []
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 { fullNames.append(m) }
        for c in companies {
            // "Guido Caloi": the family's name is the company's; its lone mentions stay as they were.
            if fullNames.contains(where: { endsWith($0, c) }) { continue }
            // Its other mentions the tagger read as a person or a town ("Ascom" was both on one page).
            for i in mentions.indices
            where (mentions[i].label == .person || isUnknownTown(mentions[i]))
                && bytes.sameBytes(mentions[i].startByte..<mentions[i].endByte, c)
            {
                mentions[i].label = .org
                mentions[i].origin = "rule:company-spread"
            }
        }
    }

    /// The short forms of the companies named with their legal form or a company's head word: "McCaw Cellular
    /// Communications Inc." is "McCaw Cellular" and "McCaw" later, "Polly Peck International Inc." is "Polly
    /// Peck" ("McCaw's bid", "Polly Peck's chairman": the tagger read persons). Every prefix of the name before
    /// that last word, but not a given name alone ("Polly").
    private func shortForms(_ mentions: [Mention], limit: Int) -> [Range<Int>] {
        var forms: [Range<Int>] = []
        for m in mentions where m.label == .org && m.endToken - m.startToken >= 2 && forms.count < limit {
            let last = m.endToken - 1
            guard tokens.isCapitalized(last),
                tokens.isAny(last, words.legalForms, in: bytes) || tokens.isAny(last, words.companyHeads, in: bytes),
                // Words of a name, one space apart ("Traci Warner@ENRON COMMUNICATIONS" is an address).
                (m.startToken..<last).allSatisfy({ tokens.isOneSpaceApart($0, $0 + 1, in: bytes) })
            else { continue }
            for k in (m.startToken + 1)...last where forms.count < limit {
                guard tokens.isCapitalized(k - 1) else { break }
                if k == m.startToken + 1, tokens.length(m.startToken) < 3
                    || findings.isGivenName(m.startToken)
                {
                    continue
                }
                forms.append(m.startByte..<Int(tokens.byteEnd[k - 1]))
            }
        }
        return forms
    }

    /// A lower-case company noun right before the name: "drugmaker", "the firm", "drug maker".
    private func introducedAsCompany(_ m: Mention) -> Bool {
        m.startToken > 0 && tokens.isCompanyNoun(m.startToken - 1, in: bytes, words)
    }

    /// "X is a Brazilian manufacturer", "X was an Irish band": a copula, an article, up to three words,
    /// then a company noun. A one-word name may be defined in an apposition too: "Ascom, a global solutions
    /// provider", "Dräger, a global producer of medical technology" (nouns a person is seldom called by in
    /// news prose once named, `companyDefinitionNouns`).
    private func definedAsCompany(_ m: Mention) -> Bool {
        var k = m.endToken
        guard k + 2 < tokens.count else { return false }
        let apposition = m.endToken == m.startToken + 1 && tokens.isComma(k, in: bytes)
        guard apposition || tokens.is(k, "is", in: bytes) || tokens.is(k, "was", in: bytes) else { return false }
        k += 1
        guard tokens.is(k, "a", in: bytes) || tokens.is(k, "an", in: bytes) else { return false }
        k += 1
        let last = min(k + 3, tokens.count - 1)
        while k <= last {
            if tokens.isCompanyNoun(k, in: bytes, words) { return true }
            if tokens.isLower(k), tokens.isAny(k, Self.companyDefinitionNouns, in: bytes) { return true }
            // Only adjectives and nationalities stand between ("a Brazilian bicycle manufacturer").
            if !tokens.flags[k].contains(FlagBits.alphabetic) { return false }
            k += 1
        }
        return false
    }

    /// A one-word GPE no gazetteer knows as a place: the tagger's guess, which a definition overrules
    /// ("Ascom, a global solutions provider"; not "Badajoz, a company of the Special Operations Group").
    private func isUnknownTown(_ m: Mention) -> Bool {
        m.label == .gpe && m.endToken == m.startToken + 1
            && findings[m.startToken].allCues & (GazetteerKind.gpe.bit | GazetteerKind.loc.bit) == 0
    }

    /// Nouns that define a company in an apposition or after a copula, besides the company nouns.
    static let companyDefinitionNouns = WordSet([
        "provider", "producer", "supplier", "developer", "operator", "distributor", "subsidiary", "giant",
        "chain", "maker", "manufacturers", "wholesaler", "vendor",
    ])
    /// A company's legal form after its name.
    /// "Dräger, Inc.", "Varnex Ltd": the token of a capitalized legal form right after the name (a comma
    /// between allowed).
    private func legalForm(after m: Mention) -> Int? {
        var k = m.endToken
        if k < tokens.count, tokens.isComma(k, in: bytes) { k += 1 }
        guard k < tokens.count, tokens.isAny(k, words.legalForms, in: bytes), bytes[Int(tokens.byteStart[k])] &- 0x41 < 26
        else { return nil }
        return k
    }

    private func endsWith(_ person: Mention, _ name: Range<Int>) -> Bool {
        let start = person.endByte - name.count
        guard start > person.startByte, bytes[start - 1] == 0x20 else { return false }
        return bytes.sameBytes(start..<person.endByte, name)
    }

}

extension TokenTable {
    /// A lower-case noun that says the name next to it is a company: "firm", "drugmaker", "band", or
    /// "maker" after goods ("drug maker", not "film maker" or "policy maker").
    func isCompanyNoun(_ k: Int, in bytes: UnsafeBufferPointer<UInt8>, _ words: RuleWordLists) -> Bool {
        guard isLower(k) else { return false }
        if isAny(k, words.orgNounsBeforeName, in: bytes) { return true }
        return k > 0 && self.is(k, "maker", in: bytes) && isAny(k - 1, words.madeGoods, in: bytes)
    }
}
