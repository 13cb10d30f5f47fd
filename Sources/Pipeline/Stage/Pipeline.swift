/// An ordered list of stages whose requirements are known to be met.
public struct Pipeline {
    public let stages: [any Stage]

    /// The layers a document has after every stage ran.
    public let produces: Set<Layer>

    /// Refuses an order in which a stage needs a layer that no earlier stage adds.
    public init(_ stages: [any Stage]) throws(PipelineConfigurationError) {
        var available: Set<Layer> = []
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
    }

    public var stageNames: [String] { stages.map(\.name) }

    /// The languages that get the English-only stages (`--lang`).
    public var languages: LanguageSelection = .english

    /// Runs every stage on `document`, stopping at the first error. After each stage the document's
    /// budget is checked, so an oversized text stops before it is tokenized and a document out of time
    /// stops before the next stage (a stage that stopped early because the time was up ends here too).
    /// An English-only stage is skipped for a document confidently in another language: its layers are
    /// present and empty, and a warning names the language and the stages left out.
    public func run(_ document: inout Document) throws(DocumentError) {
        var skipped: [String] = []
        for stage in stages {
            if stage.englishOnly && !languages.admits(document) {
                skipped.append(stage.name)
                document.layers.formUnion(stage.adds)
                continue
            }
            try stage.process(&document)
            document.layers.formUnion(stage.adds)
            try document.budget.check(document, after: stage.name)
        }
        if !skipped.isEmpty {
            document.warnings.append(
                "language '\(document.meta.lang ?? "unknown")': stages \(skipped.joined(separator: ", ")) skipped "
                    + "(they are written for English; --lang all runs them on every language)")
        }
    }
}

/// A stage list that cannot run.
public struct PipelineConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var stage: String
    public var missing: Layer
    public var providedLaterBy: String?
    public var earlier: [String]

    public var description: String {
        let before = earlier.isEmpty ? "no stage runs before it" : "earlier stages: \(earlier.joined(separator: ", "))"
        if let later = providedLaterBy {
            return "stage '\(stage)' requires the '\(missing.rawValue)' layer, which only the later stage '\(later)' adds; "
                + "put '\(later)' before '\(stage)' (\(before))"
        }
        return "stage '\(stage)' requires the '\(missing.rawValue)' layer, which no stage before it adds (\(before))"
    }
}
