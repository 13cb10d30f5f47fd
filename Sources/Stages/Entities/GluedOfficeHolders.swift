/// An organization or a place the lists know whole, glued by the tagger to the person named right after it:
/// "Ambassador to the European Union Gordon Sondland", "special envoy to Ukraine Kurt Volker", "the head of
/// NASA Jim Bridenstine" came out as one ORG or GPE. News writes an office, its organization or country,
/// then the holder's name without a comma; the tagger learnt names as runs of capitalized words and read
/// on. Where the span opens with a complete name of the lists and what follows is a given name and one or
/// two more capitalized words ending the span, they are two mentions: the known name and the person.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct GluedOfficeHolders {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let gazetteer: Gazetteer
    /// The tagger's lexicon of lower-case words (`EntityModel.lexicon`).
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        var split: [(index: Int, known: Mention, person: Mention)] = []
        for (i, m) in mentions.enumerated() where m.hasOrigin("model:tagger") && isGluable(m.label) {
            let (a, b) = (m.startToken, m.endToken)
            let k = Int(findings[a].labelEnd)
            guard b - a >= 3, k > a, k < b, b - k >= 2, b - k <= 3, findings[a].labelEntry >= 0,
                let known = gazetteer.entries[Int(findings[a].labelEntry)].kind.label,
                known == .org || known == .gpe || known == .loc, isPersonName(k, b),
                // Not a name that may itself be a person's ("Kim Sang Hee").
                !(a..<k).contains(where: { findings[$0].allCues & Self.personBits != 0 })
            else { continue }
            let origin = Gazetteer.origins[Int(gazetteer.entries[Int(findings[a].labelEntry)].resource)]
            split.append((i, Mention(a..<k, of: tokens, label: known, origin: origin),
                          Mention(k..<b, of: tokens, label: .person, origin: "rule:office-holder")))
        }
        guard !split.isEmpty else { return }
        // One new array (a replacement per split would move the rest of the list each time).
        var result: [Mention] = []
        result.reserveCapacity(mentions.count + split.count)
        var next = 0
        for (i, m) in mentions.enumerated() {
            if next < split.count, split[next].index == i {
                result += [split[next].known, split[next].person]
                next += 1
            } else {
                result.append(m)
            }
        }
        mentions = result
    }

    private func isGluable(_ label: MentionLabel) -> Bool {
        label == .org || label == .gpe || label == .loc || label == .person
    }

    /// A given name or a person of the lists (surnames are too many common words: "Union", "Bank").
    private static let personBits = GazetteerKind.givenName.bit | GazetteerKind.person.bit

    /// Tokens `k..<b`: a capitalized given name of the census lists that the lexicon does not know, then capitalized
    /// words that are no head noun of an organization or a place, the last a surname of the lists or a word
    /// the lexicon does not know ("Gordon Sondland"; not "Gordon College", "Royal Infirmary").
    private func isPersonName(_ k: Int, _ b: Int) -> Bool {
        guard findings.isGivenName(k), !lexicon.contains(token: k, of: tokens, in: bytes)
        else { return false }
        guard findings[b - 1].allCues & GazetteerKind.surname.bit != 0
            || !lexicon.contains(token: b - 1, of: tokens, in: bytes)
        else { return false }
        let heads = GazetteerKind.orgHead.bit | GazetteerKind.facHead.bit | GazetteerKind.locHead.bit
            | GazetteerKind.gpeHead.bit | GazetteerKind.eventHead.bit
        for t in k..<b {
            guard tokens.isCapitalized(t), !tokens.flags[t].contains(FlagBits.allCaps),
                findings[t].allCues & heads == 0
            else { return false }
            if t < b - 1, tokens.flags[t].contains(FlagBits.lineEndAfter) { return false }
        }
        return true
    }
}
