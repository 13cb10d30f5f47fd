import Pipeline

/// Rule-based sentence boundaries over the tokenizer's tokens.
///
/// The tokenizer already decided what a period belongs to (an abbreviation keeps it, a sentence end
/// does not) and flagged line and paragraph breaks, so most tokens cost one flag test here; the text is
/// read only around candidate boundaries (to look up the word that follows an abbreviation).
/// Quotes are never counted for balance: one unbalanced quote would otherwise swallow every sentence
/// after it. A closing quote or bracket right after a sentence end belongs to that sentence.
struct SentenceSplitter {
    private let tokens: UnsafeBufferPointer<Token>
    private let p: UnsafeBufferPointer<UInt8>
    private let offsets: ScalarOffsetMap
    private let n: Int
    private let cursor: UTF8Cursor
    private typealias F = FlagBits

    /// The token index ranges of the sentences of `text`, whose tokens are `tokens`.
    static func split(text: String, tokens: [Token], offsets: ScalarOffsetMap) -> [Range<Int>] {
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
        self.cursor = UTF8Cursor(p, offsets)
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
        if offsets.isASCII {
            return min(tokens[k].start, p.count)..<min(tokens[k].end, p.count)
        }
        let a = cursor.utf8Offset(scalar: tokens[k].start)
        let b = cursor.utf8Offset(scalar: tokens[k].end)
        return a..<max(a, b)
    }

    /// "I." (the pronoun before a full stop, not an initial).
    private func isInitialI(_ k: Int) -> Bool {
        let r = bytes(k)
        return r.count == 2 && r.lowerBound < p.count && p[r.lowerBound] == 0x49
    }

    private func isSingle(_ k: Int, _ ascii: UInt8) -> Bool {
        guard tokens[k].end - tokens[k].start == 1 else { return false }
        let r = bytes(k)
        return r.count == 1 && p[r.lowerBound] == ascii
    }

    private func isSingleDot(_ k: Int) -> Bool {
        flags(k).contains(F.terminal) && isSingle(k, UInt8(ascii: "."))
    }

    /// Starts with a lower-case letter ("the", "iPhone", "’s" does not).
    private func lowerStart(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(F.lowercase) { return true }
        guard f.contains(F.alphabetic), !f.contains(F.capitalized), !f.contains(F.webLike),
            !f.contains(F.unspacedScript)
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
        if f.contains(F.capitalized) || f.contains(F.opening) || f.contains(F.bullet) { return true }
        if f.contains(F.numeric) && !f.contains(F.alphabetic) { return true }
        return !lowerStart(k) && !f.contains(F.clitic) && !f.contains(F.punctuation)
    }

    private func isStarter(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(F.prepositive) { return true }
        guard f.contains(F.capitalized) else { return false }
        return EnglishAbbreviations.isSentenceStarter(p, bytes(k))
    }

    private func isPronounI(_ k: Int) -> Bool { isSingle(k, UInt8(ascii: "I")) }

    /// Index of the last closing quote or bracket attached after `k`.
    private func closersEnd(_ k: Int) -> Int {
        var j = k
        while j + 1 < n, flags(j + 1).contains(F.closing), !flags(j + 1).contains(F.spaceBefore) { j += 1 }
        return j
    }

