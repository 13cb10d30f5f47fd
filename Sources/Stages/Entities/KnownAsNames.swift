/// The name a person or an organization is "known as" is theirs: "Adilson Tavares Varela, commonly known as
/// Cabral, is a footballer", "the Islamic State, also known as Daesh". The tagger reads the second name
/// alone, without the first beside it, and took a nickname for a place or left it untagged.
///
/// After a PERSON or an ORG, a comma or a bracket, at most one adverb ("commonly", "better", "also",
/// "popularly", ...), "known as" and the capitalized words of a name (a quote around it allowed): those words
/// take the first name's label, replacing the mentions on them.
///
/// Runs after the tagger and the rules have combined, on the final labels of the names.
struct KnownAsNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many words in the name after "known as".
    static let nameWords = 4

    func apply(_ mentions: inout [Mention]) {
        var added: [Mention] = []
        for m in mentions where m.label == .person || m.label == .org {
            var k = m.endToken
            guard k < tokens.count, tokens.isComma(k, in: bytes) || tokens.is(k, "(", in: bytes) else { continue }
            k += 1
            if k < tokens.count, tokens.isLower(k), tokens.isAny(k, Self.adverbs, in: bytes) { k += 1 }
            guard k + 2 < tokens.count, tokens.is(k, "known", in: bytes), tokens.is(k + 1, "as", in: bytes) else { continue }
            k += 2
            if tokens.isQuote(k, in: bytes) { k += 1 }
            var e = k
            while e < tokens.count, e - k < Self.nameWords, tokens.isCapitalized(e) {
                e += 1
                if tokens.flags[e - 1].contains(FlagBits.lineEndAfter) { break }
            }
            guard e > k else { continue }
            // A name that runs on past the words allowed is not one this rule can bound.
            if e - k == Self.nameWords, e < tokens.count, tokens.isCapitalized(e), !tokens.flags[e - 1].contains(FlagBits.lineEndAfter) {
                continue
            }
            added.append(Mention(k..<e, of: tokens, label: m.label, origin: "rule:known-as"))
        }
        Mention.replace(in: &mentions, with: added, tokenCount: tokens.count)
    }

    static let adverbs = WordSet([
        "commonly", "better", "also", "popularly", "simply", "widely", "locally", "affectionately", "mostly", "best",
        "formerly", "professionally",
    ])
}
