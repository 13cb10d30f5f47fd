/// "Penn State quarterback Sean Clifford", "Iowa State", "San Diego State", "Boise State": an American
/// state or town followed by "State" is a university (or its team), an ORG; the tagger read the whole as
/// the place it starts with. Elsewhere "X State" is a place: Nigeria's and Myanmar's states ("Lagos State",
/// "Rakhine State") are GPEs, so the rule asks the place table for an American reading of X (the table
/// reads "X State" as X). Left as places: "New York State" and "Washington State" (the states that write
/// "State" to tell themselves from their namesake cities).
///
/// Runs after the tagger, before the team rules read the names (a school in a match is a team already).
struct StateSchools {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// "US" as `PlaceHierarchy.Place.country` packs it.
    static let unitedStates: UInt16 = 0x5355

    func apply(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == .gpe || mentions[i].label == .loc {
            let m = mentions[i]
            let last = m.endToken - 1
            guard last > m.startToken, tokens.is(last, "state", in: bytes), tokens.isCapitalized(last),
                isAmerican(entry(m.startByte, Int(tokens.byteEnd[last - 1]))),
                !Self.statesNamedLikeCities.contains(text(m.startByte, Int(tokens.byteEnd[last - 1]))), !isStateOffice(after: m)
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:state-school"
        }
    }

    /// "the Florida State court", "Ohio State Senator Ana Ruiz": the state itself, before an office of its
    /// government or a capitalized word.
    private func isStateOffice(after m: Mention) -> Bool {
        let k = m.endToken
        guard k < tokens.count, !tokens.flags[k - 1].contains(FlagBits.lineEndAfter) else { return false }
        return tokens.isCapitalized(k) || tokens.isLower(k) && tokens.isAny(k, Self.stateOffices, in: bytes)
    }

    static let stateOffices = WordSet([
        "court", "courts", "legislature", "legislator", "legislators", "lawmakers", "government", "law", "laws",
        "senate", "senator", "assembly", "police", "troopers", "patrol", "capitol", "department", "agency",
        "officials", "attorney", "prosecutor", "prosecutors", "treasurer", "auditor", "comptroller", "budget",
        "park", "parks", "prison", "highway", "route", "constitution", "line", "border", "fair", "representative",
    ])

    /// An American state or town.
    private func isAmerican(_ e: PlaceHierarchy.Entry) -> Bool {
        for k in 0..<Int(e.count) where e[k].country == Self.unitedStates && e[k].level <= .state { return true }
        return false
    }

    /// The states that write "State" to tell themselves from their namesake city.
    static let statesNamedLikeCities: Set<String> = ["New York", "Washington"]

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    private func entry(_ from: Int, _ to: Int) -> PlaceHierarchy.Entry {
        PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[from..<to]))
    }
}
