import Pipeline
import PipelineIO

/// Scores predicted documents against a gold corpus.
///
/// Documents are paired by `id`; when the gold and the predictions hold exactly one document each they are
/// paired whatever their ids (a file annotated under its path against a gold named "seed"). A gold
/// document without a prediction, or whose prediction is an error record, is scored against an empty
/// prediction (every gold item a miss) and reported; predictions without gold are reported and ignored.
/// Counts are summed over documents (micro averages over the corpus).
public struct Evaluator {
    public let gold: GoldCorpus
    public let labelMap: LabelMap
    public let collectErrors: Bool

    public init(gold: GoldCorpus, labelMap: LabelMap = .identity, collectErrors: Bool = false) {
        self.gold = gold
        self.labelMap = labelMap
        self.collectErrors = collectErrors
    }

    public func evaluate(_ predictions: [DecodedRecord]) throws(AlignmentError) -> EvaluationReport {
        var report = EvaluationReport(goldFormat: gold.format, labelMap: labelMap)
        report.documents.gold = gold.documents.count
        report.documents.predicted = predictions.count
        let scoresEntities = !gold.labels.isEmpty
        let scoresDates = gold.annotatesDates
        let scoresRelations = gold.annotatesRelations
        let scoresSentences = gold.documents.contains { !$0.sentences.isEmpty }
        var entities = EntityScores(labels: gold.labels)
        var dates = DateScores()
        var relations = RelationScores()
        var sentences = SentenceScores()
        var clusters = ClusterScores()
        let clusterLabels = Set(
            gold.documents.flatMap { d in d.entities.filter { $0.cluster != nil }.map(\.label) })
        let scoresClusters = !clusterLabels.isEmpty
        let clusterScorer = ClusterScorer(labels: clusterLabels)
        var errors: [EvaluationErrorItem]? = collectErrors ? [] : nil
        let entityScorer = EntityScorer(labels: gold.labels)
        // Our own gold annotates ANNOTATION.md's types, and any other type it holds (a brat export of our
        // output keeps `reported_from`).
        let relationScorer = RelationScorer(
            types: gold.relationTypes.map(Set.init)
                ?? Set(RelationType.annotationTypes).union(gold.documents.lazy.flatMap { $0.relations.map(\.type) }))

        var byID: [String: [Int]] = [:]
        for (k, p) in predictions.enumerated() { byID[p.id, default: []].append(k) }
        var used = Set<Int>()
        let pairAnyway = gold.documents.count == 1 && predictions.count == 1
        for goldDocument in gold.documents {
            var record: DecodedRecord?
            if pairAnyway {
                record = predictions[0]
                used.insert(0)
            } else if var list = byID[goldDocument.id], !list.isEmpty {
                let k = list.removeFirst()
                byID[goldDocument.id] = list
                used.insert(k)
                record = predictions[k]
            }
            let predicted: Document
            switch record {
            case .document(let d)?:
                predicted = d
                report.documents.scored += 1
            case .error(let id, _, let error)?:
                report.notes.append("prediction '\(id)' is an error record (\(error.description)); scored as empty")
                report.documents.missing += 1
                predicted = Self.emptyPrediction(for: goldDocument)
            case nil:
                report.notes.append("no prediction for gold document '\(goldDocument.id)'; scored as empty")
                report.documents.missing += 1
                predicted = Self.emptyPrediction(for: goldDocument)
            }
            let pair = try AlignedPair(gold: goldDocument, predicted: predicted, labelMap: labelMap)
            report.unmatchedGoldCharacters += pair.alignment.unmatchedGold
            report.predictedOnlyCharacters += pair.alignment.predictedOnly
            if scoresEntities { entityScorer.score(pair, into: &entities, errors: &errors) }
            if scoresDates { DateScorer().score(pair, into: &dates, errors: &errors) }
            if scoresRelations { relationScorer.score(pair, into: &relations, errors: &errors) }
            if scoresClusters { clusterScorer.score(pair, into: &clusters) }
            if scoresSentences, !goldDocument.sentences.isEmpty {
                SentenceScorer().score(pair, into: &sentences, errors: &errors)
            }
        }
        report.documents.unmatchedPredictions = predictions.count - used.count
        if report.documents.unmatchedPredictions > 0 {
            let ids = predictions.indices.filter { !used.contains($0) }.prefix(5).map { "'\(predictions[$0].id)'" }
            report.notes.append(
                "\(report.documents.unmatchedPredictions) predictions match no gold document (ignored), e.g. "
                    + ids.joined(separator: ", "))
        }
        report.entities = scoresEntities ? entities : nil
        report.dates = scoresDates ? dates : nil
        report.relations = scoresRelations ? relations : nil
        report.sentences = scoresSentences ? sentences : nil
        report.clusters = scoresClusters ? clusters : nil
        report.errors = errors ?? []
        return report
    }

    static func emptyPrediction(for gold: Document) -> Document {
        var d = Document(id: gold.id, source: Source(path: gold.id, format: .text, bytes: []))
        d.setText(gold.text, sourceMap: nil)
        return d
    }
}
