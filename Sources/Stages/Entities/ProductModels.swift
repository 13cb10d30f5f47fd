/// A maker's name before a model designation names the product: "30 Boeing 787 jets", "50 Airbus A350-900
/// jets", "the Toyota RAV4 Prime". ANNOTATION.md: products are none of our labels, and the gold annotated by it
/// leaves such names untagged (3 of 3 on the TBAQ and AEB news sets), while "Boeing said" stays the company.
/// The tagger reads the maker as an organization wherever it stands.
///
/// A designation is a token right after the name, one space between, of three or more characters with a
/// digit: a number that is no year ("787"), or capital letters and digits ("A350-900", "RAV4", "F-16"). Runs after
/// `TeamsAndMarkets`, which has already made an index and its size one name ("S&P 500", "FTSE 100").
struct ProductModels {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        mentions.removeAll { m in
            m.label == .org && m.endToken - m.startToken <= 2 && m.endToken < tokens.count
                && Int(tokens.byteStart[m.endToken]) == m.endByte + 1 && bytes[m.endByte] == 0x20
                && isDesignation(m.endToken)
        }
    }

    /// Three or more characters of letters, digits and hyphens, at least one digit and no lower-case
    /// letter ("787", "A350-900", "RAV4"; not "1990", "4th", "20s", "2-1" or "1851-8").
    private func isDesignation(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 3 else { return false }
        var digits = 0
        var letters = 0
        var value = 0
        for p in s..<e {
            let b = bytes[p]
            if b &- 0x30 < 10 {
                digits += 1
                // Only a year's four digits matter below; a longer run of digits must not overflow the sum.
                if value < 10_000 { value = value * 10 + Int(b &- 0x30) }
            } else if b &- 0x41 < 26 {
                letters += 1
            } else if b != 0x2D || p == s || p == e - 1 {
                return false
            }
        }
        guard digits > 0 else { return false }
        // A year is a date, not a model ("Boeing 2019 deliveries").
        if letters == 0, digits == e - s, digits == 4, (1900...2099).contains(value) { return false }
        // A score or a range ("2-1", "1851-8") is no model.
        if letters == 0, digits < e - s { return false }
        return true
    }
}
