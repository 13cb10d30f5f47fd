/// A name a company noun introduces ("the drug maker Merck", "the automaker Stellara") or a sentence defines
/// ("Caloi is a Brazilian manufacturer of bicycles", "Eels is an American rock band") is the company at its
/// other mentions in the document too. Read alone, a one-word company name looks like a surname
/// ("Merck is appealing that decision", "Chrysler plans to build"), and the tagger took each for a person;
/// the document said once what it is. A person of the document whose full name ends in that word ("Guido
/// Caloi" of the Caloi company) keeps the surname a person's: the name is then both.
///
/// Runs after `TeamsAndMarkets`, on the final labels of the names.
struct CompanyNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let words = RuleWordLists.shared

    /// At most this many company names are spread per document (a bound on the comparisons).
    static let limit = 32

    func apply(_ mentions: inout [Mention]) {
        var companies: [Range<Int>] = []
        for i in mentions.indices where companies.count < Self.limit {
            let m = mentions[i]
            if m.label == .org, introducedAsCompany(m) {
                companies.append(m.startByte..<m.endByte)
            } else if m.label == .person || m.label == .org, definedAsCompany(m) {
                // "Caloi is a Brazilian manufacturer of bicycles": the sentence says what the name is.
                if m.label == .person {
                    mentions[i].label = .org
                    mentions[i].origin = "rule:company-defined"
                }
                companies.append(m.startByte..<m.endByte)
            }
        }
        guard !companies.isEmpty else { return }
        var fullNames: [Mention] = []
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 { fullNames.append(m) }
        for c in companies {
            // "Guido Caloi": the family's name is the company's; its lone mentions stay as they were.
            if fullNames.contains(where: { endsWith($0, c) }) { continue }
            for i in mentions.indices where mentions[i].label == .person && bytes.sameBytes(mentions[i].startByte..<mentions[i].endByte, c) {
                mentions[i].label = .org
                mentions[i].origin = "rule:company-spread"
            }
        }
    }

    /// A lower-case company noun right before the name: "drugmaker", "the firm", "drug maker".
    private func introducedAsCompany(_ m: Mention) -> Bool {
        m.startToken > 0 && tokens.isCompanyNoun(m.startToken - 1, in: bytes, words)
    }

    /// "X is a Brazilian manufacturer", "X was an Irish band": a copula, an article, up to three words,
    /// then a company noun.
    private func definedAsCompany(_ m: Mention) -> Bool {
        var k = m.endToken
        guard k + 2 < tokens.count, tokens.is(k, "is", in: bytes) || tokens.is(k, "was", in: bytes) else { return false }
        k += 1
        guard tokens.is(k, "a", in: bytes) || tokens.is(k, "an", in: bytes) else { return false }
        k += 1
        let last = min(k + 3, tokens.count - 1)
        while k <= last {
            if tokens.isCompanyNoun(k, in: bytes, words) { return true }
            // Only adjectives and nationalities stand between ("a Brazilian bicycle manufacturer").
            if !tokens.flags[k].contains(FlagBits.alphabetic) { return false }
            k += 1
        }
        return false
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
