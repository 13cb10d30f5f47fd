import Testing

@testable import Pipeline
@testable import PipelineIO

/// Works until the deadline, as a cooperative stage does; gives up after 30 s so a broken budget fails the
/// test instead of hanging it.
private struct EndlessStage: Stage {
    let name = "endless"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.sentences]
    func process(_ document: inout Document) throws(DocumentError) {
        let start = ContinuousClock.now
        while !document.budget.isExpired {
            if ContinuousClock.now - start > .seconds(30) { return }
        }
    }
}

@Suite("Document processor: budget")
struct DocumentProcessorBudgetTests {
    @Test("the batch processor turns an expired budget into one error record")
    func processorRecord() throws {
        let processor = DocumentProcessor(
            pipeline: try Pipeline([EndlessStage()]), encoder: DocumentEncoder(), maximumBytes: 1000,
            budget: Budget(seconds: 0.05))
        let output = processor.process(InputItem(id: "slow", path: "-", format: .text, content: .inline([0x61])))
        #expect(output.errorKind == .internal)
        let line = String(decoding: output.line, as: UTF8.self)
        #expect(line.contains(#""kind":"internal""#))
        #expect(line.contains("time budget"))
    }
}
