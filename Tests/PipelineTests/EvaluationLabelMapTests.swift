import Pipeline
import Testing

@Suite struct EvaluationLabelMapTests {
    @Test func parsesListsAndPresets() throws {
        let map = try LabelMap(parsing: "GPE=LOC, LOC=LOC,PERSON=PER,works_for=Work_For")
        #expect(map.entityLabel(.gpe) == "LOC" && map.entityLabel(.person) == "PER")
        #expect(map.entityLabel(.title) == .title)  // unmapped: kept
        #expect(map.relationType(.worksFor) == "Work_For")
        #expect(try LabelMap(parsing: "conll04").relationType(.killed) == "Kill")
        #expect(try LabelMap(parsing: "CoNLL").entityLabel(.norp) == "MISC")
        #expect(try LabelMap(parsing: "gmb").entityLabel(.gpe) == "geo")
        #expect(throws: LabelMapError.self) { try LabelMap(parsing: "GPE") }
        #expect(throws: LabelMapError.self) { try LabelMap(parsing: "GPE=LOC,GPE=ORG") }
    }

    @Test func mappedPredictionsScoreAgainstCorpusLabels() throws {
        let text = "Peter Blackburn flew from Paris to the Louvre ."
        var gold = EvaluationFixtures.document(id: "g", text: text)
        gold.addEntity(EvaluationFixtures.span("Peter Blackburn", in: text), label: "PER")
        gold.addEntity(EvaluationFixtures.span("Paris", in: text), label: "LOC")
        gold.addEntity(EvaluationFixtures.span("Louvre", in: text), label: "LOC")
        let corpus = GoldCorpus(documents: [gold], labels: ["PER", "LOC"], annotatesRelations: false, format: .conll)
        var predicted = EvaluationFixtures.document(id: "p", text: text)
        predicted.addEntity(EvaluationFixtures.span("Peter Blackburn", in: text), label: .person)
        predicted.addEntity(EvaluationFixtures.span("Paris", in: text), label: .gpe)
        predicted.addEntity(EvaluationFixtures.span("the Louvre", in: text), label: .fac)
        predicted.addEntity(EvaluationFixtures.span("flew", in: text), label: .title)  // no corpus label: ignored

        let mapped = try Evaluator(gold: corpus, labelMap: LabelMap(parsing: "conll")).evaluate([.document(predicted)])
        #expect(mapped.entities?.micro(.strict) == Counts(gold: 3, predicted: 3, matched: 2))
        #expect(mapped.entities?.micro(.boundary) == Counts(gold: 3, predicted: 3, matched: 3))
        let unmapped = try Evaluator(gold: corpus).evaluate([.document(predicted)])
        #expect(unmapped.entities?.micro(.overlap) == Counts(gold: 3, predicted: 0, matched: 0))
    }
}
