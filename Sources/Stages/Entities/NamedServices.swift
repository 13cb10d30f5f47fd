/// A name the document itself calls a service is a service at every mention: "the Stadia service", "a
/// Quorvex subscription", "the Velmo app" make "Stadia", "Quorvex" and "Velmo" products of a company, and
/// ANNOTATION.md gives products and services none of our labels. The tagger reads such a name as an
/// organization or a place wherever it stands alone ("Stadia is launching with 22 games"); the one phrase
/// that says what it is may come anywhere in the story.
///
/// The phrase: "the", "a", "an", "its", "their" or a possessive, the name (one capitalized word), and a
/// service noun in lower case. A company the gazetteers know is left alone ("the Netflix service" names the
/// company's service, while "Netflix" alone is mostly the company, `ServicePlatforms` reads its uses), and
/// so are a person's name ("the Stewart platform") and a word the tagger's lexicon has in lower case ("the
/// Metro service"). In a story about the service (three mentions or more), every mention of the name goes,
/// alone or opening a longer one ("Stadia Pro", "Stadia Game Streaming Service").
///
/// Runs on the final labels, with `CompanyProducts`.
struct NamedServices {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]
    let lexicon: Lexicon

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 3, !mentions.isEmpty else { return }
        let upper = FlagBits.capitalized.rawValue | FlagBits.allCaps.rawValue
        let lower = FlagBits.lowercase.rawValue
        // The name before a service noun: found from the flags of each pair, a word list read only there.
        let candidates = tokens.tokens(where: { _, this, next in this.rawValue & upper != 0 && next.rawValue & lower != 0 })
        var services: [Range<Int>] = []
        for t in candidates where t >= 1 && t + 1 < n && t < findings.count {
            guard tokens.isAny(t + 1, Self.serviceNouns, in: bytes), tokens.isOneSpaceApart(t, t + 1, in: bytes),
                tokens.isAny(t - 1, Self.determiners, in: bytes) || tokens.isPossessive(t - 1, in: bytes),
                findings[t].allCues & Self.namedBits == 0, !tokens.flags[t].contains(FlagBits.numeric),
                !lexicon.contains(token: t, of: tokens, in: bytes)
            else { continue }
            let word = Int(tokens.byteStart[t])..<Int(tokens.byteEnd[t])
            if !services.contains(where: { bytes.sameBytes($0, word) }) { services.append(word) }
        }
        guard !services.isEmpty else { return }
        func service(_ m: Mention) -> Int? {
            guard m.label == .org || m.label == .gpe || m.label == .loc || m.label == .person || m.label == .fac else {
                return nil
            }
            let first = Int(tokens.byteStart[m.startToken])..<Int(tokens.byteEnd[m.startToken])
            return services.firstIndex { bytes.sameBytes($0, first) }
        }
        // Only a service the story is about: one phrase is thin evidence against the tagger's reading of
        // every other mention ("a lower-cost alternative to the Metrobus service" in a history of a transit
        // authority, which corpora tag as the organization that runs it).
        var counts = [Int](repeating: 0, count: services.count)
        for m in mentions { if let k = service(m) { counts[k] += 1 } }
        mentions.removeAll { m in service(m).map { counts[$0] >= Self.leastMentions } ?? false }
    }

    /// Mentions of a service's name before its mentions go.
    static let leastMentions = 3

    /// A company the gazetteers know, or a person's name ("the Stewart platform" is a machine named after its
    /// inventor, whose name stays his).
    static let namedBits = GazetteerKind.org.bit | GazetteerKind.givenName.bit | GazetteerKind.surname.bit

    static let serviceNouns = WordSet(["service", "subscription", "app", "platform"])
    static let determiners = WordSet(["the", "a", "an", "its", "their"])
}
