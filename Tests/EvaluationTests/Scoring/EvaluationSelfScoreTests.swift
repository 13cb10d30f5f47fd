import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

/// The seed gold scored against itself must be perfect everywhere, including when the prediction carries
/// extra text around the article (as the text extracted from an HTML page does).
@Suite struct EvaluationSelfScoreTests {
    static let gold: GoldCorpus? = try? GoldReader.read(path: EvaluationFixtures.seedGoldPath)

    static func expectPerfect(_ report: EvaluationReport) {
        guard let entities = report.entities else {
            Issue.record("no entity scores")
            return
        }
        for matching in EntityScores.Matching.allCases {
            for label in entities.labels where !entities.counts(matching, label).isEmpty {
                let c = entities.counts(matching, label)
                #expect(c.precision == 1 && c.recall == 1 && c.f1 == 1, "\(matching) \(label)")
            }
            #expect(entities.micro(matching).f1 == 1)
            #expect(entities.macro(matching).f1 == 1)
            #expect(entities.macro(matching).precision == 1)
        }
        #expect(entities.micro(.strict).gold == 153)
        let dates = report.dates
        #expect(dates?.strict.f1 == 1 && dates?.relaxed.f1 == 1)
        #expect(dates?.typeAccuracy == 1 && dates?.valueAccuracy == 1 && dates?.valueF1 == 1)
        #expect(dates?.strict.gold == 15)
        #expect(report.relations?.micro.f1 == 1)
        #expect(report.relations?.micro.gold == 11)
        for type in report.relations?.types ?? [] { #expect(report.relations?.counts[type]?.f1 == 1) }
        #expect(report.sentences?.boundaries.f1 == 1)
        #expect(report.sentences?.boundaries.gold == 56)
    }

    @Test func seedGoldAgainstItselfScoresOne() throws {
        let gold = try #require(Self.gold, "gold/seed.gold.json must be readable")
        #expect(gold.labels.count == 11)
        let report = try Evaluator(gold: gold).evaluate(gold.documents.map { .document($0) })
        Self.expectPerfect(report)
        #expect(report.unmatchedGoldCharacters == 0 && report.predictedOnlyCharacters == 0)
    }

    @Test func extraTitleAndBylineAroundTheArticleAreNotScored() throws {
        let gold = try #require(Self.gold)
        let seed = gold.documents[0]
        var predicted = EvaluationFixtures.wrapped(
            seed, prefix: "Power games in the Caucasus\n\nBy Javier M. Ortega, 1 December 2021\n\n",
            suffix: "\n\nShare this article. Comments (3)")
        // A mention and a sentence in the by-line: outside the gold text, neither hit nor false alarm.
        predicted.addEntity(EvaluationFixtures.span("Javier M. Ortega", in: predicted.text), label: .person)
        predicted.sentences.insert(Span(0, 27), at: 0)
        predicted.renumberEntities()
        let report = try Evaluator(gold: gold).evaluate([.document(predicted)])
        Self.expectPerfect(report)
        #expect(report.entities?.outside == 1)
        #expect(report.sentences?.outside == 1)
        #expect(report.predictedOnlyCharacters > 50)
    }

    @Test func whitespaceChangesAndAnInsertedStretchInsideTheTextStillAlign() throws {
        let gold = try #require(Self.gold)
        let seed = gold.documents[0]
        // Collapse every whitespace run to one space and insert an advert between two paragraphs; the
        // diff (not the containment fast path) must then map every span back.
        let advert = "ADVERTISEMENT Subscribe now"
        let paragraph = EvaluationFixtures.span("\n\n", in: seed.text, occurrence: 2).start
        var scalars = String.UnicodeScalarView()
        var map: [Int] = []  // gold scalar offset -> predicted scalar offset
        var previousSpace = false
        for (i, s) in seed.text.unicodeScalars.enumerated() {
            if i == paragraph {
                for a in (" " + advert + " ").unicodeScalars { scalars.append(a) }
            }
            map.append(scalars.count)
            let space = s == " " || s == "\n" || s == "\u{A0}"
            if space && previousSpace { continue }
            scalars.append(space ? " " : s)
            previousSpace = space
        }
        map.append(scalars.count)
        var predicted = EvaluationFixtures.document(id: "other-id", text: String(scalars))
        predicted.sentences = seed.sentences.map { Span(map[$0.start], map[$0.end]) }
        for e in seed.entities {
            predicted.addEntity(Span(map[e.start], map[e.end]), label: e.label, timex: e.timex)
            predicted.entities[predicted.entities.count - 1].id = e.id
        }
        predicted.relations = seed.relations
        let report = try Evaluator(gold: gold).evaluate([.document(predicted)])
        Self.expectPerfect(report)
        #expect(report.predictedOnlyCharacters == advert.unicodeScalars.filter { $0 != " " }.count)
    }
}
