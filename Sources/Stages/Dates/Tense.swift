/// The tense a date's sentence points to, used to pick the year of "December 28" or the week of "Friday".
enum Tense: Sendable { case past, present, future, unknown }

/// Finds the tense cue nearest to a match inside its sentence, as HeidelTime's news strategy does with
/// the sentence's verbs: lexicon cues ("will", "said", "is") and regular past forms (-ed after no
/// auxiliary, so "will be postponed" stays future). Cues are found once per document, every token of a
/// phrase cue marked ("as soon as Tuesday" is future from either side). A reporting verb ("said",
/// "says") right next to the date is its verb ("said Friday"); further away it frames what is reported
/// ("will leave at 4 a.m. Thursday, Castro said") and counts only when the sentence has no other cue.
///
/// A class: the grammar keeps it, and copying a struct of five arrays and the lexicon retained each.
final class TenseScope {
    /// For each token, the token range of its sentence.
    let sentenceOf: SentenceIndex
    private let tokens: [DateToken]
    /// The text's UTF-8 bytes, for the lower-case facts of words the lexer deferred (`DateToken.deferred`).
    private let bytes: [UInt8]
    private let lexicon: DateLexicon
    /// Cues are found per sentence when a rule first asks for a tense there: most sentences hold no
    /// year-less date, and scanning every token for cues was a fifth of the stage's time.
    private let cache: Cues

    /// Per token: the tense cue it is part of (nil: none) and whether it is a reporting verb; per
    /// sentence: whether its cues are known.
    /// Unchecked exclusivity: one scope per document on one thread, never re-entered, and the dynamic
    /// checks were runtime calls on every tense asked for.
    /// The arrays are made when a tense is first asked for: most documents' dates need none.
    private final class Cues {
        @exclusivity(unchecked) var cue: [Tense?] = []
        @exclusivity(unchecked) var reporting: [Bool] = []
        @exclusivity(unchecked) var known: [Bool] = []
        let tokens: Int
        let sentences: Int
        init(tokens: Int, sentences: Int) {
            self.tokens = tokens
            self.sentences = sentences
        }

        private var allocated = false

        func allocate() {
            guard !allocated else { return }
            allocated = true
            cue = [Tense?](repeating: nil, count: tokens)
            reporting = [Bool](repeating: false, count: tokens)
            known = [Bool](repeating: false, count: sentences)
        }
    }

    init(tokens: [DateToken], bytes: [UInt8], sentenceOf: SentenceIndex, lexicon: DateLexicon) {
        self.sentenceOf = sentenceOf
        self.tokens = tokens
        self.bytes = bytes
        self.lexicon = lexicon
        self.cache = Cues(tokens: tokens.count, sentences: sentenceOf.ranges.count)
    }

    /// The cues of sentence `s`, found as a scan of the whole text would find them: the scan runs over
    /// a stretch that starts and ends where no cue phrase can straddle (so the greedy phrase matching
    /// is in step with a whole-text scan) and ends after a token that is not an auxiliary (so the
    /// backward pass below cannot reach in from the right).
    private func ensureCues(sentence s: Int) {
        cache.allocate()
        guard !cache.known[s] else { return }
        cache.known[s] = true
        let n = tokens.count
        let range = sentenceOf.ranges[s]
        var a = range.lowerBound
        while a > 0 && !inStep(a) { a -= 1 }
        var b = range.upperBound
        while b < n && !(inStep(b) && !lexicon.isa(.auxiliary, tokens, b - 1)) { b += 1 }
        scan(a, b)
    }

    /// No future or reporting phrase starting before token `q` runs past it.
    private func inStep(_ q: Int) -> Bool {
        var s = max(0, q - lexicon.longestCuePhrase + 1)
        while s < q {
            if let m = lexicon.match(.future, tokens, s), m.end > q { return false }
            if let m = lexicon.match(.reporting, tokens, s), m.end > q { return false }
            s += 1
        }
        return true
    }

