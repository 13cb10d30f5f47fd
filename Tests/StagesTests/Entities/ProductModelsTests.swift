import Pipeline
import Testing

@testable import Stages

/// `ProductModels` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: makers before a model designation")
struct ProductModelsTests {
    @Test("a maker before a model number or code names the product; before a year, a range or nothing, the company")
    func makers() throws {
        let m = try PassFixture.run(
            "Orvik ordered 30 Corvane 787 jets and 50 Aerlux A350-900 jets. Corvane 2019 deliveries fell, "
                + "Aerlux 1851-8 reports survive, and Corvane said so.",
            [("Corvane", .org), ("Aerlux", .org)]
        ) { tokens, bytes, mentions in
            ProductModels(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m == ["org Corvane", "org Aerlux", "org Corvane"])
    }

    @Test("a designation of any number of digits is read without overflow (a fuzzer's find)")
    func longDigitRuns() throws {
        let digits = String(repeating: "9", count: 40)
        let m = try PassFixture.run(
            "Orvik ordered 30 Corvane \(digits) jets and Corvane \(digits)-\(digits)X kits.", [("Corvane", .org)]
        ) { tokens, bytes, mentions in
            ProductModels(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m.isEmpty, "\(m)")
    }
}
