/// Two names joined by an ampersand are one organization's name: "Frost & Sullivan", "Procter & Gamble",
/// "Marks & Spencer", "Simon & Schuster". Running English writes "and"; the ampersand belongs to the names
/// of firms, brands and partnerships, and read word by word each half was a town or a surname ("Frost" and
/// "Sullivan" two GPEs, "Procter" a GPE and "Gamble" nothing).
///
/// Not where no half is a name: "Terms & Conditions", "Arts & Culture" (menus and headings join common words
/// so); nor where a half is a place of the gazetteers ("Trinidad & Tobago", "Bosnia & Herzegovina", "Austin
/// & Dallas"); nor two people ("Jason & Michelle", "Ana Ruiz & Tom"); nor offices ("Chairman & CEO") or after an abbreviation ("Mr. & Mrs.").
///
/// The partners listed before the ampersand, a comma after each, are the firm's when the name after it ends in a
/// company's word ("Bear, Stearns & Co.", "Donaldson, Lufkin & Jenrette Securities Corp."): read alone, each was
/// a person or a place.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct AmpersandNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    /// The tagger's lexicon of lower-case words (`EntityModel.lexicon`).
    let lexicon: Lexicon

    /// At most this many words on either side of the ampersand when no mention gives the half's extent.
    static let sideWords = 3

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 3 else { return }
        var joined: [Range<Int>] = []
        // The ampersand, and "amp" left of an "&amp;" whose punctuation a conversion of the page dropped
        // ("Kohlberg Kravis Roberts amp Co.", as the TimeBank texts write it).
        var ampersands = tokens.tokens(ofLength: 1, in: bytes, first: { $0 == 0x26 })
        for t in tokens.tokens(ofLength: 3, in: bytes, first: { $0 == 0x61 }) where tokens.is(t, "amp", in: bytes) {
            ampersands.append(t)
        }
        ampersands.sort()
        for t in ampersands where t >= 1 && t + 1 < n {
            // The ampersand alone between two capitalized words of one line.
            guard tokens.isCapitalized(t - 1),
                tokens.isCapitalized(t + 1), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[t].contains(FlagBits.lineEndAfter), bytes[Int(tokens.byteEnd[t - 1]) - 1] != 0x2E
            else { continue }
            let left = mentions.last { $0.endToken == t }
            let right = mentions.first { $0.startToken == t + 1 }
            let end = right?.endToken ?? (run(from: t + 1, step: 1) + 1)
            // A name after the ampersand that ends in a company's word makes a firm of the whole, even where a
            // half could be a town ("Donaldson, Lufkin & Jenrette Securities Corp.": "Lufkin" is one in Texas);
            // a half the gazetteers tag as a place still stops it.
            let firm = end - 1 < n && isCompanyWord(end - 1)
            if firm ? isTaggedPlace(left) || isTaggedPlace(right) : isPlace(t - 1, left) || isPlace(t + 1, right) { continue }
            // Two people: two given names ("Jason & Michelle"), two names read as persons ("Fazio & Stambouli"
            // in a line-up) or a full name on either side ("Ana Ruiz & Tom").
            if findings.isGivenName(t - 1) && findings.isGivenName(t + 1) || left?.label == .person && right?.label == .person { continue }
            if [left, right].contains(where: { $0?.label == .person && $0.map { $0.endToken - $0.startToken } ?? 0 >= 2 }) {
                continue
            }
            // Two offices ("Chairman & CEO") or a nationality are no firm's name.
            if [left, right].contains(where: { $0?.label == .title || $0?.label == .norp }) { continue }
            var start = left?.startToken ?? run(from: t - 1, step: -1)
            while start < t - 1, tokens.isAny(start, WordLists.articles, in: bytes) { start += 1 }
            // "Bear, Stearns & Co.", "Donaldson, Lufkin & Jenrette Securities Corp.": the partners' names listed
            // before the ampersand are the firm's when the name after it ends in a company's word.
            if firm { start = listStart(before: start, mentions) }
            // One half at least is a name: a mention, or a word no lower-case text has.
            guard left != nil || right != nil || !isCommonWord(t - 1) || !isCommonWord(t + 1) else { continue }
            joined.append(start..<end)
        }
        guard !joined.isEmpty else { return }
        mentions.removeAll { m in joined.contains { $0.overlaps(m.startToken..<m.endToken) } }
        Mention.add(joined.map { Mention($0, of: tokens, label: .org, origin: "rule:ampersand-name") }, to: &mentions)
    }

    /// The last token of the capitalized run from `t` in direction `step` (-1: leftwards), within a line and
    /// a sentence, at most `sideWords` words.
    private func run(from t: Int, step: Int) -> Int {
        var k = t
        while true {
            let next = k + step
            guard next >= 0, next < tokens.count, abs(next - t) < Self.sideWords, tokens.isCapitalized(next),
                !tokens.flags[next].contains(FlagBits.numeric)
            else { break }
            if step < 0 {
                if tokens.flags[next].contains(FlagBits.lineEndAfter) || tokens.flags[k].contains(FlagBits.sentenceStart) { break }
            } else if tokens.flags[k].contains(FlagBits.lineEndAfter) || tokens.flags[next].contains(FlagBits.sentenceStart) {
                break
            }
            k = next
        }
        return k
    }

    /// The half (its mention, or the word `t` beside the ampersand) is a place of the gazetteers.
    private func isPlace(_ t: Int, _ m: Mention?) -> Bool {
        if let m, m.label == .gpe || m.label == .loc, m.origin.hasPrefix("gazetteer:") { return true }
        return findings[t].cues & (GazetteerKind.gpe.bit | GazetteerKind.loc.bit) != 0
    }

    /// The half's mention is a place the gazetteers gave.
    private func isTaggedPlace(_ m: Mention?) -> Bool {
        guard let m else { return false }
        return (m.label == .gpe || m.label == .loc) && m.origin.hasPrefix("gazetteer:")
    }

    /// "Co.", "Corp.", "Securities", "Associates": a word that ends a company's name.
    private func isCompanyWord(_ t: Int) -> Bool {
        tokens.isCapitalized(t)
            && (tokens.isAny(t, WordLists.companyHeads, in: bytes) || tokens.isAny(t, Self.partnershipWords, in: bytes))
    }

    /// The first token of the partners' names listed before token `start`, a comma after each: "Bear, " of
    /// "Bear, Stearns", "Skadden, Arps, Slate, " of "Skadden, Arps, Slate, Meagher". One capitalized word
    /// each, on one line, none inside another mention than a person's, an organization's or the tagger's
    /// place, and none an untagged place of the gazetteers; at most `listWords`.
    private func listStart(before start: Int, _ mentions: [Mention]) -> Int {
        var s = start
        var words = 0
        while words < Self.listWords, s >= 2, tokens.isComma(s - 1, in: bytes), tokens.isCapitalized(s - 2),
            !tokens.flags[s - 2].contains(FlagBits.lineEndAfter), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter),
            !tokens.flags[s - 1].contains(FlagBits.sentenceStart), !tokens.flags[s - 2].contains(FlagBits.allCaps),
            Int(tokens.byteEnd[s - 2]) == Int(tokens.byteStart[s - 1]), tokens.isOneSpaceApart(s - 1, s, in: bytes),
            !tokens.isAny(s - 2, WordLists.articles, in: bytes), !tokens.isAny(s - 2, WordLists.sentenceOpeners, in: bytes)
        {
            let w = s - 2
            // The tagger's guess at an unknown word may be a place ("Dorne" of "Dorne, Ravell & Co."), and a
            // partner's surname may be a town the tagger read as a person ("Donaldson, Lufkin & Jenrette"); a
            // word the gazetteers know as a place and nothing read otherwise ends the list.
            let covering = mentions.first(where: { $0.startToken <= w && w < $0.endToken })
            if let m = covering,
                m.startToken != w || m.endToken != w + 1
                    || !(m.label == .person || m.label == .org || (m.label == .gpe || m.label == .loc) && m.hasOrigin("model:tagger"))
            {
                break
            }
            if covering == nil, findings[w].cues & (GazetteerKind.gpe.bit | GazetteerKind.loc.bit) != 0 { break }
            s = w
            words += 1
        }
        return s
    }

    static let listWords = 3
    /// Words that end a partnership's name besides a company's head words ("Weil & Associates", "Smith & Co").
    static let partnershipWords = WordSet(["associates", "co", "cos.", "brothers", "bros.", "sons", "partners"])

    private func isCommonWord(_ t: Int) -> Bool {
        lexicon.contains(token: t, of: tokens, in: bytes)
    }
}
