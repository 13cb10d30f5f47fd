import Pipeline
import PipelineIO

/// A stretch of text with labelled spans, for showing an error where it happened (`pipe eval --format html`).
public struct MarkedText: Sendable, Hashable {
    public struct Mark: Sendable, Hashable {
        public enum Role: String, Sendable, Hashable {
            /// The mention (or relation argument) the error item is about.
            case target
            /// Where the target lies on the other side (gold or prediction): the place to compare.
            case counterpart
            /// Another mention of the same stretch, for context.
            case other
        }

        /// Scalar offsets into `MarkedText.text`, end-exclusive.
        public var start: Int
        public var end: Int
        /// The label scored (the predicted label after the label map); empty for a counterpart.
        public var label: String
        public var role: Role

        public init(start: Int, end: Int, label: String, role: Role) {
            self.start = start
            self.end = end
            self.label = label
            self.role = role
        }
    }

    public var text: String
    public var marks: [Mark]

    public init(text: String, marks: [Mark]) {
        self.text = text
        self.marks = marks
    }
}

/// An error item in place: the gold sentence with the gold mentions, and what the prediction has for the
/// same stretch with the predicted mentions, the item's own mentions marked as targets.
public struct ErrorView: Sendable, Hashable {
    public var gold: MarkedText
    /// Nil when no character of the stretch is matched in the prediction.
    public var predicted: MarkedText?

    public init(gold: MarkedText, predicted: MarkedText?) {
        self.gold = gold
        self.predicted = predicted
    }
}

extension AlignedPair {
    /// The gold sentence holding gold scalar offset `offset` (±60 scalars when the gold has no sentences).
    func contextSpan(atGold offset: Int) -> Span {
        if let sentence = gold.sentences.first(where: { $0.start <= offset && offset < $0.end }) { return sentence }
        return Span(max(0, offset - 60), min(gold.offsets.scalarCount, offset + 60))
    }

    /// The view of an error: `goldTargets` and `predictedTargets` are scalar spans in the gold and the
    /// predicted text; the stretch shown runs from the gold sentence of the first target to that of the
    /// last (a relation's arguments may lie in two). Each target gets a counterpart mark where it falls on
    /// the other side.
    func errorView(goldTargets: [Span], predictedTargets: [Span]) -> ErrorView? {
        let mappedPredicted: [Span] = predictedTargets.compactMap {
            if case .aligned(let a) = alignment.predictedSpan($0) { return alignment.goldScalarSpan(a) }
            return nil
        }
        let anchors = goldTargets + mappedPredicted
        guard let first = anchors.map(\.start).min(), let last = anchors.map({ max($0.start, $0.end - 1) }).max() else {
            return nil
        }
        let goldStretch = Span(contextSpan(atGold: first).start, max(contextSpan(atGold: last).end, first))
        let goldView = marked(
            gold, stretch: goldStretch, mentions: gold.entities.map { ($0.span, $0.label.rawValue) },
            targets: goldTargets, counterparts: mappedPredicted)
        var predictedView: MarkedText?
        if let aligned = alignment.goldSpan(goldStretch), let stretch = alignment.predictedScalarSpan(aligned) {
            let mappedGold: [Span] = goldTargets.compactMap {
                alignment.goldSpan($0).flatMap { alignment.predictedScalarSpan($0) }
            }
            predictedView = marked(
                predicted, stretch: stretch,
                mentions: predicted.entities.map { ($0.span, labelMap.entityLabel($0.label).rawValue) },
                targets: predictedTargets, counterparts: mappedGold)
        }
        return ErrorView(gold: goldView, predicted: predictedView)
    }

    /// The text of `stretch` with the mentions overlapping it, clipped, as offsets relative to the stretch;
    /// newlines become spaces so the stretch reads as one line.
    private func marked(
        _ document: Document, stretch: Span, mentions: [(Span, String)], targets: [Span], counterparts: [Span]
    ) -> MarkedText {
        var view = String.UnicodeScalarView()
        for s in document.text(of: stretch).unicodeScalars { view.append(s == "\n" || s == "\r" ? " " : s) }
        func clip(_ span: Span) -> Span? {
            let a = max(span.start, stretch.start)
            let b = min(span.end, stretch.end)
            return a < b ? Span(a - stretch.start, b - stretch.start) : nil
        }
        var marks: [MarkedText.Mark] = []
        for (span, label) in mentions {
            guard let c = clip(span) else { continue }
            let role: MarkedText.Mark.Role = targets.contains(span) ? .target : .other
            marks.append(MarkedText.Mark(start: c.start, end: c.end, label: label, role: role))
        }
        for span in targets where !mentions.contains(where: { $0.0 == span }) {
            // A relation argument or a target that is no entity of this side: still shown.
            if let c = clip(span) { marks.append(MarkedText.Mark(start: c.start, end: c.end, label: "", role: .target)) }
        }
        for span in counterparts {
            if let c = clip(span) {
                marks.append(MarkedText.Mark(start: c.start, end: c.end, label: "", role: .counterpart))
            }
        }
        return MarkedText(text: String(view), marks: marks)
    }
}
