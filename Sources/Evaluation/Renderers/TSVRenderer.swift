import Pipeline
import PipelineIO

/// A header and one row of headline figures, tab-separated, so a script can gather several runs into one
/// table: entity micro F1 in the three matchings and macro F1 (strict), date relaxed and value F1,
/// relation micro F1 in the three matchings (strict, tolerant, overlap), sentence boundary F1 and the
/// clusters' CoNLL-2012 average; "-" where a section was not scored.
struct TSVRenderer {
    static let header = [
        "corpus", "docs", "ent_strict_f1", "ent_boundary_f1", "ent_overlap_f1", "ent_macro_f1",
        "date_relaxed_f1", "date_value_f1", "rel_strict_f1", "rel_tolerant_f1", "rel_overlap_f1", "sent_f1",
        "coref_conll",
    ]

    func render(_ r: EvaluationReport, title: String) -> String {
        func f(_ x: Double?) -> String { x == nil ? "-" : ReportFormatting.ratio(x) }
        var row = [title.isEmpty ? "-" : title, "\(r.documents.scored)"]
        if let e = r.entities {
            row += [f(e.micro(.strict).f1), f(e.micro(.boundary).f1), f(e.micro(.overlap).f1), f(e.macro(.strict).f1)]
        } else {
            row += ["-", "-", "-", "-"]
        }
        if let t = r.dates { row += [f(t.relaxed.f1), f(t.valueF1)] } else { row += ["-", "-"] }
        for matching in RelationScores.Matching.allCases {
            row.append(r.relations.map { f($0.micro(matching).f1) } ?? "-")
        }
        row.append(r.sentences.map { f($0.boundaries.f1) } ?? "-")
        row.append(r.clusters.map { f($0.conll) } ?? "-")
        return Self.header.joined(separator: "\t") + "\n" + row.joined(separator: "\t") + "\n"
    }
}
