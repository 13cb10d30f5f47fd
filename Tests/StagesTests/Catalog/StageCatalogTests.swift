import Pipeline
import Testing

@testable import Stages

@Suite("Stage catalog")
struct StageCatalogTests {
    @Test("names are unique and the canonical order forms a valid pipeline")
    func canonicalOrder() throws {
        #expect(Set(StageCatalog.names).count == StageCatalog.names.count)
        let pipeline = try Pipeline(StageCatalog.allStages())
        #expect(pipeline.stageNames == StageCatalog.names)
        #expect(pipeline.produces.contains(.text))
    }

    @Test("every prefix of the canonical order is a valid pipeline (what --stages relies on)")
    func prefixes() throws {
        for length in 1...StageCatalog.names.count {
            _ = try Pipeline(StageCatalog.stages(named: Array(StageCatalog.names.prefix(length))))
        }
    }

    @Test("an unknown name is refused with the list of known stages")
    func unknown() {
        do {
            _ = try StageCatalog.stages(named: ["normalize", "frobnicate"])
            Issue.record("accepted an unknown stage")
        } catch {
            #expect(error.name == "frobnicate")
            #expect(error.description.contains("normalize"))
        }
    }
}
