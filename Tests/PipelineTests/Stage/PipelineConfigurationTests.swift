import Testing

@testable import Pipeline

/// Stages that only declare layers, to test the pipeline's checks without any language code.
struct DeclaringStage: Stage {
    let name: String
    let requires: Set<Layer>
    let adds: Set<Layer>
    func process(_ document: inout Document) throws(DocumentError) {
        if name == "fails" { throw DocumentError(.internal, "boom") }
    }
}

@Suite("Pipeline construction")
struct PipelineConfigurationTests {
    let normalize = DeclaringStage(name: "normalize", requires: [], adds: [.text])
    let tokenize = DeclaringStage(name: "tokenize", requires: [.text], adds: [.tokens])
    let sentences = DeclaringStage(name: "sentences", requires: [.tokens], adds: [.sentences])

    @Test("a valid order is accepted and reports what it produces")
    func validOrder() throws {
        let pipeline = try Pipeline([normalize, tokenize, sentences])
        #expect(pipeline.stageNames == ["normalize", "tokenize", "sentences"])
        #expect(pipeline.produces == [.text, .tokens, .sentences])
    }

    @Test("a stage placed before the stage it needs is refused, naming both")
    func wrongOrder() {
        do {
            _ = try Pipeline([normalize, sentences, tokenize])
            Issue.record("the pipeline accepted an impossible order")
        } catch {
            #expect(error.stage == "sentences")
            #expect(error.providedLaterBy == "tokenize")
            #expect(error.description.contains("'sentences'"))
            #expect(error.description.contains("'tokenize'"))
        }
    }

    @Test("a requirement nothing provides is refused")
    func missingProvider() {
        do {
            _ = try Pipeline([tokenize])
            Issue.record("accepted")
        } catch {
            #expect(error.missing == .text)
            #expect(error.providedLaterBy == nil)
            #expect(error.description.contains("'tokenize'"))
        }
    }

    @Test("running records the layers added and stops at the first error")
    func running() throws {
        var document = Document(id: "x", source: Source(path: "x", format: .text, bytes: [0x41]))
        try Pipeline([normalize, tokenize]).run(&document)
        #expect(document.layers == [.text, .tokens])
        let failing = DeclaringStage(name: "fails", requires: [], adds: [.entities])
        #expect(throws: DocumentError(.internal, "boom")) { try Pipeline([failing]).run(&document) }
    }
}
