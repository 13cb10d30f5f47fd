extension EntityTagger {
    /// Whether the tagger's one-word name at `t` is an abbreviation of a common noun ("an ECG", "GPS and NFC",
    /// "the IPO": the curated list's TERM entries), which the tagger reads as an organization because it
    /// reads most unknown runs of capitals so. Not where the document spells the abbreviation out as a
    /// name's in brackets: "the Association for Computational Linguistics (ACL)", "Progressive Conservative
    /// Party (PC)" make it that name's short form everywhere in the document.
    /// `defined` holds the word hashes of the document's bracketed abbreviations, found at the first call.
    func isCommonAbbreviation(_ t: Int, defined: inout Set<UInt64>?) -> Bool {
        guard has(t, .term) else { return false }
        if defined == nil { defined = bracketedAfterNames() }
        return defined?.contains(tokens.wordHash(t, in: bytes)) != true
    }

    /// The word hashes of the one-word abbreviations in brackets right after a capitalized word.
    private func bracketedAfterNames() -> Set<UInt64> {
        var found: Set<UInt64> = []
        var k = 2
        while k + 1 < tokens.count {
            if tokens.is(k - 1, "(", in: bytes), tokens.is(k + 1, ")", in: bytes), tokens.isCapitalized(k - 2) {
                found.insert(tokens.wordHash(k, in: bytes))
            }
            k += 1
        }
        return found
    }
}
