import Pipeline
import PipelineIO

/// Relation scores per type and micro-averaged, in three matchings of the arguments.
public struct RelationScores: Sendable {
    public enum Matching: String, Sendable, CaseIterable {
        /// Both argument spans exactly the gold's.
        case strict
        /// Both the gold's once a leading "the", a trailing possessive and a final "." are ignored (the
        /// headline figure, `counts`).
        case tolerant
        /// Each argument overlaps the gold's (see `RelationScorer`).
        case overlap
    }

    /// Tolerant matching (the headline figures).
    public var counts: [RelationType: Counts] = [:]
    public var strict: [RelationType: Counts] = [:]
    public var overlap: [RelationType: Counts] = [:]
    /// Predicted relations not counted under overlap matching because they overlap a gold relation another
    /// prediction already matched ("Fort Worth" and "Texas" of the gold's one place "Fort Worth , Texas").
    public var merged = 0
    /// Predicted relations not counted under overlap matching because both arguments lie in one gold
    /// mention: "Fort Worth" located in "Texas" where the gold has the one place "Fort Worth , Texas" (a
    /// relation the gold's spans cannot express, as an entity is in no relation with itself).
    public var withinOneMention = 0
    /// Predicted relations with an argument entirely outside the gold text (not scored).
    public var outside = 0
    /// Predicted relations whose mapped argument labels the corpus's schema has no relation for (not scored).
    public var offSchema = 0

    public init() {}

    /// Every type with gold or predicted relations, sorted.
    public var types: [RelationType] { Set(counts.keys).union(overlap.keys).union(strict.keys).sorted() }
    public var micro: Counts { micro(.tolerant) }
    public var macro: MacroAverage { MacroAverage(types.map { counts[$0] ?? Counts() }) }

    public func counts(_ matching: Matching) -> [RelationType: Counts] {
        switch matching {
        case .strict: strict
        case .tolerant: counts
        case .overlap: overlap
        }
    }

    public func counts(_ matching: Matching, _ type: RelationType) -> Counts { counts(matching)[type] ?? Counts() }
    public func micro(_ matching: Matching) -> Counts { counts(matching).values.reduce(Counts(), +) }
}

/// A predicted relation counts when its (mapped) type equals the gold's and both argument spans match;
/// argument labels are not compared. For a symmetric type (`met_with`) the arguments may come in either
/// order. Pairs are 1:1, gold relations in order taking the first prediction that matches. Three matchings
/// of the arguments: strict (the same aligned spans), tolerant (the same once a leading "the", a trailing
/// possessive and a line-final "." are ignored: the headline figure), and overlap (each argument overlaps
/// the gold's), which bridges span conventions: CoNLL04 puts titles inside person spans ("President
/// Lincoln") and writes "Fort Worth , Texas" as one place, where ANNOTATION.md has a TITLE and a PERSON,
/// and two places. Since one gold place can so become two predicted ones, a prediction that overlaps a
/// gold relation already matched by another prediction is merged into it (not counted as predicted,
/// reported as `merged`) instead of counting as a false alarm; and a prediction whose two arguments both
/// overlap one gold mention (located_in from "Fort Worth" to "Texas") is one the gold cannot express, not
/// counted under overlap matching either (`withinOneMention`). Strict and tolerant matching count both.
/// When the corpus lists its relation types, predicted relations of other types are ignored, and so are
/// those the label map's corpus schema cannot express (`LabelMap.relationSignatures`).
struct RelationScorer {
    let types: Set<RelationType>?

    /// A predicted relation as scored: its corpus type and its arguments' spans.
    private struct ScoredKey: Hashable {
        let type: RelationType
        let head: Span
        let tail: Span
    }

    private struct Item {
        let relation: Relation
        let type: RelationType
        let head: AlignedMention?
        let tail: AlignedMention?

        func matches(_ other: Item, _ matching: RelationScores.Matching) -> Bool {
            guard type == other.type, let head, let tail, let oh = other.head, let ot = other.tail else { return false }
            func same(_ a: AlignedMention, _ b: AlignedMention) -> Bool {
                switch matching {
                case .strict: a.span == b.span
                case .tolerant: a.tolerant == b.tolerant
                case .overlap: a.span.overlaps(b.span)
                }
            }
            return (same(head, oh) && same(tail, ot)) || (type.isSymmetric && same(head, ot) && same(tail, oh))
        }
    }

