/// A name read on across a connector into a day or a month: "the University of Rochester for Saturday",
/// "the Hockey Club on Monday", "Ana Ruiz and March". The rules read capitalized runs across "for", "and"
/// and the like, and a day or a month is capitalized; the name then hid the date (no entity overlaps a DATE
/// in the output, so the DATE was lost). The name ends before the connector. "of" is left alone ("Fifth of
/// May", "Mothers of March" are names).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct CalendarTails {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        let calendar = WordLists.calendar
        for i in mentions.indices {
            let m = mentions[i]
            let last = m.endToken - 1
            guard m.endToken - m.startToken >= 3, m.label != .event,
                m.endByte == Int(tokens.byteEnd[last]), tokens.isAny(last, calendar, in: bytes),
                tokens.isLower(last - 1), tokens.isAny(last - 1, Self.connectors, in: bytes)
            else { continue }
            mentions[i].endToken = last - 1
            mentions[i].endByte = Int(tokens.byteEnd[last - 2])
        }
    }

    /// Connectors a name does not cross into a date.
    static let connectors = WordSet(["for", "on", "and", "in", "by", "until", "through", "from", "to", "at"])
}
