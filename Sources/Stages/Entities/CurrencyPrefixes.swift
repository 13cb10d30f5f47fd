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

    /// "US" in "US$148.9 million": a GPE right before "$", "€", "£" or "¥".
    private func isCodeBeforeSign(_ m: Mention) -> Bool {
        guard m.label == .gpe, m.endByte < bytes.count, m.endToken < tokens.count,
            Int(tokens.byteStart[m.endToken]) == m.endByte
        else { return false }
        return Self.signLength(bytes, at: m.endByte) > 0
    }

    /// The length in bytes of the currency sign at byte `p`: "$" 1, "£" (C2 A3) and "¥" (C2 A5) 2, "€" (E2 82
    /// AC) 3; 0 for none.
    static func signLength(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Int {
        guard p < bytes.count else { return 0 }
        switch bytes[p] {
        case 0x24: return 1
        case 0xC2: return p + 1 < bytes.count && (bytes[p + 1] == 0xA3 || bytes[p + 1] == 0xA5) ? 2 : 0
        case 0xE2: return p + 2 < bytes.count && bytes[p + 1] == 0x82 && bytes[p + 2] == 0xAC ? 3 : 0
        default: return 0
        }
    }
}