    /// `relations` and, for each lives_in or based_in, the same relation to every place its tail is
    /// located_in in the same sentence, following up to three such steps ("Coney Island, Brooklyn, N.Y.")
    /// (`LabelMap.relationsReachContainers`).
    static func reachingContainers(_ relations: [Relation]) -> [Relation] {
        var containers: [String: [(tail: String, sentence: Int?)]] = [:]
        for r in relations where r.type == .locatedIn { containers[r.head, default: []].append((r.tail, r.sentence)) }
        guard !containers.isEmpty else { return relations }
        var out = relations
        var present = Set(relations.map { "\($0.type.rawValue)\u{1}\($0.head)\u{1}\($0.tail)" })
        for r in relations where r.type == .livesIn || r.type == .basedIn {
            var frontier = [r.tail]
            for _ in 0..<3 {
                var next: [String] = []
                for place in frontier {
                    for c in containers[place] ?? [] where c.sentence == r.sentence && c.tail != r.head {
                        guard present.insert("\(r.type.rawValue)\u{1}\(r.head)\u{1}\(c.tail)").inserted else { continue }
                        var widened = r
                        widened.tail = c.tail
                        out.append(widened)
                        next.append(c.tail)
                    }
                }
                if next.isEmpty { break }
                frontier = next
            }
        }
        return out
    }

    func score(_ pair: AlignedPair, into scores: inout RelationScores, errors: inout [EvaluationErrorItem]?) {
        let gold = pair.gold.relations.map { r in
            Item(
                relation: r, type: r.type, head: pair.goldByID[r.head].map { pair.goldMentions[$0] },
                tail: pair.goldByID[r.tail].map { pair.goldMentions[$0] })
        }
        var predicted: [Item] = []
        var seen: Set<ScoredKey> = []
        let relations = pair.labelMap.relationsReachContainers
            ? Self.reachingContainers(pair.predicted.relations) : pair.predicted.relations
        for r in relations {
            var type = pair.labelMap.relationType(r.type)
            if let types, !types.contains(type) { continue }
            if pair.predictedOutsideIDs.contains(r.head) || pair.predictedOutsideIDs.contains(r.tail) {
                scores.outside += 1
                continue
            }
            let head = pair.predictedByID[r.head].map { pair.predictedMentions[$0] }
            let tail = pair.predictedByID[r.tail].map { pair.predictedMentions[$0] }
            if let head, let tail {
                guard let scored = pair.labelMap.schemaType(type, head: head.label, tail: tail.label) else {
                    scores.offSchema += 1
                    continue
                }
                type = scored
                // Two of our relations that map to one of the corpus's between the same mentions
                // (works_for and lives_in both Live_In in CoNLL04) are one prediction.
                guard seen.insert(ScoredKey(type: type, head: head.span, tail: tail.span)).inserted else { continue }
            }
            predicted.append(Item(relation: r, type: type, head: head, tail: tail))
        }
        // The gold mentions by start, for the predictions inside one of them (overlap matching).
        let goldSpans = pair.goldMentions.map(\.span).sorted { $0.start < $1.start }
        let longestGold = goldSpans.reduce(0) { max($0, $1.end - $1.start) }
        func withinOneGoldMention(_ p: Item) -> Bool {
            guard let head = p.head?.span, let tail = p.tail?.span else { return false }
            // Gold mentions starting at most `longestGold` before the head's start are the only ones that
            // can overlap it.
            var low = 0
            var high = goldSpans.count
            while low < high {
                let mid = (low + high) / 2
                if goldSpans[mid].start < head.start - longestGold { low = mid + 1 } else { high = mid }
            }
            var k = low
            while k < goldSpans.count, goldSpans[k].start < head.end {
                if goldSpans[k].overlaps(head), goldSpans[k].overlaps(tail) { return true }
                k += 1
            }
            return false
        }
        var used = Set<Int>()
        var matchedGold = Set<Int>()
        for matching in RelationScores.Matching.allCases {
            var usedHere = Set<Int>()
            var matchedHere = Set<Int>()
            var counts: [RelationType: Counts] = [:]
            for (i, g) in gold.enumerated() {
                guard
                    let j = predicted.indices.first(where: { !usedHere.contains($0) && predicted[$0].matches(g, matching) })
                else { continue }
                usedHere.insert(j)
                matchedHere.insert(i)
                counts[g.type, default: Counts()].matched += 1
            }
            for g in gold { counts[g.type, default: Counts()].gold += 1 }
            for (j, p) in predicted.enumerated() {
                if matching == .overlap, !usedHere.contains(j),
                    matchedHere.contains(where: { p.matches(gold[$0], .overlap) })
                {
                    scores.merged += 1
                    continue
                }
                if matching == .overlap, !usedHere.contains(j), withinOneGoldMention(p) {
                    scores.withinOneMention += 1
                    continue
                }
                counts[p.type, default: Counts()].predicted += 1
            }
            switch matching {
            case .strict: scores.strict.merge(counts, uniquingKeysWith: +)
            case .tolerant:
                scores.counts.merge(counts, uniquingKeysWith: +)
                used = usedHere
                matchedGold = matchedHere
            case .overlap: scores.overlap.merge(counts, uniquingKeysWith: +)
            }
        }
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
