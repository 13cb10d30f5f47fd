import Pipeline
import PipelineIO

/// A name cluster of a document (the record's `clusters` array, DESIGN.md's additive fields).
struct NameCluster: Sendable, Hashable {
    var id: String
    var label: String
    var name: String
    var mentions: [String]
    var geonames: Int?
}

/// One output line read back for rendering: the decoded record plus the additive `pipe/1` fields the
/// document model may not carry (`meta.lang`, an entity's `cluster` and `geonames`, the `clusters`
/// array), read from the same parsed JSON so that a page shows them whichever stage wrote them.
struct RenderRecord {
    enum Content {
        case document(Document)
        case error(source: Source?, error: DocumentError)
        /// The line is not a record at all (bad JSON, no text): it still gets an entry.
        case unreadable(reason: String)
    }

    var id: String
    var content: Content
    var lang: String?
    /// Per entity, in the order of `document.entities`.
    var entityCluster: [String?] = []
    var entityGeonames: [Int?] = []
    var clusters: [NameCluster] = []

    /// Reads one JSONL line; `origin` ("FILE:LINE") names a line that is not a record.
    static func read(line: [UInt8], origin: String) -> RenderRecord {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return RenderRecord(id: origin, content: .unreadable(reason: error.description))
        }
        let record: DecodedRecord
        do {
            record = try DocumentDecoder().decode(value)
        } catch {
            let id = value["id"]?.stringValue ?? origin
            return RenderRecord(id: id.isEmpty ? origin : id, content: .unreadable(reason: error.description))
        }
        switch record {
        case .error(let id, let source, let error):
            return RenderRecord(id: id.isEmpty ? origin : id, content: .error(source: source, error: error))
        case .document(let document):
            var result = RenderRecord(id: document.id.isEmpty ? origin : document.id, content: .document(document))
            result.lang = value["meta"]?["lang"]?.stringValue
            let entities = value["entities"]?.arrayValue ?? []
            if entities.contains(where: { $0["cluster"] != nil || $0["geonames"] != nil }) {
                result.entityCluster = entities.map { $0["cluster"]?.stringValue }
                result.entityGeonames = entities.map { $0["geonames"]?.intValue }
            }
            for c in value["clusters"]?.arrayValue ?? [] {
                guard let id = c["id"]?.stringValue else { continue }
                result.clusters.append(
                    NameCluster(
                        id: id, label: c["label"]?.stringValue ?? "", name: c["name"]?.stringValue ?? "",
                        mentions: c["mentions"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                        geonames: c["geonames"]?.intValue))
            }
            return result
        }
    }

    func cluster(ofEntity index: Int) -> String? { index < entityCluster.count ? entityCluster[index] : nil }
    func geonames(ofEntity index: Int) -> Int? { index < entityGeonames.count ? entityGeonames[index] : nil }
}
