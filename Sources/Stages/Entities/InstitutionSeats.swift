/// "The White House said", "Pentagon officials", "Wall Street analysts", "the Kremlin statement": the
/// building or street that stands for the institution seated there is that institution, an ORG; only where
/// a preposition of place puts someone or something in or at it ("at the Pentagon", "in the White House")
/// is it the place, a FAC. The curated list reads these names as facilities, and the tagger follows it.
///
/// Our news gold (AEB and TBAQ, all parts) tags these names ORG 41 times and FAC 3 times, each of the three
/// after "at", "in" or "from"; GMB tags "White House" as an organization too. "to", "from" and "on" are
/// left out of the prepositions: "a letter to the White House", "officials from the Pentagon" and "on Wall
/// Street" name the institution as often as the place.
///
/// Runs last, on the final labels of the names.
struct InstitutionSeats {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == .fac || mentions[i].label == .org {
            let m = mentions[i]
            guard m.endToken - m.startToken <= Self.longestSeat, isSeat(m) else { continue }
            mentions[i].label = isPlaced(m) ? .fac : .org
            mentions[i].origin = "rule:institution-seat"
        }
    }

    /// At most this many tokens in a seat's name ("10 Downing Street").
    static let longestSeat = 3

    private func isSeat(_ m: Mention) -> Bool {
        // A mention an earlier rule withdrew (its end at or before its start) is no name.
        guard m.startByte < m.endByte, m.endByte <= bytes.count, m.startToken < m.endToken else { return false }
        // Most organizations end in no seat's last word: one word-set test before the text is built.
        let last = m.endToken - 1
        guard tokens.isAny(last, Self.lastWords, in: bytes) || bytes[Int(tokens.byteStart[last])] >= 0x80 else { return false }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[m.startByte..<m.endByte]), as: UTF8.self)
        return Self.seats.contains(text)
    }

    /// After a preposition of place, with or without "the".
    private func isPlaced(_ m: Mention) -> Bool {
        var b = m.startToken - 1
        if b >= 0, tokens.is(b, "the", in: bytes) { b -= 1 }
        return b >= 0 && tokens.isLower(b) && tokens.isAny(b, Self.placePrepositions, in: bytes)
    }

    static let placePrepositions = WordSet(["at", "in", "inside", "outside", "near", "into", "around", "within", "across"])

    /// The last words of `seats` (the accented "Élysée" is tested by its text alone).
    static let lastWords = WordSet([
        "house", "kremlin", "pentagon", "street", "whitehall", "elysee", "palace", "zhongnanhai", "orsay", "bottom",
    ])

    /// Buildings and streets that news uses for the government, the armed forces or the markets seated
    /// there (general knowledge, as the curated gazetteer's entries are).
    static let seats: Set<String> = [
        "White House", "Kremlin", "Pentagon", "Wall Street", "Downing Street", "10 Downing Street", "Whitehall",
        "Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Zhongnanhai", "Blue House", "Quai d'Orsay",
        "Foggy Bottom",
    ]
}
