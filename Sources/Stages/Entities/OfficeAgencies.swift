/// An office named after its holder is an organization: "the Harris County Sheriff's Office", "a Bartholomew
/// County Sheriff's Department canine", "the Manhattan District Attorney's Office", "the U.S. Attorney's
/// Office for the Southern District of New York", "the Cook County Medical Examiner's Office". Local crime
/// news names these agencies in every other story; word by word they were a person ("Harris"), a title
/// ("Sheriff") and a person or an organization of the head alone ("Office").
///
/// The holder: a title the rules found, or one of `holders`, right before the possessive; the head: "Office",
/// "Department" or "Bureau" right after it. The name takes the capitalized words before the holder on the same
/// line (the county, the city, "U.S."; not an article or a sentence opener), at most `placeWords`, and runs
/// on over an organization's name that starts at the head ("Office for the Southern District of New York").
/// Runs after the titles are final (`JobTitles`), before relations read them.
struct OfficeAgencies {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    static let placeWords = 4

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 3 else { return }
        var agencies: [Range<Int>] = []
        // The possessive first: a few byte tests, and few tokens pass them; the word list only after.
        for t in 2..<n where tokens.isPossessive(t - 1, in: bytes) {
            let mark = t - 1
            let holderEnd = t - 2
            guard tokens.isCapitalized(t), tokens.byteStart[mark] == tokens.byteEnd[holderEnd],
                tokens.isOneSpaceApart(mark, t, in: bytes), tokens.isCapitalized(holderEnd),
                tokens.isAny(t, Self.heads, in: bytes)
            else { continue }
            var start: Int
            if let title = mentions.first(where: { $0.label == .title && $0.endToken == holderEnd + 1 }) {
                start = title.startToken
            } else if tokens.isAny(holderEnd, Self.holders, in: bytes) {
                start = holderEnd
            } else {
                continue
            }
            var words = 0
            while words < Self.placeWords, start > 0, tokens.isCapitalized(start - 1),
                tokens.isOneSpaceApart(start - 1, start, in: bytes),
                !tokens.flags[start - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[start].contains(FlagBits.sentenceStart),
                !tokens.isAny(start - 1, WordLists.articles, in: bytes),
                !tokens.isAny(start - 1, WordLists.sentenceOpeners, in: bytes)
            {
                start -= 1
                words += 1
            }
            var end = t + 1
            if let org = mentions.first(where: { $0.label == .org && $0.startToken == t }) { end = max(end, org.endToken) }
            agencies.append(start..<end)
        }
        guard !agencies.isEmpty else { return }
        mentions.removeAll { m in agencies.contains { $0.overlaps(m.startToken..<m.endToken) } }
        Mention.add(agencies.map { Mention($0, of: tokens, label: .org, origin: "rule:office-agency") }, to: &mentions)
    }

    static let heads = WordSet(["office", "department", "bureau"])
    /// Offices whose holder's possessive names an agency, where no title was found.
    static let holders = WordSet([
        "sheriff", "attorney", "marshal", "coroner", "examiner", "prosecutor", "comptroller", "controller",
        "treasurer", "auditor", "clerk", "assessor", "recorder", "mayor", "governor", "commissioner", "inspector",
    ])
}
