import Pipeline
import Stages

/// The stages `--stages` asks for, checked before anything is read, and what that choice implies for the
/// output.
struct StageSelection {
    let names: [String]
    let recipe: PipelineRecipe
    /// Whether the tokens layer is written (see `init`).
    let writesTokens: Bool

    /// - Parameters:
    ///   - list: the `--stages` value, or nil for every stage.
    ///   - tokensFlag: `--tokens`.
    ///   - explain: `--explain`: stages that record more evidence for it are made so
    ///     (`CatalogStage.init(explain:)`).
    ///
    /// A stage named twice is refused: the second run would redo (or duplicate) the first one's layer. The
    /// tokens layer, left out by default for its size, is written with `--tokens`, and also when an explicit
    /// list makes tokens and no listed stage reads them (`normalize,tokenize`): then the tokens are what
    /// the user asked for.
    init(list: String?, tokensFlag: Bool, explain: Bool = false) throws(UsageError) {
        let names = list.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(Self.trimmed) }
            ?? StageCatalog.names
        if let empty = names.firstIndex(of: "") {
            throw UsageError("--stages has an empty name at position \(empty + 1); give names separated by commas")
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw UsageError("stage '\(name)' is listed twice in --stages; each stage runs once")
        }
        let entries: [StageCatalog.Entry]
        do {
            entries = try StageCatalog.entries(named: names)
            recipe = try PipelineRecipe(entries.map { explain ? $0.makeExplaining : $0.make })
        } catch let error as UnknownStageError {
            throw UsageError(error.description)
        } catch let error as PipelineConfigurationError {
            throw UsageError(error.description)
        } catch {
            throw UsageError("\(error)")
        }
        self.names = names
        let readsTokens = entries.contains { $0.make().requires.contains(.tokens) }
        writesTokens = tokensFlag || (list != nil && recipe.produces.contains(.tokens) && !readsTokens)
    }

    private static func trimmed(_ name: Substring) -> String {
        String(name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
