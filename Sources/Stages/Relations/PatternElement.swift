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
    /// Works on UTF-8 bytes, not `Character`s: the whole table is compiled at every start-up.
    static func compile(_ spec: String) throws(PatternSyntaxError) -> [PatternElement] {
        var elements: [PatternElement] = []
        func fail(_ message: String) -> PatternSyntaxError { PatternSyntaxError(pattern: spec, message: message) }
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        let (space, bang, less, colon, plus, question, star) = (
            UInt8(ascii: " "), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ":"), UInt8(ascii: "+"),
            UInt8(ascii: "?"), UInt8(ascii: "*")
        )
        for raw in Array(spec.utf8).split(separator: space) {
            let token = ArraySlice(raw)
            if token.elementsEqual("^".utf8) {
                elements.append(PatternElement(kind: .sentenceStart, tests: [], minimum: 0, maximum: 0))
                continue
            }
            if token.count > 2, token.first == less, token[token.startIndex + 1] == bang {
                guard elements.isEmpty else { throw fail("'<!' may only open a pattern") }
                let test = try atoms(token.dropFirst(2), spec)
                elements.append(PatternElement(kind: .notBehind, tests: [test], minimum: 0, maximum: 0))
                continue
            }
            if token.elementsEqual("!list".utf8) {
                elements.append(PatternElement(kind: .notInList, tests: [], minimum: 0, maximum: 0))
                continue
            }
            if token.count > 1, token.first == bang {
                var tests: [ItemTest] = []
                for part in token.dropFirst().split(separator: plus) { tests.append(try atoms(part, spec)) }
                elements.append(PatternElement(kind: .notAhead, tests: tests, minimum: 0, maximum: 0))
                continue
            }
            var body = token
            var capture = PatternElement.Capture.none
            var coordinated = false
            if let at = body.lastIndex(of: colon), at != body.startIndex {
                var name = body[(at + 1)...]
                if name.last == plus {
                    coordinated = true
                    name = name.dropLast()
                }
                if name.elementsEqual("h".utf8) {
                    capture = .head
                } else if name.elementsEqual("t".utf8) {
                    capture = .tail
                } else {
                    throw fail("unknown capture ':\(text(name))' in '\(text(token))'")
                }
                body = body[..<at]
            }
            var minimum = 1
            var maximum = 1
            if body.count > 1, body.last == question {
                minimum = 0
                body = body.dropLast()
            } else if body.count > 1, body.last == star {
                minimum = 0
                maximum = 3
                body = body.dropLast()
            } else if body.count > 2, let at = body.lastIndex(of: star), at != body.startIndex,
                let n = Int(text(body[(at + 1)...])), n > 0
            {
                minimum = 0
                maximum = n
                body = body[..<at]
            }
            if capture != .none, maximum != 1 || minimum != 1 {
                throw fail("a captured element cannot be optional: '\(text(token))'")
            }
            let test = try atoms(body, spec)
            if capture != .none, !test.words.isEmpty || test.anyWord || test.numeric || test.filler || test.labels.isEmpty {
                throw fail("a captured element must be entity labels only: '\(text(token))'")
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

    private static func atoms(_ bytes: ArraySlice<UInt8>, _ spec: String) throws(PatternSyntaxError) -> ItemTest {
        var test = ItemTest()
        for atom in bytes.split(separator: UInt8(ascii: "|")) {
            if atom.first == UInt8(ascii: "@") {
                let name = String(decoding: atom.dropFirst(), as: UTF8.self)
                guard let words = RelationLexicon.classes[name] else {
                    throw PatternSyntaxError(pattern: spec, message: "unknown word class '@\(name)'")
                }
                // Most atoms are one class: share its set instead of copying it.
                if test.words.isEmpty { test.words = words } else { test.words.formUnion(words) }
            } else if atom.elementsEqual("_".utf8) {
                test.anyWord = true
            } else if atom.elementsEqual("~".utf8) {
                test.filler = true
            } else if atom.elementsEqual("#".utf8) {
                test.numeric = true
            } else if atom.first.map({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) == true,
                let mask = LabelMask.names[String(decoding: atom, as: UTF8.self)]
            {
                test.labels.formUnion(mask)
            } else {
                test.words.insert(WordHash.of(bytes: atom))
            }
        }
        if test.labels.isEmpty, test.words.isEmpty, !test.anyWord, !test.numeric, !test.filler {
            throw PatternSyntaxError(
                pattern: spec, message: "empty element in '\(String(decoding: bytes, as: UTF8.self))'")
        }
        return test
    }
}
