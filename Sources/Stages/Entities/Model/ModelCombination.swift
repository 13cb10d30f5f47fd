#if canImport(Glibc)
import Glibc
#endif

extension Mention {
    /// True when the mention is a guess the tagger may overrule (and so scores); the others are kept as
    /// they are and the tagger does not score their tokens.
    var isRuleGuess: Bool { isRuleGuess(code: TaggerFeatures.ruleCode(label: label, origin: origin)) }

    /// The same, given the mention's `TaggerFeatures.ruleCode`.
    func isRuleGuess(code: UInt8) -> Bool {
        switch label {
        case .person, .org, .gpe, .loc: break
        default: return false
        }
        switch code & 7 {
        case 1: return false  // curated
        case 5: return !(origin == "rule:head-noun" || origin == "rule:title-or-cue+name" || origin == "rule:operation-name")
        default: return true
        }
    }
}

/// How the tagger's mentions and the rules' mentions combine.
///
/// The rules stay in charge of what they know well: curated names, named heads ("Foreign Ministry"),
/// names after a title, and every fine label the tagger does not learn (NORP, TITLE, FAC, EVENT, LAW).
/// The tagger decides capitalized words no rule labelled, and replaces the guesses the rules make from
/// single-source evidence: a GeoNames place that is also a person's name ("Kennedy", "Virginia Towle"),
/// a census surname or name shape that swallowed part of a company ("Sun Hung Kai Properties").
extension EntityTagger {
    static let fillMargin: Int32 = {
        if let v = getenv("PIPE_ENTITY_MARGIN"), let n = Int32(String(cString: v)) { return n }
        return 1000
    }()

    static let combination: Int = {
        if let v = getenv("PIPE_ENTITY_COMBINE"), let n = Int(String(cString: v)) { return n }
        return 3
    }()

    mutating func applyModel(_ model: EntityModel) {
        let mode = Self.combination
        guard mode > 0, !model.isEmpty else { return }
        let n = tokens.count
        var features = TaggerFeatures(
            bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: model.lexicon)
        let (tags, margins) = model.decode(&features)
        if getenv("PIPE_ENTITY_DEBUG") != nil {
            var line = ""
            for t in 0..<n {
                let w = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens.byteStart[t])..<Int(tokens.byteEnd[t])]), as: UTF8.self)
                line += features.candidates[t] ? "\(w)/\(tags[t])/\(features.ruleCodes[t])/\(margins[t])/\(features.lexicon.contains(features.word(t)) ? "L" : "") " : "\(w) "
            }
            line += "\n"
            line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
        // Which kept rule mention covers each token (they do not overlap after `resolveDocument`).
        var owner = [Int32](repeating: -1, count: n)
        for (i, m) in mentions.enumerated() {
            for t in m.startToken..<min(m.endToken, n) { owner[t] = Int32(i) }
        }
        var removed = [Bool](repeating: mode == 9, count: mentions.count)
        var added: [Mention] = []
        var t = 0
        while t < n {
            let tag = tags[t]
            guard tag != 0, let c = TaggerTag.taggerClass(tag) else { t += 1; continue }
            var e = t + 1
            while e < n, TaggerTag.isInside(tags[e]), TaggerTag.taggerClass(tags[e]) == c { e += 1 }
            defer { t = e }
            guard var label = c.mentionLabel else { continue }
            // The rule mentions the span touches.
            var overlapped: [Int] = []
            var k = t
            while k < e {
                let o = Int(owner[k])
                if o >= 0, overlapped.last != o { overlapped.append(o) }
                k += 1
            }
            if overlapped.isEmpty || mode == 9 {
                // A lone capitalized word opening a sentence is most often a common word the training text
                // never showed capitalized ("Likewise,"): the tagger must be sure.
                if e == t + 1, isSentenceStart(t), margins[t] < Self.fillMargin { continue }
                if label == .gpe, features.gazetteerKind(t) == .loc { label = .loc }
                added.append(span(t, e, label))
                continue
            }
            guard mode >= 2 else { continue }
            if overlapped.count == 1 {
                let m = mentions[overlapped[0]]
                if m.startToken == t, m.endToken == e, m.label == label { continue }
                if label == .gpe, m.label == .loc || m.label == .gpe, m.startToken == t, m.endToken == e { continue }
            }
            guard overlapped.allSatisfy({ mentions[$0].isRuleGuess }) else { continue }
            // The tagger may widen or relabel a rule mention, never cut one: a span ending inside a rule
            // mention is more often a tagger mistake ("F. Kennedy" in "John F. Kennedy").
            guard overlapped.allSatisfy({ mentions[$0].startToken >= t && mentions[$0].endToken <= e }) else { continue }
            if mode >= 3, overlapped.count == 1, mentions[overlapped[0]].startToken == t,
                mentions[overlapped[0]].endToken == e, label != .person
            {
                continue
            }
            if label == .gpe, overlapped.contains(where: { mentions[$0].label == .loc }) { label = .loc }
            for o in overlapped { removed[o] = true }
            added.append(span(t, e, label))
        }
        guard !added.isEmpty else { return }
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count + added.count)
        for (i, m) in mentions.enumerated() where !removed[i] { kept.append(m) }
        kept += added
        kept.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        var result: [Mention] = []
        result.reserveCapacity(kept.count)
        for m in kept {
            if let last = result.last, m.startByte < last.endByte { continue }
            result.append(m)
        }
        mentions = result
    }

    private func span(_ a: Int, _ b: Int, _ label: MentionLabel) -> Mention {
        Mention(
            startToken: a, endToken: b, startByte: Int(tokens.byteStart[a]), endByte: Int(tokens.byteEnd[b - 1]),
            label: label, origin: "model:tagger")
    }
}
