/// A one-word place that is the surname of a person the document names in full: "Castro" after "Fidel
/// Castro" (a town in Chile and Brazil to the gazetteers), also inside "anti-Castro". The place lists won the
/// word wherever it stood alone, so the person's later mentions were GPEs (ANNOTATION.md: "surname-only
/// mentions" are PERSON). Countries and states keep their label ("Jordan" after "Michael Jordan" is still
/// the country), and so does a place a preposition or an article introduces ("flew to Houston").
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct SurnamePlaces {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        // Most documents have no one-word place: nothing to read then.
        guard mentions.contains(where: { ($0.label == .gpe || $0.label == .loc) && $0.endToken == $0.startToken + 1 })
        else { return }
        // The last words of the document's full names (two words or more, opened by a given name of the
        // census list: a place the tagger glued to a word before it is no full name), as folded hashes; a
        // few per document, so a plain array.
        var surnames: [UInt64] = []
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2
            && findings.isGivenName(m.startToken)
        {
            surnames.append(tokens.wordHash(m.endToken - 1, in: bytes))
        }
        guard !surnames.isEmpty else { return }
        for i in mentions.indices where mentions[i].label == .gpe || mentions[i].label == .loc {
            let m = mentions[i]
            guard m.endToken == m.startToken + 1 else { continue }
            let hash = TaggerFeatures.wordHash(bytes, m.startByte, m.endByte)
            guard surnames.contains(hash) else { continue }
            // A whole token after a preposition or an article is the place.
            let inside = m.startByte != Int(tokens.byteStart[m.startToken])
            let before = m.startToken - 1
            if !inside, before >= 0, !tokens.flags[before].contains(FlagBits.lineEndAfter),
                tokens.isAny(before, PlaceFirstNames.placeCues, in: bytes)
            {
                continue
            }
            let entry = PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[m.startByte..<m.endByte]))
            if entry.isKnown, entry.highest >= .state { continue }
            mentions[i].label = .person
            mentions[i].origin = mentions[i].origin.marked(.surname)
        }
    }
}
