import Pipeline
import PipelineIO

/// The report as one JSON object, for machines (`--format json`).
struct JSONReportRenderer {
    func render(_ r: EvaluationReport) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("gold_format")
        w.string(r.goldFormat.rawValue)
        w.key("label_map")
        if r.labelMap.mapping.isEmpty {
            w.null()
        } else {
            w.beginObject()
            for item in r.labelMap.items {
                w.key(item.from)
                w.string(item.to)
            }
            w.endObject()
        }
        w.key("documents")
        w.beginObject()
        for (k, v) in [
            ("gold", r.documents.gold), ("predicted", r.documents.predicted), ("scored", r.documents.scored),
            ("missing", r.documents.missing), ("unmatched_predictions", r.documents.unmatchedPredictions),
        ] {
            w.key(k)
            w.int(v)
        }
        w.endObject()
        w.key("alignment")
        w.beginObject()
        w.key("unmatched_gold_characters")
        w.int(r.unmatchedGoldCharacters)
        w.key("predicted_only_characters")
        w.int(r.predictedOnlyCharacters)
        w.endObject()
        if let e = r.entities {
            w.key("entities")
            w.beginObject()
            w.key("labels")
            w.beginArray()
            for l in e.labels { w.string(l.rawValue) }
            w.endArray()
            w.key("per_label")
            w.beginObject()
            for l in e.labels {
                w.key(l.rawValue)
                w.beginObject()
                for m in EntityScores.Matching.allCases {
                    w.key(m.rawValue)
                    counts(e.counts(m, l), &w)
                }
                w.endObject()
            }
            w.endObject()
            w.key("micro")
            w.beginObject()
            for m in EntityScores.Matching.allCases {
                w.key(m.rawValue)
                counts(e.micro(m), &w)
            }
            w.endObject()
            w.key("macro")
            w.beginObject()
            for m in EntityScores.Matching.allCases {
                w.key(m.rawValue)
                macro(e.macro(m), &w)
            }
            w.endObject()
            w.key("outside")
            w.int(e.outside)
            w.endObject()
        }
        if let t = r.dates {
            w.key("dates")
            w.beginObject()
            w.key("strict")
            counts(t.strict, &w)
            w.key("relaxed")
            counts(t.relaxed, &w)
            for (k, v) in [
                ("type_accuracy", t.typeAccuracy), ("value_accuracy", t.valueAccuracy), ("type_f1", t.typeF1),
                ("value_f1", t.valueF1),
            ] {
                w.key(k)
                number(v, &w)
            }
            w.key("outside")
            w.int(t.outside)
            w.endObject()
        }
        if let rel = r.relations {
            w.key("relations")
            w.beginObject()
            w.key("per_type")
            w.beginObject()
            for type in rel.types {
                w.key(type.rawValue)
                counts(rel.counts[type] ?? Counts(), &w)
            }
            w.endObject()
            w.key("micro")
            counts(rel.micro, &w)
            w.key("macro")
            macro(rel.macro, &w)
            for matching in [RelationScores.Matching.strict, .overlap] {
                w.key(matching.rawValue)
                w.beginObject()
                w.key("per_type")
                w.beginObject()
                for type in rel.types {
                    w.key(type.rawValue)
                    counts(rel.counts(matching, type), &w)
                }
                w.endObject()
                w.key("micro")
                counts(rel.micro(matching), &w)
                w.endObject()
            }
            w.key("merged")
            w.int(rel.merged)
            w.key("within_one_mention")
            w.int(rel.withinOneMention)
            w.key("outside")
            w.int(rel.outside)
            w.key("off_schema")
            w.int(rel.offSchema)
            w.endObject()
        }
        if let s = r.sentences {
            w.key("sentences")
            w.beginObject()
            w.key("boundaries")
            counts(s.boundaries, &w)
            w.key("outside")
            w.int(s.outside)
            w.endObject()
        }
        if let c = r.clusters {
            w.key("clusters")
            w.beginObject()
            for (name, m) in [("muc", c.muc), ("b3", c.bCubed), ("ceaf_e", c.ceafE)] {
                w.key(name)
                w.beginObject()
                w.key("precision"); w.double(m.precision)
                w.key("recall"); w.double(m.recall)
                w.key("f1"); w.double(m.f1)
                w.endObject()
            }
            w.key("conll"); w.double(c.conll)
            w.key("gold_mentions"); w.int(c.goldMentions)
            w.key("predicted_mentions"); w.int(c.predictedMentions)
            w.key("matched_mentions"); w.int(c.matchedMentions)
            w.key("gold_clusters"); w.int(c.goldClusters)
            w.key("predicted_clusters"); w.int(c.predictedClusters)
            w.endObject()
        }
        w.key("notes")
        w.beginArray()
        for n in r.notes { w.string(n) }
        w.endArray()
        w.key("errors")
        w.beginArray()
        for e in r.errors {
            w.beginObject()
            w.key("section")
            w.string(e.section)
            w.key("kind")
            w.string(e.kind.rawValue)
            w.key("document")
            w.string(e.document)
            w.key("label")
            w.string(e.label)
            w.key("text")
            w.string(e.text)
            w.key("offset")
            w.int(e.offset)
            w.key("note")
            w.optionalString(e.note)
            w.key("context")
            w.string(e.context)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    private func number(_ x: Double?, _ w: inout JSONWriter) {
        if let x { w.double(x) } else { w.null() }
    }

    private func counts(_ c: Counts, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("gold")
        w.int(c.gold)
        w.key("predicted")
        w.int(c.predicted)
        w.key("matched")
        w.int(c.matched)
        w.key("precision")
        number(c.precision, &w)
        w.key("recall")
        number(c.recall, &w)
        w.key("f1")
        number(c.f1, &w)
        w.endObject()
    }

    private func macro(_ m: MacroAverage, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("precision")
        number(m.precision, &w)
        w.key("recall")
        number(m.recall, &w)
        w.key("f1")
        number(m.f1, &w)
        w.endObject()
    }
}
