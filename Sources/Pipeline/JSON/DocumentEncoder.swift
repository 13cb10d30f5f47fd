/// Writes documents and error records as the JSON lines of DESIGN.md, keys in the documented order.
public struct DocumentEncoder: Sendable {
    public static let schema = "pipe/1"

    /// Emit the `tokens` layer (it dominates the output size, so it is opt-in).
    public var includeTokens: Bool
    /// Emit each entity's and relation's provenance (`origin`, `trigger`, `confidence`).
    public var explain: Bool

    public init(includeTokens: Bool = false, explain: Bool = false) {
        self.includeTokens = includeTokens
        self.explain = explain
    }

    /// One line, without the trailing newline.
    public func encode(_ document: Document) -> [UInt8] {
        var w = JSONWriter(reservingCapacity: document.text.utf8.count * 2 + 512)
        w.beginObject()
        w.key("schema"); w.string(Self.schema)
        w.key("id"); w.string(document.id)
        w.key("source"); writeSource(document.source, to: &w)
        w.key("meta"); writeMeta(document.meta, to: &w)
        w.key("text"); w.string(document.text)
        if document.layers.contains(.sentences) {
            w.key("sentences")
            w.beginArray()
            for s in document.sentences { w.pair(s.start, s.end) }
            w.endArray()
        }
        if includeTokens, document.layers.contains(.tokens) {
            w.key("tokens")
            w.beginArray()
            for t in document.tokens { w.pair(t.start, t.end) }
            w.endArray()
        }
        if document.layers.contains(.entities) || document.layers.contains(.dates) {
            w.key("entities")
            w.beginArray()
            for e in document.entities { writeEntity(e, to: &w) }
            w.endArray()
        }
        if document.layers.contains(.relations) {
            w.key("relations")
            w.beginArray()
            for r in document.relations { writeRelation(r, to: &w) }
            w.endArray()
        }
        w.key("warnings")
        w.beginArray()
        for warning in document.warnings { w.string(warning) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// The one line a document that could not be processed still gets.
    public func encodeError(id: String, source: Source, error: DocumentError) -> [UInt8] {
        var w = JSONWriter(reservingCapacity: 256)
        w.beginObject()
        w.key("schema"); w.string(Self.schema)
        w.key("id"); w.string(id)
        w.key("source"); writeSource(source, to: &w)
        w.key("error")
        w.beginObject()
        w.key("kind"); w.string(error.kind.rawValue)
        w.key("message"); w.string(error.message)
        w.endObject()
        w.endObject()
        return w.bytes
    }

    private func writeSource(_ source: Source, to w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.string(source.path)
        w.key("format"); w.string(source.format.rawValue)
        w.key("bytes"); w.int(source.byteCount)
        w.key("sha256"); w.optionalString(source.sha256)
        w.key("charset"); w.optionalString(source.charset)
        w.endObject()
    }

    private func writeMeta(_ meta: Meta, to w: inout JSONWriter) {
        w.beginObject()
        w.key("title"); w.optionalString(meta.title)
        w.key("url"); w.optionalString(meta.url)
        w.key("dct"); w.optionalString(meta.dct)
        w.key("dct_source"); w.string(meta.dctSource.rawValue)
        w.endObject()
    }

    private func writeEntity(_ e: Entity, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("start"); w.int(e.start)
        w.key("end"); w.int(e.end)
        w.key("label"); w.string(e.label.rawValue)
        w.key("text"); w.string(e.text)
        w.key("src")
        if let src = e.src { w.pair(src.lowerBound, src.upperBound) } else { w.null() }
        if let timex = e.timex {
            w.key("timex")
            w.beginObject()
            w.key("type"); w.string(timex.type.rawValue)
            w.key("value"); w.string(timex.value)
            if let mod = timex.mod {
                w.key("mod"); w.string(mod)
            }
            w.endObject()
        }
        if explain, let origin = e.origin {
            w.key("origin"); w.string(origin)
        }
        w.endObject()
    }

    private func writeRelation(_ r: Relation, to w: inout JSONWriter) {
        w.beginObject()
        w.key("type"); w.string(r.type.rawValue)
        w.key("head"); w.string(r.head)
        w.key("tail"); w.string(r.tail)
        w.key("sentence")
        if let s = r.sentence { w.int(s) } else { w.null() }
        if explain {
            if let t = r.trigger {
                w.key("trigger"); w.pair(t.start, t.end)
            }
            if let c = r.confidence {
                w.key("confidence"); w.double(c)
            }
            if let o = r.origin {
                w.key("origin"); w.string(o)
            }
        }
        w.endObject()
    }
}
