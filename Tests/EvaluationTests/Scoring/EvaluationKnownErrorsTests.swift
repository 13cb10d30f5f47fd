import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

/// A small hand-made prediction with one error of each kind; every figure below was computed by hand.
///
/// Gold (labels PERSON NORP GPE ORG DATE): Vladimir Putin, Joe Biden (PERSON); Geneva, Russia (GPE);
/// 16 June, Monday (DATE); White House, Reuters (ORG); Swiss (NORP); met_with(Putin, Biden); 2 sentences.
/// Prediction, on a text with different whitespace:
/// - Putin, Biden, Swiss, Reuters: right;
/// - Geneva: missed (predicted as EVENT, a label the gold does not score: ignored);
/// - "June" for "16 June": boundary error (value right);
/// - "The White House": "the"-prefixed span;
/// - Russia as NORP: wrong label;
/// - "envoy" as PERSON: false alarm;
/// - Monday with value 2021-06-21 instead of 2021-06-14: wrong timex value;
/// - met_with(Biden, Putin): reversed, still right; works_for(Putin, Russia): false alarm;
/// - 3 sentences (an extra split after "Monday,").
@Suite struct EvaluationKnownErrorsTests {
    static let goldText =
        "Vladimir Putin met with Joe Biden in Geneva on 16 June. The White House said Russia’s envoy left the Swiss capital on Monday, Reuters reported."
    static let predictedText =
        "Vladimir Putin met with Joe  Biden in Geneva on 16 June.\n\nThe White House said Russia’s envoy left the Swiss capital on Monday,\nReuters reported.\n"

    static func gold() -> GoldCorpus {
        let t = goldText
        var d = EvaluationFixtures.document(id: "known", text: t, dct: "2021-06-20")
        let s = { (x: String) in EvaluationFixtures.span(x, in: t) }
        d.addEntity(s("Vladimir Putin"), label: .person)
        d.addEntity(s("Joe Biden"), label: .person)
        d.addEntity(s("Geneva"), label: .gpe)
        d.addEntity(s("16 June"), label: .date, timex: Timex(type: .date, value: "2021-06-16"))
        d.addEntity(s("White House"), label: .org)
        d.addEntity(s("Russia"), label: .gpe)
        d.addEntity(s("Swiss"), label: .norp)
        d.addEntity(s("Monday"), label: .date, timex: Timex(type: .date, value: "2021-06-14"))
        d.addEntity(s("Reuters"), label: .org)
        d.renumberEntities()
        let id = { (x: String) in d.entities.first { $0.text == x }?.id ?? "?" }
        d.relations = [Relation(type: .metWith, head: id("Vladimir Putin"), tail: id("Joe Biden"))]
        d.sentences = [Span(0, s("16 June.").end), Span(s("The White").start, t.unicodeScalars.count)]
        d.layers = [.text, .sentences, .entities, .dates, .relations]
        return GoldCorpus(
            documents: [d], labels: [.person, .norp, .gpe, .org, .date], annotatesRelations: true, format: .pipe)
    }

    static func prediction() -> Document {
        let t = predictedText
        var d = EvaluationFixtures.document(id: "whatever", text: t)
        let s = { (x: String) in EvaluationFixtures.span(x, in: t) }
        d.addEntity(s("Vladimir Putin"), label: .person)
        d.addEntity(Span(s("Joe").start, s("Biden").end), label: .person)  // "Joe  Biden": two spaces here
        d.addEntity(s("Geneva"), label: .event)
        d.addEntity(s("June"), label: .date, timex: Timex(type: .date, value: "2021-06-16"))
        d.addEntity(s("The White House"), label: .org)
        d.addEntity(s("Russia"), label: .norp)
        d.addEntity(s("envoy"), label: .person)
        d.addEntity(s("Swiss"), label: .norp)
        d.addEntity(s("Monday"), label: .date, timex: Timex(type: .date, value: "2021-06-21"))
        d.addEntity(s("Reuters"), label: .org)
        d.renumberEntities()
        let id = { (x: String) in d.entities.first { $0.text == x }?.id ?? "?" }
        d.relations = [
            Relation(type: .metWith, head: id("Joe  Biden"), tail: id("Vladimir Putin")),
            Relation(type: .worksFor, head: id("Vladimir Putin"), tail: id("Russia")),
        ]
        d.sentences = [
            Span(0, s("16 June.").end), Span(s("The White").start, s("Monday,").end),
            Span(s("Reuters reported").start, s("reported.").end),
        ]
        d.layers = [.text, .sentences, .entities, .dates, .relations]
        return d
    }

