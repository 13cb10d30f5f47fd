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
    /// The sentence's item range.
    let bounds: Range<Int>

    static let comma = WordHash.of(",")
    static let conjunctions: Set<UInt64> = [WordHash.of("and"), WordHash.of("or")]

    func match(_ elements: [PatternElement], at position: Int) -> Match? {
        step(elements, 0, position, Match())
    }

    private func step(_ elements: [PatternElement], _ k: Int, _ pos: Int, _ state: Match) -> Match? {
        guard k < elements.count else { return state }
        let element = elements[k]
        switch element.kind {
        case .sentenceStart:
            return pos == bounds.lowerBound ? step(elements, k + 1, pos, state) : nil
        case .notBehind:
            if pos > bounds.lowerBound, element.tests[0].matches(items[pos - 1]) { return nil }
            return step(elements, k + 1, pos, state)
        case .notAhead:
            var all = pos + element.tests.count <= bounds.upperBound
            if all {
                for (i, test) in element.tests.enumerated() where !test.matches(items[pos + i]) {
                    all = false
                    break
                }
            }
            return all ? nil : step(elements, k + 1, pos, state)
        case .notInList:
            return continuesList(from: pos) ? nil : step(elements, k + 1, pos, state)
        case .match:
            break
        }
        let test = element.tests[0]
        if element.capture != .none {
            guard pos < bounds.upperBound, test.matches(items[pos]) else { return nil }
            let longest = element.coordinated ? coordinationEnd(from: pos, test) : nil
            for end in [longest ?? pos + 1, pos + 1] {
                var next = state
                if element.capture == .head { next.head = pos..<end } else { next.tail = pos..<end }
                if let done = step(elements, k + 1, end, next) { return done }
                if longest == nil { break }
            }
            return nil
        }
        var count = 0
        while count < element.maximum, pos + count < bounds.upperBound, test.matches(items[pos + count]) {
            count += 1
        }
        guard count >= element.minimum else { return nil }
        var c = count
        while c >= element.minimum {
            var next = state
            if c > 0 {
                next.triggerStart = min(next.triggerStart, items[pos].start)
                next.triggerEnd = max(next.triggerEnd, items[pos + c - 1].end)
            }
            if let done = step(elements, k + 1, pos + c, next) { return done }
            c -= 1
        }
        return nil
    }

    /// True when the entity before `pos` goes on into a coordination: ", Y, Z and W" or "and W".
    private func continuesList(from pos: Int) -> Bool {
        let end = bounds.upperBound
        func isEntity(_ i: Int) -> Bool { i < end && items[i].entity >= 0 }
        func isWord(_ i: Int, _ w: UInt64) -> Bool { i < end && items[i].entity < 0 && items[i].word == w }
        func isConjunction(_ i: Int) -> Bool {
            i < end && items[i].entity < 0 && Self.conjunctions.contains(items[i].word)
        }
        var j = pos
        while isWord(j, Self.comma), isEntity(j + 1) { j += 2 }
        if isWord(j, Self.comma) { j += 1 }
        return isConjunction(j) && isEntity(j + 1)
    }

    /// End of a list "X, Y and Z" / "X and Y" starting at `pos`, all conjuncts passing `test`; nil when the
    /// entity at `pos` is not the first of such a list. A comma list without a final conjunction is no list
    /// ("Baku, Azerbaijan").
    private func coordinationEnd(from pos: Int, _ test: ItemTest) -> Int? {
        let end = bounds.upperBound
        func isEntity(_ i: Int) -> Bool { i < end && items[i].entity >= 0 && test.matches(items[i]) }
        func isWord(_ i: Int, _ w: UInt64) -> Bool { i < end && items[i].entity < 0 && items[i].word == w }
        func isConjunction(_ i: Int) -> Bool {
            i < end && items[i].entity < 0 && Self.conjunctions.contains(items[i].word)
        }
        var j = pos + 1
        while true {
            if isWord(j, Self.comma), isEntity(j + 1) {
                j += 2
            } else if isWord(j, Self.comma), isConjunction(j + 1), isEntity(j + 2) {
                return j + 3
            } else if isConjunction(j), isEntity(j + 1) {
                return j + 2
            } else {
                return nil
            }
        }
    }
}