    /// Lexicon cues ("will", "said", "is") and regular past forms over tokens `a..<b`.
    private func scan(_ a: Int, _ b: Int) {
        // Worked on as locals (swapped out and back) so each write is a plain store.
        var cue: [Tense?] = []
        var reporting: [Bool] = []
        swap(&cue, &cache.cue)
        swap(&reporting, &cache.reporting)
        defer {
            swap(&cue, &cache.cue)
            swap(&reporting, &cache.reporting)
        }
        let apostrophe = lexicon.apostropheID
        var i = a
        while i < b {
            // Capitalised words are names here ("United States", "Will Smith"), not verbs. (Fields are read
            // in place: copying a token retains its string.)
            guard tokens[i].kind == .word && !tokens[i].capitalized || tokens[i].lexID == apostrophe,
                tokens[i].lexID >= 0 || tokens[i].end - tokens[i].start > 4
            else {
                i += 1
                continue
            }
            // Most words start no cue phrase: only the "-ed" test below can apply to them.
            let id = tokens[i].lexID
            if id < 0 || lexicon.masks[Int(id)] & TenseScope.cueClasses == 0 {
                if tokens[i].kind == .word, !tokens[i].capitalized, regularPast(i),
                    !(i > 0 && lexicon.isa(.auxiliary, tokens, i - 1)),
                    !(i > 0 && lexicon.isa(.setblock, tokens, i - 1))
                {
                    cue[i] = .past
                }
                i += 1
                continue
            }
            if let m = lexicon.match(.future, tokens, i) {
                for k in i..<m.end { cue[k] = .future }
                i = m.end
                continue
            }
            if let m = lexicon.match(.reporting, tokens, i) {
                for k in i..<m.end {
                    cue[k] = m.entry.number < 0 ? .past : .present
                    reporting[k] = true
                }
                i = m.end
                continue
            }
            // A participle after an auxiliary takes the auxiliary's tense ("would be paid", "will be
            // held"), which is a cue of its own when it has one.
            let afterAuxiliary = i > 0 && lexicon.isa(.auxiliary, tokens, i - 1)
            if lexicon.isa(.past, tokens, i) {
                if !afterAuxiliary || lexicon.isa(.auxiliary, tokens, i) { cue[i] = .past }
            } else if lexicon.isa(.present, tokens, i) {
                cue[i] = .present
            } else if tokens[i].kind == .word, !tokens[i].capitalized, regularPast(i), !afterAuxiliary,
                !(i > 0 && lexicon.isa(.setblock, tokens, i - 1))
            {
                // Not "an unspecified date", "the proposed merger": -ed adjectives after a determiner.
                cue[i] = .past
            }
            i += 1
        }
        // "were planning to", "is expected to": an auxiliary before a future cue is part of it.
        var k = b - 2
        while k >= a {
            if cue[k + 1] == .future && cue[k] != nil && !reporting[k]
                && lexicon.isa(.auxiliary, tokens, k)
            {
                cue[k] = .future
            }
            k -= 1
        }
    }

    /// The word looks like a regular past form: five letters or more lower-cased, ending in "ed", not
    /// starting with "un".
    @inline(__always)
    private func regularPast(_ i: Int) -> Bool {
        guard tokens[i].deferred else {
            return tokens[i].lowerCount > 4 && tokens[i].endsEd && !tokens[i].startsUn
        }
        let facts = tokens[i].lowerFacts(in: bytes)
        return facts.count > 4 && facts.endsEd && !facts.startsUn
    }

    /// The classes whose phrases are cues by their first word.
    static let cueClasses =
        DateLexicon.bit(.future) | DateLexicon.bit(.reporting) | DateLexicon.bit(.past) | DateLexicon.bit(.present)

    /// How far from a match a cue is looked for. Real sentences are far shorter; a "sentence" of
    /// thousands of tokens (a list or table without punctuation) made the search quadratic in the
    /// number of dates in it (600 KB of month names took 500 s; found by worst-input tests).
    static let cueReach = 256

    func tense(around match: Range<Int>) -> Tense {
        guard match.lowerBound < sentenceOf.count else { return .unknown }
        let s = sentenceOf.number(of: match.lowerBound)
        ensureCues(sentence: s)
        let cues = cache.cue
        let reporting = cache.reporting
        let whole = sentenceOf.ranges[s]
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
        tokens: [DateToken], bytes: [UInt8], documentSentenceEnds: [Int], lexicon: DateLexicon
    ) -> SentenceIndex {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(documentSentenceEnds.isEmpty ? 16 : documentSentenceEnds.count + 1)
        do {
            if !documentSentenceEnds.isEmpty {
                var k = 0
                var s = 0
                while k < tokens.count {
                    while s < documentSentenceEnds.count && documentSentenceEnds[s] <= tokens[k].start { s += 1 }
                    if s == documentSentenceEnds.count {
                        ranges.append(k..<tokens.count)
                        break
                    }
                    // The first token at or after the sentence's end (UTF-8), by binary search (token starts rise).
                    let end = documentSentenceEnds[s]
                    var lo = k
                    var hi = tokens.count
                    tokens.withUnsafeBufferPointer { tokens in
                        while lo < hi {
                            let mid = (lo &+ hi) >> 1
                            if tokens[mid].start < end { lo = mid &+ 1 } else { hi = mid }
                        }
                    }
                    var j = lo
                    if j == k { j = k + 1 }
                    ranges.append(k..<j)
                    k = j
                }
                return SentenceIndex(ranges: ranges, count: tokens.count)
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
                        let abbreviation: Bool
                        if t.lexID == dot && k > 0 && tokens[k - 1].kind == .word {
                            let count = tokens[k - 1].lowerFacts(in: bytes).count
                            abbreviation = count <= 4 && (tokens[k - 1].capitalized || count == 1)
                        } else {
                            abbreviation = false
                        }
                        boundary = n.spaceBefore && (n.capitalized || n.kind != .word) && !abbreviation
                    }
                }
                if boundary {
                    ranges.append(start..<next)
                    start = next
                }
                k = next
            }
        }
        return SentenceIndex(ranges: ranges, count: tokens.count)
    }
}

/// The sentences as consecutive token ranges covering `0..<count`. A token's sentence is found by
/// binary search: it is asked for once per match and tense, not for every token.
struct SentenceIndex {
    let ranges: [Range<Int>]
    let count: Int

    /// The number of the sentence holding token `i` (`0 <= i < count`).
    func number(of i: Int) -> Int {
        var lo = 0
        var hi = ranges.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if ranges[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    subscript(i: Int) -> Range<Int> { ranges[number(of: i)] }
}