    static func report(errors: Bool = false) throws -> EvaluationReport {
        try Evaluator(gold: gold(), collectErrors: errors).evaluate([.document(prediction())])
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-12 } ?? false }

    @Test func entityFigures() throws {
        let e = try #require(try Self.report().entities)
        // strict: PERSON 2/3 pred, 2/2 gold; NORP 1/2, 1/1; GPE 0/0, 0/2; ORG 1/2, 1/2; DATE 1/2, 1/2.
        #expect(e.counts(.strict, .person) == Counts(gold: 2, predicted: 3, matched: 2))
        #expect(e.counts(.strict, .norp) == Counts(gold: 1, predicted: 2, matched: 1))
        #expect(e.counts(.strict, .gpe) == Counts(gold: 2, predicted: 0, matched: 0))
        #expect(e.counts(.strict, .org) == Counts(gold: 2, predicted: 2, matched: 1))
        #expect(e.counts(.strict, .date) == Counts(gold: 2, predicted: 2, matched: 1))
        #expect(Self.close(e.counts(.strict, .person).f1, 0.8))
        #expect(Self.close(e.counts(.strict, .norp).f1, 2.0 / 3))
        #expect(e.counts(.strict, .gpe).f1 == 0)
        #expect(e.micro(.strict) == Counts(gold: 9, predicted: 9, matched: 5))
        #expect(Self.close(e.micro(.strict).f1, 5.0 / 9))
        // macro over the 5 labels: P (2/3 + 1/2 + 0 + 1/2 + 1/2)/5, R (1 + 1 + 0 + 1/2 + 1/2)/5,
        // F1 (0.8 + 2/3 + 0 + 0.5 + 0.5)/5.
        #expect(Self.close(e.macro(.strict).precision, (2.0 / 3 + 1.5) / 5))
        #expect(Self.close(e.macro(.strict).recall, 0.6))
        #expect(Self.close(e.macro(.strict).f1, (0.8 + 2.0 / 3 + 1.0) / 5))
        // boundary-tolerant adds "The White House"; overlap adds "June" too.
        #expect(e.counts(.boundary, .org) == Counts(gold: 2, predicted: 2, matched: 2))
        #expect(e.micro(.boundary).matched == 6)
        #expect(Self.close(e.micro(.boundary).f1, 2.0 / 3))
        #expect(e.counts(.overlap, .date).matched == 2)
        #expect(e.micro(.overlap).matched == 7)
        #expect(Self.close(e.micro(.overlap).f1, 7.0 / 9))
        #expect(e.outside == 0)
    }

    @Test func dateFigures() throws {
        let t = try #require(try Self.report().dates)
        #expect(t.strict == Counts(gold: 2, predicted: 2, matched: 1))
        #expect(t.relaxed == Counts(gold: 2, predicted: 2, matched: 2))
        #expect(t.strict.f1 == 0.5)
        #expect(t.relaxed.f1 == 1)
        #expect(t.typeAccuracy == 1)
        #expect(t.valueAccuracy == 0.5)
        #expect(t.valueF1 == 0.5)
    }

    @Test func relationFigures() throws {
        let r = try #require(try Self.report().relations)
        #expect(r.counts[.metWith] == Counts(gold: 1, predicted: 1, matched: 1))
        #expect(r.counts[.worksFor] == Counts(gold: 0, predicted: 1, matched: 0))
        #expect(r.micro == Counts(gold: 1, predicted: 2, matched: 1))
        #expect(r.micro.precision == 0.5 && r.micro.recall == 1)
        #expect(Self.close(r.micro.f1, 2.0 / 3))
    }

    @Test func sentenceFigures() throws {
        let s = try #require(try Self.report().sentences)
        #expect(s.boundaries == Counts(gold: 2, predicted: 3, matched: 2))
        #expect(Self.close(s.boundaries.f1, 0.8))
    }

    @Test func errorListNamesEachMistake() throws {
        let errors = try Self.report(errors: true).errors
        func has(_ section: String, _ kind: EvaluationErrorItem.Kind, _ text: String) -> Bool {
            errors.contains { $0.section == section && $0.kind == kind && $0.text == text }
        }
        #expect(has("entities", .miss, "Geneva"))
        #expect(has("entities", .miss, "Russia"))
        #expect(has("entities", .falseAlarm, "Russia"))
        #expect(has("entities", .falseAlarm, "envoy"))
        #expect(has("entities", .miss, "White House"))
        #expect(has("entities", .falseAlarm, "The White House"))
        #expect(has("dates", .mismatch, "Monday"))
        #expect(has("relations", .falseAlarm, "Vladimir Putin → Russia"))
        #expect(has("sentences", .falseAlarm, " envoy left the Swiss capital on Monday,‖ Reuters reported."))
        let russia = errors.first { $0.kind == .miss && $0.text == "Russia" }
        #expect(russia?.note == "label: predicted NORP")
        #expect(russia?.context == "The White House said Russia’s envoy left the Swiss capital on Monday, Reuters reported.")
        #expect(errors.filter { $0.section == "entities" }.count == 8)  // 4 misses, 4 false alarms (strict)
    }

    @Test func reportsRenderInEveryFormat() throws {
        let report = try Self.report(errors: true)
        let json = ReportFormat.json.render(report)
        let parsed = try JSONParser.parse(json)
        #expect(parsed["entities"]?["micro"]?["strict"]?["matched"]?.intValue == 5)
        #expect(parsed["dates"]?["value_f1"]?.doubleValue == 0.5)
        #expect(parsed["errors"]?.arrayValue?.isEmpty == false)
        #expect(ReportFormat.table.render(report).contains("micro"))
        #expect(ReportFormat.markdown.render(report).contains("| **micro** | 9 | 9 |"))
        let tsv = ReportFormat.tsv.render(report, title: "known").split(separator: "\n")
        #expect(tsv.count == 2)
        #expect(tsv[0].split(separator: "\t").contains("rel_overlap_f1"))
        // Relation F1 strict, tolerant and overlap: this fixture's relation matches in all three. The last
        // column is the clusters' CoNLL score: "-" since this gold has no cluster ids.
        #expect(tsv[1] == "known\t1\t0.556\t0.667\t0.778\t0.493\t1.000\t0.500\t0.667\t0.667\t0.667\t0.800\t-")
    }
}
