import Pipeline
import PipelineIO

/// Gold, predicted and matched counts, from which precision, recall and F1 follow.
///
/// Matches are 1:1, so `matched <= min(gold, predicted)`. When the gold and the prediction are both
/// empty the figures are undefined (nil, shown "—", left out of macro averages); otherwise a 0/0 ratio
/// (no prediction at all, or nothing to find) counts as 0.
public struct Counts: Sendable, Hashable {
    public var gold = 0
    public var predicted = 0
    public var matched = 0

    public init(gold: Int = 0, predicted: Int = 0, matched: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.matched = matched
    }

    public var isEmpty: Bool { gold == 0 && predicted == 0 }

    public var precision: Double? { isEmpty ? nil : predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double? { isEmpty ? nil : gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (lhs: Counts, rhs: Counts) -> Counts {
        Counts(gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted, matched: lhs.matched + rhs.matched)
    }

    public static func += (lhs: inout Counts, rhs: Counts) { lhs = lhs + rhs }
}

/// Mean precision, recall and F1 over the classes that have gold or predicted items (macro average).
public struct MacroAverage: Sendable, Hashable {
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?

    public init(_ counts: [Counts]) {
        let defined = counts.filter { !$0.isEmpty }
        guard !defined.isEmpty else { return }
        let n = Double(defined.count)
        precision = defined.reduce(0) { $0 + ($1.precision ?? 0) } / n
        recall = defined.reduce(0) { $0 + ($1.recall ?? 0) } / n
        f1 = defined.reduce(0) { $0 + ($1.f1 ?? 0) } / n
    }
}
