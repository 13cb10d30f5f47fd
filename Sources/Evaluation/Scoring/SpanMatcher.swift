import Pipeline
import PipelineIO

/// One-to-one matching of gold and predicted spans (aligned coordinates).
enum SpanMatcher {
    /// Pairs equal keys, each gold and each predicted item used once, in order of appearance.
    static func exact<Key: Hashable>(gold: [Key], predicted: [Key]) -> [(gold: Int, predicted: Int)] {
        var waiting: [Key: [Int]] = [:]
        for (i, key) in gold.enumerated() { waiting[key, default: []].append(i) }
        var pairs: [(gold: Int, predicted: Int)] = []
        for (j, key) in predicted.enumerated() {
            guard var list = waiting[key], !list.isEmpty else { continue }
            pairs.append((list.removeFirst(), j))
            waiting[key] = list
        }
        return pairs.sorted { $0.gold < $1.gold }
    }

    /// Pairs overlapping spans greedily, largest overlap first (ties: earlier gold, then earlier
    /// prediction), each span used once.
    static func overlap(gold: [Span], predicted: [Span]) -> [(gold: Int, predicted: Int)] {
        var candidates: [(size: Int, gold: Int, predicted: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() where g.overlaps(p) {
                candidates.append((min(g.end, p.end) - max(g.start, p.start), i, j))
            }
        }
        candidates.sort { ($0.size, $1.gold, $1.predicted) > ($1.size, $0.gold, $0.predicted) }
        var goldUsed = Set<Int>()
        var predictedUsed = Set<Int>()
        var pairs: [(gold: Int, predicted: Int)] = []
        for c in candidates where !goldUsed.contains(c.gold) && !predictedUsed.contains(c.predicted) {
            goldUsed.insert(c.gold)
            predictedUsed.insert(c.predicted)
            pairs.append((c.gold, c.predicted))
        }
        return pairs.sorted { $0.gold < $1.gold }
    }
}
