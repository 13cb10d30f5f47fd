import Pipeline
import PipelineIO

/// Sentence boundary scores.
///
/// What is counted: each sentence contributes one boundary, the aligned position just after its last
/// non-whitespace character (so whitespace between sentences never matters, and the end of the last
/// sentence counts too, which makes a one-sentence text score 1 when left whole). Gold and predicted
/// boundaries are sets per document; a predicted boundary is right when the gold has the same one.
/// Precision = right / predicted boundaries, recall = right / gold boundaries. A predicted sentence
/// lying entirely in predicted-only text (an HTML title) is not scored and is counted as outside.
public struct SentenceScores: Sendable {
    public var boundaries = Counts()
    public var outside = 0
    public init() {}
}

struct SentenceScorer {
    func score(_ pair: AlignedPair, into scores: inout SentenceScores, errors: inout [EvaluationErrorItem]?) {
        let gold = Set(pair.gold.sentences.compactMap { pair.alignment.goldSpan($0)?.end })
        var predicted = Set<Int>()
        for sentence in pair.predicted.sentences {
            switch pair.alignment.predictedSpan(sentence) {
            case .aligned(let span): predicted.insert(span.end)
            case .outside: scores.outside += 1
            case .empty: continue
            }
        }
        scores.boundaries += Counts(
            gold: gold.count, predicted: predicted.count, matched: gold.intersection(predicted).count)
        guard errors != nil else { return }
        for end in gold.subtracting(predicted).sorted() { errors?.append(item(end, .miss, pair)) }
        for end in predicted.subtracting(gold).sorted() { errors?.append(item(end, .falseAlarm, pair)) }
    }

    private func item(_ end: Int, _ kind: EvaluationErrorItem.Kind, _ pair: AlignedPair) -> EvaluationErrorItem {
        let offset = pair.alignment.goldScalarOffset(boundary: end)
        let before = pair.gold.text(of: Span(max(0, offset - 40), offset))
        let after = pair.gold.text(of: Span(offset, min(pair.gold.offsets.scalarCount, offset + 40)))
        return EvaluationErrorItem(
            section: "sentences", kind: kind, document: pair.gold.id, label: "boundary",
            text: AlignedPair.flatten(before) + "‖" + AlignedPair.flatten(after), offset: offset, note: nil,
            context: pair.context(of: Span(max(0, end - 1), end)))
    }
}
