/// How to build a pipeline, checked once.
///
/// A batch gives each worker a pipeline of its own (a stage may keep scratch state that is not
/// thread-safe), so the stages are made again per worker. The stage list is checked when the recipe is
/// made, before anything is read; `make()` then cannot fail, since a stage's declarations belong to its
/// type and do not change from one instance to the next.
public struct PipelineRecipe: Sendable {
    /// One maker per stage, in order.
    public let makers: [@Sendable () -> any Stage]
    /// The layers the documents bring (see `Pipeline.init(_:given:)`).
    public let given: Set<Layer>
    /// The names of the stages, in order.
    public let stageNames: [String]
    /// The layers a document has after every stage ran.
    public let produces: Set<Layer>
    /// The languages that get the English-only stages (`--lang`).
    public var languages: LanguageSelection = .english

    /// Checks the order once (as `Pipeline.init` does) so that `make()` cannot fail.
    public init(_ makers: [@Sendable () -> any Stage], given: Set<Layer> = []) throws(PipelineConfigurationError) {
        let checked = try Pipeline(makers.map { $0() }, given: given)
        self.makers = makers
        self.given = given
        self.stageNames = checked.stageNames
        self.produces = checked.produces
    }

    /// A new pipeline with new stages.
    public func make() -> Pipeline {
        var pipeline = Pipeline(checked: makers.map { $0() }, produces: produces, given: given)
        pipeline.languages = languages
        return pipeline
    }
}
