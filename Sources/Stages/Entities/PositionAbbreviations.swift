/// "Browns DL Sheldon Richardson", "Jets QB Sam Darnold", "WR Robby Anderson": a player's position in the
/// capitals of American football's abbreviations, between the team and the player. The tagger reads the
/// capitals as one more word of a name and glues team, position and player into one person or place;
/// ANNOTATION.md makes them three mentions (the team ORG, the position a TITLE, the player a PERSON).
///
/// Only in sports news (`sports`), and only before a capitalized name on the same line: "TE" and "DL"
/// are other things elsewhere. The words before the position are the team when the team rules would say
/// so of a name before a position: a capitalized plural ("Browns") or a town of the place table
/// ("Cleveland"); otherwise they keep the tagger's label.
extension TeamsAndMarkets {
    func splitPositionAbbreviations(_ mentions: inout [Mention], sports: () -> Bool) {
        var added: [Mention] = []
        var m = 0
        for p in tokens.tokens(where: { _, this, _ in this.contains(FlagBits.allCaps) })
        where isPositionAbbreviation(p) {
            let name = p + 1
            guard name < tokens.count, tokens.isCapitalized(name), !tokens.isAny(name, Self.positionAbbreviations, in: bytes),
                tokens.isOneSpaceApart(p, name, in: bytes)
            else { continue }
            while m < mentions.count, mentions[m].endToken <= p { m += 1 }
            // The mention holding the position, if any, and where the player's name ends.
            let holder = m < mentions.count && mentions[m].startToken <= p ? mentions[m] : nil
            var playerEnd = name + 1
            if let holder, holder.endToken > name {
                playerEnd = holder.endToken
            } else if m < mentions.count, mentions[m].startToken == name {
                playerEnd = mentions[m].endToken
            } else {
                while playerEnd < tokens.count, playerEnd - name < 3, tokens.isCapitalized(playerEnd), tokens.isOneSpaceApart(playerEnd - 1, playerEnd, in: bytes) {
                    playerEnd += 1
                }
                // Untagged, a player has a first name and a surname ("QB Rating" is no one).
                guard playerEnd - name >= 2 else { continue }
            }
            guard sports() else { return }
            if let holder, holder.startToken < p {
                added.append(team(holder.startToken..<p, tagged: holder.label))
            }
            added.append(Mention(p..<(p + 1), of: tokens, label: .title, origin: "rule:position"))
            added.append(Mention(name..<playerEnd, of: tokens, label: .person, origin: "rule:position"))
        }
        Mention.replace(in: &mentions, with: added, tokenCount: tokens.count)
    }

    /// The words before the position: the team if a capitalized plural or a town, else as tagged.
    private func team(_ range: Range<Int>, tagged label: MentionLabel) -> Mention {
        let words = Mention(range, of: tokens, label: label, origin: "rule:position")
        let plural = range.count == 1 && isTeamNickname(range.lowerBound)
        let entry = place(words)
        guard plural || entry.isKnown && entry.highest < .country else { return words }
        return Mention(range, of: tokens, label: .org, origin: "rule:team")
    }

    func isPositionAbbreviation(_ t: Int) -> Bool {
        let n = tokens.length(t)
        return n >= 2 && n <= 3 && tokens.isAny(t, Self.positionAbbreviations, in: bytes)
    }

    /// American football's positions as its news abbreviates them.
    static let positionAbbreviations = WordSet([
        "qb", "rb", "wr", "te", "ol", "dl", "lb", "cb", "de", "dt", "ot", "og", "fb", "ls", "db", "olb", "ilb", "mlb",
    ])
}
