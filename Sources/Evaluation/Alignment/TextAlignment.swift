import Pipeline
import PipelineIO

/// Aligns a gold text with a predicted text on their non-whitespace characters, as the CoNLL-2018 UD
/// scorer does, so whitespace normalization never breaks scoring.
///
/// Every span is compared in *aligned coordinates*: indices into the gold text's sequence of
/// non-whitespace scalars (`Character.isWhitespace` is not used: the Unicode `White_Space` property of
/// each scalar decides, so U+00A0 counts as whitespace).
///
/// The prediction may contain material the gold text lacks (an HTML page's title and by-line, a caption):
/// the two sequences are diffed (Myers' O(ND) algorithm, linear-space divide and conquer, after a fast path
/// for identical sequences and for a gold text found whole inside the prediction). Predicted-only stretches
/// are allowed; predicted spans lying entirely in them are "outside the gold text" and not scored.
/// Gold characters the prediction lacks are tolerated only when they are few — at most 0.5% of the gold's
/// non-whitespace scalars (`tolerance`), rounded down, so a short text tolerates none — and never inside a
/// protected gold span (the entities and relation arguments): otherwise the alignment fails with the first
/// differing position. The diff is bounded (`maximumEdits`, 20,000 inserted or deleted scalars by
/// default) so that a page full of chrome fails fast instead of running for minutes.
public struct TextAlignment: Sendable {
    /// Gold scalar offset of each gold non-whitespace scalar.
    private let goldPositions: [Int]
    /// For each gold scalar offset 0...count, the number of non-whitespace scalars before it.
    private let goldBefore: [Int32]
    private let predictedPositions: [Int]
    private let predictedBefore: [Int32]
    /// Aligned (gold non-whitespace) index of each predicted non-whitespace scalar, or -1.
    private let predictedToGold: [Int32]
    /// Predicted non-whitespace index of each aligned index, or -1 (to show a gold stretch's prediction).
    private let goldToPredicted: [Int32]
    /// Gold non-whitespace scalars with no counterpart in the prediction.
    public let unmatchedGold: Int
    /// Predicted non-whitespace scalars with no counterpart in the gold text.
    public let predictedOnly: Int

    public static let defaultTolerance = 0.005
    public static let defaultMaximumEdits = 20_000

    /// - Parameter protected: gold scalar spans in which no gold character may go unmatched.
    public init(
        gold: String, predicted: String, protected: [Span] = [], tolerance: Double = defaultTolerance,
        maximumEdits: Int = defaultMaximumEdits
    ) throws(AlignmentError) {
        let g = Self.nonWhitespace(gold)
        let p = Self.nonWhitespace(predicted)
        goldPositions = g.positions
        goldBefore = g.before
        predictedPositions = p.positions
        predictedBefore = p.before
        var goldToPredicted = [Int32](repeating: -1, count: g.scalars.count)
        var predToGold = [Int32](repeating: -1, count: p.scalars.count)
        let aligner = SequenceAligner(a: g.scalars, b: p.scalars)
        let completed = aligner.align(maximumEdits: maximumEdits) { i, j in
            goldToPredicted[i] = Int32(j)
            predToGold[j] = Int32(i)
        }
        let unmatched = goldToPredicted.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        predictedToGold = predToGold
        self.goldToPredicted = goldToPredicted
        unmatchedGold = unmatched
        predictedOnly = p.scalars.count - (g.scalars.count - unmatched)

        guard completed else {
            let (i, j) = Self.commonPrefix(g.scalars, p.scalars)
            throw Self.failure(
                reason: "the texts differ in more than \(maximumEdits) non-whitespace characters",
                goldIndex: i, predictedIndex: j, gold: gold, predicted: predicted, g: g.positions, p: p.positions)
        }
        let allowed = Int(Double(g.scalars.count) * tolerance)
        let firstUnmatched = goldToPredicted.firstIndex { $0 < 0 }
        var protectedHit: (index: Int, span: Span)?
        if firstUnmatched != nil {
            for span in protected {
                let a = Int(g.before[min(max(span.start, 0), g.before.count - 1)])
                let b = Int(g.before[min(max(span.end, 0), g.before.count - 1)])
                guard a < b, let k = (a..<b).first(where: { goldToPredicted[$0] < 0 }) else { continue }
                if let hit = protectedHit, hit.index <= k { continue }
                protectedHit = (k, span)
            }
        }
        if let first = firstUnmatched, unmatched > allowed || protectedHit != nil {
            let index = protectedHit?.index ?? first
            let previous = index > 0 ? (0..<index).last { goldToPredicted[$0] >= 0 } : nil
            let j = previous.map { Int(goldToPredicted[$0]) + 1 } ?? 0
            let reason: String
            if let hit = protectedHit {
                reason = "gold characters missing from the prediction inside the gold span \(hit.span)"
            } else {
                reason = "\(unmatched) gold non-whitespace characters are missing from the prediction "
                    + "(tolerance \(allowed))"
            }
            throw Self.failure(
                reason: reason, goldIndex: index, predictedIndex: j, gold: gold, predicted: predicted,
                g: g.positions, p: p.positions)
        }
    }

    /// The aligned span of a gold scalar span; nil when it holds no non-whitespace scalar.
    public func goldSpan(_ span: Span) -> Span? {
        let a = Int(goldBefore[clamp(span.start, goldBefore.count)])
        let b = Int(goldBefore[clamp(span.end, goldBefore.count)])
        return a < b ? Span(a, b) : nil
    }

