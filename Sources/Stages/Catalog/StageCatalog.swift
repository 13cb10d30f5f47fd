import Pipeline

/// The stages `pipe` knows, by name, in their canonical order.
///
/// `--stages` picks from these; the `Pipeline` initializer then checks that the picked order works.
public enum StageCatalog {
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        public let make: @Sendable () -> any Stage
    }

    public static let all: [Entry] = [
        Entry(name: "normalize", summary: "HTML or text to clean text with a source map") { NormalizeStage() },
        Entry(name: "tokenize", summary: "rule-based tokens with spans and flags") { TokenizeStage() },
        Entry(name: "sentences", summary: "rule-based sentence boundaries") { SentenceStage() },
        Entry(name: "dates", summary: "DATE and TIME expressions with TIMEX3 values") { DateStage() },
        Entry(name: "entities", summary: "named entities from gazetteers and rules") { EntityStage() },
        Entry(name: "relations", summary: "relations between entities of a sentence, from patterns") { RelationStage() },
    ]

    public static var names: [String] { all.map(\.name) }

    /// The stages named in `names`, in the order given; throws for an unknown name.
    public static func stages(named names: [String]) throws(UnknownStageError) -> [any Stage] {
        var stages: [any Stage] = []
        for name in names {
            guard let entry = all.first(where: { $0.name == name }) else {
                throw UnknownStageError(name: name, known: Self.names)
            }
            stages.append(entry.make())
        }
        return stages
    }

    /// Every stage, in canonical order.
    public static func allStages() -> [any Stage] { all.map { $0.make() } }
}

public struct UnknownStageError: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var description: String { "unknown stage '\(name)'; the stages are: \(known.joined(separator: ", "))" }
}

extension Pipeline {
    /// The pipeline of `pipe annotate`: every stage in canonical order, or the stages named (as
    /// `--stages` takes them). Throws `UnknownStageError` for a name it does not know and
    /// `PipelineConfigurationError` for an order that cannot work.
    public static func standard(stages names: [String] = StageCatalog.names) throws -> Pipeline {
        try Pipeline(try StageCatalog.stages(named: names))
    }
}
