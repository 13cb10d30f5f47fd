/// A ticker is none of ANNOTATION.md's labels ("tickers, currencies, products and services"). Market reports
/// put it in brackets after the name: "Hong Kong's Hang Seng Index (HSI)", "the Nikkei 225 (N225)", "Home
/// Depot (NYSE: HD)". The code in capitals reads like an acronym, and `BracketedAcronyms` gives an acronym its
/// name's label; after a market index's name, or after an exchange and a colon, it is the ticker and no mention.
/// The exchange itself stays an organization ("NYSE"), and the name before "(NYSE: HD)" is a listed company:
/// an organization, also where the tagger saw common words ("Home Depot") or a person.
///
/// An index's name: an organization whose last word is "Index", "Composite" or "Average", or an index's size
/// ("Nikkei 225"), or one the market rule made from its moves (`TeamsAndMarkets`). Runs after
/// `BracketedAcronyms`.
struct TickerSymbols {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        guard !mentions.isEmpty, Mention.inTextOrder(mentions) else { return }
        let n = tokens.count
        var tickers: [Int] = []
        var listed: [Int] = []
        for i in mentions.indices {
            let m = mentions[i]
            // The code: one token in capitals (letters and digits) closed by a bracket.
            guard m.endToken == m.startToken + 1, m.endToken < n, m.startToken >= 3, tokens.is(m.endToken, ")", in: bytes),
                isCode(m.startToken)
            else { continue }
            let before = m.startToken - 1
            if isListing(at: m.startToken - 3) {
                tickers.append(i)
            } else if tokens.is(before, "(", in: bytes), i > 0, mentions[i - 1].endToken == before,
                isIndex(mentions[i - 1])
            {
                tickers.append(i)
            }
        }
        // "(NYSE: HD)", "(Nasdaq: AAPL)": found from the colons, whether or not a mention holds the code.
        for t in tokens.tokens(ofLength: 1, in: bytes, first: { $0 == 0x3A }) where t >= 2 && isListing(at: t - 2) {
            listed.append(t - 2)
        }
        guard !tickers.isEmpty || !listed.isEmpty else { return }
        for i in tickers.reversed() { mentions.remove(at: i) }
        var added: [Mention] = []
        for bracket in listed {
            // The exchange, an organization (ANNOTATION.md), where nothing read it.
            let exchange = bracket + 1
            if !mentions.contains(where: { $0.startToken <= exchange && exchange < $0.endToken }) {
                added.append(Mention(exchange..<(exchange + 1), of: tokens, label: .org, origin: "rule:listed-company"))
            }
            // The listed company: the mention ending at the bracket, or the capitalized words before it.
            if let i = mentions.firstIndex(where: { $0.endToken == bracket }) {
                if mentions[i].label == .person || mentions[i].label == .gpe || mentions[i].label == .loc {
                    mentions[i].label = .org
                    mentions[i].origin = "rule:listed-company"
                }
                continue
            }
            let s = tokens.capitalizedRunStart(before: bracket, maxWords: Self.maximumWords, joiners: Self.joiners, in: bytes)
            guard s < bracket, !mentions.contains(where: { $0.startToken < bracket && $0.endToken > s }) else { continue }
            added.append(Mention(s..<bracket, of: tokens, label: .org, origin: "rule:listed-company"))
        }
        Mention.add(added, to: &mentions)
    }

    /// Whether tokens from `bracket` on read "(", an exchange, ":", a code and ")".
    private func isListing(at bracket: Int) -> Bool {
        bracket >= 0 && bracket + 4 < tokens.count && tokens.is(bracket, "(", in: bytes) && isExchange(bracket + 1)
            && tokens.is(bracket + 2, ":", in: bytes) && isCode(bracket + 3) && tokens.is(bracket + 4, ")", in: bytes)
    }

    /// The most words of a listed company's name before its bracket ("Procter & Gamble Co." has four tokens).
    static let maximumWords = 5
    /// "Procter & Gamble Co. (NYSE: PG)": the ampersand between two capitalized words of the name.
    static let joiners = WordSet(["&"])

    /// An exchange's name before the colon: a word of two to eight letters in capitals, or capitalized
    /// ("NYSE", "Nasdaq", "Euronext").
    private func isExchange(_ t: Int) -> Bool {
        let length = tokens.length(t)
        guard length >= 2, length <= 8, tokens.isCapitalized(t) else { return false }
        let s = Int(tokens.byteStart[t])
        return (s..<(s + length)).allSatisfy { bytes[$0] | 0x20 &- 0x61 < 26 }
    }

    /// Capitals and digits, two to eight of them, at least one a letter ("HSI", "N225", "SHCOMP").
    private func isCode(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 2, e - s <= 8 else { return false }
        var letters = 0
        for p in s..<e {
            let b = bytes[p]
            if b &- 0x41 < 26 { letters += 1 } else if !(b &- 0x30 < 10 || b == 0x2E) { return false }
        }
        return letters > 0
    }

    /// An organization that names a market index.
    private func isIndex(_ m: Mention) -> Bool {
        guard m.label == .org else { return false }
        if m.hasOrigin("rule:market-index") { return true }
        let last = m.endToken - 1
        return tokens.isAny(last, Self.indexWords, in: bytes)
            || tokens.flags[last].contains(FlagBits.numeric) && m.endToken - m.startToken >= 2
    }

    static let indexWords = WordSet(["index", "composite", "average", "indices"])
}
