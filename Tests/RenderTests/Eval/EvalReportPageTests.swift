import Evaluation
import Foundation
import Pipeline
import PipelineIO
import Testing

@testable import Render

@Suite struct EvalReportPageTests {
    /// The seed gold against itself with two mentions removed and one added: known errors.
    static func report() throws -> EvaluationReport {
        let corpus = try GoldReader.read(path: RenderFixtures.repositoryRoot + "/gold/seed.gold.json")
        var predicted = corpus.documents[0]
        let removed = predicted.entities.filter { $0.label.rawValue == "GPE" }.prefix(2)
        predicted.entities.removeAll { e in removed.contains { $0.span == e.span && $0.label == e.label } }
        predicted.relations = []
        return try Evaluator(gold: corpus, collectErrors: true).evaluate([.document(predicted)])
    }

    @Test func chartsTablesAndErrorsInPlace() throws {
        let report = try Self.report()
        let html = String(decoding: EvalReportPage(report: report, title: "seed <test>").render(), as: UTF8.self)
        #expect(html.contains("<title>seed &lt;test&gt;</title>"))
        // One chart per matching, side by side, each with a bar group per label.
        for caption in ["strict", "tolerant (boundary)", "overlap"] {
            #expect(html.contains("<figcaption>\(caption)</figcaption><svg class=\"bars\""))
        }
        #expect(html.contains("per type (arguments matched tolerantly)"))
        #expect(html.contains("GPE recall "))
        // Every miss is listed with its gold line over its predicted line.
        let misses = report.errors.filter { $0.kind == .miss && $0.section == "entities" }
        #expect(misses.count == 2)
        for miss in misses {
            #expect(html.contains("<span class=\"tx\">\(miss.text)</span>"))
        }
        #expect(RenderFixtures.occurrences("<span class=\"sd\">gold</span>", in: html) == report.errors.count)
        #expect(html.contains("<mark class=\"m t l"))
        #expect(html.contains("<span class=\"cp\">"))
        #expect(html.contains("<label for=\"ef-miss\" class=\"chip miss\">misses <b>"))
    }
}
