/// An acronym in brackets right after a name is that name's short form ("Kurdish Workers' Party (PKK)",
/// "International Atomic Energy Agency (IAEA)"): ANNOTATION.md makes it a mention of its own, and it is the
/// same kind of thing as the name. Read alone, an all-capitals word is often taken for a place; the acronym
/// takes the name's label when its letters are the name's initials or its first word. (After a market
/// index's name the bracketed code is its ticker, which `TickerSymbols` removes: "Hang Seng Index (HSI)".) A
/// person has no such acronym: a long name read as a person before an organization's acronym is the
/// organization.
///
/// Runs last, on the final labels of the names (after `TeamsAndMarkets`).
struct BracketedAcronyms {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        guard mentions.count >= 2, Mention.inTextOrder(mentions) else { return }
        // The pair's labels and tokens read in place: copying both mentions of every pair cost more than
        // the tests, which few pairs pass.
        for i in 1..<mentions.count {
            let nameLabel = mentions[i - 1].label
            let shortLabel = mentions[i].label
            let nameEnd = mentions[i - 1].endToken
            let shortStart = mentions[i].startToken
            let shortEnd = mentions[i].endToken
            guard shortLabel != nameLabel, Self.isNamed(nameLabel), Self.isNamed(shortLabel),
                shortEnd == shortStart + 1, shortStart == nameEnd + 1,
                shortEnd < tokens.count, tokens.is(nameEnd, "(", in: bytes),
                tokens.is(shortEnd, ")", in: bytes),
                tokens.flags[shortStart].contains(FlagBits.allCaps), abbreviates(mentions[i - 1], shortStart)
            else { continue }
            if nameLabel == .person {
                // People have no bracketed acronyms: an organization's long name read as a person's
                // ("Rashtriya Swayamsevak Sangh (RSS)").
                guard shortLabel == .org else { continue }
                mentions[i - 1].label = .org
                mentions[i - 1].origin = "rule:bracketed-acronym"
            } else {
                mentions[i].label = nameLabel
                mentions[i].origin = "rule:bracketed-acronym"
            }
        }
    }

    /// The labels a name and its acronym may have (a switch: a `Set` hashed the label per pair).
    @inline(__always)
    static func isNamed(_ label: MentionLabel) -> Bool {
        switch label {
        case .org, .gpe, .loc, .fac, .person, .event, .law: true
        default: false
        }
    }

    /// Whether the letters of token `t` are the initials of the name's capitalized words, or its first
    /// word in capitals ("Kospi Index (KOSPI)").
    func abbreviates(_ name: Mention, _ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 2, e - s <= 8 else { return false }
        var initials: [UInt8] = []
        for k in name.startToken..<name.endToken where tokens.isCapitalized(k) {
            initials.append(bytes[Int(tokens.byteStart[k])] & 0xDF)
        }
        let letters = (s..<e).map { bytes[$0] & 0xDF }
        if letters == initials { return true }
        let first = name.startToken
        let fs = Int(tokens.byteStart[first])
        let fe = Int(tokens.byteEnd[first])
        return fe - fs == e - s && (0..<(e - s)).allSatisfy { bytes[fs + $0] & 0xDF == letters[$0] }
    }
}
