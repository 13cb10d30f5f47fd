import Testing

@testable import Pipeline

/// Makes a text of `count` scalars, tokens one per scalar if asked.
private struct FillStage: Stage {
    let name = "fill"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.text]
    let count: Int
    func process(_ document: inout Document) throws(DocumentError) {
        document.setText(String(repeating: "a", count: count), sourceMap: nil)
    }
}

private struct OneTokenPerScalar: Stage {
    let name = "tokenize"
    let requires: Set<Layer> = [.text]
    let adds: Set<Layer> = [.tokens]
    func process(_ document: inout Document) throws(DocumentError) {
        document.tokens = (0..<document.offsets.scalarCount).map { Token(start: $0, end: $0 + 1) }
    }
}

/// Works "per sentence" until the deadline, as a cooperative stage does; fails the test if never stopped.
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

/// Records that it ran: nothing after a failed budget check may run.
private struct MarkerStage: Stage {
    let name = "marker"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.relations]
    func process(_ document: inout Document) throws(DocumentError) {
        document.warnings.append("marker ran")
    }
}

@Suite("Per-document budget")
struct BudgetTests {
    private func run(_ stages: [any Stage], budget: Budget) throws -> Result<Document, DocumentError> {
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [0x61]))
        document.budget = budget.started(inputBytes: 1)
        let pipeline = try Pipeline(stages)
        do {
            try pipeline.run(&document)
            return .success(document)
        } catch {
            #expect(!document.warnings.contains("marker ran"))
            return .failure(error)
        }
    }

    @Test("a text over the character cap is too_large before the next stage runs")
    func textCap() throws {
        let result = try run([FillStage(count: 101), MarkerStage()], budget: Budget(maximumScalars: 100))
        guard case .failure(let error) = result else { Issue.record("expected too_large"); return }
        #expect(error.kind == .tooLarge)
        #expect(error.message.contains("101 characters"))
        #expect(try run([FillStage(count: 100), MarkerStage()], budget: Budget(maximumScalars: 100)).isSuccess)
    }

    @Test("more tokens than the cap is too_large")
    func tokenCap() throws {
        let result = try run([FillStage(count: 50), OneTokenPerScalar(), MarkerStage()], budget: Budget(maximumTokens: 49))
        guard case .failure(let error) = result else { Issue.record("expected too_large"); return }
        #expect(error.kind == .tooLarge)
        #expect(error.message.contains("more than 49 tokens"))
    }

    @Test("a stage polling the deadline stops, and the document is an internal error naming the budget")
    func deadline() throws {
        let start = ContinuousClock.now
        let result = try run([EndlessStage(), MarkerStage()], budget: Budget(seconds: 0.05))
        #expect(ContinuousClock.now - start < .seconds(5))
        guard case .failure(let error) = result else { Issue.record("expected internal"); return }
        #expect(error.kind == .internal)
        #expect(error.message == "exceeded the time budget of 0.05 s (at stage endless)")
    }

    @Test("the allowance grows with the input size, one step per MiB")
    func scaling() {
        let budget = Budget(seconds: 10)
        #expect(budget.started(inputBytes: 0).allowedSeconds == 10)
        #expect(budget.started(inputBytes: 1 << 20).allowedSeconds == 10)
        #expect(budget.started(inputBytes: (1 << 20) + 1).allowedSeconds == 20)
        #expect(budget.started(inputBytes: 50 << 20).allowedSeconds == 500)
        #expect(!budget.started(inputBytes: 1).isExpired)
        #expect(Budget(seconds: nil).started(inputBytes: 1).deadline == nil)
    }

    @Test("documents made outside the runner have no limits")
    func unlimitedByDefault() {
        let document = Document(id: "d", source: Source(path: "-", format: .text, bytes: []))
        #expect(document.budget == .unlimited)
        #expect(!document.budget.isExpired)
    }
}

extension Result {
    fileprivate var isSuccess: Bool {
        if case .success = self { true } else { false }
    }
}
