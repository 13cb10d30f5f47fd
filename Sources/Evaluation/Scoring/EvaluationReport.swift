import Pipeline
import PipelineIO

/// Everything `pipe eval` measured, ready for a renderer.
public struct EvaluationReport: Sendable {
    public struct DocumentCounts: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        /// Gold documents with a prediction.
        public var scored = 0
        /// Gold documents without a prediction, or whose prediction is an error record: scored as empty.
        public var missing = 0
        /// Predictions that match no gold document (not scored).
        public var unmatchedPredictions = 0
    }

    public var goldFormat: GoldFormat
    public var labelMap: LabelMap
    public var documents = DocumentCounts()
    /// Gold non-whitespace characters absent from the predictions (within the tolerance).
    public var unmatchedGoldCharacters = 0
    /// Predicted non-whitespace characters absent from the gold (titles, by-lines of HTML pages).
    public var predictedOnlyCharacters = 0
    public var entities: EntityScores?
    public var dates: DateScores?
    public var relations: RelationScores?
    public var sentences: SentenceScores?
    /// Name clusters, when the gold gives entities `cluster` ids.
    public var clusters: ClusterScores?
    /// Filled with `--errors` only.
    public var errors: [EvaluationErrorItem] = []
    public var notes: [String] = []

    public init(goldFormat: GoldFormat, labelMap: LabelMap) {
        self.goldFormat = goldFormat
        self.labelMap = labelMap
    }
}

/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, json, markdown
    /// A header line and one line of headline figures, tab-separated (for `scripts/eval-all`).
    case tsv

    public func render(_ report: EvaluationReport, title: String? = nil) -> String {
        switch self {
        case .table: TableRenderer().render(report)
        case .json: JSONReportRenderer().render(report)
        case .markdown: MarkdownRenderer().render(report)
        case .tsv: TSVRenderer().render(report, title: title ?? "")
        }
    }
}
