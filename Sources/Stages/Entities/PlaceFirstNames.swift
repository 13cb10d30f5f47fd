/// A one-word place that is also a given name, right before a person's name: "Jordan Spira", "Chad Edward
/// Gaudin", "Israel Adesanya" are one person; so is a nationality that is a given name before a surname
/// ("Christian Andersson"), and a given name and a surname both read as places ("the collection of Alma
/// Gilbert": places side by side are written with a comma between). The place lists win the first word and the tagger reads the
/// rest as the person, so the output had a GPE glued to a surname. The place is kept where a preposition or
/// an article shows it is one ("a visit to Jordan Monday", "from Georgia Sen. ..." has a title, not a name,
/// after it), and where the place is no given name of the census list ("Ukraine Kurt Volker" stays two:
/// `GluedOfficeHolders`).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct PlaceFirstNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    /// Words before a place that make it one: the team rules' prepositions of places ("in Jordan"), an
    /// article or a coordinator ("the Georgia", "Egypt and Jordan"), and the other words of travel and
    /// direction.
    static let placeCues = WordSet(
        TeamAndMarketWords.shared.placePrepositions.words + WordLists.articles.words + WordLists.coordinators.words
            + ["to", "for", "with", "by", "throughout", "via", "or", "visit", "visited", "visiting"])

    func apply(_ mentions: inout [Mention]) {
        var joined: [Mention] = []
        for i in mentions.indices.dropLast() {
            let place = mentions[i]
            let person = mentions[i + 1]
            // A nationality that is also a given name ("Christian Andersson", "Roman Kuzmin") before a lone
            // surname: a nationality before a person's whole name ("German Angela Merkel") stays one.
            let nationality = place.label == .norp && person.endToken == person.startToken + 1
            // Two one-word places side by side, a given name and a surname ("the collection of Alma Gilbert"):
            // places in a row are written with a comma ("Alma, Gilbert" is no English), a person is not.
            let surnamePlace = (person.label == .gpe || person.label == .loc) && person.endToken == person.startToken + 1
                && isListed(person.startToken, .surname) && isTownPair(place, person)
            guard place.label == .gpe || place.label == .loc || nationality, place.endToken == place.startToken + 1,
                person.label == .person || surnamePlace && !nationality, person.startToken == place.endToken,
                person.endToken - person.startToken <= 3,
                isFirstName(place.startToken), Int(tokens.byteStart[person.startToken]) == place.endByte + 1,
                bytes[place.endByte] == 0x20
            else { continue }
            let before = place.startToken - 1
            if !surnamePlace, before >= 0, !tokens.flags[before].contains(FlagBits.lineEndAfter),
                tokens.isAny(before, Self.placeCues, in: bytes)
            {
                continue
            }
            joined.append(Mention(place.startToken..<person.endToken, of: tokens, label: .person, origin: "rule:place-first-name"))
        }
        Mention.replace(in: &mentions, with: joined, tokenCount: tokens.count)
    }

    /// A town's name then another's that names no part or building ("Georgia Dome", "Salina South", "America
    /// West" name a state's or a country's thing), with no state after a comma ("Sandy Hook, Maryland").
    private func isTownPair(_ first: Mention, _ second: Mention) -> Bool {
        let town = PlaceHierarchy.shared.entry(UnsafeBufferPointer(rebasing: bytes[first.startByte..<first.endByte]))
        guard town.highest <= .city else { return false }
        let t = second.startToken
        let parts = GazetteerKind.facHead.bit | GazetteerKind.locHead.bit | GazetteerKind.gpeHead.bit | GazetteerKind.orgHead.bit
        guard findings[t].allCues & parts == 0, !tokens.isAny(t, WordLists.compassWords, in: bytes) else { return false }
        return !(t + 2 < tokens.count && tokens.isComma(t + 1, in: bytes) && tokens.isCapitalized(t + 2))
    }

    /// A capitalized word (not all capitals: "JORDAN" opens a dateline) that the given-name list holds, with
    /// no line end after it.
    private func isFirstName(_ t: Int) -> Bool {
        isListed(t, .givenName) && !tokens.flags[t].contains(FlagBits.lineEndAfter)
    }

    /// A capitalized word, not all capitals, that the gazetteers' list of `kind` holds.
    private func isListed(_ t: Int, _ kind: GazetteerKind) -> Bool {
        tokens.isCapitalized(t) && !tokens.flags[t].contains(FlagBits.allCaps) && findings[t].allCues & kind.bit != 0
    }
}
