/// The tense a date's sentence points to, used to pick the year of "December 28" or the week of "Friday".
enum Tense: Sendable { case past, present, future, unknown }

/// Finds the tense cue nearest to a match inside its sentence, as HeidelTime's news strategy does with
/// the sentence's verbs: lexicon cues ("will", "said", "is") and regular past forms (-ed after no
/// auxiliary, so "will be postponed" stays future). Cues are found once per document, every token of a
/// phrase cue marked ("as soon as Tuesday" is future from either side). A reporting verb ("said",
/// "says") right next to the date is its verb ("said Friday"); further away it frames what is reported
/// ("will leave at 4 a.m. Thursday, Castro said") and counts only when the sentence has no other cue.
struct TenseScope {
    /// For each token, the token range of its sentence.
    let sentenceOf: [Range<Int>]
    /// Per token: the tense cue it is part of (nil: none) and whether it is a reporting verb.
    private let cues: [Tense?]
    private let reporting: [Bool]

    init(tokens: [DateToken], sentenceOf: [Range<Int>], lexicon: DateLexicon) {
        self.sentenceOf = sentenceOf
        var cues = [Tense?](repeating: nil, count: tokens.count)
        var reporting = [Bool](repeating: false, count: tokens.count)
        let apostrophe = lexicon.apostropheID
        var i = 0
        while i < tokens.count {
            // Capitalised words are names here ("United States", "Will Smith"), not verbs. (Fields are read
            // in place: copying a token retains its string.)
            guard tokens[i].kind == .word && !tokens[i].capitalized || tokens[i].lexID == apostrophe,
                tokens[i].lexID >= 0 || tokens[i].end - tokens[i].start > 4
            else {
                i += 1
                continue
            }
            if let m = lexicon.match(.future, tokens, i) {
                for k in i..<m.end { cues[k] = .future }
                i = m.end
                continue
            }
            if let m = lexicon.match(.reporting, tokens, i) {
                for k in i..<m.end {
                    cues[k] = m.entry.number < 0 ? .past : .present
                    reporting[k] = true
                }
                i = m.end
                continue
            }
            // A participle after an auxiliary takes the auxiliary's tense ("would be paid", "will be
            // held"), which is a cue of its own when it has one.
            let afterAuxiliary = i > 0 && lexicon.isa(.auxiliary, tokens, i - 1)
            if lexicon.isa(.past, tokens, i) {
                if !afterAuxiliary || lexicon.isa(.auxiliary, tokens, i) { cues[i] = .past }
            } else if lexicon.isa(.present, tokens, i) {
                cues[i] = .present
            } else if tokens[i].kind == .word, !tokens[i].capitalized, tokens[i].lowerCount > 4,
                tokens[i].endsEd, !afterAuxiliary, !tokens[i].startsUn,
                !(i > 0 && lexicon.isa(.setblock, tokens, i - 1))
            {
                // Not "an unspecified date", "the proposed merger": -ed adjectives after a determiner.
                cues[i] = .past
            }
            i += 1
        }
        // "were planning to", "is expected to": an auxiliary before a future cue is part of it.
        for k in stride(from: tokens.count - 2, through: 0, by: -1)
        where cues[k + 1] == .future && cues[k] != nil && !reporting[k] && lexicon.isa(.auxiliary, tokens, k) {
            cues[k] = .future
        }
        self.cues = cues
        self.reporting = reporting
    }

    /// How far from a match a cue is looked for. Real sentences are far shorter; a "sentence" of
    /// thousands of tokens (a list or table without punctuation) made the search quadratic in the
    /// number of dates in it (600 KB of month names took 500 s; found by worst-input tests).
    static let cueReach = 256

    func tense(around match: Range<Int>) -> Tense {
        guard match.lowerBound < sentenceOf.count else { return .unknown }
        let whole = sentenceOf[match.lowerBound]
        let sentence = max(whole.lowerBound, match.lowerBound - Self.cueReach)..<min(whole.upperBound, match.upperBound + Self.cueReach)
        var left = match.lowerBound - 1
        var right = match.upperBound
        var framing: Tense?
        while left >= sentence.lowerBound || right < sentence.upperBound {
            if right < sentence.upperBound {
                if let t = cues[right] {
                    if !reporting[right] || right - match.upperBound < 2 { return t }
                    framing = framing ?? t
                }
                right += 1
            }
            if left >= sentence.lowerBound {
                if let t = cues[left] {
                    if !reporting[left] || match.lowerBound - left <= 2 { return t }
                    framing = framing ?? t
                }
                left -= 1
            }
        }
        return framing ?? .unknown
    }

    /// Sentence ranges from the document's sentences when it has them, else from punctuation and line
    /// breaks (enough for tense scope; the sentence stage does the real work).
    static func sentences(
        tokens: [DateToken], documentSentences: [(utf8Start: Int, utf8End: Int)], lexicon: DateLexicon
    ) -> [Range<Int>] {
        var out = [Range<Int>](repeating: 0..<0, count: tokens.count)
        if !documentSentences.isEmpty {
            var k = 0
            var s = 0
            while k < tokens.count {
                while s < documentSentences.count && documentSentences[s].utf8End <= tokens[k].start { s += 1 }
                if s == documentSentences.count {
                    for j in k..<tokens.count { out[j] = k..<tokens.count }
                    break
                }
                var j = k
                while j < tokens.count && tokens[j].start < documentSentences[s].utf8End { j += 1 }
                if j == k { j = k + 1 }
                for m in k..<j { out[m] = k..<j }
                k = j
            }
            return out
        }
        let dot = lexicon.lexID(".")
        let bang = lexicon.lexID("!")
        let question = lexicon.lexID("?")
        var start = 0
        var k = 0
        while k < tokens.count {
            let next = k + 1
            var boundary = next == tokens.count || tokens[next].lineBefore
            if !boundary, next < tokens.count {
                let t = tokens[k]
                if t.lexID == dot || t.lexID == bang || t.lexID == question {
                    let n = tokens[next]
                    let abbreviation = t.lexID == dot && k > 0 && tokens[k - 1].kind == .word
                        && tokens[k - 1].lowerCount <= 4 && (tokens[k - 1].capitalized || tokens[k - 1].lowerCount == 1)
                    boundary = n.spaceBefore && (n.capitalized || n.kind != .word) && !abbreviation
                }
            }
            if boundary {
                for m in start..<next { out[m] = start..<next }
                start = next
            }
            k = next
        }
        return out
    }
}