    /// A short prepositional opening ("At 5 a.m.") cannot be a sentence by itself.
    private func isFragment(_ s: Int, _ k: Int) -> Bool {
        guard k - s <= 3, flags(s).contains(F.capitalized) else { return false }
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
        // Most sentences open with a capitalised word: no marker, and no need to find its bytes.
        guard (f.contains(F.numeric) && !f.contains(F.alphabetic)) || f.contains(F.lowercase) else { return nil }
        let r = bytes(i)
        var value = 0
        var letter = false
        var j = i
        var style: UInt8 = 0
        if f.contains(F.numeric) && !f.contains(F.alphabetic) {
            guard r.count <= 3 else { return nil }
            for b in p[r] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
        } else if f.contains(F.lowercase), r.count == 1 || (r.count == 2 && f.contains(F.abbreviation)) {
            letter = true
            value = Int(p[r.lowerBound])
            if r.count == 2 { style = UInt8(ascii: ".") }
        } else {
            return nil
        }
        // Attached "." and ")" after the number or letter.
        if j + 1 < n, !flags(j + 1).contains(F.spaceBefore), style == 0, isSingleDot(j + 1) {
            j += 1
            style = UInt8(ascii: ".")
        }
        if j + 1 < n, !flags(j + 1).contains(F.spaceBefore), isSingle(j + 1, UInt8(ascii: ")")) {
            j += 1
            style = style == UInt8(ascii: ".") ? UInt8(ascii: "]") : UInt8(ascii: ")")
        }
        guard style != 0, j + 1 < n, flags(j + 1).contains(F.spaceBefore), !flags(j).contains(F.lineEndAfter)
        else { return nil }
        return (j, Marker(letter: letter, value: value, style: style))
    }

    // MARK: decisions

    /// The decision at a sentence-final mark or an abbreviation at `k` in the sentence starting at `s`.
    private func decideTerminal(_ k: Int, _ s: Int) -> Verdict {
        let f = flags(k)
        if f.contains(F.abbreviation) { return decideAbbreviation(k, s) }
        // Dots spaced out as an ellipsis (". . ." or "word. . . .").
        // (Flags first: finding a token's bytes is the costly part.)
        if k + 1 < n, flags(k + 1).contains(F.spaceBefore), isSingleDot(k + 1), isSingleDot(k) {
            var e = k + 1
            while e + 1 < n, isSingleDot(e + 1), flags(e + 1).contains(F.spaceBefore) { e += 1 }
            let count = e - k + 1
            let attached = !f.contains(F.spaceBefore) && k > s
            let after = closersEnd(e)
            if count >= 4, attached, after + 1 < n, flags(after + 1).contains(F.capitalized) {
                return .split(last: k)  // "compounds. . . . The": the period ends it, the ellipsis opens the next
            }
            return decideEllipsis(k: k, runEnd: e, dots: count, s: s)
        }
        if f.contains(F.ellipsis) {
            if k > 0, k + 1 < n, flags(k - 1).contains(F.opening), flags(k - 1).contains(F.bracket),
                flags(k + 1).contains(F.closing)
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
        if !flags(next).contains(F.spaceBefore) {
            // "world.Today", "1,000.That"
            let splitHere = flags(next).contains(F.capitalized) && !f.contains(F.spaceBefore) && k > s
            return splitHere ? .split(last: last) : .keep(at: k)
        }
        if flags(next).contains(F.clitic) { return .keep(at: k) }
        if lowerStart(next) { return informalStart(k, last: last, s: s) ? .split(last: last) : .keep(at: k) }
        if flags(next).contains(F.punctuation) && !flags(next).contains(F.opening) && !flags(next).contains(F.bullet)
            && !flags(next).contains(F.quote)
        {
            return .keep(at: k)
        }
        return .split(last: last)
    }

    /// Web text (e-mail, reviews, forum posts) often starts a sentence in lower case: "where did you grow
    /// up? india?", "call them at noon. they haven't heard from you". A sentence-final mark that stands
    /// bare (no closing quote or bracket: "'Why?' he asked" goes on) after a word of the sentence ends it
    /// before a lower-case word too. A period only does so after a word of two letters or more that is not
    /// an abbreviation (the tokenizer gave the period to the sentence, not to the word).
    private func informalStart(_ k: Int, last: Int, s: Int) -> Bool {
        guard last == k, k > s else { return false }
        let r = bytes(k)
        guard r.count == 1 else { return false }
        let mark = p[r.lowerBound]
        let before = flags(k - 1)
        if mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!") {
            // "She works at Yahoo! in accounting", "Jeopardy! host": a name spelled with the mark, inside
            // the sentence ("Thanks! i will" opens with its word and still ends).
            if before.contains(F.capitalized) && k - 1 > s { return false }
            return !before.contains(F.punctuation) || before.contains(F.closing)
        }
        guard mark == UInt8(ascii: "."), !flags(k).contains(F.spaceBefore) else { return false }
        guard before.contains(F.alphabetic) || before.contains(F.numeric) || before.contains(F.closing) else { return false }
        if before.contains(F.abbreviation) || before.contains(F.webLike) { return false }
        return tokens[k - 1].end - tokens[k - 1].start >= 2 || before.contains(F.closing)
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
        if nf.contains(F.clitic) || lowerStart(next) { return .keep(at: k) }
        if nf.contains(F.numeric) && !nf.contains(F.alphabetic) { return .keep(at: k) }
        if f.contains(F.prepositive) { return .keep(at: k) }
        let isInitial = tokens[k].end - tokens[k].start == 2 && f.contains(F.capitalized)
        if isInitial {
            // "Jonas E. Smith", "J. R. R. Tolkien" vs "you and I. Did": an initial follows a name.
            if k == s { return .keep(at: k) }
            if nf.contains(F.abbreviation), tokens[next].end - tokens[next].start == 2 { return .keep(at: k) }
            let pf = flags(k - 1)
            if pf.contains(F.capitalized) || pf.contains(F.allCaps) { return .keep(at: k) }
            // "In an interview, W. Brent LeGere, chairman": after a comma an initial opens a name (not "I").
            if isSingle(k - 1, 0x2C), !isInitialI(k) { return .keep(at: k) }
            // "said C. Alan MacDonald", "led by J. Edgar Hoover": after a lower-case word, an initial with
            // two capitalized words after it on its line opens a name; "vitamin C. Smith said" ends, and so
            // do "because of X. So I may" (the pronoun is no name's word) and a word that commonly opens a sentence.
            if last == k, !isInitialI(k), lowerStart(k - 1), next + 1 < n, nf.contains(F.capitalized),
                !nf.contains(F.lineEndAfter), flags(next + 1).contains(F.capitalized), !isStarter(next),
                !isPronounI(next + 1)
            {
                return .keep(at: k)
            }
            return nf.contains(F.capitalized) ? .split(last: last) : .keep(at: k)
        }
        if nf.contains(F.opening) && nf.contains(F.quote) { return .split(last: last) }
        if last == k, isCountryBeforeLegislator(k, next) { return .keep(at: k) }
        if isStarter(next) && !isFragment(s, k) { return .split(last: last) }
        return .keep(at: k)
    }

