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

    init(_ name: String, _ type: RelationType, _ spec: String, _ confidence: Double, _ example: String) {
        self.name = name
        self.type = type
        self.spec = spec
        self.confidence = confidence
        self.example = example
    }
}

struct CompiledPattern: Sendable {
    let pattern: RelationPattern
    let elements: [PatternElement]
}

extension RelationPatterns {
    /// Every row compiled once; a row that does not compile is left out (and fails `compileErrors`' test).
    static let compiled: [CompiledPattern] = table.compactMap { p in
        (try? PatternCompiler.compile(p.spec)).map { CompiledPattern(pattern: p, elements: $0) }
    }

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
