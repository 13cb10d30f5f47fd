import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

/// The tolerant matching of mentions (DESIGN.md "boundary-tolerant", extended for a line-final full stop).
@Suite struct EvaluationBoundaryToleranceTests {
    /// A corpus that glues the sentence's full stop to the last word ("Kosovo.") and a prediction that
    /// leaves it out match tolerantly, for entities and for the relations built on them; the strict
    /// matching still tells them apart. A mid-sentence abbreviation keeps its dot.
    @Test func lineFinalFullStopIsIgnored() throws {
        let text = "Ann Lee of Acme Corp. lives in Kosovo."
        let s = { (x: String) in EvaluationFixtures.span(x, in: text) }
        var gold = EvaluationFixtures.document(id: "g", text: text)
        gold.addEntity(s("Ann Lee"), label: "Peop")
        gold.addEntity(s("Acme Corp."), label: "Org")
        gold.addEntity(s("Kosovo."), label: "Loc")
        gold.renumberEntities()
        let goldID = { (x: String) in gold.entities.first { $0.text == x }?.id ?? "?" }
        gold.relations = [Relation(type: "Live_In", head: goldID("Ann Lee"), tail: goldID("Kosovo."))]
        gold.layers = [.text, .entities, .relations]
        let corpus = GoldCorpus(
            documents: [gold], labels: ["Peop", "Org", "Loc"], relationTypes: ["Live_In"],
            annotatesRelations: true, format: .spert)

        var predicted = EvaluationFixtures.document(id: "p", text: text)
        predicted.addEntity(s("Ann Lee"), label: .person)
        predicted.addEntity(s("Acme Corp"), label: .org)  // the abbreviation's dot left out mid-sentence
        predicted.addEntity(s("Kosovo"), label: .gpe)
        predicted.renumberEntities()
        let id = { (x: String) in predicted.entities.first { $0.text == x }?.id ?? "?" }
        predicted.relations = [Relation(type: .livesIn, head: id("Ann Lee"), tail: id("Kosovo"))]
        predicted.layers = [.text, .entities, .relations]

        let report = try Evaluator(gold: corpus, labelMap: LabelMap(parsing: "conll04")).evaluate([.document(predicted)])
        #expect(report.entities?.micro(.strict) == Counts(gold: 3, predicted: 3, matched: 1))
        #expect(report.entities?.micro(.boundary) == Counts(gold: 3, predicted: 3, matched: 2))
        #expect(report.relations?.micro == Counts(gold: 1, predicted: 1, matched: 1))
    }
}
