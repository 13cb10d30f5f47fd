import Pipeline

/// The stages `pipe` knows, by name, in their canonical order.
///
/// `--stages` picks from these; the `Pipeline` initializer then checks that the picked order works.
public enum StageCatalog {
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        /// Makes the stage; `explain` asks it for the evidence `--explain` shows beyond what it records anyway
        /// (the relation classifier's strongest features).
        public let make: @Sendable (_ explain: Bool) -> any Stage

        init(name: String, summary: String, make: @escaping @Sendable (_ explain: Bool) -> any Stage) {
            self.name = name
            self.summary = summary
            self.make = make
        }

        init(name: String, summary: String, make: @escaping @Sendable () -> any Stage) {
            self.init(name: name, summary: summary) { _ in make() }
        }
    }

    public static let all: [Entry] = [
        Entry(name: "normalize", summary: "HTML or text to clean text with a source map") { NormalizeStage() },
        Entry(name: "tokenize", summary: "rule-based tokens with spans and flags") { TokenizeStage() },
        Entry(name: "sentences", summary: "rule-based sentence boundaries") { SentenceStage() },
        Entry(name: "dates", summary: "DATE and TIME expressions with TIMEX3 values") { DateStage() },
        Entry(name: "entities", summary: "named entities from gazetteers and rules") { EntityStage() },
        Entry(name: "relations", summary: "relations between entities of a sentence, from patterns and a classifier") {
            (explain: Bool) in RelationStage(explain: explain)
        },
    ]

    public static var names: [String] { all.map(\.name) }

    /// The stages named in `names`, in the order given; throws for an unknown name.
    public static func stages(named names: [String], explain: Bool = false) throws(UnknownStageError) -> [any Stage] {
        var stages: [any Stage] = []
        for name in names {
            guard let entry = all.first(where: { $0.name == name }) else {
                throw UnknownStageError(name: name, known: Self.names)
            }
            stages.append(entry.make(explain))
        }
        return stages
    }

    /// Every stage, in canonical order.
    public static func allStages(explain: Bool = false) -> [any Stage] { all.map { $0.make(explain) } }
}

public struct UnknownStageError: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var description: String { "unknown stage '\(name)'; the stages are: \(known.joined(separator: ", "))" }
}
