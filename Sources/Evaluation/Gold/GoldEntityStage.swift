import Pipeline
import PipelineIO

/// Stands in for the entity stage in `pipe eval --gold-entities`: gives each document the entities of its
/// gold document, so the relation stage is measured apart from entity recognition errors.
///
/// Gold labels are mapped back to ours through the label map read backwards; when several of our labels map
/// to one corpus label, the first in `EntityLabel.annotated` order wins (CoNLL04: Peop→PERSON, Org→ORG,
/// Loc→GPE, Other→NORP). Spans are carried over on non-whitespace characters, so a normalized text whose
/// whitespace differs from the gold's still receives them; a document whose non-whitespace text differs
/// gets no entities and a warning.
public struct GoldEntityStage: Stage {
    public let name = "gold-entities"
    public let requires: Set<Layer> = [.text]
    public let adds: Set<Layer> = [.entities]

    private let byID: [String: Document]
    private let only: Document?
    private let reverse: [String: EntityLabel]

    public init(corpus: GoldCorpus, labelMap: LabelMap) {
        var byID: [String: Document] = [:]
        for d in corpus.documents where byID[d.id] == nil { byID[d.id] = d }
        self.byID = byID
        self.only = corpus.documents.count == 1 ? corpus.documents.first : nil
        var reverse: [String: EntityLabel] = [:]
        for ours in EntityLabel.annotated {
            let theirs = labelMap.entityLabel(ours).rawValue
            if reverse[theirs] == nil { reverse[theirs] = ours }
        }
        self.reverse = reverse
    }

    public func process(_ document: inout Document) throws(DocumentError) {
        guard let gold = byID[document.id] ?? only else {
            document.warnings.append("gold-entities: no gold document '\(document.id)'")
            return
        }
        guard let map = Self.nonWhitespaceMap(from: gold.text, to: document.text) else {
            document.warnings.append("gold-entities: the text of '\(document.id)' differs from the gold's")
            return
        }
        for e in gold.entities {
            guard e.start >= 0, e.end <= map.count - 1, e.start < e.end else { continue }
            let start = map[e.start]
            let end = map[e.end - 1] + 1
            guard start >= 0, end > start else { continue }
            document.addEntity(Span(start, end), label: reverse[e.label.rawValue] ?? e.label, origin: "gold")
        }
    }

    /// For each gold scalar offset (and the end), the offset of the same non-whitespace scalar in `to`
    /// (whitespace maps to the next non-whitespace scalar); nil when the non-whitespace sequences differ.
    static func nonWhitespaceMap(from: String, to: String) -> [Int]? {
        let a = Array(from.unicodeScalars)
        let b = Array(to.unicodeScalars)
        var result = [Int](repeating: -1, count: a.count + 1)
        var j = 0
        for i in a.indices {
            if TextAlignment.isWhitespace(a[i]) {
                continue
            }
            while j < b.count, TextAlignment.isWhitespace(b[j]) { j += 1 }
            guard j < b.count, b[j] == a[i] else { return nil }
            result[i] = j
            j += 1
        }
        result[a.count] = b.count
        return result
    }
}
