import Pipeline
import PipelineIO

/// Entity scores over the gold's labels, in three matchings.
public struct EntityScores: Sendable {
    public enum Matching: String, Sendable, CaseIterable {
        /// Same aligned span, same label.
        case strict
        /// Same span once a leading "the" and a trailing possessive are ignored, same label.
        case boundary
        /// Overlapping spans, same label, paired 1:1 greedily by overlap size.
        case overlap
    }

    public var labels: [EntityLabel]
    public var counts: [Matching: [EntityLabel: Counts]] = [:]
    /// Predicted mentions of a scored label that lie entirely outside the gold text.
    public var outside = 0

    public init(labels: [EntityLabel]) { self.labels = labels }

    public func counts(_ matching: Matching, _ label: EntityLabel) -> Counts { counts[matching]?[label] ?? Counts() }
    public func micro(_ matching: Matching) -> Counts { labels.reduce(Counts()) { $0 + counts(matching, $1) } }
    public func macro(_ matching: Matching) -> MacroAverage { MacroAverage(labels.map { counts(matching, $0) }) }
}

/// Scores entities. Only the gold's labels are scored: a predicted mention whose (mapped) label the gold
/// does not annotate is ignored, neither a hit nor a false alarm.
struct EntityScorer {
    let labels: [EntityLabel]

    func score(_ pair: AlignedPair, into scores: inout EntityScores, errors: inout [EvaluationErrorItem]?) {
        let scored = Set(labels)
        scores.outside += pair.predictedOutside.filter { scored.contains(pair.labelMapped($0)) }.count
        for label in labels {
            let gold = pair.goldMentions.filter { $0.label == label }
            let predicted = pair.predictedMentions.filter { $0.label == label }
            if gold.isEmpty && predicted.isEmpty { continue }
            for matching in EntityScores.Matching.allCases {
                let pairs: [(gold: Int, predicted: Int)]
                switch matching {
                case .strict: pairs = SpanMatcher.exact(gold: gold.map(\.span), predicted: predicted.map(\.span))
                case .boundary:
                    pairs = SpanMatcher.exact(gold: gold.map(\.tolerant), predicted: predicted.map(\.tolerant))
                case .overlap: pairs = SpanMatcher.overlap(gold: gold.map(\.span), predicted: predicted.map(\.span))
                }
                scores.counts[matching, default: [:]][label, default: Counts()] += Counts(
                    gold: gold.count, predicted: predicted.count, matched: pairs.count)
                if matching == .strict, errors != nil {
                    errors?.append(contentsOf: listErrors(pair, label, gold, predicted, pairs))
                }
            }
        }
    }

    private func listErrors(
        _ pair: AlignedPair, _ label: EntityLabel, _ gold: [AlignedMention], _ predicted: [AlignedMention],
        _ pairs: [(gold: Int, predicted: Int)]
    ) -> [EvaluationErrorItem] {
        let matchedGold = Set(pairs.map(\.gold))
        let matchedPredicted = Set(pairs.map(\.predicted))
        var items: [EvaluationErrorItem] = []
        for (i, g) in gold.enumerated() where !matchedGold.contains(i) {
            let near = pair.predictedMentions.first { $0.span == g.span }
                ?? pair.predictedMentions.first { $0.label == g.label && $0.span.overlaps(g.span) }
                ?? pair.predictedMentions.first { $0.span.overlaps(g.span) }
            items.append(
                EvaluationErrorItem(
                    section: "entities", kind: .miss, document: pair.gold.id, label: label.rawValue,
                    text: AlignedPair.flatten(g.entity.text), offset: g.entity.start,
                    note: near.map { note(other: $0, side: "predicted", reference: g, pair: pair) },
                    context: pair.context(of: g.span),
                    view: pair.errorView(goldTargets: [g.entity.span], predictedTargets: [])))
        }
        for (j, p) in predicted.enumerated() where !matchedPredicted.contains(j) {
            let near = pair.goldMentions.first { $0.span == p.span }
                ?? pair.goldMentions.first { $0.label == p.label && $0.span.overlaps(p.span) }
                ?? pair.goldMentions.first { $0.span.overlaps(p.span) }
            items.append(
                EvaluationErrorItem(
                    section: "entities", kind: .falseAlarm, document: pair.gold.id, label: label.rawValue,
                    text: AlignedPair.flatten(pair.predicted.text(of: p.entity.span)),
                    offset: pair.alignment.goldScalarSpan(p.span).start,
                    note: near.map { note(other: $0, side: "gold", reference: p, pair: pair) },
                    context: pair.context(of: p.span),
                    view: pair.errorView(goldTargets: [], predictedTargets: [p.entity.span])))
        }
        return items
    }

    private func note(other: AlignedMention, side: String, reference: AlignedMention, pair: AlignedPair) -> String {
        let text = side == "gold" ? other.entity.text : pair.predicted.text(of: other.entity.span)
        if other.span == reference.span { return "label: \(side) \(other.label.rawValue)" }
        if other.label == reference.label {
            let kind = other.tolerant == reference.tolerant ? "the/possessive" : "boundary"
            return "\(kind): \(side) '\(AlignedPair.flatten(text))'"
        }
        return "\(side) \(other.label.rawValue) '\(AlignedPair.flatten(text))'"
    }
}

extension AlignedPair {
    /// The label a predicted entity is scored under (for mentions outside the gold text).
    func labelMapped(_ entity: Entity) -> EntityLabel { labelMap.entityLabel(entity.label) }
}
