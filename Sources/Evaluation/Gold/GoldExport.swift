import Pipeline
import PipelineIO

/// Writes a gold corpus in the project's JSONL format, and the matching annotation input
/// `{"id","text","dct"}`, so a converted corpus (CoNLL, SpERT, TBAQ) can be annotated in one `pipe`
/// process and scored with the pipe-format reader.
public enum GoldExport {
    /// One gold document per line, with the corpus's `labels` (and `relation_types`) on every line.
    public static func goldLine(_ d: Document, corpus: GoldCorpus) -> String {
        var w = identity(of: d)
        w.key("labels")
        w.beginArray()
        for l in corpus.labels { w.string(l.rawValue) }
        w.endArray()
        if let types = corpus.relationTypes {
            w.key("relation_types")
            w.beginArray()
            for t in types { w.string(t.rawValue) }
            w.endArray()
        }
        if !d.sentences.isEmpty {
            w.key("sentences")
            w.beginArray()
            for s in d.sentences { w.pair(s.start, s.end) }
            w.endArray()
        }
        w.key("entities")
        w.beginArray()
        for e in d.entities {
            w.beginObject()
            w.key("id")
            w.string(e.id)
            w.key("start")
            w.int(e.start)
            w.key("end")
            w.int(e.end)
            w.key("label")
            w.string(e.label.rawValue)
            w.key("text")
            w.string(e.text)
            if let t = e.timex {
                w.key("timex")
                w.beginObject()
                w.key("type")
                w.string(t.type.rawValue)
                w.key("value")
                w.string(t.value)
                if let mod = t.mod {
                    w.key("mod")
                    w.string(mod)
                }
                w.endObject()
            }
            if let c = e.cluster {
                w.key("cluster")
                w.string(c)
            }
            w.endObject()
        }
        w.endArray()
        if corpus.annotatesRelations {
            w.key("relations")
            w.beginArray()
            for r in d.relations {
                w.beginObject()
                w.key("type")
                w.string(r.type.rawValue)
                w.key("head")
                w.string(r.head)
                w.key("tail")
                w.string(r.tail)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// `{"id","text","dct"?` — the opening both lines share, left open for more members.
    private static func identity(of d: Document) -> JSONWriter {
        var w = JSONWriter()
        w.beginObject()
        w.key("id")
        w.string(d.id)
        w.key("text")
        w.string(d.text)
        if let dct = d.meta.dct {
            w.key("dct")
            w.string(dct)
        }
        return w
    }

    /// The annotation input for a gold document: its id, text and document date.
    public static func inputLine(_ d: Document) -> String {
        var w = identity(of: d)
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