    /// Where a predicted scalar span falls in aligned coordinates.
    public enum Mapped: Sendable, Hashable {
        case aligned(Span)
        /// Every non-whitespace scalar of the span is predicted-only.
        case outside
        /// The span holds no non-whitespace scalar.
        case empty
    }

    /// Maps a predicted scalar span: from its first to its last scalar that has a gold counterpart.
    public func predictedSpan(_ span: Span) -> Mapped {
        let a = Int(predictedBefore[clamp(span.start, predictedBefore.count)])
        let b = Int(predictedBefore[clamp(span.end, predictedBefore.count)])
        guard a < b else { return .empty }
        guard let first = (a..<b).first(where: { predictedToGold[$0] >= 0 }),
            let last = (a..<b).last(where: { predictedToGold[$0] >= 0 })
        else { return .outside }
        return .aligned(Span(Int(predictedToGold[first]), Int(predictedToGold[last]) + 1))
    }

    /// The gold scalar span covering an aligned span (for display).
    public func goldScalarSpan(_ aligned: Span) -> Span {
        guard !goldPositions.isEmpty else { return Span(0, 0) }
        let a = goldPositions[min(max(aligned.start, 0), goldPositions.count - 1)]
        let b = goldPositions[min(max(aligned.end - 1, 0), goldPositions.count - 1)] + 1
        return Span(a, max(a, b))
    }

    /// The predicted scalar span holding what the prediction has for an aligned span: from the counterpart
    /// of its first matched scalar to that of its last (predicted-only text between them included); nil
    /// when none of it is matched. Used to show a gold sentence's predicted version under it.
    public func predictedScalarSpan(_ aligned: Span) -> Span? {
        let a = max(aligned.start, 0)
        let b = min(aligned.end, goldToPredicted.count)
        guard a < b, let first = (a..<b).first(where: { goldToPredicted[$0] >= 0 }),
            let last = (a..<b).last(where: { goldToPredicted[$0] >= 0 })
        else { return nil }
        return Span(predictedPositions[Int(goldToPredicted[first])], predictedPositions[Int(goldToPredicted[last])] + 1)
    }

    /// The gold scalar offset just after aligned index `index - 1` (a boundary position, for display).
    public func goldScalarOffset(boundary index: Int) -> Int {
        guard index > 0, !goldPositions.isEmpty else { return 0 }
        return goldPositions[min(index - 1, goldPositions.count - 1)] + 1
    }

    private func clamp(_ x: Int, _ count: Int) -> Int { min(max(x, 0), count - 1) }

    // MARK: - Preparation

    private struct NonWhitespace {
        var scalars: [UInt32] = []
        var positions: [Int] = []
        var before: [Int32] = []
    }

    private static func nonWhitespace(_ text: String) -> NonWhitespace {
        var result = NonWhitespace()
        var offset = 0
        result.before.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            result.before.append(Int32(result.scalars.count))
            if !isWhitespace(scalar) {
                result.scalars.append(scalar.value)
                result.positions.append(offset)
            }
            offset += 1
        }
        result.before.append(Int32(result.scalars.count))
        return result
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace || v == 0x200B || v == 0xFEFF
    }

    private static func commonPrefix(_ a: [UInt32], _ b: [UInt32]) -> (Int, Int) {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return (i, i)
    }

    private static func failure(
        reason: String, goldIndex: Int, predictedIndex: Int, gold: String, predicted: String, g: [Int], p: [Int]
    ) -> AlignmentError {
        let goldOffset = goldIndex < g.count ? g[goldIndex] : (g.last.map { $0 + 1 } ?? 0)
        let predictedOffset = predictedIndex < p.count ? p[predictedIndex] : (p.last.map { $0 + 1 } ?? 0)
        return AlignmentError(
            reason: reason, goldOffset: goldOffset, predictedOffset: predictedOffset,
            goldContext: AlignmentError.context(gold, at: goldOffset),
            predictedContext: AlignmentError.context(predicted, at: predictedOffset))
    }
}

/// Gold and predicted texts that cannot be aligned: where they first differ, with context.
public struct AlignmentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var documentID: String = ""
    public var reason: String
    /// Scalar offsets of the first differing position.
    public var goldOffset: Int
    public var predictedOffset: Int
    /// A few scalars before and after the position, the position marked with `⟨⟩`.
    public var goldContext: String
    public var predictedContext: String

    public var description: String {
        let doc = documentID.isEmpty ? "" : "document '\(documentID)': "
        return "\(doc)cannot align gold and predicted texts: \(reason); first difference at gold offset "
            + "\(goldOffset) \(goldContext), predicted offset \(predictedOffset) \(predictedContext)"
    }

    static func context(_ text: String, at offset: Int, radius: Int = 20) -> String {
        let scalars = Array(text.unicodeScalars)
        let at = min(max(offset, 0), scalars.count)
        func render(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var s = String.UnicodeScalarView()
            for c in slice { s.append(c == "\n" ? "⏎" : c) }
            return String(s)
        }
        let before = render(scalars[max(0, at - radius)..<at])
        let after = render(scalars[at..<min(scalars.count, at + radius)])
        return "\"\(before)⟨⟩\(after)\""
    }
}
