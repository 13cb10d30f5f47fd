import Pipeline
import PipelineIO

/// Relation scores per type and micro-averaged.
public struct RelationScores: Sendable {
    public var counts: [RelationType: Counts] = [:]
    /// Predicted relations with an argument entirely outside the gold text (not scored).
    public var outside = 0
    /// Predicted relations whose mapped argument labels the corpus's schema has no relation for (not scored).
    public var offSchema = 0

    public init() {}

    /// Every type with gold or predicted relations, sorted.
    public var types: [RelationType] { counts.keys.sorted() }
    public var micro: Counts { counts.values.reduce(Counts(), +) }
    public var macro: MacroAverage { MacroAverage(types.map { counts[$0] ?? Counts() }) }
}

/// A predicted relation counts when its (mapped) type equals the gold's and both argument spans match in
/// the boundary-tolerant sense (leading "the" and trailing possessive ignored); argument labels are not
/// compared. For a symmetric type (`met_with`) the arguments may come in either order. Pairs are 1:1.
/// When the corpus lists its relation types, predicted relations of other types are ignored, and so are
/// those the label map's corpus schema cannot express (`LabelMap.relationSignatures`).
struct RelationScorer {
    let types: Set<RelationType>?

    private struct Item {
        let relation: Relation
        let type: RelationType
        let head: AlignedMention?
        let tail: AlignedMention?

        func matches(_ other: Item) -> Bool {
            guard type == other.type, let h = head?.tolerant, let t = tail?.tolerant,
                let oh = other.head?.tolerant, let ot = other.tail?.tolerant
            else { return false }
            return (h == oh && t == ot) || (type.isSymmetric && h == ot && t == oh)
        }
    }

    func score(_ pair: AlignedPair, into scores: inout RelationScores, errors: inout [EvaluationErrorItem]?) {
        let gold = pair.gold.relations.map { r in
            Item(
                relation: r, type: r.type, head: pair.goldByID[r.head].map { pair.goldMentions[$0] },
                tail: pair.goldByID[r.tail].map { pair.goldMentions[$0] })
        }
        var predicted: [Item] = []
        for r in pair.predicted.relations {
            let type = pair.labelMap.relationType(r.type)
            if let types, !types.contains(type) { continue }
            if pair.predictedOutsideIDs.contains(r.head) || pair.predictedOutsideIDs.contains(r.tail) {
                scores.outside += 1
                continue
            }
            let head = pair.predictedByID[r.head].map { pair.predictedMentions[$0] }
            let tail = pair.predictedByID[r.tail].map { pair.predictedMentions[$0] }
            if let head, let tail, !pair.labelMap.admits(type, head: head.label, tail: tail.label) {
                scores.offSchema += 1
                continue
            }
            predicted.append(Item(relation: r, type: type, head: head, tail: tail))
        }
        var used = Set<Int>()
        var matchedGold = Set<Int>()
        for (i, g) in gold.enumerated() {
            guard let j = predicted.indices.first(where: { !used.contains($0) && predicted[$0].matches(g) }) else {
                continue
            }
            used.insert(j)
            matchedGold.insert(i)
            scores.counts[g.type, default: Counts()].matched += 1
        }
        for g in gold { scores.counts[g.type, default: Counts()].gold += 1 }
        for p in predicted { scores.counts[p.type, default: Counts()].predicted += 1 }
        guard errors != nil else { return }
        for (i, g) in gold.enumerated() where !matchedGold.contains(i) {
            errors?.append(item(g, .miss, pair, goldSide: true))
        }
        for (j, p) in predicted.enumerated() where !used.contains(j) {
            errors?.append(item(p, .falseAlarm, pair, goldSide: false))
        }
    }

    private func item(_ x: Item, _ kind: EvaluationErrorItem.Kind, _ pair: AlignedPair, goldSide: Bool)
        -> EvaluationErrorItem
    {
        func text(_ m: AlignedMention?) -> String {
            guard let m else { return "?" }
            return AlignedPair.flatten(goldSide ? m.entity.text : pair.predicted.text(of: m.entity.span))
        }
        let anchor = x.head?.span ?? x.tail?.span ?? Span(0, 0)
        let arguments = [x.head, x.tail].compactMap { $0?.entity.span }
        return EvaluationErrorItem(
            section: "relations", kind: kind, document: pair.gold.id, label: x.type.rawValue,
            text: "\(text(x.head)) → \(text(x.tail))", offset: pair.alignment.goldScalarSpan(anchor).start,
            note: nil, context: pair.context(of: anchor),
            view: goldSide
                ? pair.errorView(goldTargets: arguments, predictedTargets: [])
                : pair.errorView(goldTargets: [], predictedTargets: arguments))
    }
}
