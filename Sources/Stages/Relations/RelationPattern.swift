import Pipeline

/// One declarative relation pattern: a row of `RelationPatterns.table`.
struct RelationPattern: Sendable {
    /// Shown as the relation's `origin` with `--explain`.
    let name: String
    let type: RelationType
    /// The token/entity sequence, in the notation `PatternCompiler` describes.
    let spec: String
    let confidence: Double
    /// A sentence the pattern must fire on, entities in brackets with the arguments marked:
    /// "[PERSON:h Jane Roe], [TITLE:t spokeswoman] for ..." (the tests run every row on its example).
    let example: String
    /// `RelationLexicon` classes one word of the head mention itself must belong to (empty: no test):
    /// "ORG of ORG" is part_of only when the head names a unit ("School of Medicine of the University of
    /// Geneva"), not for any two names joined by "of" ("Public Management and Administration of NGDO", a
    /// course).
    let headNamedBy: [String]

    init(
        _ name: String, _ type: RelationType, _ spec: String, _ confidence: Double, _ example: String,
        headNamedBy: [String] = []
    ) {
        self.name = name
        self.type = type
        self.spec = spec
        self.confidence = confidence
        self.example = example
        self.headNamedBy = headNamedBy
    }
}

struct CompiledPattern: Sendable {
    let pattern: RelationPattern
    let elements: [PatternElement]
    /// The test the item at the start position must pass, when the pattern opens with a required element
    /// (after zero-width checks): lets the stage skip most positions without entering the matcher.
    let anchor: ItemTest?
    /// The tests of the captured head and tail elements, and the type's `RelationCode`: read for every
    /// match, so found once here.
    let headTest: ItemTest?
    let tailTest: ItemTest?
    let typeCode: Int
    /// `RelationPattern.headNamedBy` as a `WordClasses` mask (0: no test).
    let headNamedBy: UInt32

    init(pattern: RelationPattern, elements: [PatternElement]) {
        self.pattern = pattern
        self.elements = elements
        headNamedBy = pattern.headNamedBy.reduce(0) { $0 | WordClasses.bit($1) }
        headTest = elements.first { $0.capture == .head }?.tests[0]
        tailTest = elements.first { $0.capture == .tail }?.tests[0]
        typeCode = RelationCode.of(pattern.type)
        var anchor: ItemTest?
        for e in elements {
            if e.kind == .notBehind || e.kind == .sentenceStart { continue }
            if e.kind == .match, e.minimum >= 1 { anchor = e.tests[0] }
            break
        }
        self.anchor = anchor
    }
}

extension RelationPatterns {
    /// Every row compiled once; a row that does not compile is left out (and fails `compileErrors`' test).
    static let compiled: [CompiledPattern] = table.compactMap { p in
        (try? PatternCompiler.compile(p.spec)).map { CompiledPattern(pattern: p, elements: $0) }
    }

    /// The whole table in the matcher's form.
    static let program = PatternProgram(compiled)

    static var compileErrors: [String] {
        table.compactMap { (p) -> String? in
            do {
                _ = try PatternCompiler.compile(p.spec)
                return nil
            } catch {
                return "\(p.name): \(error)"
            }
        }
    }
}

extension CompiledPattern {
    /// Whether a word of `text` (split at spaces) belongs to one of `headNamedBy`'s classes.
    func headIsNamed(_ text: String) -> Bool {
        guard headNamedBy != 0 else { return true }
        for word in text.utf8.split(separator: UInt8(ascii: " ")) where WordClasses.shared.mask(of: WordHash.of(bytes: word)) & headNamedBy != 0 {
            return true
        }
        return false
    }
}
