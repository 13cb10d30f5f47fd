/// An embassy or a consulate is the mission, an ORG, where it acts or has people, and the building, a FAC,
/// where things happen at it: "The U.S. Embassy in Pretoria had no comment", "nonessential U.S. Embassy
/// staff", "a U.S. Embassy official" against "the bomb outside the U.S. Embassy". Our news gold reads it so
/// (TBAQ: 8 ORG, 4 FAC); the head-noun rule read every one as the building.
///
/// ORG where a person of the mission follows ("staff", "official", "spokesman") or where the name opens its
/// sentence as its subject, then a verb of saying or of an institution at most four words on ("The U.S.
/// Embassy in Nairobi is now operating", "The British Embassy said"), past a place after "in". Runs on the final
/// labels of the names.
struct EmbassyInstitutions {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        for i in mentions.indices where mentions[i].label == .fac {
            let m = mentions[i]
            let last = m.endToken - 1
            guard m.endToken - m.startToken >= 2, m.endToken < n, tokens.isCapitalized(last),
                tokens.isAny(last, Self.heads, in: bytes)
            else { continue }
            if tokens.isLower(m.endToken), tokens.isAny(m.endToken, Self.missionPeople, in: bytes) || isSubject(m) {
                mentions[i].label = .org
                mentions[i].origin = "rule:embassy-mission"
            }
        }
    }

    /// The mention opens its sentence (after "The") and a verb of the mission follows within four words, past
    /// "in" and a place.
    private func isSubject(_ m: Mention) -> Bool {
        var s = m.startToken
        if s > 0, tokens.is(s - 1, "the", in: bytes) { s -= 1 }
        guard tokens.flags[s].contains(FlagBits.sentenceStart) else { return false }
        var t = m.endToken
        var steps = 0
        while t < tokens.count, steps < 5 {
            if tokens.isLower(t), tokens.isAny(t, WordLists.speechVerbs, in: bytes) || tokens.isAny(t, Self.missionVerbs, in: bytes) {
                return true
            }
            // "in Pretoria", "in Dar es Salaam": the mission's seat.
            guard tokens.isCapitalized(t) || tokens.is(t, "in", in: bytes) || tokens.isComma(t, in: bytes)
                || tokens.isAny(t, Self.adverbs, in: bytes)
            else { return false }
            t += 1
            steps += 1
        }
        return false
    }

    static let heads = WordSet(["embassy", "consulate"])
    static let missionPeople = WordSet([
        "staff", "staffer", "staffers", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
        "employee", "employees", "personnel", "diplomat", "diplomats", "worker", "workers",
    ])
    static let missionVerbs = WordSet([
        "had", "has", "have", "is", "was", "issued", "confirmed", "denied", "declined", "advised", "closed", "reopened",
        "suspended", "called", "condemned", "expressed", "operates", "operating",
    ])
    static let adverbs = WordSet(["now", "also", "still", "later", "earlier"])
}
