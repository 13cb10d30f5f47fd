/// An organization's name that opens with its head noun ("League Baseball", "League Soccer") lost the word
/// before it: "Major League Baseball", "Major League Soccer". English names such an organization by a word
/// before the head, or by the head and "of" ("League of Nations"); a head followed by another capitalized word
/// is the inside of a longer name. The tagger reads "Major" as a rank (a title's word and a given name in the
/// gazetteers) and leaves it out.
///
/// The word before must be capitalized, one space before the name on the same line, no article or sentence
/// opener ("The United Nations", "In Parliament"), and no part of another mention, except a title of that one
/// word, which goes. Runs after the tagger and the rules have combined.
struct HeadFirstNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        var changed = false
        for i in mentions.indices where mentions[i].label == .org {
            let s = mentions[i].startToken
            guard s > 0, s + 1 < mentions[i].endToken, s < findings.count,
                findings[s].cues & GazetteerKind.orgHead.bit != 0, tokens.isCapitalized(s + 1),
                tokens.isOneSpaceApart(s - 1, s, in: bytes), tokens.isOneSpaceApart(s, s + 1, in: bytes)
            else { continue }
            let w = s - 1
            guard tokens.isCapitalized(w), !tokens.flags[w].contains(FlagBits.allCaps),
                !tokens.isAny(w, WordLists.articles, in: bytes), !tokens.isAny(w, WordLists.sentenceOpeners, in: bytes)
            else { continue }
            // The word alone as a title may go; any other mention over it keeps its reading.
            if let j = mentions.firstIndex(where: { $0.startToken <= w && w < $0.endToken }) {
                guard mentions[j].label == .title, mentions[j].startToken == w, mentions[j].endToken == s else { continue }
                mentions[j].endToken = w
                changed = true
            }
            mentions[i].startToken = w
            mentions[i].startByte = Int(tokens.byteStart[w])
            mentions[i].origin = "rule:head-first-name"
            changed = true
        }
        if changed { mentions.removeAll { $0.endToken <= $0.startToken } }
    }
}