    /// "U.S. Sen. Robert F. Kennedy", "U.S. Rep. Ann Lee": American news writes the country before a
    /// legislator's title, and a sentence that ended on "U.S." would rarely open with "Sen." or "Rep.".
    private func isCountryBeforeLegislator(_ k: Int, _ next: Int) -> Bool {
        func spells(_ t: Int, _ word: StaticString) -> Bool {
            let r = bytes(t)
            guard r.count == word.utf8CodeUnitCount else { return false }
            for (i, b) in r.enumerated() where b < p.count && p[b] | 0x20 != word.utf8Start[i] | 0x20 { return false }
            return true
        }
        guard spells(k, "u.s.") else { return false }
        return spells(next, "sen.") || spells(next, "rep.")
    }

    /// Whether the line break after `k` (not a paragraph break) ends the sentence.
    private func lineBreakSplits(_ k: Int, lineStart: Int) -> Bool {
        let next = k + 1
        guard next < n else { return true }
        let nf = flags(next)
        if nf.contains(F.bullet) || marker(at: next) != nil { return true }
        let f = flags(k)
        if f.contains(F.terminal) || f.contains(F.abbreviation) || endsWithTerminal(k) {
            return !lowerStart(next) && !f.contains(F.prepositive)
        }
        if f.contains(F.punctuation) && !f.contains(F.closing) { return false }  // "," ";" ":" "-" continue the sentence
        // A line without final punctuation: a heading, a by-line or a list item when short.
        var nextLineEnd = next
        while nextLineEnd + 1 < n, !flags(nextLineEnd).contains(F.lineEndAfter) { nextLineEnd += 1 }
        let lineLength = k - lineStart + 1
        let nextLength = nextLineEnd - next + 1
        let lineChars = tokens[k].end - tokens[lineStart].start
        let firstOpens = opensSentence(lineStart) && !lowerStart(lineStart)
        if lineLength <= 12, lineChars <= 100, firstOpens, opensSentence(next), !lowerStart(next) {
            return true
        }
        let nextEndsSentence =
            flags(nextLineEnd).contains(F.terminal) || flags(nextLineEnd).contains(F.abbreviation)
            || endsWithTerminal(nextLineEnd)
        return !nextEndsSentence && lineLength <= 8 && nextLength <= 8
    }

