import Pipeline
import PipelineIO

/// TempEval-3 scores of the DATE/TIME mentions.
///
/// A date mention is a mention with a TIMEX3 or with the label DATE or TIME (before any label map), on
/// either side. Strict: same aligned span. Relaxed: overlapping spans, paired 1:1 greedily by overlap
/// size (TempEval-3 counts any overlap; the 1:1 pairing keeps precision and recall consistent). Type and
/// value accuracy are the shares of relaxed pairs whose TIMEX3 type (value) is equal, a missing timex
/// counting as wrong; type F1 and value F1 are those accuracies times the relaxed F1, as TempEval-3 does.
public struct DateScores: Sendable {
    public var strict = Counts()
    public var relaxed = Counts()
    public var typeCorrect = 0
    public var valueCorrect = 0
    /// Predicted date mentions lying entirely outside the gold text.
    public var outside = 0

    public init() {}

    public var typeAccuracy: Double? { relaxed.matched == 0 ? nil : Double(typeCorrect) / Double(relaxed.matched) }
    public var valueAccuracy: Double? { relaxed.matched == 0 ? nil : Double(valueCorrect) / Double(relaxed.matched) }
    public var typeF1: Double? { relaxed.f1.map { $0 * (typeAccuracy ?? 0) } }
    public var valueF1: Double? { relaxed.f1.map { $0 * (valueAccuracy ?? 0) } }
}

struct DateScorer {
    func score(_ pair: AlignedPair, into scores: inout DateScores, errors: inout [EvaluationErrorItem]?) {
        let gold = pair.goldMentions.filter(\.isDate)
        let predicted = pair.predictedMentions.filter(\.isDate)
        scores.outside += pair.predictedOutside.filter { $0.timex != nil || $0.label == .date || $0.label == .time }.count
        let strict = SpanMatcher.exact(gold: gold.map(\.span), predicted: predicted.map(\.span))
        let relaxed = SpanMatcher.overlap(gold: gold.map(\.span), predicted: predicted.map(\.span))
        scores.strict += Counts(gold: gold.count, predicted: predicted.count, matched: strict.count)
        scores.relaxed += Counts(gold: gold.count, predicted: predicted.count, matched: relaxed.count)
        for (i, j) in relaxed {
            let g = gold[i].entity.timex
            let p = predicted[j].entity.timex
            let typeOK = g != nil && g?.type == p?.type
            let valueOK = g != nil && g?.value == p?.value
            if typeOK { scores.typeCorrect += 1 }
            if valueOK { scores.valueCorrect += 1 }
            if (!typeOK || !valueOK), errors != nil {
                let describe = { (t: Timex?) in t.map { "\($0.type.rawValue) \($0.value)" } ?? "no timex" }
                errors?.append(
                    EvaluationErrorItem(
                        section: "dates", kind: .mismatch, document: pair.gold.id,
                        label: typeOK ? "value" : "type", text: AlignedPair.flatten(gold[i].entity.text),
                        offset: gold[i].entity.start,
                        note: "gold \(describe(g)), predicted \(describe(p)) on '"
                            + AlignedPair.flatten(pair.predicted.text(of: predicted[j].entity.span)) + "'",
                        context: pair.context(of: gold[i].span),
                        view: pair.errorView(
                            goldTargets: [gold[i].entity.span], predictedTargets: [predicted[j].entity.span])))
            }
        }
        guard errors != nil else { return }
        let matchedGold = Set(relaxed.map(\.gold))
        let matchedPredicted = Set(relaxed.map(\.predicted))
        for (i, g) in gold.enumerated() where !matchedGold.contains(i) {
            errors?.append(
                EvaluationErrorItem(
                    section: "dates", kind: .miss, document: pair.gold.id, label: g.entity.timex?.type.rawValue ?? "DATE",
                    text: AlignedPair.flatten(g.entity.text), offset: g.entity.start,
                    note: g.entity.timex.map { "value \($0.value)" }, context: pair.context(of: g.span),
                    view: pair.errorView(goldTargets: [g.entity.span], predictedTargets: [])))
        }
        for (j, p) in predicted.enumerated() where !matchedPredicted.contains(j) {
            errors?.append(
                EvaluationErrorItem(
                    section: "dates", kind: .falseAlarm, document: pair.gold.id,
                    label: p.entity.timex?.type.rawValue ?? p.entity.label.rawValue,
                    text: AlignedPair.flatten(pair.predicted.text(of: p.entity.span)),
                    offset: pair.alignment.goldScalarSpan(p.span).start,
                    note: p.entity.timex.map { "value \($0.value)" }, context: pair.context(of: p.span),
                    view: pair.errorView(goldTargets: [], predictedTargets: [p.entity.span])))
        }
    }
}
