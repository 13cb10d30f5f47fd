/// A country's code glued to a currency sign: "US$148.9 million", "C$37 a share", "HK$2 billion". The
/// place lists read "US" as the country, but the code names the currency (ANNOTATION.md: currencies are
/// none of our labels), and the amount is no place. Likewise a nationality that names a currency with its
/// unit ("14 Canadian cents", "942 million Canadian dollars", "1,015 French francs"): the news gold leaves
/// it untagged (21 of the 22 such in gold/tbaq-news, whose notes say so).
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct CurrencyPrefixes {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let words = RuleWordLists.shared

    func apply(_ mentions: inout [Mention]) {
        mentions.removeAll { m in
            // The adjective, not a people before a verb ("Palestinians mark the day", "Israelis pound").
            if m.label == .norp, m.endToken < tokens.count, bytes[m.endByte - 1] | 0x20 != 0x73, tokens.isLower(m.endToken),
                tokens.isAny(m.endToken, words.currencyUnits, in: bytes)
            {
                return true
            }
            return isCodeBeforeSign(m)
        }
    }

    /// "US" in "US$148.9 million": a GPE right before "$", "€" or "£".
    private func isCodeBeforeSign(_ m: Mention) -> Bool {
        guard m.label == .gpe, m.endByte < bytes.count, m.endToken < tokens.count,
            Int(tokens.byteStart[m.endToken]) == m.endByte
        else { return false }
        let b = bytes[m.endByte]
        // "$", or the first byte of "€" (E2 82 AC) or "£" (C2 A3).
        return b == 0x24 || (b == 0xE2 && m.endByte + 2 < bytes.count && bytes[m.endByte + 1] == 0x82
            && bytes[m.endByte + 2] == 0xAC) || (b == 0xC2 && m.endByte + 1 < bytes.count && bytes[m.endByte + 1] == 0xA3)
    }
}