    /// A closing quote or bracket right after a sentence-final mark.
    private func endsWithTerminal(_ k: Int) -> Bool {
        var j = k
        while j > 0, flags(j).contains(F.closing), !flags(j).contains(F.spaceBefore) { j -= 1 }
        return j != k && flags(j).contains(F.terminal)
    }

    // MARK: main loop

    private func run() -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var s = 0
        var k = 0
        var lineStart = 0
        var expected: Marker? = nil
        let stops: TokenFlags = [F.terminal, F.abbreviation, F.lineEndAfter, F.paragraphEndAfter]
        while k < n {
            // Inside a sentence, a token that ends nothing and is not followed by a bullet or an
            // expected list marker only moves on (what the general step below does for it, cheaper).
            if k != s, expected == nil, k + 1 < n, flags(k).isDisjoint(with: stops),
                !flags(k + 1).contains(F.bullet)
            {
                k += 1
                continue
            }
            if k == s, let found = marker(at: flags(s).contains(F.bullet) ? s + 1 : s) {
                let (markerLast, m) = found
                let afterBullet = flags(s).contains(F.bullet)
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
            if f.contains(F.terminal) || f.contains(F.abbreviation) {
                switch decideTerminal(k, s) {
                case .split(let last): boundaryLast = last
                case .keep(let position): at = position
                }
            }
            if boundaryLast == nil {
                let af = flags(at)
                if af.contains(F.paragraphEndAfter) {
                    boundaryLast = at
                } else if af.contains(F.lineEndAfter), lineBreakSplits(at, lineStart: lineStart) {
                    boundaryLast = at
                } else if at + 1 < n {
                    let nf = flags(at + 1)
                    if nf.contains(F.spaceBefore) {
                        if nf.contains(F.bullet) && !af.contains(F.bullet) {
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
            for j in k...last where flags(j).contains(F.lineEndAfter) {
                lineStart = j + 1
                if flags(j).contains(F.paragraphEndAfter) { expected = nil }
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

/// Scalar offset -> UTF-8 offset for lookups that stay near each other (the splitter looks at the
/// tokens around its position): walks from the previous answer, eight bytes at a time, and falls back
/// to the offset map's binary search for long jumps.
private final class UTF8Cursor {
    private let p: UnsafeBufferPointer<UInt8>
    private let offsets: ScalarOffsetMap
    private var scalar = 0
    private var byte = 0

    init(_ p: UnsafeBufferPointer<UInt8>, _ offsets: ScalarOffsetMap) {
        self.p = p
        self.offsets = offsets
    }

    @inline(__always)
    private func isContinuation(_ i: Int) -> Bool { i < p.count && p[i] & 0xC0 == 0x80 }

    func utf8Offset(scalar target: Int) -> Int {
        let n = p.count
        if target < scalar - 64 || target > scalar + 4096 {
            byte = min(max(0, offsets.utf8Offset(scalar: target)), n)
            scalar = target
            return byte
        }
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while scalar + 8 < target, byte + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                let leads = 8 - ByteScan.highBitCount(x & ~(x << 1) & 0x8080_8080_8080_8080)
                byte += 8
                scalar += leads
                while isContinuation(byte) { byte += 1 }  // finish the scalar the chunk cut
            }
        }
        while scalar < target, byte < n {
            byte += 1
            while isContinuation(byte) { byte += 1 }
            scalar += 1
        }
        while scalar > target, byte > 0 {
            byte -= 1
            while byte > 0, isContinuation(byte) { byte -= 1 }
            scalar -= 1
        }
        return byte
    }
}
