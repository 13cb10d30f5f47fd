import PipelineIO

/// One document's line in the index. Rows are written to a scratch file as the run goes (one JSON line
/// each) and read back when the index is assembled, so memory does not grow with the corpus.
struct IndexRow {
    var ordinal: Int
    /// The page, relative to the index.
    var href: String
    var id: String
    var title: String?
    /// Error kind of an error record, or "record" for a line that is not a record.
    var errorKind: String?
    var message: String?
    var characters = 0
    var sentences = 0
    var entities = 0
    var relations = 0
    var warnings = 0
    var labels: [(String, Int)] = []

    func encoded() -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("n")
        w.int(ordinal)
        w.key("href")
        w.string(href)
        w.key("id")
        w.string(id)
        w.key("title")
        w.optionalString(title)
        w.key("kind")
        w.optionalString(errorKind)
        w.key("message")
        w.optionalString(message)
        for (k, v) in [
            ("chars", characters), ("sentences", sentences), ("entities", entities), ("relations", relations),
            ("warnings", warnings),
        ] {
            w.key(k)
            w.int(v)
        }
        w.key("labels")
        w.beginObject()
        for (label, count) in labels {
            w.key(label)
            w.int(count)
        }
        w.endObject()
        w.endObject()
        return w.bytes
    }

    static func decode(_ line: [UInt8]) -> IndexRow? {
        guard let v = try? JSONParser.parse(line), let href = v["href"]?.stringValue, let id = v["id"]?.stringValue
        else { return nil }
        var row = IndexRow(ordinal: v["n"]?.intValue ?? 0, href: href, id: id)
        row.title = v["title"]?.stringValue
        row.errorKind = v["kind"]?.stringValue
        row.message = v["message"]?.stringValue
        row.characters = v["chars"]?.intValue ?? 0
        row.sentences = v["sentences"]?.intValue ?? 0
        row.entities = v["entities"]?.intValue ?? 0
        row.relations = v["relations"]?.intValue ?? 0
        row.warnings = v["warnings"]?.intValue ?? 0
        row.labels = (v["labels"]?.objectMembers ?? []).map { ($0.0, $0.1.intValue ?? 0) }
        return row
    }
}
