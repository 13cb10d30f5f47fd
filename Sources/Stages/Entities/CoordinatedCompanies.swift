/// A name listed with organizations is one of them: "Bear Stearns, Morgan Stanley and Oppenheimer joined
/// PaineWebber", "stakes in Microsoft, Quorvex Marbury and Oracle". A list names things of one kind; where two of
/// its members at least are organizations, a member the tagger read as a person from its shape alone (surnames,
/// "Bear Stearns") is the firm it stands beside.
///
/// The list: three mentions or more, one after the other on one line, joined by commas and a last "and" or
/// "or" (", and" too). It is read as organizations when two members at least are organizations and the persons
/// are fewer, or when a member is an organization the gazetteers know and no person of the list opens with a
/// given name ("Bear Stearns, Morgan Stanley and Oppenheimer"). A person stays one when the first word of its
/// name is a given name ("Bill Gates, Microsoft and Apple" is rare but plain), or when the person's words
/// appear in a longer person's name elsewhere in the document (a surname repeated: "Smith" after "Anna
/// Smith"). Runs on the final labels.
struct CoordinatedCompanies {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        guard mentions.count >= 3, Mention.inTextOrder(mentions) else { return }
        var longerPersons: [UInt64]?
        var i = 0
        while i < mentions.count {
            // The list starting at mention i: its last index, and whether its last joint is "and" or "or".
            var j = i
            var closed = false
            while j + 1 < mentions.count, !closed, let joint = joint(after: mentions[j], before: mentions[j + 1]) {
                closed = joint
                j += 1
            }
            defer { i = max(i + 1, j + (closed ? 1 : 0)) }
            guard closed, j - i >= 2 else { continue }
            let members = i...j
            let organizations = members.filter { mentions[$0].label == .org }
            let persons = members.filter { mentions[$0].label == .person }
            guard !persons.isEmpty, organizations.count >= 2 && persons.count < organizations.count
                || organizations.contains(where: { mentions[$0].origin.hasPrefix("gazetteer:") })
                    && persons.allSatisfy({ !findings.isGivenName(mentions[$0].startToken) })
            else { continue }
            for p in persons where !findings.isGivenName(mentions[p].startToken) {
                let words = longerPersons ?? Mention.wordsOfLongerPersons(in: mentions, tokens: tokens, bytes: bytes)
                longerPersons = words
                let m = mentions[p]
                let repeated = words.withUnsafeBufferPointer { words in
                    (m.startToken..<m.endToken).contains { SortedKeys.contains(tokens.wordHash($0, in: bytes), in: words) }
                }
                if repeated { continue }
                mentions[p].label = .org
                mentions[p].origin = "rule:coordinated-company"
            }
        }
    }

    /// What joins mention `a` to mention `b` in a list on one line: false for a comma, true for "and", "or",
    /// ", and" or ", or" (the list's last joint); nil for anything else.
    private func joint(after a: Mention, before b: Mention) -> Bool? {
        let gap = b.startToken - a.endToken
        guard gap == 1 || gap == 2, !tokens.flags[a.endToken - 1].contains(FlagBits.lineEndAfter) else { return nil }
        let k = a.endToken
        if gap == 1 {
            if tokens.isComma(k, in: bytes) { return false }
            return tokens.is(k, "and", in: bytes) || tokens.is(k, "or", in: bytes) ? true : nil
        }
        guard tokens.isComma(k, in: bytes), !tokens.flags[k].contains(FlagBits.lineEndAfter),
            tokens.is(k + 1, "and", in: bytes) || tokens.is(k + 1, "or", in: bytes)
        else { return nil }
        return true
    }

}
