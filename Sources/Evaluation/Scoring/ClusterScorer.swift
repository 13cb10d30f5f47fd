import Pipeline
import PipelineIO

/// Cluster scores over a corpus: MUC, B³ and CEAF-e, and their CoNLL-2012 average.
public struct ClusterScores: Sendable {
    public var muc = RatioPair()
    public var bCubed = RatioPair()
    public var ceafE = RatioPair()
    /// Gold and predicted mentions scored, and how many were matched by span.
    public var goldMentions = 0
    public var predictedMentions = 0
    public var matchedMentions = 0
    public var goldClusters = 0
    public var predictedClusters = 0

    public init() {}

    /// The mean of the three F1s (the CoNLL-2012 score).
    public var conll: Double { (muc.f1 + bCubed.f1 + ceafE.f1) / 3 }
}

/// Scores the name clusters of a document against the gold's `cluster` ids.
///
/// Gold mentions are the gold entities that carry a cluster id; predicted mentions are the predicted
/// entities with a cluster whose (mapped) label is one the gold clusters use anywhere in the corpus (a
/// corpus that clusters no nationalities says nothing about ours). A predicted mention is the gold
/// mention with the same boundary-tolerant span (1:1); the others are twinless and count as the
/// reference scorer counts them. Singletons are kept on both sides (every named mention is in a cluster).
struct ClusterScorer {
    /// Labels (after the label map) that gold clusters use.
    let labels: Set<EntityLabel>

    func score(_ pair: AlignedPair, into scores: inout ClusterScores) {
        let gold = pair.goldMentions.filter { $0.entity.cluster != nil }
        let predicted = pair.predictedMentions.filter { $0.entity.cluster != nil && labels.contains($0.label) }
        let matches = SpanMatcher.exact(gold: gold.map(\.tolerant), predicted: predicted.map(\.tolerant))
        // Mention ids: gold mention i is i; a matched prediction takes its gold's id, a twinless one a new id.
        var predictedID = [Int](repeating: -1, count: predicted.count)
        for m in matches { predictedID[m.predicted] = m.gold }
        var next = gold.count
        for j in predictedID.indices where predictedID[j] < 0 {
            predictedID[j] = next
            next += 1
        }
        let key = Self.clusters(gold.indices.map { (gold[$0].entity.cluster ?? "", $0) })
        let response = Self.clusters(predicted.indices.map { (predicted[$0].entity.cluster ?? "", predictedID[$0]) })
        scores.muc += CoreferenceMetrics.muc(key: key, response: response)
        scores.bCubed += CoreferenceMetrics.bCubed(key: key, response: response)
        scores.ceafE += CoreferenceMetrics.ceafE(key: key, response: response)
        scores.goldMentions += gold.count
        scores.predictedMentions += predicted.count
        scores.matchedMentions += matches.count
        scores.goldClusters += key.count
        scores.predictedClusters += response.count
    }

    /// Mention ids grouped by cluster id, in order of first mention.
    static func clusters(_ items: [(String, Int)]) -> [[Int]] {
        var order: [String: Int] = [:]
        var out: [[Int]] = []
        for (cluster, mention) in items {
            if let k = order[cluster] {
                out[k].append(mention)
            } else {
                order[cluster] = out.count
                out.append([mention])
            }
        }
        return out
    }
}
