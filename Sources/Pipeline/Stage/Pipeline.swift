/// An ordered list of stages whose requirements are known to be met.
public struct Pipeline {
    /// The stages, in the order they run.
    public let stages: [any Stage]

    /// The layers a document has after every stage ran.
    public let produces: Set<Layer>
    /// The layers documents bring with them (see `init`).
    public let given: Set<Layer>
    private let entityRoles: [(reads: Bool, adds: Bool)]

    /// Refuses an order in which a stage needs a layer that no earlier stage adds. `given` names the layers
    /// the documents already carry when the pipeline continues work begun elsewhere (a tokenized gold
    /// document, a test that adds its own entities).
    public init(_ stages: [any Stage], given: Set<Layer> = []) throws(PipelineConfigurationError) {
        var available = given
        for (position, stage) in stages.enumerated() {
            for needed in stage.requires.sorted() where !available.contains(needed) {
                let later = stages[(position + 1)...].first { $0.adds.contains(needed) }
                throw PipelineConfigurationError(
                    stage: stage.name, missing: needed, providedLaterBy: later?.name,
                    earlier: stages[..<position].map(\.name))
            }
            available.formUnion(stage.adds)
        }
        self.stages = stages
        self.produces = available
        self.given = given
        self.entityRoles = Self.entityRoles(stages)
    }

    /// A pipeline whose stage list `PipelineRecipe` has already checked.
    init(checked stages: [any Stage], produces: Set<Layer>, given: Set<Layer>) {
        self.stages = stages
        self.produces = produces
        self.given = given
        self.entityRoles = Self.entityRoles(stages)
    }

    /// The names of the stages, in order.
    public var stageNames: [String] { stages.map(\.name) }

    /// The languages that get the English-only stages (`--lang`).
    public var languages: LanguageSelection = .english

    /// Runs every stage on `document`, stopping at the first error. After each stage the document's
    /// budget is checked, so an oversized text stops before it is tokenized and a document out of time
    /// stops before the next stage (a stage that stopped early because the time was up ends here too).
    ///
    /// The runner, not the stages, owns the entity layer's output rules (`Document.settleEntities`: text
    /// order, no overlaps, ids T1, T2, ...): it settles the layer once entity-adding stages are done, before
    /// a stage that reads entities or dates and at the end. So any stage list gives numbered, ordered,
    /// non-overlapping entities, and a stage that reads them (relations) sees them settled.
    ///
    /// An English-only stage is skipped for a document confidently in another language: its layers are
    /// present and empty, and a warning names the language and the stages left out.
    public func run(_ document: inout Document) throws(DocumentError) {
        var unsettled = !given.isDisjoint(with: Self.entityLayers)
        var skipped: [String] = []
        for (index, stage) in stages.enumerated() {
            if stage.englishOnly && !languages.admits(document) {
                skipped.append(stage.name)
                document.layers.formUnion(stage.adds)
                continue
            }
            let roles = entityRoles[index]
            if unsettled, roles.reads {
                document.settleEntities()
                unsettled = false
            }
            try stage.process(&document)
            document.layers.formUnion(stage.adds)
            if roles.adds { unsettled = true }
            try document.budget.check(document, after: stage.name)
        }
        if unsettled { document.settleEntities() }
        if !skipped.isEmpty {
            document.warnings.append(
                "language '\(document.meta.lang ?? "unknown")': stages \(skipped.joined(separator: ", ")) skipped "
                    + "(they are written for English; --lang all runs them on every language)")
        }
    }

    /// Per stage: whether it reads and whether it adds entity mentions (entities or dates). Worked out once:
    /// set operations per stage and document cost more than the settling.
    private static func entityRoles(_ stages: [any Stage]) -> [(reads: Bool, adds: Bool)] {
        stages.map { (!$0.requires.isDisjoint(with: entityLayers), !$0.adds.isDisjoint(with: entityLayers)) }
    }

    /// The layers whose mentions live in `Document.entities`.
    static let entityLayers: Set<Layer> = [.entities, .dates]
}

/// A stage list that cannot run.
public struct PipelineConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stage that cannot run.
    public var stage: String
    /// The layer it needs and no earlier stage adds.
    public var missing: Layer
    /// A later stage that adds the layer, if any (the fix is to move it earlier).
    public var providedLaterBy: String?
    /// The stages before it.
    public var earlier: [String]

    /// What is wrong and how to fix it, for the user.
    public var description: String {
        let before = earlier.isEmpty ? "no stage runs before it" : "earlier stages: \(earlier.joined(separator: ", "))"
        if let later = providedLaterBy {
            return "stage '\(stage)' requires the '\(missing.rawValue)' layer, which only the later stage '\(later)' adds; "
                + "put '\(later)' before '\(stage)' (\(before))"
        }
        return "stage '\(stage)' requires the '\(missing.rawValue)' layer, which no stage before it adds (\(before))"
    }
}
