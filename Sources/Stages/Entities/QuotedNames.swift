/// Names given in quotation marks after a verb of naming: "an exercise dubbed “Eternal Brotherhood”".
/// The quotes alone say nothing about the kind; a drill or operation word earlier in the sentence makes
/// the quoted name an EVENT.
extension EntityTagger {
    /// Called at a lower-case token; emits the EVENT when `t` is a naming verb ("named", "dubbed",
    /// "code-named", "called", "the name of") followed by a quoted name of one to six tokens.
    mutating func quotedEventName(after t: Int) {
        guard tokens.isAny(t, words.namingWords, in: bytes) else { return }
        var q = t + 1
        // "received the name of “...”"
        if tokens.is(t, "name", in: bytes) {
            guard q < tokens.count, tokens.is(q, "of", in: bytes) else { return }
            q += 1
        }
        guard q < tokens.count, isQuote(q) else { return }
        let s = q + 1
        var e = s
        while e < tokens.count, e - s <= 6, !isQuote(e), !isSentenceStart(e) { e += 1 }
        guard e < tokens.count, e > s, e - s <= 6, isQuote(e) else { return }
        // A drill or operation word in the same sentence, before the naming verb.
        var k = t - 1
        var found = false
        while k >= 0, t - k <= 20 {
            if tokens.isLower(k), tokens.isAny(k, words.eventNouns, in: bytes) { found = true; break }
            if isSentenceStart(k) { break }
            k -= 1
        }
        guard found else { return }
        emit(s, e, .event, "rule:quoted-name-of-exercise")
    }

    func isQuote(_ t: Int) -> Bool { tokens.isQuote(t, in: bytes) }
}

extension TokenTable {
    /// A quotation mark token: " or a typographic double quote (U+201C, U+201D, U+201E).
    func isQuote(_ t: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(byteStart[t])
        let len = length(t)
        if len == 1 { return bytes[s] == 0x22 }
        return len == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] >= 0x9C && bytes[s + 2] <= 0x9E)
    }
}
