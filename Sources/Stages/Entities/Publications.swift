/// A publication named with its capital "The" inside a sentence: "tells The Hollywood Reporter", "wrote in The
/// Atlantic", "told The Verge", "an interview with The Halvard Review". Inside a sentence, a capital "The"
/// before capitalized words opens a title; when the last of them is a publication's word (`mediaHeads`), the
/// words after "The" are the publication, an ORG (ANNOTATION.md: no leading determiner; news sites, journals
/// and magazines are ORG, gold/aeb-news/NOTES.md). The tagger read them as a place and a title ("Hollywood" +
/// "Reporter"), an ocean ("Atlantic"), or nothing.
///
/// A place the gazetteers know whole stays ("The Hague"), and so does anything at a sentence's or a line's start,
/// where "The" is capitalized anyway. Also the titles that end in a capitalized "Today" ("USA Today").
struct Publications {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let gazetteer: Gazetteer

    func apply(_ mentions: inout [Mention]) {
        var found: [Mention] = []
        var t = 1
        while t + 1 < tokens.count {
            defer { t += 1 }
            guard tokens.length(t) == 3, bytes[Int(tokens.byteStart[t])] == 0x54, tokens.is(t, "the", in: bytes),
                !tokens.flags[t].contains(FlagBits.sentenceStart), !tokens.flags[t - 1].contains(FlagBits.lineEndAfter),
                tokens.isLower(t - 1) || tokens.isComma(t - 1, in: bytes)
            else { continue }
            // The capitalized words after it, one space apart, at most four.
            var e = t + 1
            while e < tokens.count, e - t <= 4, tokens.isCapitalized(e), tokens.isOneSpaceApart(e - 1, e, in: bytes) {
                e += 1
            }
            // Longer titles are works more often than publications ("The Essential New York Times Cookbook").
            if e < tokens.count, tokens.isCapitalized(e), tokens.isOneSpaceApart(e - 1, e, in: bytes) { continue }
            guard e > t + 1, tokens.isAny(e - 1, Self.mediaHeads, in: bytes), !runsOn(e), !isKnownPlace(t + 1, e)
            else { continue }
            found.append(Mention((t + 1)..<e, of: tokens, label: .org, origin: "rule:publication"))
            t = e - 1
        }
        addTodayTitles(&found, mentions)
        Mention.replace(in: &mentions, with: found, tokenCount: tokens.count)
    }

    /// "via USA Today", "told Psychology Today": a capitalized "Today" right after a name inside a sentence
    /// ends a publication's title, not a date (the date stage read "Today", the gazetteers "USA"). The name is one
    /// capitalized word or the mention of at most two words ending before "Today"; the word before it is no
    /// capitalized one on the same line and the word after "Today" is not capitalized either, so a title-case
    /// heading ("Storm Nears Coast Today") is left alone.
    private func addTodayTitles(_ found: inout [Mention], _ mentions: [Mention]) {
        let n = tokens.count
        for t in tokens.tokens(ofLength: 5, in: bytes, first: { $0 == 0x54 }) where t >= 2 {
            guard tokens.is(t, "today", in: bytes), !tokens.flags[t].contains(FlagBits.allCaps),
                !tokens.flags[t].contains(FlagBits.sentenceStart), tokens.isCapitalized(t - 1),
                tokens.isOneSpaceApart(t - 1, t, in: bytes), !tokens.flags[t].contains(FlagBits.lineEndAfter),
                t + 1 < n, !tokens.isCapitalized(t + 1)
            else { continue }
            var s = t - 1
            if let m = mentions.first(where: { $0.endToken == t && $0.startToken < t }) {
                guard m.endToken - m.startToken <= 2, m.label != .title, m.label != .person else { continue }
                s = m.startToken
            }
            guard s >= 1, !found.contains(where: { $0.startToken <= t && s < $0.endToken }), !tokens.isCapitalized(s - 1),
                !tokens.flags[s - 1].contains(FlagBits.lineEndAfter), !tokens.flags[s].contains(FlagBits.sentenceStart)
                    || tokens.flags[s].contains(FlagBits.allCaps)
            else { continue }
            found.append(Mention(s..<(t + 1), of: tokens, label: .org, origin: "rule:publication"))
        }
    }

    /// The title goes on past token `e`: a connector and a capitalized word ("The Magazine of Fantasy &
    /// Science Fiction", "The Globe and Mail", "The New York Review of Books"): the whole is the tagger's.
    private func runsOn(_ e: Int) -> Bool {
        e + 1 < tokens.count && tokens.isAny(e, Self.connectors, in: bytes) && tokens.isCapitalized(e + 1)
    }

    static let connectors = WordSet(["of", "and", "&", "for", "on", "in"])

    private func isKnownPlace(_ a: Int, _ b: Int) -> Bool {
        gazetteer.wholeLabel(
            from: Int(tokens.byteStart[a]), to: Int(tokens.byteEnd[b - 1]), bytes: bytes, allowing: [.gpe, .loc, .fac]) != nil
    }

    /// Last words of publications' names: newspapers' (`WordLists.newspaperHeads`) and magazines', journals'
    /// and sites' ("Reporter", "Review", "Insider", "Atlantic", "Yorker"). Not "Report", "Nation", "Express" or
    /// "Wire": "The Mueller Report", "The Navajo Nation", "The Orient Express", "The Wire" are other things.
    static let mediaHeads = WordSet(
        WordLists.newspaperHeads.words + [
            "reporter", "review", "insider", "magazine", "quarterly", "monthly", "weekly", "daily", "digest",
            "economist", "atlantic", "yorker", "verge", "spectator", "guardian", "independent", "intercept", "mail",
            "mirror", "standard", "monitor",
        ])
}
