import Testing

@testable import Pipeline
@testable import Stages

/// The in-process API the README and examples/swift-library show.
@Suite struct LibraryAPITests {
    @Test func annotateTextRunsEveryStageAndRelationsResolveToEntities() throws {
        let pipeline = try Pipeline.standard()
        let document = try pipeline.annotate(
            text: "Russian Foreign Minister Sergey Lavrov met Mevlut Cavusoglu in Antalya on Thursday.",
            id: "x", dct: "2022-03-10")
        #expect(document.layers == Set(Layer.allCases))
        #expect(document.meta.dct == "2022-03-10" && document.source.bytes.isEmpty)
        let thursday = try #require(document.entities.first { $0.text == "Thursday" })
        #expect(thursday.timex?.value == "2022-03-10")
        let hasTitle = try #require(document.relations.first { $0.type == .hasTitle })
        #expect(document.entity(id: hasTitle.head)?.text == "Sergey Lavrov")
        #expect(document.entity(id: hasTitle.tail)?.text == "Foreign Minister")
        #expect(document.entity(id: "T999") == nil)
    }

    @Test func aBadInputThrowsTheErrorABatchWouldRecord() throws {
        let pipeline = try Pipeline.standard(stages: ["normalize", "tokenize", "sentences"])
        #expect(throws: DocumentError.self) { try pipeline.annotate(text: "") }
        let html = try pipeline.annotate(text: "<html><body><p>Hello there.</p></body></html>", format: .html)
        #expect(html.text == "Hello there." && html.entities.isEmpty)
        #expect(throws: UnknownStageError.self) { try Pipeline.standard(stages: ["normalize", "parse"]) }
    }
}
