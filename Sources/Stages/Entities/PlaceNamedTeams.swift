/// "Toronto Blue Jays", "St. Louis Cardinals", "Jacksonville Suns": a town or state the place table knows,
/// followed by a capitalized plural, is a team (ANNOTATION.md, "Beyond politics": clubs are ORG, also when
/// named after a place). The tagger reads the whole name as the place it starts with. It does so in any
/// news, not only in match reports, so this rule asks for no sports cues: the plural nickname is the cue.
///
/// Left as they are: names the place table knows whole ("Colorado Springs"); plurals that name places
/// ("Florida Straits", "Woodland Hills", "Virgin Islands"); peoples and parties after a place ("Texas
/// Republicans").
struct PlaceNamedTeams {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The gazetteer's findings per token (nationalities and parties among them).
    let findings: [TokenFindings]

    /// At most this many words of nickname after the place ("Blue Jays", "River Cats").
    static let nicknameWords = 2

    func apply(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == .gpe || mentions[i].label == .loc {
            let m = mentions[i]
            guard m.endToken - m.startToken >= 2, isNickname(m) else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:place-named-team"
        }
    }

    /// Whether the mention is a known place and a plural nickname, and not a known place as a whole.
    private func isNickname(_ m: Mention) -> Bool {
        let last = m.endToken - 1
        // Not surnames: the census list holds most nicknames ("Eagles", "Marines").
        let people = GazetteerKind.norp.bit | GazetteerKind.givenName.bit
        guard isCapitalizedPlural(last), !tokens.isAny(last, Self.placePlurals, in: bytes),
            last >= findings.count || findings[last].allCues & people == 0
        else { return false }
        // The nickname: the last one or two words, all capitalized, after a place the table knows.
        for words in 1...Self.nicknameWords {
            let start = m.endToken - words
            guard start > m.startToken, tokens.isCapitalized(start), tokens.flags[start].contains(FlagBits.alphabetic) else {
                return false
            }
            if entry(m.startByte, Int(tokens.byteEnd[start - 1])).isKnown { return !entry(m.startByte, m.endByte).isKnown }
        }
        return false
    }

    private func entry(_ from: Int, _ to: Int) -> PlaceHierarchy.Entry {
        PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[from..<to]))
    }

    /// A capitalized word ending in a lower-case "s" after a lower-case letter, as plurals end ("Jays", "Suns";
    /// not "US", "Sox", "Crisis", "Pancras", "Columbus" or "Congress").
    private func isCapitalizedPlural(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 3, tokens.isCapitalized(t), bytes[e - 1] == 0x73 else { return false }
        let before = bytes[e - 2]
        return before &- 0x61 < 26 && before != 0x73 && before != 0x61 && before != 0x69 && before != 0x75
    }

    /// Plural words that end the names of places.
    static let placePlurals = WordSet([
        "states", "islands", "isles", "springs", "falls", "heights", "hills", "mountains", "lakes", "oaks",
        "straits", "counties", "oblasts", "oceans", "rivers", "docks", "keys", "plains", "woods", "gardens",
        "rapids", "pines", "meadows", "sands", "acres", "flats", "cliffs", "downs", "fields", "bluffs", "forks",
        "mills", "shoals", "narrows", "highlands", "lowlands", "territories", "provinces", "regions", "districts",
        "antilles", "cantons", "docklands", "glades", "everglades", "wells", "banks", "rocks", "dunes", "yards",
        "towers", "estates", "commons", "parks", "hollows", "valleys", "lands", "marshes", "ridges",
        "grounds", "halls", "apts", "settlements", "villages", "towns", "cities", "suburbs", "alps", "andes",
        "rockies", "appalachians", "bahamas", "philippines", "maldives", "seychelles", "comoros", "azores",
        "canaries", "hebrides", "orkneys", "midlands", "borders", "emirates",
    ])
}
