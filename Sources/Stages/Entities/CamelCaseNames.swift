/// A one-word "person" or "place" of the tagger's written with a capital inside after a lower-case letter
/// ("WeWork", "YouTube", "PayPal", "LinkedIn") is a company or its product: English surnames and town names
/// with an inner capital take it after a particle ("McDonald", "MacArthur", "DeSantis", "DiCaprio",
/// "LeBron", "VanderMeer", "McAllen", "DeKalb", "LaGrange"; "O'Neil" has no lower-case letter before it).
/// The tagger reads such a word as a surname before a verb ("WeWork said") and as a place after a verb of
/// investigating or acquiring ("investigating WeWork"). It becomes an ORG in an article; a word that any
/// name list knows stays as it was.
struct CamelCaseNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        let names = GazetteerKind.givenName.bit | GazetteerKind.surname.bit | GazetteerKind.person.bit
        // In a tweet a camel-cased word is mostly a handle of a person's names run together ("SimonRyan"):
        // only articles (`UnintroducedPersons.minimumSentences`) are read.
        guard mentions.contains(where: { $0.label == .person }),
            tokens.hasSentences(atLeast: UnintroducedPersons.minimumSentences)
        else { return }
        for i in mentions.indices {
            let m = mentions[i]
            guard m.label == .person || m.label == .gpe || m.label == .loc, m.hasOrigin("model:tagger"),
                m.endToken == m.startToken + 1, isCamelCase(m.startToken),
                m.startToken >= findings.count || findings[m.startToken].allCues & names == 0
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:camel-case"
        }
    }

    /// ASCII letters only, an upper-case first letter, and an upper-case letter after a lower-case one
    /// whose prefix is no surname particle.
    private func isCamelCase(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 4, bytes[s] &- 0x41 < 26 else { return false }
        var inner: Int?
        for i in (s + 1)..<e {
            let b = bytes[i]
            if b &- 0x61 < 26 { continue }
            guard b &- 0x41 < 26 else { return false }
            if inner == nil, bytes[i - 1] &- 0x61 < 26 { inner = i }
        }
        guard let i = inner else { return false }
        return !Self.particles.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<i]))
    }

    /// Beginnings of surnames written with an inner capital.
    static let particles = WordSet([
        "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "del", "della", "vander", "ben",
        "al", "el",
    ])
}
