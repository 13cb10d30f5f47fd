import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

@Suite struct EvaluationAlignmentTests {
    @Test func differentCharactersFailWithThePosition() {
        #expect {
            _ = try TextAlignment(gold: "Alpha beta gamma.", predicted: "Alpha  beta delta.")
        } throws: { error in
            guard let e = error as? AlignmentError else { return false }
            // "g" of gamma (gold offset 11) is the first gold character without a counterpart; the
            // prediction continues at "d" of delta (offset 12, after the doubled space).
            return e.goldOffset == 11 && e.predictedOffset == 12
                && e.goldContext == "\"Alpha beta ⟨⟩gamma.\"" && e.predictedContext == "\"Alpha  beta ⟨⟩delta.\""
                && e.description.contains("gold offset 11") && e.description.contains("predicted offset 12")
        }
    }

    @Test func evaluatorNamesTheDocumentOfAFailedAlignment() throws {
        var gold = EvaluationFixtures.document(id: "doc-7", text: "Iran and Azerbaijan.")
        gold.addEntity(Span(0, 4), label: .gpe)
        let corpus = GoldCorpus(documents: [gold], labels: [.gpe], annotatesRelations: false, format: .pipe)
        let predicted = EvaluationFixtures.document(id: "doc-7", text: "Iraq and Azerbaijan.")
        #expect {
            _ = try Evaluator(gold: corpus).evaluate([.document(predicted)])
        } throws: { error in
            (error as? AlignmentError)?.documentID == "doc-7"
                && (error as? AlignmentError)?.description.contains("document 'doc-7'") == true
        }
    }

    @Test func fewMissingGoldCharactersOutsideSpansAreTolerated() throws {
        // 400 non-whitespace scalars: 0.5% tolerates 2 missing ones, never inside a protected span.
        let sentence = "Tehran and Baku exchanged notes again. "
        let gold = String(repeating: sentence, count: 12) + "• The end."
        let predicted = String(repeating: sentence, count: 12) + "The end."
        let a = try TextAlignment(gold: gold, predicted: predicted, protected: [Span(0, 6)])
        #expect(a.unmatchedGold == 1 && a.predictedOnly == 0)
        let bullet = EvaluationFixtures.span("•", in: gold)
        #expect(throws: AlignmentError.self) {
            _ = try TextAlignment(gold: gold, predicted: predicted, protected: [Span(bullet.start, bullet.end + 4)])
        }
    }

    @Test func predictedOnlyStretchesMapSpansAround() throws {
        let gold = "Iran and Azerbaijan met."
        let predicted = "Power games\nBy J. Doe\n\nIran and  Azerbaijan met.\nComments (3)"
        let a = try TextAlignment(gold: gold, predicted: predicted)
        #expect(a.unmatchedGold == 0)
        #expect(a.predictedSpan(EvaluationFixtures.span("Azerbaijan", in: predicted)) == .aligned(Span(7, 17)))
        #expect(a.predictedSpan(EvaluationFixtures.span("J. Doe", in: predicted)) == .outside)
        #expect(a.predictedSpan(Span(11, 12)) == .empty)
        #expect(a.goldSpan(EvaluationFixtures.span("Azerbaijan", in: gold)) == Span(7, 17))
    }

    @Test func myersDiffHandlesInsertionsOnBothSidesOfTheArticle() throws {
        let gold = "One two three. Four five six. Seven eight nine."
        let predicted = "Title here. One two three. [Advert] Four five six. Seven eight nine. Footer"
        let a = try TextAlignment(gold: gold, predicted: predicted)
        #expect(a.unmatchedGold == 0)
        #expect(a.predictedOnly == "Titlehere.[Advert]Footer".unicodeScalars.count)
        let five = EvaluationFixtures.span("five", in: predicted)
        #expect(a.predictedSpan(five) == .aligned(a.goldSpan(EvaluationFixtures.span("five", in: gold)) ?? Span(0, 0)))
    }

    @Test func tooManyEditsFailInsteadOfRunningLong() {
        let gold = String(repeating: "abcdefghij ", count: 50)
        let predicted = String(repeating: "klmnopqrst ", count: 50)
        #expect(throws: AlignmentError.self) {
            _ = try TextAlignment(gold: gold, predicted: predicted, maximumEdits: 100)
        }
    }
}
