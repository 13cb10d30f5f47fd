import Pipeline
import PipelineIO

/// A mention in aligned coordinates (indices into the gold text's non-whitespace scalars).
struct AlignedMention: Sendable {
    let entity: Entity
    /// The gold label, or the predicted label after the label map.
    let label: EntityLabel
    let span: Span
    /// The span without a leading "the" and a trailing possessive (`BoundaryTolerance`).
    let tolerant: Span
    /// A DATE/TIME mention: it carries a TIMEX3 or has one of those labels (before any label map).
    var isDate: Bool { entity.timex != nil || entity.label == .date || entity.label == .time }
}

/// A gold document and its prediction, aligned, with their mentions mapped into aligned coordinates.
struct AlignedPair {
    let gold: Document
    let predicted: Document
    let alignment: TextAlignment
    let goldMentions: [AlignedMention]
    let predictedMentions: [AlignedMention]
    /// Predicted entities lying entirely in predicted-only text (not scored).
    let predictedOutside: [Entity]
    let goldByID: [String: Int]
    let predictedByID: [String: Int]
    let predictedOutsideIDs: Set<String>
    let labelMap: LabelMap

    init(gold: Document, predicted: Document, labelMap: LabelMap) throws(AlignmentError) {
        self.gold = gold
        self.predicted = predicted
        self.labelMap = labelMap
        do {
            alignment = try TextAlignment(
                gold: gold.text, predicted: predicted.text, protected: gold.entities.map(\.span))
        } catch {
            var e = error
            e.documentID = gold.id
            throw e
        }
        var goldMentions: [AlignedMention] = []
        var goldByID: [String: Int] = [:]
        for entity in gold.entities {
            guard let span = alignment.goldSpan(entity.span) else { continue }
            let tolerant = alignment.goldSpan(BoundaryTolerance.span(entity.span, in: gold)) ?? span
            if !entity.id.isEmpty { goldByID[entity.id] = goldMentions.count }
            goldMentions.append(AlignedMention(entity: entity, label: entity.label, span: span, tolerant: tolerant))
        }
        var predictedMentions: [AlignedMention] = []
        var predictedByID: [String: Int] = [:]
        var outside: [Entity] = []
        var outsideIDs: Set<String> = []
        let entities =
            labelMap.titlesJoinPersonNames || labelMap.honorificsJoinPersonNames
            ? TitleJoining.apply(to: predicted.entities, in: predicted, titles: labelMap.titlesJoinPersonNames)
            : predicted.entities
        for entity in entities {
            switch alignment.predictedSpan(entity.span) {
            case .aligned(let span):
                var tolerant = span
                if case .aligned(let t) = alignment.predictedSpan(BoundaryTolerance.span(entity.span, in: predicted)) {
                    tolerant = t
                }
                if !entity.id.isEmpty { predictedByID[entity.id] = predictedMentions.count }
                predictedMentions.append(
                    AlignedMention(
                        entity: entity, label: labelMap.entityLabel(entity.label), span: span, tolerant: tolerant))
            case .outside:
                outside.append(entity)
                if !entity.id.isEmpty { outsideIDs.insert(entity.id) }
            case .empty:
                continue
            }
        }
        self.goldMentions = goldMentions
        self.predictedMentions = predictedMentions
        self.predictedOutside = outside
        self.goldByID = goldByID
        self.predictedByID = predictedByID
        self.predictedOutsideIDs = outsideIDs
    }

    /// The gold sentence holding an aligned position, or ±60 scalars of gold text when the gold has no
    /// sentences; newlines shown as ⏎.
    func context(of aligned: Span) -> String {
        let scalarSpan = alignment.goldScalarSpan(aligned)
        if let sentence = gold.sentences.first(where: { $0.start <= scalarSpan.start && scalarSpan.start < $0.end }) {
            return Self.flatten(gold.text(of: sentence))
        }
        let from = max(0, scalarSpan.start - 60)
        let to = min(gold.offsets.scalarCount, scalarSpan.end + 60)
        return Self.flatten(gold.text(of: Span(from, to)))
    }

    /// The gold text of an aligned span.
    func goldText(_ aligned: Span) -> String { Self.flatten(gold.text(of: alignment.goldScalarSpan(aligned))) }

    static func flatten(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars { view.append(s == "\n" ? "⏎" : s) }
        return String(view)
    }
}

/// One miss, false alarm or attribute mismatch, for `--errors`.
public struct EvaluationErrorItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case miss
        case falseAlarm = "false_alarm"
        /// Matched, but an attribute differs (a TIMEX3 type or value).
        case mismatch
    }

    public var section: String
    public var kind: Kind
    public var document: String
    /// The entity label, relation type or "boundary".
    public var label: String
    public var text: String
    /// Gold scalar offset of the item (where a false alarm maps to in the gold text).
    public var offset: Int
    /// What was predicted or expected nearby ("label: predicted ORG", "boundary: gold 'Karabakh'").
    public var note: String?
    /// The gold sentence, or ±60 characters of gold text when the gold has no sentences.
    public var context: String
    /// The same stretch with its gold mentions, over the prediction's version with its mentions (the HTML
    /// report); nil for sentence boundaries.
    public var view: ErrorView? = nil
}
