import Pipeline

/// A mention found by the rules, in token and byte coordinates, before it becomes an `Entity`.
struct Mention {
    var startToken: Int
    var endToken: Int
    var startByte: Int
    var endByte: Int
    var label: MentionLabel
    var origin: MentionOrigin

    /// Text order, the earlier start first and then the longer mention (the order of `resolveDocument`).
    @inline(__always)
    static func precedes(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> Bool {
        aStart != bStart ? aStart < bStart : aEnd > bEnd
    }

    /// Adds `added` to `list` and puts the whole back in text order (the passes after the tagger add a few
    /// mentions each to a list in that order).
    static func add(_ added: [Mention], to list: inout [Mention]) {
        guard !added.isEmpty else { return }
        list += added
        list.sort { precedes($0.startByte, $0.endByte, $1.startByte, $1.endByte) }
    }

    /// Puts `added` in `list` in place of every mention of `list` that shares a token with one of them (the
    /// outermost name wins, ANNOTATION.md); `tokenCount` is the document's. One pass over the tokens.
    static func replace(in list: inout [Mention], with added: [Mention], tokenCount: Int) {
        guard !added.isEmpty else { return }
        var taken = [Bool](repeating: false, count: tokenCount)
        for m in added { for t in m.startToken..<min(m.endToken, tokenCount) { taken[t] = true } }
        list.removeAll { m in (m.startToken..<min(m.endToken, tokenCount)).contains { taken[$0] } }
        add(added, to: &list)
    }

    /// Per token of a document of `tokenCount` tokens, the index in `list` of the mention covering it, -1 for
    /// none (mentions do not overlap): a rule that asks "which name holds this word?" looks it up instead of
    /// scanning the mentions.
    static func covering(_ list: [Mention], tokenCount: Int) -> [Int32] {
        var covering = [Int32](repeating: -1, count: tokenCount)
        for (i, m) in list.enumerated() {
            for t in m.startToken..<min(m.endToken, tokenCount) { covering[t] = Int32(i) }
        }
        return covering
    }

    /// True when `list` is in that order (a stable sort would leave it as it is).
    static func inTextOrder(_ list: [Mention]) -> Bool {
        list.withUnsafeBufferPointer { m in
            var i = 1
            while i < m.count {
                if precedes(m[i].startByte, m[i].endByte, m[i - 1].startByte, m[i - 1].endByte) { return false }
                i += 1
            }
            return true
        }
    }
}

extension Mention {
    /// The word hashes (`TokenTable.wordHash`) of every person's name of two words or more in `list`, sorted
    /// for `SortedKeys.contains`: a word alone that is one of them names that person ("Smith" after "Anna
    /// Smith"), no team, company or other name. A sorted array, not a Set: a document's few dozen words were
    /// each hashed again (SipHash) and the set regrown as they came.
    static func wordsOfLongerPersons(
        in list: [Mention], tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>
    ) -> [UInt64] {
        var words: [UInt64] = []
        for m in list where m.label == .person && m.endToken - m.startToken >= 2 {
            for t in m.startToken..<m.endToken { words.append(tokens.wordHash(t, in: bytes)) }
        }
        return words.sorted()
    }

    /// Whether `origin` is `name`, byte for byte (`MentionOrigin.isText`: the byte counts first, then the
    /// bytes). The passes after the tagger test some 70,000 mentions per MB of text so.
    @inline(__always)
    func hasOrigin(_ name: StaticString) -> Bool { origin.isText(name) }

    /// The mention of tokens `range` of `tokens`, from its first token's start to its last token's end.
    /// (In an extension: the memberwise initializer stays.)
    init(_ range: Range<Int>, of tokens: TokenTable, label: MentionLabel, origin: MentionOrigin) {
        self.init(
            startToken: range.lowerBound, endToken: range.upperBound, startByte: Int(tokens.byteStart[range.lowerBound]),
            endByte: Int(tokens.byteEnd[range.upperBound - 1]), label: label, origin: origin)
    }
}

/// A capitalized word sequence no rule could label; the document pass may still label it by
/// consistency with the rest of the document.
struct Unresolved {
    var startToken: Int
    var endToken: Int
}

/// The labels the rules give, as a one-byte enum: `EntityLabel` wraps a string, so comparing and copying
/// it in the rules cost string compares and reference counting. Converted once per kept mention.
enum MentionLabel: UInt8, Sendable {
    case gpe, loc, fac, org, norp, event, law, title, person
    /// A language named by a nationality's word ("in Spanish"): OntoNotes' LANGUAGE, emitted but not one of
    /// ANNOTATION.md's labels.
    case language

    var entityLabel: EntityLabel {
        switch self {
        case .gpe: .gpe
        case .loc: .loc
        case .fac: .fac
        case .org: .org
        case .norp: .norp
        case .event: .event
        case .law: .law
        case .title: .title
        case .person: .person
        case .language: .language
        }
    }
}
