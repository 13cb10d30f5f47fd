/// Street addresses of local news: "1119 Eighth St.", "1909 Jolinda Drive", "2134 Caldwell Place", "17th
/// Street and Gladstone Avenue". ANNOTATION.md's FAC holds roads; with its house number an address names one
/// building on it, and is one FAC with the number.
///
/// The tagger reads the street's name as a town ("Caldwell"), a person or nothing, and the date stage reads
/// the house number as a year ("1909"): an address found here wins over both (`EntityStage.resolvingDates`).
/// Without a house number a street is found where nothing was ("17th Street"), or where a town or a person
/// was read inside it ("Caldwell Place" as GPE "Caldwell"); a street the tagger or the gazetteer's heads
/// labelled otherwise keeps its label ("Wall Street" as the markets, "Downing Street" as the government).
struct StreetAddresses {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tagger's lexicon of lower-case words: "Originally" opening a sentence is no street's name.
    let lexicon: Lexicon

    static let origin: MentionOrigin = "rule:address"

    func apply(_ mentions: inout [Mention]) {
        guard Mention.inTextOrder(mentions) else { return }
        var found: [(range: Range<Int>, numbered: Bool)] = []
        // Street suffixes are rare: one packed-set test per capitalized token (the sets read once: a
        // `static let` in the loop costs a `swift_once` call per token).
        let suffixes = Self.suffixes
        let roadSuffixes = Self.roadSuffixes
        // A capitalized word after a capitalized word or a number ("Caldwell Place", "17th Street"): one pass
        // over the flags without bounds checks, the word sets only there.
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let before = upper | FlagBits.numeric.rawValue
        for t in tokens.tokens(where: { previous, this, _ in this.rawValue & upper != 0 && previous.rawValue & before != 0 }) {
            guard tokens.isCapitalized(t), tokens.length(t) >= 3, tokens.isAny(t, suffixes, in: bytes) else { continue }
            // "St." before a capitalized word is "Saint" ("St. Louis"), and "Place" or "Way" inside a
            // longer capitalized name is no street's end.
            if t + 1 < tokens.count, tokens.isCapitalized(t + 1), !tokens.flags[t].contains(FlagBits.lineEndAfter) { continue }
            var s = t
            while s > 0, t - s < 3, !tokens.flags[s - 1].contains(FlagBits.lineEndAfter), isNamePart(s - 1) { s -= 1 }
            if s < t, tokens.flags[s].contains(FlagBits.sentenceStart), lexicon.contains(token: s, of: tokens, in: bytes) {
                s += 1
            }
            guard s < t else { continue }
            var number = false
            if s > 0, isHouseNumber(s - 1), !tokens.flags[s - 1].contains(FlagBits.lineEndAfter) {
                s -= 1
                number = true
            }
            // "Chris Lane", "In a Silent Way": the words that are surnames and common nouns too end a street
            // only after its house number.
            guard number || tokens.isAny(t, roadSuffixes, in: bytes) else { continue }
            found.append((s..<(t + 1), number))
        }
        guard !found.isEmpty else { return }
        var added: [Mention] = []
        var m = 0
        for (r, numbered) in found {
            while m < mentions.count, mentions[m].endToken <= r.lowerBound { m += 1 }
            // "17th Street and Gladstone Avenue" read as FAC "Street and Gladstone Avenue": the other street
            // starts after the "and".
            if m < mentions.count, mentions[m].label == .fac, mentions[m].startToken == r.upperBound - 1,
                r.upperBound + 1 < mentions[m].endToken, tokens.is(r.upperBound, "and", in: bytes)
            {
                mentions[m].startToken = r.upperBound + 1
                mentions[m].startByte = Int(tokens.byteStart[r.upperBound + 1])
            }
            // The mentions the address overlaps: all of them go for a numbered address; without a number,
            // only towns and persons inside it ("Caldwell" of "Caldwell Place") and nothing that reaches out.
            var k = m
            var replaceable = true
            while k < mentions.count, mentions[k].startToken < r.upperBound {
                let x = mentions[k]
                if !numbered, x.label != .gpe && x.label != .person || x.startToken < r.lowerBound || x.endToken > r.upperBound {
                    replaceable = false
                }
                k += 1
            }
            guard replaceable else { continue }
            m = k
            added.append(Mention(r, of: tokens, label: .fac, origin: Self.origin))
        }
        // The mentions an address overlaps go (checked above), in one pass.
        Mention.replace(in: &mentions, with: added, tokenCount: tokens.count)
    }

    /// A word of a street's name: capitalized ("Caldwell", "Eighth", "W."), or an ordinal in figures ("17th").
    private func isNamePart(_ t: Int) -> Bool {
        if tokens.isCapitalized(t) { return !tokens.isAny(t, Self.suffixes, in: bytes) && !tokens.is(t, "the", in: bytes) }
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 3, bytes[s] &- 0x30 < 10 else { return false }
        let tail = (bytes[e - 2] | 0x20, bytes[e - 1] | 0x20)
        return tail == (0x73, 0x74) || tail == (0x6E, 0x64) || tail == (0x72, 0x64) || tail == (0x74, 0x68)
    }

    /// One to five digits: a house number.
    private func isHouseNumber(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        return e - s <= 5 && (s..<e).allSatisfy { bytes[$0] &- 0x30 < 10 }
    }

    /// Capitalized words that end a street's name.
    static let suffixes = WordSet([
        "street", "st.", "avenue", "ave.", "ave", "road", "rd.", "drive", "boulevard", "blvd.", "blvd", "lane",
        "ln.", "place", "court", "terrace", "parkway", "pkwy.", "highway", "hwy.", "circle", "way", "trail",
    ])
    /// The suffixes that end nothing but a road's name.
    static let roadSuffixes = WordSet([
        "street", "st.", "avenue", "ave.", "ave", "road", "rd.", "drive", "boulevard", "blvd.", "blvd", "parkway",
        "pkwy.", "highway", "hwy.",
    ])
}
