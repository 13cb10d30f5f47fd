import Pipeline
import Stages
import Testing

/// `pipe eval --run` builds its pipeline from every registered stage, so that list must always validate.
@Suite struct EvaluationCatalogTests {
    @Test func allRegisteredStagesFormAValidPipeline() throws {
        let pipeline = try Pipeline(StageCatalog.allStages())
        #expect(pipeline.stageNames == StageCatalog.names)
        #expect(pipeline.produces.contains(.text))
    }
}
