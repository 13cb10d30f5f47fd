/// "Matt Maley, equity strategist at Miller Tabak", "a managing director of Piper Jaffray": a name the
/// tagger read as a person right after a title and "at" or "of" is the employer, an ORG. Firms named for
/// their founders (brokers, banks, law firms) look like persons to every cue the tagger has; the title and
/// its preposition say otherwise. In our news gold (AEB and TBAQ, train and dev) a name after "TITLE at" is
/// an ORG 23 times, a GPE 4 times and never a person; after "TITLE of", ORG 53, GPE 19, PERSON 2. "for", "to"
/// and "with" are left: "spokesman for Elian", "adviser to Gonzalez".
///
/// One sense per document: the firm's other mentions of the same two words or more become the ORG too
/// ("Piper Jaffray's survey"), unless an honorific or a title addresses them ("Mr. Weil of Weil &
/// Associates": a surname alone is not spread, and a person so addressed is one).
///
/// Left as they are: a name followed by a possessive ("director of John Smith's campaign": the person owns
/// what follows); a name after "the" ("director of the Clara Barton camp": a person's name as the modifier
/// of what follows); a name of one word that is a given name of the gazetteer.
///
/// Runs after `JobTitles`, on the final titles.
struct EmployersAfterTitles {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (given names among them).
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        var firms: [Range<Int>] = []
        for i in mentions.indices.dropFirst() where mentions[i].label == .person {
            let m = mentions[i]
            guard mentions[i - 1].label == .title, isAfterTitle(m, title: mentions[i - 1]), !isOwner(m), !isGivenNameAlone(m)
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:employer-after-title"
            if firms.count < Self.firmLimit, m.endToken - m.startToken >= 2 { firms.append(m.startByte..<m.endByte) }
        }
        guard !firms.isEmpty else { return }
        for i in mentions.indices where mentions[i].label == .person {
            let range = mentions[i].startByte..<mentions[i].endByte
            guard firms.contains(where: { bytes.sameBytes($0, range) }), !isAddressed(mentions[i], after: i > 0 ? mentions[i - 1] : nil)
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:employer-after-title"
        }
    }

    /// At most this many firms spread per document.
    static let firmLimit = 16

    /// The title, then "at" or "of", then the name, on one line.
    private func isAfterTitle(_ m: Mention, title: Mention) -> Bool {
        var k = title.endToken
        guard k < m.startToken, tokens.isLower(k), tokens.is(k, "at", in: bytes) || tokens.is(k, "of", in: bytes) else {
            return false
        }
        k += 1
        guard k == m.startToken else { return false }
        for t in (title.endToken - 1)..<(m.endToken - 1) where tokens.flags[t].contains(FlagBits.lineEndAfter) { return false }
        return true
    }

    /// "Mr. Weil of Weil & Associates", "analyst Ana Ruiz": a person named with an abbreviated honorific or a
    /// title right before the name.
    private func isAddressed(_ m: Mention, after previous: Mention?) -> Bool {
        let b = m.startToken - 1
        guard b >= 0 else { return false }
        if let previous, previous.label == .title, previous.endToken == m.startToken { return true }
        return tokens.isCapitalized(b) && bytes[Int(tokens.byteEnd[b]) - 1] == 0x2E
    }

    /// "director of John Smith's campaign": the name owns what follows.
    private func isOwner(_ m: Mention) -> Bool {
        m.endToken < tokens.count && tokens.isPossessive(m.endToken, in: bytes)
    }

    /// "the mother of Grace": one word that the gazetteer knows as a given name.
    private func isGivenNameAlone(_ m: Mention) -> Bool {
        m.endToken - m.startToken == 1 && m.startToken < findings.count
            && findings[m.startToken].allCues & GazetteerKind.givenName.bit != 0
    }
}
