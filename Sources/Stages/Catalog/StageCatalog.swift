import Pipeline

/// A stage the catalog can make by name. Its name and summary belong to its type, so the catalog, the
/// `--stages` list and the stage's own `name` cannot disagree.
public protocol CatalogStage: Stage, SendableMetatype {
    /// The name used by `--stages` and in messages.
    static var stageName: String { get }
    /// One line for `pipe help annotate`.
    static var summary: String { get }
    init()
    /// The stage for `--explain`, which asks it for the evidence it does not record otherwise (the relation
    /// classifier's strongest features); by default the same stage.
    init(explain: Bool)
}

extension CatalogStage {
    /// The stage's name is its type's `stageName`.
    public var name: String { Self.stageName }
    public init(explain: Bool) { self.init() }
}

/// The stages `pipe` knows, by name, in their canonical order.
///
/// `--stages` picks from these; the `Pipeline` initializer then checks that the picked order works. Adding
/// a stage is one line here (see CONTRIBUTING.md).
public enum StageCatalog {
    /// A stage as the catalog lists it: its name, a one-line summary and how to make one.
    public struct Entry: Sendable {
        /// The name `--stages` takes.
        public let name: String
        /// One line for `pipe help annotate`.
        public let summary: String
        /// Makes a fresh stage (one per worker: stages keep scratch state).
        public let make: @Sendable () -> any Stage
        /// `make` for `--explain` (`CatalogStage.init(explain:)`).
        public let makeExplaining: @Sendable () -> any Stage

        /// The entry of a stage type: its name and summary come from the type.
        static func of<S: CatalogStage>(_: S.Type) -> Entry {
            Entry(name: S.stageName, summary: S.summary, make: { S() }, makeExplaining: { S(explain: true) })
        }
    }

    /// The stages in canonical order.
    public static let all: [Entry] = [
        .of(NormalizeStage.self),
        .of(TokenizeStage.self),
        .of(SentenceStage.self),
        .of(DateStage.self),
        .of(EntityStage.self),
        .of(RelationStage.self),
        .of(ClusterStage.self),
    ]

    /// The stage names in canonical order.
    public static var names: [String] { all.map(\.name) }

    /// The entries named in `names`, in the order given; throws for an unknown name.
    public static func entries(named names: [String]) throws(UnknownStageError) -> [Entry] {
        try names.map { name throws(UnknownStageError) in
            guard let entry = all.first(where: { $0.name == name }) else {
                throw UnknownStageError(name: name, known: Self.names)
            }
            return entry
        }
    }

    /// The stages named in `names`, in the order given; throws for an unknown name.
    public static func stages(named names: [String]) throws(UnknownStageError) -> [any Stage] {
        try entries(named: names).map { $0.make() }
    }

    /// Every stage, in canonical order.
    public static func allStages() -> [any Stage] { all.map { $0.make() } }
}

/// A stage name the catalog does not know.
public struct UnknownStageError: Error, Sendable, CustomStringConvertible {
    public var name: String
    /// The names there are.
    public var known: [String]
    /// The message for the user, with the known names.
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
