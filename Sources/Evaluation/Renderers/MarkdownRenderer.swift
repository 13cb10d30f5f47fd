import Pipeline
import PipelineIO

/// The report as Markdown tables (for notes and pull requests).
struct MarkdownRenderer {
    typealias F = ReportFormatting

    private func cells(_ c: Counts) -> String {
        "\(F.ratio(c.precision)) | \(F.ratio(c.recall)) | \(F.ratio(c.f1))"
    }

    private func cells(_ m: MacroAverage) -> String {
        "\(F.ratio(m.precision)) | \(F.ratio(m.recall)) | \(F.ratio(m.f1))"
    }

    func render(_ r: EvaluationReport) -> String {
        var out: [String] = []
        let d = r.documents
        out.append(
            "Gold format `\(r.goldFormat.rawValue)`, \(Format.count(d.gold, "document")), \(Format.count(d.predicted, "prediction")) (scored \(d.scored), "
                + "missing \(d.missing), unmatched \(d.unmatchedPredictions)); label map: `\(F.labelMapText(r.labelMap))`; "
                + "alignment: \(r.unmatchedGoldCharacters) gold characters unmatched, "
                + "\(r.predictedOnlyCharacters) predicted-only.")
        if let e = r.entities {
            out.append("")
            out.append("### Entities")
            out.append("")
            out.append("| label | gold | pred | strict P | R | F1 | boundary P | R | F1 | overlap P | R | F1 |")
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            for label in e.labels {
                let c = EntityScores.Matching.allCases.map { e.counts($0, label) }
                out.append("| \(label.rawValue) | \(c[0].gold) | \(c[0].predicted) | " + c.map(cells).joined(separator: " | ") + " |")
            }
            let micro = EntityScores.Matching.allCases.map { e.micro($0) }
            out.append("| **micro** | \(micro[0].gold) | \(micro[0].predicted) | " + micro.map(cells).joined(separator: " | ") + " |")
            out.append("| **macro** | | | " + EntityScores.Matching.allCases.map { cells(e.macro($0)) }.joined(separator: " | ") + " |")
            if e.outside > 0 { out.append("\n\(e.outside) predicted mentions outside the gold text (not scored).") }
        }
        if let t = r.dates {
            out.append("")
            out.append("### Dates (TempEval-3)")
            out.append("")
            out.append("| measure | gold | pred | match | P | R | F1 |")
            out.append("|---|---:|---:|---:|---:|---:|---:|")
            out.append("| strict span | \(t.strict.gold) | \(t.strict.predicted) | \(t.strict.matched) | \(cells(t.strict)) |")
            out.append("| relaxed span | \(t.relaxed.gold) | \(t.relaxed.predicted) | \(t.relaxed.matched) | \(cells(t.relaxed)) |")
            out.append("")
            out.append(
                "Type accuracy \(F.ratio(t.typeAccuracy)) (type F1 \(F.ratio(t.typeF1))), value accuracy "
                    + "\(F.ratio(t.valueAccuracy)) (value F1 \(F.ratio(t.valueF1))).")
        }
        if let rel = r.relations {
            out.append("")
            out.append("### Relations")
            out.append("")
            out.append("| type | gold | pred | strict P | R | F1 | tolerant P | R | F1 | overlap P | R | F1 |")
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            for type in rel.types {
                let c = rel.counts[type] ?? Counts()
                let all = RelationScores.Matching.allCases.map { cells(rel.counts($0, type)) }.joined(separator: " | ")
                out.append("| \(type.rawValue) | \(c.gold) | \(c.predicted) | \(all) |")
            }
            let m = rel.micro
            let all = RelationScores.Matching.allCases.map { cells(rel.micro($0)) }.joined(separator: " | ")
            out.append("| **micro** | \(m.gold) | \(m.predicted) | \(all) |")
            if rel.merged > 0 || rel.withinOneMention > 0 {
                out.append(
                    "\nOverlap matching: \(rel.merged) predicted relations merged into a gold relation another one "
                        + "matched, \(rel.withinOneMention) between two parts of one gold mention (not scored).")
            }
            if rel.offSchema > 0 {
                out.append("\n\(rel.offSchema) predicted relations the corpus's schema cannot express (not scored).")
            }
        }
        if let s = r.sentences {
            let c = s.boundaries
            out.append("")
            out.append("### Sentences")
            out.append("")
            out.append("| measure | gold | pred | match | P | R | F1 |")
            out.append("|---|---:|---:|---:|---:|---:|---:|")
            out.append("| boundaries | \(c.gold) | \(c.predicted) | \(c.matched) | \(cells(c)) |")
        }
        if let c = r.clusters {
            out.append("")
            out.append("### Clusters")
            out.append("")
            out.append(
                "\(c.goldMentions) gold mentions in \(c.goldClusters) clusters; \(c.predictedMentions) predicted in "
                    + "\(c.predictedClusters); \(c.matchedMentions) matched.")
            out.append("")
            out.append("| metric | P | R | F1 |")
            out.append("|---|---:|---:|---:|")
            for (name, m) in [("MUC", c.muc), ("B³", c.bCubed), ("CEAF-e", c.ceafE)] {
                out.append("| \(name) | \(F.ratio(m.precision)) | \(F.ratio(m.recall)) | \(F.ratio(m.f1)) |")
            }
            out.append("| CoNLL-2012 average | | | \(F.ratio(c.conll)) |")
        }
        if !r.notes.isEmpty {
            out.append("")
            out.append(contentsOf: r.notes.map { "- note: \($0)" })
        }
        if !r.errors.isEmpty {
            out.append("")
            out.append("### Errors")
            out.append("")
            out.append("| section | kind | label | text | where | note | context |")
            out.append("|---|---|---|---|---|---|---|")
            for e in r.errors {
                let row = [e.section, e.kind.rawValue, e.label, e.text, "\(e.document):\(e.offset)", e.note ?? "", e.context]
                out.append("| " + row.map { $0.replacingPipes }.joined(separator: " | ") + " |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var replacingPipes: String {
        var view = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == "|" { view.append("\\") }
            view.append(s)
        }
        return String(view)
    }
}
