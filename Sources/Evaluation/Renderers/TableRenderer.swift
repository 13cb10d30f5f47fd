import Pipeline
import PipelineIO

/// The human-readable report: aligned columns in plain text.
struct TableRenderer {
    typealias F = ReportFormatting

    func render(_ r: EvaluationReport) -> String {
        var out: [String] = []
        let d = r.documents
        out.append(
            "gold: \(r.goldFormat.rawValue), \(Format.count(d.gold, "document")); predictions: \(d.predicted); scored \(d.scored), "
                + "missing \(d.missing), unmatched predictions \(d.unmatchedPredictions)")
        out.append(
            "alignment: \(r.unmatchedGoldCharacters) gold characters unmatched, "
                + "\(r.predictedOnlyCharacters) predicted-only characters; label map: \(F.labelMapText(r.labelMap))")
        if let e = r.entities {
            out.append("")
            let prfHeader = ["P", "R", "F1"].map { F.right($0, 6) }.joined(separator: " ")
            out.append(
                String(repeating: " ", count: 24) + " | "
                    + EntityScores.Matching.allCases.map { F.left($0.rawValue, 20) }.joined(separator: " | "))
            out.append(
                F.left("Entities", 12) + F.right("gold", 6) + F.right("pred", 6) + " | "
                    + Array(repeating: prfHeader, count: 3).joined(separator: " | "))
            func row(_ name: String, _ gold: String, _ pred: String, _ cells: [String]) {
                out.append(F.left(name, 12) + F.right(gold, 6) + F.right(pred, 6) + " | " + cells.joined(separator: " | "))
            }
            for label in e.labels {
                let c = EntityScores.Matching.allCases.map { e.counts($0, label) }
                row(label.rawValue, "\(c[0].gold)", "\(c[0].predicted)", c.map { F.prf($0) })
            }
            let micro = EntityScores.Matching.allCases.map { e.micro($0) }
            row("micro", "\(micro[0].gold)", "\(micro[0].predicted)", micro.map { F.prf($0) })
            row("macro", "", "", EntityScores.Matching.allCases.map { F.prf(e.macro($0)) })
            if e.outside > 0 { out.append("(\(e.outside) predicted mentions outside the gold text, not scored)") }
        }
        if let t = r.dates {
            out.append("")
            out.append(F.left("Dates (TempEval-3)", 20) + F.right("gold", 6) + F.right("pred", 6) + F.right("match", 7)
                + "      P      R     F1")
            for (name, c) in [("strict span", t.strict), ("relaxed span", t.relaxed)] {
                out.append(
                    F.left(name, 20) + F.right("\(c.gold)", 6) + F.right("\(c.predicted)", 6)
                        + F.right("\(c.matched)", 7) + " " + F.prf(c))
            }
            out.append(
                "type accuracy \(F.ratio(t.typeAccuracy)) (type F1 \(F.ratio(t.typeF1))); "
                    + "value accuracy \(F.ratio(t.valueAccuracy)) (value F1 \(F.ratio(t.valueF1)))")
            if t.outside > 0 { out.append("(\(t.outside) predicted dates outside the gold text, not scored)") }
        }
        if let rel = r.relations {
            out.append("")
            let prfHeader = ["P", "R", "F1"].map { F.right($0, 6) }.joined(separator: " ")
            let matchings = RelationScores.Matching.allCases
            out.append(
                String(repeating: " ", count: 32) + " | "
                    + matchings.map { F.left($0.rawValue, 20) }.joined(separator: " | "))
            out.append(
                F.left("Relations", 20) + F.right("gold", 6) + F.right("pred", 6) + " | "
                    + Array(repeating: prfHeader, count: matchings.count).joined(separator: " | "))
            func row(_ name: String, _ c: [Counts]) {
                out.append(
                    F.left(name, 20) + F.right("\(c[1].gold)", 6) + F.right("\(c[1].predicted)", 6) + " | "
                        + c.map { F.prf($0) }.joined(separator: " | "))
            }
            for type in rel.types { row(type.rawValue, matchings.map { rel.counts($0, type) }) }
            row("micro", matchings.map { rel.micro($0) })
            if rel.merged > 0 {
                out.append("(\(rel.merged) predicted relations merged into a gold relation another one matched by overlap)")
            }
            if rel.withinOneMention > 0 {
                out.append(
                    "(\(rel.withinOneMention) predicted relations between two parts of one gold mention, not scored by overlap)")
            }
            if rel.outside > 0 { out.append("(\(rel.outside) predicted relations outside the gold text, not scored)") }
            if rel.offSchema > 0 {
                out.append("(\(rel.offSchema) predicted relations the corpus's schema cannot express, not scored)")
            }
        }
        if let s = r.sentences {
            out.append("")
            out.append(F.left("Sentences", 20) + F.right("gold", 6) + F.right("pred", 6) + F.right("match", 7)
                + "      P      R     F1")
            let c = s.boundaries
            out.append(
                F.left("boundaries", 20) + F.right("\(c.gold)", 6) + F.right("\(c.predicted)", 6)
                    + F.right("\(c.matched)", 7) + " " + F.prf(c))
            if s.outside > 0 { out.append("(\(s.outside) predicted sentences outside the gold text, not scored)") }
        }
        if let c = r.clusters {
            out.append("")
            out.append(
                "Clusters: \(c.goldMentions) gold mentions in \(c.goldClusters) clusters, \(c.predictedMentions) predicted "
                    + "in \(c.predictedClusters), \(c.matchedMentions) mentions matched")
            out.append(F.left("metric", 20) + "      P      R     F1")
            for (name, m) in [("MUC", c.muc), ("B³", c.bCubed), ("CEAF-e", c.ceafE)] {
                out.append(
                    F.left(name, 20) + " " + F.right(F.ratio(m.precision), 6) + " " + F.right(F.ratio(m.recall), 6) + " "
                        + F.right(F.ratio(m.f1), 6))
            }
            out.append(F.left("CoNLL-2012 average", 20) + "                " + F.right(F.ratio(c.conll), 6))
        }
        if !r.notes.isEmpty {
            out.append("")
            out.append(contentsOf: r.notes.map { "note: \($0)" })
        }
        if !r.errors.isEmpty {
            out.append("")
            out.append("Errors (\(r.errors.count)):")
            for e in r.errors {
                let note = e.note.map { "  [\($0)]" } ?? ""
                out.append(
                    "\(e.section) \(e.kind.rawValue) \(e.label) '\(e.text)' at \(e.document):\(e.offset)\(note)")
                out.append("    \(e.context)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
