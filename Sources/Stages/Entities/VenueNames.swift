/// A performance venue named by its sponsor: "DTE Energy Music Theatre", "MIDFLORIDA Credit Union
/// Amphitheatre", "USANA Amphitheatre" in tour-date lists. The tagger, which saw few such names, left them
/// untagged or took the sponsor alone for an organization ("DTE", "MIDFLORIDA"). The capitalized words
/// before a venue's head (`WordLists.performanceVenueHeads`) on the same line are the venue's name, FAC,
/// and the sponsor's mention inside it goes (the outermost name wins, ANNOTATION.md).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct VenueNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let words = RuleWordLists.shared

    /// At most this many words before the head ("MIDFLORIDA Credit Union" is three).
    static let nameWords = 5

    func apply(_ mentions: inout [Mention]) {
        // Only capitalized words of the heads' lengths are read ("Theatre" 7, "Pavilion" 8, "Colosseum" 9,
        // "Auditorium" 10, "Amphitheatre" 12 letters); most documents have none, and stop here.
        // One scan of the offsets, in order.
        var heads: [Int] = []
        tokens.byteStart.withUnsafeBufferPointer { starts in
            tokens.byteEnd.withUnsafeBufferPointer { ends in
                for t in 0..<starts.count {
                    let n = ends[t] &- starts[t]
                    guard n >= 7, n <= 12, n != 11, bytes[Int(starts[t])] &- 0x41 < 26,
                        tokens.isAny(t, words.performanceVenueHeads, in: bytes)
                    else { continue }
                    heads.append(t)
                }
            }
        }
        guard !heads.isEmpty else { return }
        var venues: [Range<Int>] = []
        // Per token, the mention covering it (mentions never overlap), -1 for none: each check below is then
        // a look at the run's tokens, not a scan of the mentions.
        let covering = Mention.covering(mentions, tokenCount: tokens.count)
        func mention(at t: Int) -> Mention? { covering[t] >= 0 ? mentions[Int(covering[t])] : nil }
        for t in heads {
            guard tokens.isCapitalized(t) else { continue }
            // The head ends the name: "Harvest Rain Theatre Company", "Best Musical Theater Album" are others.
            if t + 1 < tokens.count, !tokens.flags[t].contains(FlagBits.lineEndAfter), tokens.isCapitalized(t + 1) {
                continue
            }
            var start = t
            while start > 0, t - start < Self.nameWords, !tokens.flags[start - 1].contains(FlagBits.lineEndAfter),
                !tokens.flags[start].contains(FlagBits.sentenceStart), tokens.isCapitalized(start - 1),
                !tokens.flags[start - 1].contains(FlagBits.numeric),
                // A nationality before the name stays its own mention ("Senegalese National Theater").
                mention(at: start - 1)?.label != .norp
            {
                start -= 1
            }
            // Not a leading article or adverb: "the Cynthia Woods Mitchell Pavilion", "(Formerly Verizon
            // Amphitheatre)".
            while start < t, tokens.isAny(start, words.articles, in: bytes) || tokens.endsInLy(start, in: bytes) { start += 1 }
            guard start < t else { continue }
            let venue = start..<(t + 1)
            // A mention that reaches outside the run is another reading of these words: left alone.
            let inside = venue.compactMap { mention(at: $0) }
            if inside.contains(where: { $0.startToken < venue.lowerBound || $0.endToken > venue.upperBound }) { continue }
            if inside.contains(where: { $0.startToken == venue.lowerBound && $0.endToken == venue.upperBound && $0.label == .fac })
                || venues.last.map({ $0.overlaps(venue) }) == true
            {
                continue
            }
            venues.append(venue)
        }
        // No mention reaches out of a venue (checked above): those inside it go.
        Mention.replace(
            in: &mentions, with: venues.map { Mention($0, of: tokens, label: .fac, origin: "rule:venue-name") },
            tokenCount: tokens.count)
    }
}
