import Pipeline

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
        var w = JSONWriter(reservingCapacity: estimatedSize(document))
        write(document, to: &w)
        return w.bytes
    }

    /// One line, without the trailing newline, whose beginning moves to a temporary file (`spilled`) once
    /// it outgrows `limit` bytes; `rest` is what follows it. The batch runner writes documents this way:
    /// a line of millions of entities then never sits whole in memory (see `SpillFile`).
    public func encode(_ document: Document, spillingPast limit: Int) -> (spilled: SpillFile?, rest: [UInt8]) {
        var w = JSONWriter(reservingCapacity: estimatedSize(document), spillingPast: limit)
        write(document, to: &w)
        return (w.spilled, w.bytes)
    }

    /// A little over the usual size of the document's line, from its counts alone: an entity's object is
    /// about a hundred bytes plus its text, a cluster's about eighty plus its name and mention ids. A line
    /// is some five times its text on news; the writer reserved twice the text and grew twice, copying the
    /// line so far each time (a third of the encoder's copying).
    func estimatedSize(_ document: Document) -> Int {
        var size = document.text.utf8.count + 512
        size += 24 * document.sentences.count + 128 * document.entities.count
        size += 96 * document.relations.count + 112 * document.clusters.count
        if includeTokens { size += 24 * document.tokens.count }
        return size
    }

    private func write(_ document: Document, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("schema"); w.string(Self.schema)
        w.rawKey("id"); w.string(document.id)
        w.rawKey("source"); writeSource(document.source, to: &w)
        w.rawKey("meta"); writeMeta(document.meta, to: &w)
        w.rawKey("text"); w.string(document.text)
        if document.layers.contains(.sentences) {
            w.rawKey("sentences")
            w.beginArray()
            for s in document.sentences { w.pair(s.start, s.end) }
            w.endArray()
        }
        if includeTokens, document.layers.contains(.tokens) {
            w.rawKey("tokens")
            w.beginArray()
            for t in document.tokens { w.pair(t.start, t.end) }
            w.endArray()
        }
        if document.layers.contains(.entities) || document.layers.contains(.dates) {
            w.rawKey("entities")
            w.beginArray()
            document.entities.withUnsafeBufferPointer { entities in
                guard let base = entities.baseAddress else { return }
                for i in entities.indices { writeEntity(base + i, to: &w) }
            }
            w.endArray()
        }
        if document.layers.contains(.relations) {
            w.rawKey("relations")
            w.beginArray()
            for r in document.relations { writeRelation(r, to: &w) }
            w.endArray()
        }
        if document.layers.contains(.clusters) {
            w.rawKey("clusters")
            w.beginArray()
            document.clusters.withUnsafeBufferPointer { clusters in
                guard let base = clusters.baseAddress else { return }
                for i in clusters.indices { writeCluster(base + i, to: &w) }
            }
            w.endArray()
        }
        w.rawKey("warnings")
        w.beginArray()
        for warning in document.warnings { w.string(warning) }
        w.endArray()
        w.endObject()
    }

    /// The one line a document that could not be processed still gets.
    public func encodeError(id: String, source: Source, error: DocumentError) -> [UInt8] {
        var w = JSONWriter(reservingCapacity: 256)
        w.beginObject()
        w.rawKey("schema"); w.string(Self.schema)
        w.rawKey("id"); w.string(id)
        w.rawKey("source"); writeSource(source, to: &w)
        w.rawKey("error")
        w.beginObject()
        w.rawKey("kind"); w.string(error.kind.rawValue)
        w.rawKey("message"); w.string(error.message)
        w.endObject()
        w.endObject()
        return w.bytes
    }

    private func writeSource(_ source: Source, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("path"); w.string(source.path)
        w.rawKey("format"); w.string(source.format.rawValue)
        w.rawKey("bytes"); w.int(source.byteCount)
        w.rawKey("sha256"); w.optionalString(source.sha256)
        w.rawKey("charset"); w.optionalString(source.charset)
        if let archive = source.archive {
            w.rawKey("record"); w.int(archive.record)
            w.rawKey("uri"); w.optionalString(archive.uri)
        }
        w.endObject()
    }

    private func writeMeta(_ meta: Meta, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("title"); w.optionalString(meta.title)
        w.rawKey("url"); w.optionalString(meta.url)
        w.rawKey("dct"); w.optionalString(meta.dct)
        w.rawKey("dct_source"); w.string(meta.dctSource.rawValue)
        w.rawKey("lang"); w.optionalString(meta.lang)
        w.endObject()
    }

    /// The entity read in place through its pointer (`writeCluster` likewise): taken from the array by
    /// value, each entity was copied (its strings retained) and destroyed again, 7 M instructions per MB
    /// of varied text, each cluster 3 M.
    private func writeEntity(_ entity: UnsafePointer<Entity>, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("id"); w.string(entity.pointee.id)
        w.rawKey("start"); w.int(entity.pointee.start)
        w.rawKey("end"); w.int(entity.pointee.end)
        w.rawKey("label"); w.string(entity.pointee.label.rawValue)
        w.rawKey("text"); w.string(entity.pointee.text)
        w.rawKey("src")
        if let src = entity.pointee.src { w.pair(src.lowerBound, src.upperBound) } else { w.null() }
        if let timex = entity.pointee.timex {
            w.rawKey("timex")
            w.beginObject()
            w.rawKey("type"); w.string(timex.type.rawValue)
            w.rawKey("value"); w.string(timex.value)
            if let mod = timex.mod {
                w.rawKey("mod"); w.string(mod)
            }
            w.endObject()
        }
        if let cluster = entity.pointee.cluster {
            w.rawKey("cluster"); w.string(cluster)
        }
        if let geonames = entity.pointee.geonames {
            w.rawKey("geonames"); w.int(geonames)
        }
        if explain, let origin = entity.pointee.origin {
            w.rawKey("origin"); w.string(origin)
        }
        w.endObject()
    }

    private func writeCluster(_ cluster: UnsafePointer<EntityCluster>, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("id"); w.string(cluster.pointee.id)
        w.rawKey("label"); w.string(cluster.pointee.label.rawValue)
        w.rawKey("name"); w.string(cluster.pointee.name)
        w.rawKey("mentions")
        w.beginArray()
        for m in cluster.pointee.mentions { w.string(m) }
        w.endArray()
        w.rawKey("geonames")
        if let g = cluster.pointee.geonames { w.int(g) } else { w.null() }
        w.endObject()
    }

    private func writeRelation(_ r: Relation, to w: inout JSONWriter) {
        w.beginObject()
        w.rawKey("type"); w.string(r.type.rawValue)
        w.rawKey("head"); w.string(r.head)
        w.rawKey("tail"); w.string(r.tail)
        w.rawKey("sentence")
        if let s = r.sentence { w.int(s) } else { w.null() }
        if explain {
            if let t = r.trigger {
                w.rawKey("trigger"); w.pair(t.start, t.end)
            }
            if let c = r.confidence {
                w.rawKey("confidence"); w.double(c)
            }
            if let o = r.origin {
                w.rawKey("origin"); w.string(o)
            }
            if let f = r.features {
                w.rawKey("features")
                w.beginArray()
                for x in f { w.string(x) }
                w.endArray()
            }
        }
        w.endObject()
    }
}
