import Pipeline

/// The rule-based tokenizer: one forward pass over the UTF-8 bytes of the text.
///
/// Every decision looks at a few bytes around the current position through class tables, never at
/// `Character`s, and tokens are emitted in text order so that a forward-moving cursor converts their
/// UTF-8 offsets to scalar offsets. Runs of scripts written without spaces go to ICU's dictionary word
/// break, the one place where a rule cannot be simpler than the library.
enum Tokenizer {
    /// Tokenizes `text` without ICU for unspaced scripts (each such run becomes one token per scalar).
    static func tokenize(_ text: String) -> [Token] {
        tokenize(text, segmenter: nil)
    }

    static func tokenize(_ text: String, segmenter: UnspacedSegmenter?) -> [Token] {
        var text = text
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        return text.withUTF8 { tokenize($0, isASCII: isASCII, segmenter: segmenter) }
    }

    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, segmenter: UnspacedSegmenter?
    ) -> [Token] {
        tokenize(bytes, isASCII: isASCII, segmenter: segmenter, limit: .max).tokens
    }

    /// `tokenize`, keeping at most `limit` tokens (`overflowed` says whether the text has more): a text
    /// of millions of one-letter tokens is refused without first storing them all.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, segmenter: UnspacedSegmenter?, limit: Int
    ) -> (tokens: [Token], overflowed: Bool) {
        let built = CharClassifier.ascii.withUnsafeBufferPointer { ascii in
            CharClassifier.twoByte.withUnsafeBufferPointer { twoByte in
                // Room for a token per five bytes, news text's average; a text with more moves them once.
                TokenBuffer.build(capacity: bytes.count / 5 + 16, limit: limit) { tokens in
                    var scanner = TokenScanner(
                        p: bytes, ascii: ascii, twoByte: twoByte, isASCII: isASCII, segmenter: segmenter,
                        tokens: tokens)
                    scanner.run()
                    tokens = scanner.tokens
                }
            }
        }
        return (built.elements, built.overflowed)
    }
}

struct TokenScanner {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let ascii: UnsafeBufferPointer<CharClass>
    let twoByte: UnsafeBufferPointer<CharClass>
    let segmenter: UnspacedSegmenter?
    typealias F = FlagBits
    var cursor: ScalarCursor
    var tokens: TokenBuffer
    /// Whitespace (or the text start) since the last token.
    var spaceBefore = true
    /// Line breaks since the last token.
    var newlines = 0
    /// An e-mail scan from any start before this offset fails (see `emailEnd`).
    var emailMissUntil = 0

    init(
        p: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<CharClass>,
        twoByte: UnsafeBufferPointer<CharClass>, isASCII: Bool, segmenter: UnspacedSegmenter?,
        tokens: TokenBuffer
    ) {
        self.p = p
        self.n = p.count
        self.ascii = ascii
        self.twoByte = twoByte
        self.segmenter = segmenter
        self.cursor = ScalarCursor(p, isASCII: isASCII)
        self.tokens = tokens
    }

    // MARK: classification

    @inline(__always)
    func cls(_ i: Int) -> (CharClass, Int) {
        let b = p[i]
        if b < 0x80 { return (ascii[Int(b)], 1) }
        let (v, w) = decodeScalar(p, i)
        if v >= 0x80 && v < 0x800 { return (twoByte[Int(v) - 0x80], w) }
        return (CharClassifier.classifyScalar(v), w)
    }

    @inline(__always)
    func classAt(_ i: Int) -> CharClass? { i < n ? cls(i).0 : nil }

    @inline(__always)
    func isWordCharAt(_ i: Int) -> Bool { classAt(i)?.isWordChar ?? false }

    @inline(__always)
    func isLetterAt(_ i: Int) -> Bool { classAt(i)?.isLetter ?? false }

