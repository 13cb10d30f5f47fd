/// A test of one item of a sentence: an entity whose label is in `labels`, or a word token in `words`
/// (or any word token but punctuation, or a number).
struct ItemTest: Sendable {
    var labels: LabelMask = []
    var words: Set<UInt64> = []
    var anyWord = false
    var numeric = false
    /// Any item but punctuation and PERSON mentions: filler inside a noun phrase ("Phoenix newspaper reporter").
    var filler = false

    @inline(__always) func matches(_ item: SentenceItem) -> Bool {
        if item.entity >= 0 { return labels.contains(item.label) || (filler && item.label != .person) }
        if filler && !item.isPunctuation { return true }
        if words.contains(item.word) || (anyWord && !item.isPunctuation) { return true }
        return numeric && item.isNumeric
    }
}

/// One element of a compiled pattern.
struct PatternElement: Sendable {
    enum Kind: Sendable { case match, notAhead, notBehind, sentenceStart, notInList }
    enum Capture: Sendable { case none, head, tail }

    var kind: Kind
    /// `match` and `notBehind`: one test; `notAhead`: consecutive items that must not all match.
    var tests: [ItemTest]
    var minimum = 1
    var maximum = 1
    var capture: Capture = .none
    /// A captured argument also takes the entities coordinated with it ("Presidents Aliyev and Raisi").
    var coordinated = false
}

struct PatternSyntaxError: Error, Sendable, CustomStringConvertible {
    var pattern: String
    var message: String
    var description: String { "relation pattern '\(pattern)': \(message)" }
}

/// Compiles the pattern notation of `RelationPatterns` (space-separated elements):
/// - `PERSON`, `ORG|GPE`, `PLACE` (GPE or LOC): one entity with that label;
/// - `of`, `for|at`, `,`, `'s`: one word token (case-insensitive; ’ and ' alike);
/// - `@role`: one word of a `RelationLexicon` class; `_`: any word but punctuation; `#`: a number;
/// - atoms mix with `|` (`TITLE|@role`); a suffix `?` makes an element optional, `*` allows 0 to 3 of it,
///   `*N` 0 to N;
/// - `:h` / `:t` capture the head / tail argument; `:h+` / `:t+` also take coordinated entities;
/// - `~`: any item but punctuation and PERSON mentions (noun-phrase filler);
/// - `^` the sentence start; `!a+b` not followed here by `a b`; `<!a` (first) not preceded by `a`;
///   `!list` the entities just matched do not continue into a list ("Iran, Russia and Turkey").
enum PatternCompiler {
    static func compile(_ spec: String) throws(PatternSyntaxError) -> [PatternElement] {
        var elements: [PatternElement] = []
        for raw in spec.split(separator: " ") {
            let token = String(raw)
            func fail(_ message: String) -> PatternSyntaxError { PatternSyntaxError(pattern: spec, message: message) }
            if token == "^" {
                elements.append(PatternElement(kind: .sentenceStart, tests: [], minimum: 0, maximum: 0))
                continue
            }
            if token.hasPrefix("<!") {
                guard elements.isEmpty else { throw fail("'<!' may only open a pattern") }
                let test = try atoms(String(token.dropFirst(2)), spec)
                elements.append(PatternElement(kind: .notBehind, tests: [test], minimum: 0, maximum: 0))
                continue
            }
            if token == "!list" {
                elements.append(PatternElement(kind: .notInList, tests: [], minimum: 0, maximum: 0))
                continue
            }
            if token.hasPrefix("!"), token.count > 1 {
                var tests: [ItemTest] = []
                for part in token.dropFirst().split(separator: "+") { tests.append(try atoms(String(part), spec)) }
                elements.append(PatternElement(kind: .notAhead, tests: tests, minimum: 0, maximum: 0))
                continue
            }
            var body = Substring(token)
            var capture = PatternElement.Capture.none
            var coordinated = false
            if let colon = body.lastIndex(of: ":"), colon != body.startIndex {
                var name = body[body.index(after: colon)...]
                if name.hasSuffix("+") {
                    coordinated = true
                    name = name.dropLast()
                }
                switch name {
                case "h": capture = .head
                case "t": capture = .tail
                default: throw fail("unknown capture ':\(name)' in '\(token)'")
                }
                body = body[..<colon]
            }
            var minimum = 1
            var maximum = 1
            if body.count > 1, body.last == "?" {
                minimum = 0
                body = body.dropLast()
            } else if body.count > 1, body.last == "*" {
                minimum = 0
                maximum = 3
                body = body.dropLast()
            } else if body.count > 2, let star = body.lastIndex(of: "*"), star != body.startIndex,
                let n = Int(body[body.index(after: star)...]), n > 0
            {
                minimum = 0
                maximum = n
                body = body[..<star]
            }
            if capture != .none, maximum != 1 || minimum != 1 {
                throw fail("a captured element cannot be optional: '\(token)'")
            }
            let test = try atoms(String(body), spec)
            if capture != .none, !test.words.isEmpty || test.anyWord || test.numeric || test.filler || test.labels.isEmpty {
                throw fail("a captured element must be entity labels only: '\(token)'")
            }
            elements.append(
                PatternElement(
                    kind: .match, tests: [test], minimum: minimum, maximum: maximum, capture: capture,
                    coordinated: coordinated))
        }
        guard elements.contains(where: { $0.capture == .head }), elements.contains(where: { $0.capture == .tail })
        else { throw PatternSyntaxError(pattern: spec, message: "a pattern needs a head (:h) and a tail (:t)") }
        return elements
    }

    private static func atoms(_ text: String, _ spec: String) throws(PatternSyntaxError) -> ItemTest {
        var test = ItemTest()
        for atom in text.split(separator: "|") {
            let a = String(atom)
            if let mask = LabelMask.names[a] {
                test.labels.formUnion(mask)
            } else if a.hasPrefix("@") {
                guard let words = RelationLexicon.classes[String(a.dropFirst())] else {
                    throw PatternSyntaxError(pattern: spec, message: "unknown word class '\(a)'")
                }
                test.words.formUnion(words)
            } else if a == "_" {
                test.anyWord = true
            } else if a == "~" {
                test.filler = true
            } else if a == "#" {
                test.numeric = true
            } else {
                test.words.insert(WordHash.of(a))
            }
        }
        if test.labels.isEmpty, test.words.isEmpty, !test.anyWord, !test.numeric, !test.filler {
            throw PatternSyntaxError(pattern: spec, message: "empty element in '\(text)'")
        }
        return test
    }
}
