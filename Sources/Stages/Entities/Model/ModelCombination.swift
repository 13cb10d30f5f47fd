import Pipeline

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
        case 5:
            return !(origin == "rule:head-noun" || origin == "rule:title-or-cue+name" || origin == "rule:operation-name"
                || origin == "rule:compass+place")
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
    /// The score margin (tagger units, the largest weight at 32000) a lone sentence-initial word must
    /// reach when it is a known lower-case word or stands before punctuation: chosen on the seed article
    /// and CoNLL04 dev, where 0 tagged "Likewise," and 1000 kept "Kovacevic said".
    static let fillMargin: Int32 = 1000

    mutating func applyModel(_ model: EntityModel) {
        guard !model.isEmpty else { return }
        let n = tokens.count
        guard Self.readsAsEnglish(bytes: bytes, tokens: tokens, lexicon: model.lexicon) else { return }
        var features = TaggerFeatures(
            bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: model.lexicon)
        let (tags, margins) = model.decode(&features)
        // Which kept rule mention covers each token (they do not overlap after `resolveDocument`).
        var owner = [Int32](repeating: -1, count: n)
        for (i, m) in mentions.enumerated() {
            for t in m.startToken..<min(m.endToken, n) { owner[t] = Int32(i) }
        }
        var removed = [Bool](repeating: false, count: mentions.count)
        var added: [Mention] = []
        var relabelled = false
        var overlapped: [Int] = []
        overlapped.reserveCapacity(8)
        var t = 0
        while t < n {
            let tag = tags[t]
            guard tag != 0, let c = TaggerTag.taggerClass(tag) else { t += 1; continue }
            var end = t + 1
            while end < n, TaggerTag.isInside(tags[end]), TaggerTag.taggerClass(tags[end]) == c,
                !tokens.flags[end - 1].contains(FlagBits.lineEndAfter)
            {
                end += 1
            }
            let begin = t
            t = end
            guard let (a, b) = trimmed(begin, end), var label = c.mentionLabel else { continue }
            // The rule mentions the span touches (one buffer for all spans: an array per span was an
            // allocation each).
            overlapped.removeAll(keepingCapacity: true)
            var k = a
            while k < b {
                let o = Int(owner[k])
                if o >= 0, overlapped.last != o { overlapped.append(o) }
                k += 1
            }
            if overlapped.isEmpty {
                // A lone capitalized word opening a sentence, known in lower case or before punctuation, is
                // most often a common word the training text never showed capitalized ("Likewise,", "Fact
                // is"): the tagger must be sure. "Derwinski said" needs no margin.
                // A word just inside a bracket opens a clause the same way ("( Text )", "(By Reuters staff").
                if b == a + 1, isSentenceStart(a) || (a > 0 && tokens.flags[a - 1].contains(FlagBits.opening)),
                    margins[a] < Self.fillMargin,
                    features.lexicon.contains(features.word(a))
                        || (b < n && tokens.flags[b].contains(FlagBits.punctuation))
                {
                    continue
                }
                if label == .gpe, features.gazetteerKind(a) == .loc { label = .loc }
                added.append(span(a, b, label))
                continue
            }
            if overlapped.count == 1 {
                let m = mentions[overlapped[0]]
                if m.startToken == a, m.endToken == b, m.label == label { continue }
                if label == .gpe, m.label == .loc || m.label == .gpe, m.startToken == a, m.endToken == b { continue }
            }
            guard overlapped.allSatisfy({ mentions[$0].isRuleGuess }) else { continue }
            // The tagger may widen or relabel a rule mention, never cut one: a span ending inside a rule
            // mention is more often a tagger mistake ("F. Kennedy" in "John F. Kennedy").
            guard overlapped.allSatisfy({ mentions[$0].startToken >= a && mentions[$0].endToken <= b }) else { continue }
            // On the same span the tagger only turns a rule's place or organization into a person
            // ("Kennedy", "Elizabeth"): its other relabellings lost more than they won on the dev sets.
            if overlapped.count == 1, mentions[overlapped[0]].startToken == a,
                mentions[overlapped[0]].endToken == b, label != .person
            {
                continue
            }
            // "a Modesto native", "Boise residents": the word after says the place is one.
            if label == .person, b < n, tokens.isAny(b, words.placeNouns, in: bytes),
                overlapped.contains(where: { mentions[$0].label == .gpe || mentions[$0].label == .loc })
            {
                continue
            }
            if label == .gpe, overlapped.contains(where: { mentions[$0].label == .loc }) { label = .loc }
            for o in overlapped {
                removed[o] = true
                if mentions[o].label != label { relabelled = true }
            }
            added.append(span(a, b, label))
        }
        if added.isEmpty {
            // Nothing to add: the list changes only when two person names touch.
            var touching = false
            if mentions.count > 1 {
                for i in 1..<mentions.count
                where mentions[i].label == .person && mentions[i - 1].label == .person
                    && mentions[i - 1].endToken == mentions[i].startToken
                {
                    touching = true
                    break
                }
            }
            guard touching else { return }
        }
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count + added.count)
        // The rule mentions are in text order since `resolveDocument` and the tagger's spans were found
        // left to right: merged, they come out as sorting them did (a sort was ~115 instructions a
        // mention). Sorted all the same should either list be out of order.
        if Mention.inTextOrder(mentions), Mention.inTextOrder(added) {
            var j = 0
            for i in mentions.indices where !removed[i] {
                let start = mentions[i].startByte
                let end = mentions[i].endByte
                while j < added.count, Mention.precedes(added[j].startByte, added[j].endByte, start, end) {
                    kept.append(added[j])
                    j += 1
                }
                kept.append(mentions[i])
            }
            kept.append(contentsOf: added[j...])
        } else {
            for (i, m) in mentions.enumerated() where !removed[i] { kept.append(m) }
            kept += added
            kept.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        }
        var result: [Mention] = []
        result.reserveCapacity(kept.count)
        for m in kept {
            if let last = result.last, m.startByte < last.endByte { continue }
            // Two person names side by side with nothing between are one name split by the rules or the
            // tagger ("Marie" + "Magdefrau Ferraro", "Roy" + "Medvedev").
            if let last = result.last, last.label == .person, m.label == .person,
                last.endToken == m.startToken, !tokens.flags[last.endToken - 1].contains(FlagBits.lineEndAfter)
            {
                result[result.count - 1].endToken = m.endToken
                result[result.count - 1].endByte = m.endByte
                result[result.count - 1].origin = "model:joined-names"
                continue
            }
            result.append(m)
        }
        mentions = result
        if relabelled { relabelCopies() }
    }

    /// The document pass labelled an unknown word like another mention of the same string ("Kennedy met
    /// reporters ... Kennedy later flew"); when the tagger then relabelled that mention, the copy follows.
    private mutating func relabelCopies() {
        var copies: [Int] = []
        var models: [(hash: UInt64, label: MentionLabel)] = []
        for (i, m) in mentions.enumerated() {
            if m.origin == "document:same-string" {
                copies.append(i)
            } else if m.origin == "model:tagger" {
                models.append((foldedHash(m.startByte, m.endByte), m.label))
            }
        }
        guard !copies.isEmpty, !models.isEmpty else { return }
        for i in copies {
            let h = foldedHash(mentions[i].startByte, mentions[i].endByte)
            if let found = models.first(where: { $0.hash == h }), found.label != mentions[i].label {
                mentions[i].label = found.label
                mentions[i].origin = "document:same-string+model"
            }
        }
    }

    /// The span without connectors at its edges ("Blue Origin and"), a leading article, capitalized or
    /// not ("The Associated Press": ANNOTATION.md leaves determiners out) or a leading honorific ("Dr Sue
    /// Black", which the rules read as a cue), nil when nothing is left.
    private mutating func trimmed(_ a0: Int, _ b0: Int) -> (Int, Int)? {
        var a = a0
        var b = b0
        while a < b, tokens.isLower(a) || tokens.isAny(a, words.articles, in: bytes) || has(a, .honorific) { a += 1 }
        while b > a, tokens.isLower(b - 1) { b -= 1 }
        return a < b ? (a, b) : nil
    }

    /// The tagger learnt English: in a document whose lower-case words are mostly unknown to its lexicon
    /// (German, French...), every capitalized noun would look like a name to it. Samples the first 120
    /// lower-case words; a document with fewer than 8 is given the benefit of the doubt.
    static func readsAsEnglish(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, lexicon: Lexicon) -> Bool {
        var seen = 0
        var known = 0
        let lowercase = FlagBits.lowercase.rawValue
        tokens.flags.withUnsafeBufferPointer { flags in
            for t in 0..<flags.count where flags[t].rawValue & lowercase != 0 {
                seen += 1
                if lexicon.contains(TaggerFeatures.wordHash(bytes, Int(tokens.byteStart[t]), Int(tokens.byteEnd[t]))) {
                    known += 1
                }
                // The verdict is sealed before the 120th word once 84 are known (70% of 120) or 37 are not.
                if seen == 120 || known == 84 || seen - known == 37 { break }
            }
        }
        return seen < 8 || known * 10 >= seen * 7
    }

    private func span(_ a: Int, _ b: Int, _ label: MentionLabel) -> Mention {
        Mention(
            startToken: a, endToken: b, startByte: Int(tokens.byteStart[a]), endByte: Int(tokens.byteEnd[b - 1]),
            label: label, origin: "model:tagger")
    }
}