    @inline(__always)
    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// Width of the apostrophe (`'` or `’`) at `i`, or 0.
    @inline(__always)
    func apostropheWidth(_ i: Int) -> Int {
        guard i < n else { return 0 }
        if p[i] == UInt8(ascii: "'") { return 1 }
        if p[i] == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x99 { return 3 }
        return 0
    }

    // MARK: emission

    mutating func emit(_ start: Int, _ end: Int, _ flags: TokenFlags) {
        emitInlined(start, end, flags)
    }

    /// `emit` for the fast paths of the main loop, which emit most tokens: the call cost a fifth of it.
    @inline(__always)
    mutating func emitInlined(_ start: Int, _ end: Int, _ flags: TokenFlags) {
        var flags = flags
        if spaceBefore { flags.insert(F.spaceBefore) }
        if newlines > 0, !tokens.isEmpty {
            tokens.insertIntoLast(F.lineEndAfter)
            if newlines >= 2 { tokens.insertIntoLast(F.paragraphEndAfter) }
        }
        spaceBefore = false
        newlines = 0
        let (s, e) = cursor.scalarOffsets(start, end)
        tokens.append(Token(start: s, end: e, flags: flags))
    }

    // MARK: main loop

    mutating func run() {
        var i = 0
        while i < n {
            let (c, w) = cls(i)
            switch c {
            case .space:
                spaceBefore = true
                i += w
            case .newline:
                spaceBefore = true
                newlines += 1
                i += (p[i] == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : w
            case .upper, .lower:
                i = scanASCIIWord(i)
            case .digit:
                i = scanASCIINumber(i)
            case .letter, .mark:
                i = scanWord(i)
            case .unspaced:
                i = scanUnspaced(i)
            case .apostrophe, .quote:
                i = scanQuote(i, w)
            case .period, .bang, .ellipsis:
                i = scanTerminalRun(i)
            case .scriptTerminal:
                var j = i + w
                while j < n, cls(j).0 == .scriptTerminal { j += cls(j).1 }
                emit(i, j, [F.punctuation, F.terminal])
                i = j
            case .hyphen:
                i = scanHyphen(i, w)
            case .dash:
                emit(i, i + w, [F.punctuation])
                i += w
            case .openBracket:
                emit(i, i + w, [F.punctuation, F.bracket, F.opening])
                i += w
            case .closeBracket:
                emit(i, i + w, [F.punctuation, F.bracket, F.closing])
                i += w
            case .bullet:
                emit(i, i + w, [F.punctuation, F.bullet])
                i += w
            case .other:
                if p[i] == UInt8(ascii: ",") {  // `scanOther`'s answer for the commonest mark, without the call
                    emitInlined(i, i + 1, F.punctuation)
                    i += 1
                } else {
                    i = scanOther(i, w)
                }
            }
        }
        if newlines > 0, !tokens.isEmpty {
            tokens.insertIntoLast(F.lineEndAfter)
            if newlines >= 2 { tokens.insertIntoLast(F.paragraphEndAfter) }
        }
    }

    /// True when the next token would be the first of its line.
    var atLineStart: Bool { tokens.isEmpty || newlines > 0 }

    // MARK: words, numbers, abbreviations, clitics

    /// Most tokens of news text are runs of ASCII letters ended by a space, a line break, `,`, `;`,
    /// `)` or a few other marks: none of `scanWord`'s rules (URLs and e-mail need `:`, `.` or `@`; clitics an apostrophe;
    /// abbreviations a period; compounds a hyphen) can apply, so the run is emitted here with the flags
    /// `scanWord` would give it, and everything else goes to `scanWord`. `scanWord` copied the scanner
    /// and set up its state for every word, about 250 instructions a word.
    ///
    /// A word followed by a space and another ASCII letter goes on to that word here, as the main loop
    /// would (the space sets `spaceBefore`, the letter comes back here): two dispatches and a call saved
    /// for most words.
    @inline(__always)
    mutating func scanASCIIWord(_ first: Int) -> Int {
        var start = first
        while true {
            let j = scanASCIIWordOnce(start)
            guard j > start, j + 1 < n, p[j] == 0x20, (p[j + 1] | 0x20) &- UInt8(ascii: "a") < 26 else { return j }
            spaceBefore = true
            start = j + 1
        }
    }

    /// One word of `scanASCIIWord`; returns where the scan goes on (what `scanWord` returns when the word
    /// is not plain).
    @inline(__always)
    mutating func scanASCIIWordOnce(_ start: Int) -> Int {
        var j = start
        var upper = 0
        while j < n {
            let b = p[j]
            if b &- UInt8(ascii: "a") < 26 {
                // Lower-case letters, eight bytes at a time where eight remain.
                if j + 8 <= n, let base = p.baseAddress {
                    j &+= Self.lowercaseRun(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
                } else {
                    j &+= 1
                }
            } else if b &- UInt8(ascii: "A") < 26 {
                upper &+= 1
                j &+= 1
            } else {
                break
            }
        }
        let lower = j &- start &- upper
        if j < n {
            let b = p[j]
            if b == UInt8(ascii: ".") {
                // A period ends the word unless it belongs to it: an initial, an abbreviation, "U.S.",
                // a domain or an e-mail address, all of which `scanWord` tells apart. Followed by a
                // space, a line break or the end, with a word of 2+ letters that is no abbreviation,
                // the period is the sentence's.
                let k = j + 1
                guard k >= n || p[k] == 0x20 || p[k] == 0x0A, j - start >= 2,
                    p[start] | 0x20 != UInt8(ascii: "w"), EnglishAbbreviations.kind(p, start..<j) == nil
                else { return scanWord(start) }
            } else if b == UInt8(ascii: "'") || b == 0xE2, let end = possessiveEnd(j) {
                emitInlined(start, j, asciiWordFlags(start, upper: upper, lower: lower))
                emitInlined(j, end, [F.clitic, F.alphabetic])
                return end
            } else {
                // "?", "!", "\"", "]" and the curly double quotes and dashes end a word in `scanWord` too (no
                // URL prefix, e-mail separator, clitic or compound can involve them).
                guard b == 0x20 || b == 0x0A || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
                    || b == UInt8(ascii: ")") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
                    || b == UInt8(ascii: "\"") || b == UInt8(ascii: "]")
                    || (b == 0xE2 && j + 2 < n && p[j + 1] == 0x80
                        && (p[j + 2] == 0x9C || p[j + 2] == 0x9D || p[j + 2] == 0x93 || p[j + 2] == 0x94))
                else { return scanWord(start) }
            }
        }
        emitInlined(start, j, asciiWordFlags(start, upper: upper, lower: lower))
        return j
    }

    /// The flags `scanWord` gives a run of ASCII letters.
    @inline(__always)
    func asciiWordFlags(_ start: Int, upper: Int, lower: Int) -> TokenFlags {
        var flags: TokenFlags = F.alphabetic
        if p[start] &- UInt8(ascii: "A") < 26 { flags.insert(F.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(F.allCaps) }
        if upper == 0 { flags.insert(F.lowercase) }
        return flags
    }

    /// The end of "'s" or "’s" at `j` when a boundary (the end, or an ASCII byte that is no letter or
    /// digit) follows: after a run of ASCII letters, `scanWord` splits it off as a clitic token (its
    /// other clitics need another letter after the apostrophe, "n't" a "t").
    @inline(__always)
    func possessiveEnd(_ j: Int) -> Int? {
        let a: Int
        if p[j] == UInt8(ascii: "'") {
            a = j + 1
        } else if j + 2 < n, p[j] == 0xE2, p[j + 1] == 0x80, p[j + 2] == 0x99 {
            a = j + 3
        } else {
            return nil
        }
        guard a < n, p[a] | 0x20 == UInt8(ascii: "s") else { return nil }
        guard a + 1 >= n || (p[a + 1] < 0x80 && !Self.isASCIIAlnum(p[a + 1])) else { return nil }
        return a + 1
    }

    /// How many of the eight bytes loaded at `raw` (in memory order) are `a`...`z` before the first that
    /// is not; at least one when the first is. Per byte, bit 7 of `b + 0x1F` is `b >= 0x61` and bit 7 of
    /// `b + 0x05` is `b >= 0x7B` for `b < 0x80`, and no sum carries into the next byte.
    @inline(__always)
    static func lowercaseRun(_ raw: UInt64) -> Int {
        let x = UInt64(littleEndian: raw)
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = x & ~high
        let lower = (low7 &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low7 &+ 0x0505_0505_0505_0505) & ~x & high
        let other = ~lower & high
        return other == 0 ? 8 : other.trailingZeroBitCount >> 3
    }

    /// A run of ASCII digits ended by a space, a line break, `;`, `)` or a comma before no digit is a
    /// plain number to `scanWord` too ("1,000" and "3.5" go there).
    @inline(__always)
    mutating func scanASCIINumber(_ start: Int) -> Int {
        var j = start
        while j < n, p[j] &- UInt8(ascii: "0") < 10 { j += 1 }
        if j < n {
            let b = p[j]
            guard b == 0x20 || b == 0x0A || b == UInt8(ascii: ";") || b == UInt8(ascii: ")")
                || (b == UInt8(ascii: ",") && !(j + 1 < n && p[j + 1] &- UInt8(ascii: "0") < 10))
            else { return scanWord(start) }
        }
        emitInlined(start, j, F.numeric)
        return j
    }

    mutating func scanWord(_ start: Int) -> Int {
        // `urlEnd`'s first test, here: calling it copied the scanner for every word.
        let first = p[start] | 0x20
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "f"),
            let end = urlEnd(start)
        {
            emit(start, end, [F.webLike, F.alphabetic])
            return end
        }
        var i = start
        var hasUpper = false
        var hasLower = false
        var hasLetter = false
        var hasDigit = false
        var upperCount = 0
        var firstLetterUpper: Bool? = nil
        var hyphenated = false
        var scalars = 0
        var segmentLetters = 0
        var periodChain = false
        var domainJoin = false
        var lastScalarStart = start
        var cliticStart = -1

        scan: while true {
            run: while i < n {
                if p[i] &- UInt8(ascii: "a") < 26 {  // the common case: a run of lower-case ASCII letters
                    var j = i + 1
                    while j < n, p[j] &- UInt8(ascii: "a") < 26 { j += 1 }
                    hasLower = true
                    hasLetter = true
                    segmentLetters += j - i
                    if firstLetterUpper == nil { firstLetterUpper = false }
                    lastScalarStart = j - 1
                    scalars += j - i
                    i = j
                    continue
                }
                let (c, w) = cls(i)
                switch c {
                case .upper:
                    hasUpper = true
                    hasLetter = true
                    upperCount += 1
                    segmentLetters += 1
                    if firstLetterUpper == nil { firstLetterUpper = true }
                case .lower:
                    hasLower = true
                    hasLetter = true
                    segmentLetters += 1
                    if firstLetterUpper == nil { firstLetterUpper = false }
                case .letter:
                    hasLetter = true
                    segmentLetters += 1
                    if firstLetterUpper == nil { firstLetterUpper = false }
                case .digit:
                    hasDigit = true
                case .mark:
                    break
                default:
                    break run
                }
                lastScalarStart = i
                scalars += 1
                i += w
            }
            guard i < n else { break scan }
            let b = p[i]
            if b == UInt8(ascii: "@")
                || ((b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "+")
                    || b == UInt8(ascii: "-") || b == UInt8(ascii: "%")) && i + 1 < n && Self.isASCIIAlnum(p[i + 1]))
            {
                if let end = emailEnd(start) {
                    emit(start, end, [F.webLike, F.alphabetic])
                    return end
                }
            }
            let (c, w) = cls(i)
            switch c {
            case .hyphen:
                if let next = classAt(i + w), next.isLetter || next == .digit {
                    if hasLetter || next.isLetter { hyphenated = hyphenated || hasLetter || next.isLetter }
                    i += w
                    segmentLetters = 0
                    continue scan
                }
            case .period:
                let j = i + 1
                if let next = classAt(j) {
                    if next == .digit && !hasLetter && hasDigit {
                        i = j
                        continue scan
                    }
                    if next.isLetter {
                        if segmentLetters >= 1 && segmentLetters <= 2 && !hasDigit && !domainJoin
                            && shortDottedSegment(j)
                        {
                            periodChain = true
                            i = j
                            segmentLetters = 0
                            continue scan
                        }
                        if (next == .lower || next == .letter) && !periodChain && hasLetter {
                            domainJoin = true
                            i = j
                            segmentLetters = 0
                            continue scan
                        }
                    }
                }
            case .apostrophe:
                if let cl = cliticLength(at: i, width: w, wordStart: start, lastScalarStart: lastScalarStart) {
                    cliticStart = cl
                    break scan
                }
                if hasLetter, isLetterAt(i + w) {
                    i += w
                    continue scan
                }
            case .other:
                if hasDigit && !hasLetter {
                    if (b == UInt8(ascii: ",") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/")),
                        classAt(i + 1) == .digit
                    {
                        i += 1
                        continue scan
                    }
                    if b == UInt8(ascii: "%") {
                        i += 1
                        break scan
                    }
                }
                if b == UInt8(ascii: "&"), hasUpper, !hasLower, classAt(i + 1) == .upper {
                    i += 1
                    continue scan
                }
                // "N°" (numero) is spelled with a degree sign in many texts.
                if b == 0xC2, i + 1 < n, p[i + 1] == 0xB0, scalars == 1, p[start] | 0x20 == UInt8(ascii: "n") {
                    i += 2
                    scalars += 1
                    break scan
                }
            default:
                break
            }
            break scan
        }

        var end = i
        var flags: TokenFlags = []
        if hasLetter { flags.insert(F.alphabetic) }
        if hasDigit { flags.insert(F.numeric) }
        if firstLetterUpper == true { flags.insert(F.capitalized) }
        if upperCount >= 2 && !hasLower { flags.insert(F.allCaps) }
        if hasLetter && hasLower && !hasUpper { flags.insert(F.lowercase) }
        if hyphenated { flags.insert(F.hyphenated) }

        if cliticStart >= 0 {
            // cliticStart is where the clitic begins ("n't" starts one letter before the apostrophe).
            emit(start, cliticStart, flags)
            let cliticEnd = cliticEndFrom(cliticStart)
            let bare = cliticEnd - cliticStart == apostropheWidth(cliticStart)
            emit(cliticStart, cliticEnd, bare ? [F.clitic, F.punctuation] : [F.clitic, F.alphabetic])
            return cliticEnd
        }

        if end < n, p[end] == UInt8(ascii: "."), !(end + 1 < n && p[end + 1] == UInt8(ascii: ".")),
            hasLetter, !domainJoin
        {
            var attach = false
            if periodChain {
                attach = true
            } else if !hasDigit && scalars == 1 {
                attach = true  // an initial or a one-letter abbreviation: "J.", "p."
            } else if !hasDigit, let kind = EnglishAbbreviations.kind(p, start..<end) {
                switch kind {
                case .prepositive:
                    attach = true
                    flags.insert(F.prepositive)
                case .plain:
                    // An acronym in capitals spelled like a lower-case abbreviation ("the SEC.", "moved to LA.",
                    // "the VA. It lost") ends its sentence before a capital or the text's end; a company's, a
                    // street's or a saint's in a heading in capitals keeps its period ("ACME CORP. REPORTS",
                    // "ST. LOUIS (AP)").
                    attach = !(upperCount >= 2 && !hasLower) || !nextNonSpaceIsCapitalOrEnd(end + 1)
                        || EnglishAbbreviations.keepsPeriodInCapitals(p, start..<end)
                case .number:
                    attach = nextNonSpaceIsDigit(end + 1)
                }
            }
            if attach {
                end += 1
                flags.insert(F.abbreviation)
            }
        }
        emit(start, end, flags)
        // A clitic after an abbreviation: "Jr.'s".
        if flags.contains(F.abbreviation), let cl = cliticLength(at: end, width: apostropheWidth(end), wordStart: end, lastScalarStart: end), cl == end {
            let cliticEnd = cliticEndFrom(end)
            emit(end, cliticEnd, [F.clitic, F.alphabetic])
            return cliticEnd
        }
        return end
    }

    /// Where the clitic starting at the apostrophe `i` begins, if one does: "’s", "'re", "'ve", "'ll",
    /// "'d", "'m", the possessive "’" after a plural in s, or "n't" (which begins at the "n").
    func cliticLength(at i: Int, width w: Int, wordStart: Int, lastScalarStart: Int) -> Int? {
        guard w > 0 else { return nil }
        let a = i + w
        func lower(_ k: Int) -> UInt8 { k < n ? p[k] | 0x20 : 0 }
        func boundary(_ k: Int) -> Bool { !isWordCharAt(k) }
        // n't
        if lastScalarStart > wordStart, lower(lastScalarStart) == UInt8(ascii: "n"), lastScalarStart + 1 == i,
            lower(a) == UInt8(ascii: "t"), boundary(a + 1)
        {
            return lastScalarStart
        }
        switch lower(a) {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"):
            if boundary(a + 1) { return i }
        case UInt8(ascii: "r"):
            if lower(a + 1) == UInt8(ascii: "e"), boundary(a + 2) { return i }
        case UInt8(ascii: "v"):
            if lower(a + 1) == UInt8(ascii: "e"), boundary(a + 2) { return i }
        case UInt8(ascii: "l"):
            if lower(a + 1) == UInt8(ascii: "l"), boundary(a + 2) { return i }
        default:
            break
        }
        // The possessive of a plural: "Workers’ Party".
        if i > wordStart, p[i - 1] | 0x20 == UInt8(ascii: "s"), !isWordCharAt(a), classAt(a) != .apostrophe,
            a >= n || cls(a).0.isSpace
        {
            return i
        }
        return nil
    }

    /// End of the clitic that starts at `s` (at "n" of "n't" or at the apostrophe).
    func cliticEndFrom(_ s: Int) -> Int {
        var i = s
        if p[i] | 0x20 == UInt8(ascii: "n") { i += 1 }
        i += max(apostropheWidth(i), 1)
        while i < n, p[i] < 0x80, ascii[Int(p[i])].isLetter { i += 1 }
        return i
    }

    /// True when the letters from `j` are one or two and followed by a period ("S." in "U.S.").
    func shortDottedSegment(_ j: Int) -> Bool {
        var k = j
        var count = 0
        while k < n, count <= 2 {
            let (c, w) = cls(k)
            guard c.isLetter || c == .mark else { break }
            if c.isLetter { count += 1 }
            k += w
        }
        return count >= 1 && count <= 2 && k < n && p[k] == UInt8(ascii: ".")
    }

    /// After spaces and tabs from `j`: an ASCII capital letter, a line break or the end of the text.
    func nextNonSpaceIsCapitalOrEnd(_ j: Int) -> Bool {
        var k = j
        while k < n, p[k] == 0x20 || p[k] == 0x09 || (p[k] == 0xC2 && k + 1 < n && p[k + 1] == 0xA0) {
            k += p[k] == 0xC2 ? 2 : 1
        }
        return k >= n || p[k] == 0x0A || p[k] == 0x0D || p[k] &- 0x41 < 26
    }

    func nextNonSpaceIsDigit(_ j: Int) -> Bool {
        var k = j
        while k < n, p[k] == 0x20 || p[k] == 0x09 || (p[k] == 0xC2 && k + 1 < n && p[k + 1] == 0xA0) {
            k += p[k] == 0xC2 ? 2 : 1
        }
        return k < n && p[k] >= 0x30 && p[k] <= 0x39
    }

    // MARK: URLs, e-mail, handles, hashtags

    func hasPrefix(_ i: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let q = prefix.utf8Start
        for k in 0..<count where p[i + k] | 0x20 != q[k] | 0x20 {
            // `| 0x20` folds letters; the prefixes' punctuation (":/.") is unchanged by it.
            return false
        }
        return true
    }

    func urlEnd(_ start: Int) -> Int? {
        let b = p[start] | 0x20
        guard b == UInt8(ascii: "h") || b == UInt8(ascii: "w") || b == UInt8(ascii: "f") else { return nil }
        // Every prefix below has "t" or "w" second: "he", "was", "for" stop here.
        guard start + 1 < n, p[start + 1] | 0x20 == UInt8(ascii: "t") || p[start + 1] | 0x20 == UInt8(ascii: "w")
        else { return nil }
        guard hasPrefix(start, "http://") || hasPrefix(start, "https://") || hasPrefix(start, "www.")
            || hasPrefix(start, "ftp://")
        else { return nil }
        var i = start
        var parens = 0
        while i < n {
            let c = p[i]
            if c <= 0x20 || c >= 0x80 || c == UInt8(ascii: "<") || c == UInt8(ascii: ">")
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`")
            {
                break
            }
            if c == UInt8(ascii: "(") { parens += 1 }
            if c == UInt8(ascii: ")") { parens -= 1 }
            i += 1
        }
        // Trailing punctuation belongs to the sentence, not to the URL.
        while i > start {
            let c = p[i - 1]
            if c == UInt8(ascii: ")") && parens >= 0 { break }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")")
                || c == UInt8(ascii: "]") || c == UInt8(ascii: "}")
            {
                if c == UInt8(ascii: ")") { parens += 1 }
                i -= 1
            } else {
                break
            }
        }
        return i > start + 4 ? i : nil
    }

    /// A failed scan from `start` reached the same first non-address byte that a scan from any later
    /// start up to it would reach, so that stretch is not scanned again: without this, every separator
    /// of "a+a+a+…" or "a-a-a-…" rescanned the whole run (quadratic; 400 KB took 100 s).
    mutating func emailEnd(_ start: Int) -> Int? {
        if start < emailMissUntil { return nil }
        return scanEmail(start)
    }

    private mutating func scanEmail(_ start: Int) -> Int? {
        var k = start
        while k < n {
            let c = p[k]
            guard Self.isASCIIAlnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
            else { break }
            k += 1
        }
        emailMissUntil = k  // a success returns an end past k, so the scan never comes back here
        guard k > start, k < n, p[k] == UInt8(ascii: "@") else { return nil }
        var d = k + 1
        var dots = 0
        while d < n {
            let c = p[d]
            if Self.isASCIIAlnum(c) || c == UInt8(ascii: "-") {
                d += 1
            } else if c == UInt8(ascii: "."), d + 1 < n, Self.isASCIIAlnum(p[d + 1]), d > k + 1 {
                dots += 1
                d += 1
            } else {
                break
            }
        }
        return dots >= 1 ? d : nil
    }

    mutating func scanOther(_ i: Int, _ w: Int) -> Int {
        let b = p[i]
        if b == UInt8(ascii: "@") || b == UInt8(ascii: "#") {
            var k = i + 1
            var letters = 0
            while k < n, Self.isASCIIAlnum(p[k]) || p[k] == UInt8(ascii: "_") {
                if p[k] > 0x39 { letters += 1 }
                k += 1
            }
            if k > i + 1, letters > 0, spaceBefore || tokens.isEmpty || !lastTokenIsWordLike {
                emit(i, k, [F.webLike, F.alphabetic])
                return k
            }
        }
        var flags: TokenFlags = [F.punctuation]
        if b == UInt8(ascii: "*") && atLineStart && classAt(i + 1)?.isSpace == true { flags.insert(F.bullet) }
        emit(i, i + w, flags)
        return i + w
    }

    var lastTokenIsWordLike: Bool {
        guard let last = tokens.last else { return false }
        return last.flags.contains(F.alphabetic) || last.flags.contains(F.numeric)
    }

    // MARK: punctuation

    mutating func scanTerminalRun(_ i: Int) -> Int {
        var j = i
        var dots = 0
        var bangs = 0
        while j < n {
            let c = p[j]
            if c == UInt8(ascii: ".") {
                dots += 1
                j += 1
            } else if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                bangs += 1
                j += 1
            } else if c == 0xE2, j + 2 < n, p[j + 1] == 0x80, p[j + 2] == 0xA6 {
                dots += 3
                j += 3
            } else {
                break
            }
        }
        var flags: TokenFlags = [F.punctuation, F.terminal]
        if dots >= 2 && bangs == 0 { flags.insert(F.ellipsis) }
        emit(i, j, flags)
        return j
    }

    mutating func scanHyphen(_ i: Int, _ w: Int) -> Int {
        if p[i] == UInt8(ascii: "-") {
            var j = i + 1
            while j < n, p[j] == UInt8(ascii: "-") { j += 1 }
            if j - i >= 2 {
                emit(i, j, [F.punctuation])
                return j
            }
        }
        var flags: TokenFlags = [F.punctuation]
        if atLineStart, classAt(i + w)?.isSpace == true { flags.insert(F.bullet) }
        emit(i, i + w, flags)
        return i + w
    }

    mutating func scanQuote(_ i: Int, _ w: Int) -> Int {
        // "’90s", "'05". ASCII digits only: the offsets below count bytes, and a two-byte digit (N'Ko
        // "߀") put the token's end inside a character (an empty token; found by fuzzing).
        if apostropheWidth(i) == w, i + w + 1 < n, p[i + w] &- 0x30 < 10, p[i + w + 1] &- 0x30 < 10,
            !isWordCharAt(i + w + 2) || (i + w + 3 <= n && p[i + w + 2] == UInt8(ascii: "s") && !isWordCharAt(i + w + 3))
        {
            let end = i + w + 2 + ((i + w + 2 < n && p[i + w + 2] == UInt8(ascii: "s")) ? 1 : 0)
            emit(i, end, [F.numeric])
            return end
        }
        let afterIsSpace = i + w >= n || cls(i + w).0.isSpace
        let previousOpens = tokens.last.map { $0.flags.contains(F.opening) } ?? true
        let opening = (spaceBefore || previousOpens) && !afterIsSpace
        emit(i, i + w, [F.punctuation, F.quote, opening ? F.opening : F.closing])
        return i + w
    }

    // MARK: unspaced scripts

    mutating func scanUnspaced(_ start: Int) -> Int {
        var j = start
        while j < n {
            let (c, w) = cls(j)
            guard c == .unspaced || c == .mark else { break }
            j += w
        }
        let flags: TokenFlags = [F.alphabetic, F.unspacedScript]
        if let segmenter, let breaks = segmenter.boundaries(p, start..<j), !breaks.isEmpty {
            var from = start
            for to in breaks where to > from {
                emit(from, to, flags)
                from = to
            }
            if from < j { emit(from, j, flags) }
        } else {
            var k = start
            while k < j {
                var e = k + cls(k).1
                while e < j, cls(e).0 == .mark { e += cls(e).1 }
                emit(k, e, flags)
                k = e
            }
        }
        return j
    }
}
