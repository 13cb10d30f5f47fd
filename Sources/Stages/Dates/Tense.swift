/// The tense a date's sentence points to, used to pick the year of "December 28" or the week of "Friday".
enum Tense: Sendable { case past, present, future, unknown }

/// Finds the tense cue nearest to a match inside its sentence, as HeidelTime's news strategy does with
/// the sentence's verbs: lexicon cues ("will", "said", "is") and regular past forms (-ed after no
/// auxiliary, so "will be postponed" stays future).
struct TenseScope {
    let tokens: [DateToken]
    /// For each token, the token range of its sentence.
    let sentenceOf: [Range<Int>]
    let lexicon: DateLexicon

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
        while left >= sentence.lowerBound || right < sentence.upperBound {
            if right < sentence.upperBound {
                if let t = cue(at: right) { return t }
                right += 1
            }
            if left >= sentence.lowerBound {
                if let t = cue(at: left) { return t }
                left -= 1
            }
        }
        return .unknown
    }

    private func cue(at i: Int) -> Tense? {
        let t = tokens[i]
        guard t.kind == .word || t.lower == "'" else { return nil }
        if lexicon.isa(.future, tokens, i) { return .future }
        if lexicon.isa(.past, tokens, i) { return .past }
        if lexicon.isa(.present, tokens, i) { return .present }
        if t.kind == .word, !t.capitalized, t.lower.utf8.count > 4, t.lower.hasSuffix("ed") {
            if i > 0, lexicon.contains(.auxiliary, word: tokens[i - 1].lower) { return nil }
            return .past
        }
        return nil
    }

    /// Sentence ranges from the document's sentences when it has them, else from punctuation and line
    /// breaks (enough for tense scope; the sentence stage does the real work).
    static func sentences(
        tokens: [DateToken], documentSentences: [(utf8Start: Int, utf8End: Int)]
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
        var start = 0
        var k = 0
        while k < tokens.count {
            let next = k + 1
            var boundary = next == tokens.count || tokens[next].lineBefore
            if !boundary, next < tokens.count {
                let t = tokens[k]
                if t.lower == "." || t.lower == "!" || t.lower == "?" {
                    let n = tokens[next]
                    let abbreviation = t.lower == "." && k > 0 && tokens[k - 1].kind == .word
                        && tokens[k - 1].lower.utf8.count <= 4 && (tokens[k - 1].capitalized || tokens[k - 1].lower.utf8.count == 1)
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
