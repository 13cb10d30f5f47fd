import Pipeline

/// Rule-based sentence boundaries over the tokenizer's tokens.
///
/// The tokenizer already decided what a period belongs to (an abbreviation keeps it, a sentence end
/// does not) and flagged line and paragraph breaks, so most tokens cost one flag test here; the text is
/// read only around candidate boundaries (to look up the word that follows an abbreviation).
/// Quotes are never counted for balance: one unbalanced quote would otherwise swallow every sentence
/// after it. A closing quote or bracket right after a sentence end belongs to that sentence.
public struct SentenceSplitter {
    private let tokens: UnsafeBufferPointer<Token>
    private let p: UnsafeBufferPointer<UInt8>
    private let offsets: ScalarOffsetMap
    private let n: Int

    /// The token index ranges of the sentences of `text`, whose tokens are `tokens`.
    public static func split(text: String, tokens: [Token], offsets: ScalarOffsetMap) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                SentenceSplitter(tokens: tokenBuffer, p: bytes, offsets: offsets).run()
            }
        }
    }

    private init(tokens: UnsafeBufferPointer<Token>, p: UnsafeBufferPointer<UInt8>, offsets: ScalarOffsetMap) {
        self.tokens = tokens
        self.p = p
        self.offsets = offsets
        self.n = tokens.count
    }

    private struct Marker {
        var letter: Bool
        var value: Int
        var style: UInt8  // "." , ")" or "]" (for ".)")
    }

    private enum Verdict {
        case split(last: Int)
        case keep(at: Int)
    }

    // MARK: token helpers

    @inline(__always) private func flags(_ k: Int) -> TokenFlags { tokens[k].flags }

    private func bytes(_ k: Int) -> Range<Int> {
        let a = offsets.utf8Offset(scalar: tokens[k].start)
        let b = offsets.utf8Offset(scalar: tokens[k].end)
        return max(0, min(a, p.count))..<max(0, min(b, p.count))
    }

    private func isSingle(_ k: Int, _ ascii: UInt8) -> Bool {
        guard tokens[k].end - tokens[k].start == 1 else { return false }
        let r = bytes(k)
        return r.count == 1 && p[r.lowerBound] == ascii
    }

    private func isSingleDot(_ k: Int) -> Bool {
        flags(k).contains(.terminal) && isSingle(k, UInt8(ascii: "."))
    }

    /// Starts with a lower-case letter ("the", "iPhone", "’s" does not).
    private func lowerStart(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(.lowercase) { return true }
        guard f.contains(.alphabetic), !f.contains(.capitalized), !f.contains(.webLike),
            !f.contains(.unspacedScript)
        else { return false }
        let r = bytes(k)
        guard !r.isEmpty else { return false }
        let b = p[r.lowerBound]
        if b < 0x80 { return b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        return CharClassifier.classifyScalar(decodeScalar(p, r.lowerBound).value) == .lower
    }

    /// Could open a sentence: a capitalised word, a number, an opening quote or bracket, a bullet.
    private func opensSentence(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(.capitalized) || f.contains(.opening) || f.contains(.bullet) { return true }
        if f.contains(.numeric) && !f.contains(.alphabetic) { return true }
        return !lowerStart(k) && !f.contains(.clitic) && !f.contains(.punctuation)
    }

    private func isStarter(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(.prepositive) { return true }
        guard f.contains(.capitalized) else { return false }
        return EnglishAbbreviations.isSentenceStarter(p, bytes(k))
    }

    private func isPronounI(_ k: Int) -> Bool { isSingle(k, UInt8(ascii: "I")) }

    /// Index of the last closing quote or bracket attached after `k`.
    private func closersEnd(_ k: Int) -> Int {
        var j = k
        while j + 1 < n, flags(j + 1).contains(.closing), !flags(j + 1).contains(.spaceBefore) { j += 1 }
        return j
    }

    /// A short prepositional opening ("At 5 a.m.") cannot be a sentence by itself.
    private func isFragment(_ s: Int, _ k: Int) -> Bool {
        guard k - s <= 3, flags(s).contains(.capitalized) else { return false }
        let r = bytes(s)
        guard r.count <= 6 else { return false }
        let word = Array(p[r])
        return Self.openingPrepositions.contains(word)
    }

    private static let openingPrepositions: Set<[UInt8]> = Set(
        ["At", "On", "In", "By", "Before", "After", "Until", "Till", "Since", "From", "Around", "About", "Near"]
            .map { Array($0.utf8) })

    // MARK: list markers

    /// A list marker starting at `i` ("1.", "2)", "3.)", "a.", "b)"): its last token and value.
    private func marker(at i: Int) -> (last: Int, marker: Marker)? {
        guard i < n else { return nil }
        let f = flags(i)
        let r = bytes(i)
        var value = 0
        var letter = false
        var j = i
        var style: UInt8 = 0
        if f.contains(.numeric) && !f.contains(.alphabetic) {
            guard r.count <= 3 else { return nil }
            for b in p[r] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
        } else if f.contains(.lowercase), r.count == 1 || (r.count == 2 && f.contains(.abbreviation)) {
            letter = true
            value = Int(p[r.lowerBound])
            if r.count == 2 { style = UInt8(ascii: ".") }
        } else {
            return nil
        }
        // Attached "." and ")" after the number or letter.
        if j + 1 < n, !flags(j + 1).contains(.spaceBefore), style == 0, isSingleDot(j + 1) {
            j += 1
            style = UInt8(ascii: ".")
        }
        if j + 1 < n, !flags(j + 1).contains(.spaceBefore), isSingle(j + 1, UInt8(ascii: ")")) {
            j += 1
            style = style == UInt8(ascii: ".") ? UInt8(ascii: "]") : UInt8(ascii: ")")
        }
        guard style != 0, j + 1 < n, flags(j + 1).contains(.spaceBefore), !flags(j).contains(.lineEndAfter)
        else { return nil }
        return (j, Marker(letter: letter, value: value, style: style))
    }

    // MARK: decisions

    /// The decision at a sentence-final mark or an abbreviation at `k` in the sentence starting at `s`.
    private func decideTerminal(_ k: Int, _ s: Int) -> Verdict {
        let f = flags(k)
        if f.contains(.abbreviation) { return decideAbbreviation(k, s) }
        // Dots spaced out as an ellipsis (". . ." or "word. . . .").
        if isSingleDot(k), k + 1 < n, isSingleDot(k + 1), flags(k + 1).contains(.spaceBefore) {
            var e = k + 1
            while e + 1 < n, isSingleDot(e + 1), flags(e + 1).contains(.spaceBefore) { e += 1 }
            let count = e - k + 1
            let attached = !f.contains(.spaceBefore) && k > s
            let after = closersEnd(e)
            if count >= 4, attached, after + 1 < n, flags(after + 1).contains(.capitalized) {
                return .split(last: k)  // "compounds. . . . The": the period ends it, the ellipsis opens the next
            }
            return decideEllipsis(k: k, runEnd: e, dots: count, s: s)
        }
        if f.contains(.ellipsis) {
            if k > 0, k + 1 < n, flags(k - 1).contains(.opening), flags(k - 1).contains(.bracket),
                flags(k + 1).contains(.closing)
            {
                return .keep(at: k)  // "[...]" marks an omission inside a quotation
            }
            let r = bytes(k)
            var dots = 0
            for b in p[r] { dots += b == UInt8(ascii: ".") ? 1 : (b == 0xA6 ? 3 : 0) }
            return decideEllipsis(k: k, runEnd: k, dots: dots, s: s)
        }
        let last = closersEnd(k)
        guard last + 1 < n else { return .split(last: last) }
        let next = last + 1
        let r = bytes(k)
        if let first = r.first.map({ p[$0] }), first >= 0x80 {
            return .split(last: last)  // "。", "！", "؟": no space is expected after them
        }
        if !flags(next).contains(.spaceBefore) {
            // "world.Today", "1,000.That"
            let splitHere = flags(next).contains(.capitalized) && !f.contains(.spaceBefore) && k > s
            return splitHere ? .split(last: last) : .keep(at: k)
        }
        if lowerStart(next) || flags(next).contains(.clitic) { return .keep(at: k) }
        if flags(next).contains(.punctuation) && !flags(next).contains(.opening) && !flags(next).contains(.bullet)
            && !flags(next).contains(.quote)
        {
            return .keep(at: k)
        }
        return .split(last: last)
    }

    private func decideEllipsis(k: Int, runEnd e: Int, dots: Int, s: Int) -> Verdict {
        if k == s { return .keep(at: e) }  // an ellipsis opening a sentence
        let after = closersEnd(e)
        guard after + 1 < n else { return .split(last: after) }
        let next = after + 1
        if dots >= 4 { return opensSentence(next) && !lowerStart(next) ? .split(last: after) : .keep(at: e) }
        // A three-dot ellipsis usually marks an omission inside the sentence.
        return isStarter(next) && !isPronounI(next) ? .split(last: after) : .keep(at: e)
    }

    private func decideAbbreviation(_ k: Int, _ s: Int) -> Verdict {
        let f = flags(k)
        let last = closersEnd(k)
        guard last + 1 < n else { return .split(last: last) }
        let next = last + 1
        let nf = flags(next)
        if nf.contains(.clitic) || lowerStart(next) { return .keep(at: k) }
        if nf.contains(.numeric) && !nf.contains(.alphabetic) { return .keep(at: k) }
        if f.contains(.prepositive) { return .keep(at: k) }
        let isInitial = tokens[k].end - tokens[k].start == 2 && f.contains(.capitalized)
        if isInitial {
            // "Jonas E. Smith", "J. R. R. Tolkien" vs "you and I. Did": an initial follows a name.
            if k == s { return .keep(at: k) }
            if nf.contains(.abbreviation), tokens[next].end - tokens[next].start == 2 { return .keep(at: k) }
            let pf = flags(k - 1)
            if pf.contains(.capitalized) || pf.contains(.allCaps) { return .keep(at: k) }
            return nf.contains(.capitalized) ? .split(last: last) : .keep(at: k)
        }
        if nf.contains(.opening) && nf.contains(.quote) { return .split(last: last) }
        if isStarter(next) && !isFragment(s, k) { return .split(last: last) }
        return .keep(at: k)
    }

    /// Whether the line break after `k` (not a paragraph break) ends the sentence.
    private func lineBreakSplits(_ k: Int, lineStart: Int) -> Bool {
        let next = k + 1
        guard next < n else { return true }
        let nf = flags(next)
        if nf.contains(.bullet) || marker(at: next) != nil { return true }
        let f = flags(k)
        if f.contains(.terminal) || f.contains(.abbreviation) || endsWithTerminal(k) {
            return !lowerStart(next) && !f.contains(.prepositive)
        }
        if f.contains(.punctuation) && !f.contains(.closing) { return false }  // "," ";" ":" "-" continue the sentence
        // A line without final punctuation: a heading, a by-line or a list item when short.
        var nextLineEnd = next
        while nextLineEnd + 1 < n, !flags(nextLineEnd).contains(.lineEndAfter) { nextLineEnd += 1 }
        let lineLength = k - lineStart + 1
        let nextLength = nextLineEnd - next + 1
        let lineChars = tokens[k].end - tokens[lineStart].start
        let firstOpens = opensSentence(lineStart) && !lowerStart(lineStart)
        if lineLength <= 12, lineChars <= 100, firstOpens, opensSentence(next), !lowerStart(next) {
            return true
        }
        let nextEndsSentence =
            flags(nextLineEnd).contains(.terminal) || flags(nextLineEnd).contains(.abbreviation)
            || endsWithTerminal(nextLineEnd)
        return !nextEndsSentence && lineLength <= 8 && nextLength <= 8
    }

    /// A closing quote or bracket right after a sentence-final mark.
    private func endsWithTerminal(_ k: Int) -> Bool {
        var j = k
        while j > 0, flags(j).contains(.closing), !flags(j).contains(.spaceBefore) { j -= 1 }
        return j != k && flags(j).contains(.terminal)
    }

    // MARK: main loop

    private func run() -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var s = 0
        var k = 0
        var lineStart = 0
        var expected: Marker? = nil
        while k < n {
            if k == s, let found = marker(at: flags(s).contains(.bullet) ? s + 1 : s) {
                let (markerLast, m) = found
                let afterBullet = flags(s).contains(.bullet)
                let matchesExpected =
                    expected.map { $0.letter == m.letter && $0.value == m.value && $0.style == m.style } ?? false
                let firstOfList = m.value == (m.letter ? Int(UInt8(ascii: "a")) : 1)
                if afterBullet || matchesExpected || firstOfList || (s == lineStart && !m.letter) {
                    expected = Marker(letter: m.letter, value: m.value + 1, style: m.style)
                    k = markerLast + 1
                    continue
                }
            }
            var boundaryLast: Int? = nil
            var at = k
            let f = flags(k)
            if f.contains(.terminal) || f.contains(.abbreviation) {
                switch decideTerminal(k, s) {
                case .split(let last): boundaryLast = last
                case .keep(let position): at = position
                }
            }
            if boundaryLast == nil {
                let af = flags(at)
                if af.contains(.paragraphEndAfter) {
                    boundaryLast = at
                } else if af.contains(.lineEndAfter), lineBreakSplits(at, lineStart: lineStart) {
                    boundaryLast = at
                } else if at + 1 < n {
                    let nf = flags(at + 1)
                    if nf.contains(.spaceBefore) {
                        if nf.contains(.bullet) && !af.contains(.bullet) {
                            boundaryLast = at
                        } else if let e = expected, let found = marker(at: at + 1),
                            found.marker.letter == e.letter, found.marker.value == e.value, found.marker.style == e.style
                        {
                            boundaryLast = at
                        }
                    }
                }
            }
            let last = boundaryLast ?? at
            for j in k...last where flags(j).contains(.lineEndAfter) {
                lineStart = j + 1
                if flags(j).contains(.paragraphEndAfter) { expected = nil }
            }
            if let boundary = boundaryLast {
                sentences.append(s..<(boundary + 1))
                s = boundary + 1
            }
            k = last + 1
        }
        if s < n { sentences.append(s..<n) }
        return sentences
    }
}
