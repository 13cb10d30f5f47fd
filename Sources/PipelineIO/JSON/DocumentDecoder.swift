import Pipeline

/// One line of pipeline output read back: a document or an error record.
public enum DecodedRecord: Sendable {
    case document(Document)
    case error(id: String, source: Source?, error: DocumentError)

    public var id: String {
        switch self {
        case .document(let d): d.id
        case .error(let id, _, _): id
        }
    }
}

/// Why a record could not be read back.
public struct RecordDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads the JSON written by `DocumentEncoder` (and the gold files that share its schema).
public struct DocumentDecoder: Sendable {
    public init() {}

    public func decode(line: String) throws(RecordDecodingError) -> DecodedRecord {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw RecordDecodingError(error.description)
        }
        return try decode(value)
    }

    public func decode(_ value: JSONValue) throws(RecordDecodingError) -> DecodedRecord {
        guard value.objectMembers != nil else { throw RecordDecodingError("a record must be a JSON object") }
        let id = value["id"]?.stringValue ?? ""
        let source = try value["source"].map { (v) throws(RecordDecodingError) -> Source in try decodeSource(v) }
        if let error = value["error"] {
            guard let kindName = error["kind"]?.stringValue, let kind = DocumentError.Kind(rawValue: kindName) else {
                throw RecordDecodingError("record '\(id)': unknown error kind")
            }
            return .error(id: id, source: source, error: DocumentError(kind, error["message"]?.stringValue ?? ""))
        }
        guard let text = value["text"]?.stringValue else { throw RecordDecodingError("record '\(id)': no text") }
        var meta = Meta()
        if let m = value["meta"] {
            meta.title = m["title"]?.stringValue
            meta.url = m["url"]?.stringValue
            meta.dct = m["dct"]?.stringValue
            meta.dctSource = m["dct_source"]?.stringValue.flatMap(DCTSource.init(rawValue:)) ?? .none
            meta.lang = m["lang"]?.stringValue
        }
        if meta.dct == nil, let dct = value["dct"]?.stringValue {  // gold files carry dct at top level
            meta.dct = dct
            meta.dctSource = .input
        }
        var document = Document(
            id: id, source: source ?? Source(path: id, format: .text, bytes: []), meta: meta)
        document.setText(text, sourceMap: nil)
        document.layers.insert(.text)
        if let sentences = value["sentences"]?.arrayValue {
            document.sentences = try sentences.map { (v) throws(RecordDecodingError) -> Span in try decodePair(v, id) }
            document.layers.insert(.sentences)
        }
        if let tokens = value["tokens"]?.arrayValue {
            document.tokens = try tokens.map { (v) throws(RecordDecodingError) -> Token in
                let s = try decodePair(v, id)
                return Token(start: s.start, end: s.end)
            }
            document.layers.insert(.tokens)
        }
        if let entities = value["entities"]?.arrayValue {
            document.entities = try entities.map { (v) throws(RecordDecodingError) -> Entity in
                try decodeEntity(v, in: document)
            }
            document.layers.insert(.entities)
            if document.entities.contains(where: { $0.timex != nil }) { document.layers.insert(.dates) }
        }
        if let relations = value["relations"]?.arrayValue {
            document.relations = try relations.map { (v) throws(RecordDecodingError) -> Relation in
                try decodeRelation(v, id)
            }
            document.layers.insert(.relations)
        }
        if let clusters = value["clusters"]?.arrayValue {
            document.clusters = try clusters.map { (v) throws(RecordDecodingError) -> EntityCluster in
                try decodeCluster(v, id)
            }
            document.layers.insert(.clusters)
        }
        if let warnings = value["warnings"]?.arrayValue {
            document.warnings = warnings.compactMap(\.stringValue)
        }
        return .document(document)
    }

    private func decodeSource(_ v: JSONValue) throws(RecordDecodingError) -> Source {
        let format = v["format"]?.stringValue.flatMap(SourceFormat.init(rawValue:)) ?? .text
        var source = Source(
            path: v["path"]?.stringValue ?? "", format: format, bytes: [],
            byteCount: v["bytes"]?.intValue ?? 0, sha256: v["sha256"]?.stringValue,
            charset: v["charset"]?.stringValue)
        if let record = v["record"]?.intValue { source.archive = ArchiveRecord(record: record, uri: v["uri"]?.stringValue) }
        return source
    }

    private func decodePair(_ v: JSONValue, _ id: String) throws(RecordDecodingError) -> Span {
        guard let a = v.arrayValue, a.count == 2, let s = a[0].intValue, let e = a[1].intValue, s <= e else {
            throw RecordDecodingError("record '\(id)': a span must be [start, end] with start <= end")
        }
        return Span(s, e)
    }

    private func decodeEntity(_ v: JSONValue, in document: Document) throws(RecordDecodingError) -> Entity {
        guard let start = v["start"]?.intValue, let end = v["end"]?.intValue, start <= end,
            let label = v["label"]?.stringValue
        else {
            throw RecordDecodingError("record '\(document.id)': an entity needs start <= end and a label")
        }
        guard end <= document.offsets.scalarCount else {
            throw RecordDecodingError(
                "record '\(document.id)': entity [\(start), \(end)) is past the end of the text "
                    + "(\(document.offsets.scalarCount) scalars)")
        }
        var timex: Timex?
        if let t = v["timex"], !t.isNull {
            guard let typeName = t["type"]?.stringValue, let type = Timex.Kind(rawValue: typeName) else {
                throw RecordDecodingError("record '\(document.id)': timex of entity at \(start) has no valid type")
            }
            timex = Timex(type: type, value: t["value"]?.stringValue ?? "", mod: t["mod"]?.stringValue)
        }
        var src: Range<Int>?
        if let pair = v["src"]?.arrayValue, pair.count == 2, let a = pair[0].intValue, let b = pair[1].intValue,
            a <= b
        {
            src = a..<b
        }
        return Entity(
            id: v["id"]?.stringValue ?? "", start: start, end: end, label: EntityLabel(label),
            text: v["text"]?.stringValue ?? document.text(of: Span(start, end)), src: src, timex: timex,
            origin: v["origin"]?.stringValue, cluster: v["cluster"].flatMap(Self.clusterID),
            geonames: v["geonames"]?.intValue)
    }

    /// A cluster id as written ("C1"), or a number some gold files use instead.
    private static func clusterID(_ v: JSONValue) -> String? {
        if let s = v.stringValue { return s }
        if let n = v.intValue { return String(n) }
        return nil
    }

    private func decodeCluster(_ v: JSONValue, _ id: String) throws(RecordDecodingError) -> EntityCluster {
        guard let cid = v["id"]?.stringValue, let label = v["label"]?.stringValue,
            let mentions = v["mentions"]?.arrayValue
        else {
            throw RecordDecodingError("record '\(id)': a cluster needs id, label and mentions")
        }
        return EntityCluster(
            id: cid, label: EntityLabel(label), name: v["name"]?.stringValue ?? "",
            mentions: mentions.compactMap(\.stringValue), geonames: v["geonames"]?.intValue)
    }

    private func decodeRelation(_ v: JSONValue, _ id: String) throws(RecordDecodingError) -> Relation {
        guard let type = v["type"]?.stringValue, let head = v["head"]?.stringValue,
            let tail = v["tail"]?.stringValue
        else {
            throw RecordDecodingError("record '\(id)': a relation needs type, head and tail")
        }
        var trigger: Span?
        if let t = v["trigger"], !t.isNull { trigger = try decodePair(t, id) }
        return Relation(
            type: RelationType(type), head: head, tail: tail, sentence: v["sentence"]?.intValue,
            trigger: trigger, confidence: v["confidence"]?.doubleValue, origin: v["origin"]?.stringValue,
            features: v["features"]?.arrayValue?.compactMap(\.stringValue))
    }
}
