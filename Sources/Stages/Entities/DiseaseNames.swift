/// A name right before "disease", "syndrome", "virus" or "disorder" names the illness, not its namesake:
/// "Feather Duvet Lung disease", "Marfan syndrome", "Parkinson's disease", "Marburg virus". An illness is none
/// of ANNOTATION.md's labels; read alone, its capitalized words were an organization, a person or a town.
///
/// The noun must follow the name on the same line, in lower case, after one space or a possessive ("Crohn's
/// disease"). Runs on the final labels of the names.
struct DiseaseNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 2 else { return }
        mentions.removeAll { m in
            guard m.label != .title, m.label != .norp, m.endToken < n, tokens.isCapitalized(m.endToken - 1),
                !tokens.flags[m.endToken - 1].contains(FlagBits.lineEndAfter)
            else { return false }
            var next = m.endToken
            // "Parkinson's disease": the possessive after the name, as its own token.
            if next + 1 < n, tokens.isPossessive(next, in: bytes), Int(tokens.byteStart[next]) == Int(tokens.byteEnd[next - 1]) { next += 1 }
            return tokens.isLower(next) && tokens.isOneSpaceApart(next - 1, next, in: bytes)
                && tokens.isAny(next, Self.illnessNouns, in: bytes)
        }
    }

    static let illnessNouns = WordSet(["disease", "diseases", "syndrome", "virus", "disorder"])
}
