/// A company's name followed by capitalized common words names the company's product or service, not an
/// organization: "Apple Watch", "Amazon Music Unlimited", "Google Docs", "Samsung Galaxy Note", "Samsung Smart
/// TV". ANNOTATION.md: products and services are none of our labels, and a product's name that contains the
/// company is untagged as a whole. The tagger, trained on text where such names are rare, reads the whole run of
/// capitalized words as one organization.
///
/// The company is the first word, which the gazetteers know as an organization, also one they list as a common
/// word too ("Amazon", "Apple"; not an institution such as "Senate"). A word the document names
/// alone as an organization elsewhere is not enough: business news calls "Miller Brewing" and "Kirschner
/// Medical" by their first word too. Each word after it is one the tagger's lexicon has seen in lower
/// case ("Watch", "Music", "Docs"), and none is what names an organization or a place: an organization's head
/// ("Samsung Electronics", "Amazon Web Services", "Nestle Foods"), a company's ("Sony Pictures"), a given name
/// or a surname ("JPMorgan Chase", "Dow Jones"), a place or a compass word ("AFC West", "HGTV Canada"). A word
/// the lexicon never saw in lower case is a name of its own ("Goldman Sachs", "RJR Nabisco") and keeps the
/// organization, and so does a last word in the plural or one that names an arm of the company ("Labour
/// Students", "CNN Business", "Greenpeace International"). "Watch" and "TV", heads of organizations' names
/// elsewhere ("Human Rights Watch", "Fox TV"), name a product after a company's single name.
///
/// Runs after `ProductVariants`, which reads a product's variant word ("MacBook Pro") and a device noun after
/// the name ("the Apple TV box"), and after `StakeholderCompanies`, which reads the name before "subscribers" or
/// "customers" as a company's ("Amazon Music Unlimited subscribers").
struct CompanyProducts {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words.
    let lexicon: Lexicon

    /// The most words a product's name has after the company's ("Samsung Smart LED TV").
    static let maximumWords = 4

    func apply(_ mentions: inout [Mention]) {
        mentions.removeAll { m in
            let words = m.endToken - m.startToken
            return m.label == .org && words >= 2 && words <= Self.maximumWords + 1 && m.endToken <= findings.count
                && tokens.isCapitalized(m.startToken) && isCompany(m.startToken) && isProductLine(m.startToken + 1, m.endToken)
        }
    }

    /// The gazetteers know token `t` as a company: trusted, or as a common word too ("Apple", "Amazon",
    /// "Shell"), which a product line after it makes the company ("Amazon Music Unlimited"); "Shell Oil" and
    /// "Amazon Web Services" keep their heads.
    private func isCompany(_ t: Int) -> Bool {
        findings[t].allCues & GazetteerKind.org.bit != 0 && !tokens.isAny(t, Self.institutions, in: bytes)
    }

    /// Common words the gazetteers list as organizations that make no products: "Senate Intelligence" or
    /// "Congress Party" are the institution's own names.
    static let institutions = WordSet(["congress", "senate", "parliament", "treasury", "labour", "greens"])

    /// Tokens `s..<e`, one space apart after the company, are common words in capitals that name no
    /// organization or place.
    private func isProductLine(_ s: Int, _ e: Int) -> Bool {
        let names = GazetteerKind.givenName.bit | GazetteerKind.surname.bit | GazetteerKind.gpe.bit
            | GazetteerKind.loc.bit | GazetteerKind.person.bit | GazetteerKind.norp.bit | GazetteerKind.honorific.bit
        let heads = GazetteerKind.orgHead.bit | GazetteerKind.facHead.bit | GazetteerKind.locHead.bit
            | GazetteerKind.gpeHead.bit | GazetteerKind.eventHead.bit | GazetteerKind.lawHead.bit
        var words = 0
        for t in s..<e {
            guard tokens.isOneSpaceApart(t - 1, t, in: bytes) else { return false }
            guard tokens.isCapitalized(t), lexicon.contains(token: t, of: tokens, in: bytes) else { return false }
            // A name's cue that is a common word too ("Smart", "Music" are surnames) names no one here.
            if findings[t].cues & names != 0 { return false }
            if findings[t].allCues & heads != 0, !(e - s == 1 && tokens.isAny(t, Self.productHeads, in: bytes)) { return false }
            if tokens.isAny(t, WordLists.companyHeads, in: bytes) || tokens.isAny(t, WordLists.placeCompanyHeads, in: bytes)
                || tokens.isAny(t, WordLists.compassWords, in: bytes) || tokens.isAny(t, Self.divisionWords, in: bytes)
            {
                return false
            }
            words += 1
        }
        // A last word in the plural names the people or the arm of an organization more often than a
        // product ("Labour Students", "Boeing Commercial Airplanes").
        let last = e - 1
        if tokens.length(last) > 3, bytes[Int(tokens.byteEnd[last]) - 1] == 0x73, !tokens.isAny(last, Self.productHeads, in: bytes) {
            return false
        }
        return words > 0
    }

    /// Heads of organizations' names that name a company's product after its single name ("Apple Watch",
    /// "Samsung TV").
    static let productHeads = WordSet(["watch", "tv"])

    /// Words after a company's name that name one of its arms, not a product ("Greenpeace International",
    /// "CNN Business").
    static let divisionWords = WordSet([
        "international", "business", "global", "worldwide", "commercial", "research", "foundation", "ventures",
        "consulting", "finance", "health", "investor", "wealth", "computer", "laboratory", "lab", "oil", "gas",
        "petroleum", "chemicals", "bank",
    ])
}
