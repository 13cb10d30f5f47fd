/// An office named with a definite determiner or a possessive: "the president said", "Iraq's leader", "the
/// Cuban leader", "its chairman, Alan Greenspan", "Coda's president". Such a title names the one who holds
/// the office, and ANNOTATION.md's TITLE is a title "attached to a person or office holder"; the sets
/// annotated by it tag these (in the train part of gold/tbaq-news, 86 of the 92 offices so introduced are
/// TITLE). The rules kept a title only next to a name, so these were misses. An indefinite or plural office
/// ("a president", "presidents") and the adjective ("Bush's chief objective") are left alone.
///
/// Shared by the curated offices (`EntityTagger.titleAttached`) and the job nouns (`JobTitles`).
struct DefiniteHolders {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many words between the determiner and the title ("the White House", "the U.S.").
    static let namesBetween = 3

    /// Whether the title on tokens `first...last` is introduced as a definite office: "the", a possessive
    /// pronoun or a possessive mark before it, with up to `namesBetween` capitalized words ("the Cuban",
    /// "the Fed's", "Iraq's") or skipped words ("the former") between, on one line; and whether the title
    /// is no adjective ("chief objective") and no part of an organization's name ("the sheriff's office").
    func isDefinite(first: Int, last: Int) -> Bool {
        // One word alone may be something else; a word after its modifiers ("chief executive") is the office.
        guard first > 0, first < last || !tokens.isAny(last, Self.noHolders, in: bytes) && !isAdjectival(last),
            !opensOffice(last)
        else { return false }
        // Back from the title: the determiner, or a name or skipped word between (at most `namesBetween`).
        var k = first - 1
        for _ in 0...Self.namesBetween {
            guard k >= 0, !tokens.flags[k].contains(FlagBits.lineEndAfter) else { return false }
            if tokens.isAny(k, Self.determiners, in: bytes) || tokens.isPossessive(k, in: bytes) { return true }
            guard tokens.isCapitalized(k) || tokens.isLower(k) && tokens.isAny(k, Self.skipped, in: bytes) else {
                return false
            }
            k -= 1
        }
        return false
    }

    /// "chief objective", "the executive committee": a title word that is also an adjective, before a
    /// lower-case word other than a preposition or a conjunction.
    private func isAdjectival(_ t: Int) -> Bool {
        guard tokens.isAny(t, Self.adjectives, in: bytes), t + 1 < tokens.count, tokens.isLower(t + 1) else { return false }
        return !tokens.isAny(t + 1, Self.followers, in: bytes)
    }

    /// "the sheriff's office", "the general manager's post": the office as an organization or a post, no
    /// holder.
    private func opensOffice(_ t: Int) -> Bool {
        t + 2 < tokens.count && tokens.isPossessive(t + 1, in: bytes) && tokens.isAny(t + 2, Self.offices, in: bytes)
    }

    static let determiners = WordSet(["the", "its", "his", "her", "their"])
    /// Words between the determiner and the title that leave it definite ("the former president").
    static let skipped = WordSet(["former", "then", "late", "new", "outgoing", "incoming", "current", "acting", "interim"])
    /// Title words that are also adjectives or that modify another title ("deputy national security adviser").
    static let adjectives = WordSet([
        "chief", "executive", "general", "principal", "official", "premier", "deputy", "vice", "assistant", "senior",
        "acting",
    ])
    /// Titles of the lists that a determiner makes something else far more often: "the major oil outlets", "on
    /// his head", "Elian's representative in court".
    static let noHolders = WordSet(["major", "head", "representative"])
    static let followers = WordSet(["of", "and", "or", "to", "for", "at", "in", "said", "says"])
    static let offices = WordSet(["office", "offices", "department", "administration", "post", "job", "position", "seat"])
}
