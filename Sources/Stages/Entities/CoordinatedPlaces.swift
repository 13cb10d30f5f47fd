/// Two places or peoples joined by "and" that the tagger read as one name: "the Kurds and Ukraine", "the Kurds
/// and Turkey" came out as one organization (after "the", "X and Y" reads like "the Bank of X and Y"). When each
/// side is a place or a people of the gazetteers, whole, and the two together are no name the gazetteers know
/// ("Bosnia and Herzegovina", "Trinidad and Tobago" stay), they are two mentions with the gazetteers' labels
/// (ANNOTATION.md: adjacent but separate mentions stay separate).
///
/// Runs on the tagger's output combined with the rules, before the passes that read labels in context.
struct CoordinatedPlaces {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let gazetteer: Gazetteer

    func apply(_ mentions: inout [Mention]) {
        var split: [Mention] = []
        for m in mentions where m.endToken - m.startToken >= 3 && m.label != .title && m.label != .person {
            guard let and = (m.startToken + 1..<(m.endToken - 1)).first(where: { tokens.is($0, "and", in: bytes) }),
                gazetteer.match(from: m.startByte, to: m.endByte, bytes: bytes) == nil,
                let left = placeLabel(Int(tokens.byteStart[m.startToken]), Int(tokens.byteEnd[and - 1])),
                let right = placeLabel(Int(tokens.byteStart[and + 1]), Int(tokens.byteEnd[m.endToken - 1]))
            else { continue }
            split.append(Mention(m.startToken..<and, of: tokens, label: left, origin: m.origin.marked(.coordinated)))
            split.append(Mention((and + 1)..<m.endToken, of: tokens, label: right, origin: m.origin.marked(.coordinated)))
        }
        guard !split.isEmpty else { return }
        Mention.replace(in: &mentions, with: split, tokenCount: tokens.count)
    }

    /// The gazetteer label of bytes `s..<e` when they spell a place or a people whole.
    private func placeLabel(_ s: Int, _ e: Int) -> MentionLabel? {
        gazetteer.wholeLabel(from: s, to: e, bytes: bytes, allowing: [.gpe, .loc, .norp])
    }
}
