import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

/// The in-place views of `--errors` items (what `pipe eval --format html` draws), on the hand-made
/// prediction of `EvaluationKnownErrorsTests`, whose predicted text has other whitespace than the gold.
@Suite struct EvaluationErrorViewTests {
    static func errors() throws -> [EvaluationErrorItem] { try EvaluationKnownErrorsTests.report(errors: true).errors }

    static func marked(_ text: MarkedText, _ role: MarkedText.Mark.Role) -> [String] {
        let scalars = Array(text.text.unicodeScalars)
        return text.marks.filter { $0.role == role }.map { m in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[m.start..<m.end])
            return String(view)
        }
    }

    @Test func aMissShowsTheGoldSentenceOverThePredictedOne() throws {
        let item = try #require(try Self.errors().first { $0.kind == .miss && $0.text == "Geneva" })
        let view = try #require(item.view)
        #expect(view.gold.text == "Vladimir Putin met with Joe Biden in Geneva on 16 June.")
        #expect(Self.marked(view.gold, .target) == ["Geneva"])
        #expect(view.gold.marks.first { $0.role == .target }?.label == "GPE")
        // The prediction's own version of the sentence (two spaces in "Joe  Biden"), with a dashed place
        // where the missed mention is, and the EVENT mention the gold does not score, for context.
        let predicted = try #require(view.predicted)
        #expect(predicted.text == "Vladimir Putin met with Joe  Biden in Geneva on 16 June.")
        #expect(Self.marked(predicted, .counterpart) == ["Geneva"])
        #expect(predicted.marks.contains { $0.role == .other && $0.label == "EVENT" })
        #expect(Self.marked(predicted, .target).isEmpty)
    }

    @Test func aFalseAlarmIsTheTargetOnThePredictedLine() throws {
        let item = try #require(try Self.errors().first { $0.kind == .falseAlarm && $0.text == "envoy" })
        let view = try #require(item.view)
        #expect(Self.marked(view.gold, .counterpart) == ["envoy"])
        #expect(Self.marked(view.gold, .target).isEmpty)
        let predicted = try #require(view.predicted)
        #expect(Self.marked(predicted, .target) == ["envoy"])
        #expect(predicted.text.contains("on Monday, Reuters reported."))  // the line break became a space
    }

    @Test func relationsAndMismatchesMarkEveryArgument() throws {
        let errors = try Self.errors()
        let relation = try #require(errors.first { $0.section == "relations" && $0.kind == .falseAlarm })
        #expect(Self.marked(try #require(relation.view?.predicted), .target).sorted() == ["Russia", "Vladimir Putin"])
        let monday = try #require(errors.first { $0.kind == .mismatch && $0.text == "Monday" })
        #expect(Self.marked(try #require(monday.view).gold, .target) == ["Monday"])
        #expect(Self.marked(try #require(monday.view?.predicted), .target) == ["Monday"])
        // Sentence boundaries have no mentions to show.
        #expect(errors.filter { $0.section == "sentences" }.allSatisfy { $0.view == nil })
    }

    @Test func predictedScalarSpanCoversTheMatchedStretch() throws {
        let alignment = try TextAlignment(gold: "a bc d", predicted: "TITLE\n\na  bc\nd")
        // Aligned 1..<3 is "bc": in the prediction it starts after "TITLE\n\na  ".
        #expect(alignment.predictedScalarSpan(Span(1, 3)) == Span(10, 12))
        #expect(alignment.predictedScalarSpan(Span(0, 4)) == Span(7, 14))
        #expect(alignment.predictedScalarSpan(Span(4, 4)) == nil)
    }
}
