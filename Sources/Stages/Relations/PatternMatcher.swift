/// Matches compiled patterns over one sentence's items, backtracking over optional elements and
/// coordinated arguments (longest first), and reports the first way each pattern matches at a position.
struct PatternMatcher {
    /// What a successful match captured: item ranges of head and tail, and the span of the other items.
    struct Match {
        var head = 0..<0
        var tail = 0..<0
        var triggerStart = Int32.max
        var triggerEnd = Int32.min
    }

    let items: [SentenceItem]
    /// The sentence's item range (set per sentence: one matcher serves a document, since making one copies
    /// the program's arrays).
    var bounds: Range<Int>
    let program: PatternProgram

    static let comma = WordHash.of(",")
    static let and = WordHash.of("and")
    static let or = WordHash.of("or")
    // Copies of the statics: an access to a global costs a `swift_once` check, and these are read for
    // every item a list scan passes.
    private let comma = Self.comma
    private let and = Self.and
    private let or = Self.or

    /// Conjuncts a list scan passes before it settles: a run this long of names and commas is a list
    /// whatever ends it. Bounds each scan, so that a sentence made of one huge list ("Paris, Baku, Tehran,"
    /// over a megabyte) costs time linear in its length, not quadratic.
    static let longestScannedList = 32

    /// Pattern `p` of the program (its index in the stage's pattern list) at item `position`.
    func match(pattern p: Int, at position: Int) -> Match? {
        step(Int(program.elementStarts[p]), Int(program.elementStarts[p + 1]), position, Match())
    }

    /// Element `k` (of the pattern's elements ending before `last`) at item `pos`.
    private func step(_ k: Int, _ last: Int, _ pos: Int, _ state: Match) -> Match? {
        guard k < last else { return state }
        let element = program.elements[k]
        switch element.kind {
        case .sentenceStart:
            return pos == bounds.lowerBound ? step(k + 1, last, pos, state) : nil
        case .notBehind:
            if pos > bounds.lowerBound, program.matches(Int(element.firstTest), items[pos - 1]) { return nil }
            return step(k + 1, last, pos, state)
        case .notAhead:
            let n = Int(element.testCount)
            var all = pos + n <= bounds.upperBound
            if all {
                for i in 0..<n where !program.matches(Int(element.firstTest) + i, items[pos + i]) {
                    all = false
                    break
                }
            }
            return all ? nil : step(k + 1, last, pos, state)
        case .notInList:
            return continuesList(from: pos) ? nil : step(k + 1, last, pos, state)
        case .match:
            break
        }
        let test = Int(element.firstTest)
        if element.capture != .none {
            guard pos < bounds.upperBound, program.matches(test, items[pos]) else { return nil }
            // The whole coordination first, then the first conjunct alone.
            let longest = element.coordinated ? coordinationEnd(from: pos, test) : nil
            var next = state
            for attempt in 0..<(longest == nil ? 1 : 2) {
                let end = attempt == 0 ? longest ?? pos + 1 : pos + 1
                if element.capture == .head { next.head = pos..<end } else { next.tail = pos..<end }
                if let done = step(k + 1, last, end, next) { return done }
            }
            return nil
        }
        let minimum = Int(element.minimum)
        var count = 0
        while count < Int(element.maximum), pos + count < bounds.upperBound, program.matches(test, items[pos + count]) {
            count += 1
        }
        guard count >= minimum else { return nil }
        var c = count
        while c >= minimum {
            var next = state
            if c > 0 {
                next.triggerStart = min(next.triggerStart, items[pos].start)
                next.triggerEnd = max(next.triggerEnd, items[pos + c - 1].end)
            }
            if let done = step(k + 1, last, pos + c, next) { return done }
            c -= 1
        }
        return nil
    }

    @inline(__always) private func isEntity(_ i: Int) -> Bool { i < bounds.upperBound && items[i].entity >= 0 }

    @inline(__always) private func isComma(_ i: Int) -> Bool {
        i < bounds.upperBound && items[i].entity < 0 && items[i].word == comma
    }

    @inline(__always) private func isConjunction(_ i: Int) -> Bool {
        guard i < bounds.upperBound, items[i].entity < 0 else { return false }
        let w = items[i].word
        return w == and || w == or
    }

    /// True when the entity before `pos` goes on into a coordination: ", Y, Z and W", "and W", ", and the W",
    /// "and eastern W" (one modifier word before the last conjunct: "over Mississippi, Louisiana and eastern
    /// Texas" lists three states, not a town in a state).
    private func continuesList(from pos: Int) -> Bool {
        var j = pos
        var conjuncts = 0
        while isComma(j), isEntity(j + 1) {
            j += 2
            conjuncts += 1
            if conjuncts > Self.longestScannedList { return true }
        }
        if isComma(j) { j += 1 }
        guard isConjunction(j) else { return false }
        return isEntity(j + 1) || (isListModifier(j + 1) && isEntity(j + 2))
    }

    /// "the" and the direction words of `RelationLexicon` ("northern", "eastern").
    static let listModifiers: Set<UInt64> = (RelationLexicon.classes["dir"] ?? []).union([WordHash.of("the")])

    @inline(__always) private func isListModifier(_ i: Int) -> Bool {
        i < bounds.upperBound && items[i].entity < 0 && Self.listModifiers.contains(items[i].word)
    }

    /// End of a list "X, Y and Z" / "X and Y" starting at `pos`, all conjuncts passing `test`; nil when the
    /// entity at `pos` is not the first of such a list. A comma list without a final conjunction is no list
    /// ("Baku, Azerbaijan").
    private func coordinationEnd(from pos: Int, _ test: Int) -> Int? {
        func isConjunct(_ i: Int) -> Bool { isEntity(i) && program.matches(test, items[i]) }
        var j = pos + 1
        var conjuncts = 1
        while true {
            if isComma(j), isConjunct(j + 1) {
                j += 2
                conjuncts += 1
                // A longer run is read as no coordination: its first name is not taken as the whole list.
                if conjuncts > Self.longestScannedList { return nil }
            } else if isComma(j), isConjunction(j + 1), isConjunct(j + 2) {
                return j + 3
            } else if isConjunction(j), isConjunct(j + 1) {
                return j + 2
            } else {
                return nil
            }
        }
    }
}
