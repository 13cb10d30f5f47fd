import Evaluation
import Pipeline

/// `pipe eval --format html`: the report as one standalone page. Precision, recall and F1 per label and
/// per relation type as bar charts (the three entity matchings side by side: strict, boundary-tolerant,
/// overlap), the same figures in tables, and every miss, false alarm and attribute mismatch shown in its
/// sentence: the gold version above the predicted one, the item's mentions outlined and, on the other
/// line, a dashed box where they fall there.
public struct EvalReportPage {
    public let report: EvaluationReport
    public let title: String

    public init(report: EvaluationReport, title: String? = nil) {
        self.report = report
        self.title = title ?? "pipe eval"
    }

    static let style: StaticString = """
        main.wide{max-width:78rem;padding:1rem 1.5rem 2rem}
        main.wide h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        .charts{display:flex;flex-wrap:wrap;gap:1.2rem 2rem;margin:.4rem 0 .8rem}
        figure.chart{margin:0}
        figure.chart figcaption{font-weight:700;font-size:.9rem;margin:0 0 .2rem}
        svg.bars{font-family:var(--sans);display:block}
        svg.bars .grid{stroke:#e3e6ec;stroke-width:1}
        svg.bars .rule{stroke:#b8bec9;stroke-width:1;stroke-dasharray:3 3}
        svg.bars .tick{font-size:9px;fill:var(--muted)}
        svg.bars .rn{font-size:11px;fill:var(--ink)}
        svg.bars .rn.sum{font-weight:700}
        svg.bars .val{font-size:9px;fill:var(--muted)}
        .key{display:flex;gap:1rem;font-size:.82rem;color:var(--muted);margin:.3rem 0}
        .key b{font-size:1rem;line-height:1}
        table.nums{font-size:.82rem;margin:.4rem 0 1rem}
        table.nums th,table.nums td{padding:.22rem .55rem;text-align:right;border-bottom:1px solid var(--line);white-space:nowrap}
        table.nums th:first-child,table.nums td:first-child{text-align:left}
        table.nums thead th{background:#f6f7fa;font-size:.76rem}
        table.nums tr.sum td{font-weight:700;background:#fafbfc}
        table.nums .grp{border-left:2px solid var(--line)}
        .errs{font-size:.9rem}
        .err{border:1px solid var(--line);border-left:4px solid var(--k);border-radius:.35rem;margin:.5rem 0;padding:.4rem .7rem;background:#fff}
        .err.miss{--k:#c0392b}.err.false_alarm{--k:#d68910}.err.mismatch{--k:#7d3c98}
        .err h3{font-size:.85rem;font-weight:400;margin:0 0 .3rem;display:flex;flex-wrap:wrap;gap:.25rem .6rem;align-items:baseline}
        .err h3 .kd{font-weight:700;color:var(--k);text-transform:uppercase;font-size:.72rem;letter-spacing:.05em}
        .err h3 .tx{font-weight:700;unicode-bidi:isolate}
        .err h3 .wh{color:var(--muted);font-size:.78rem}
        .ln{display:grid;grid-template-columns:3.4rem 1fr;align-items:baseline;line-height:2;border-top:1px dashed #eceef2}
        .ln .sd{font-size:.7rem;font-weight:700;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
        .ln .st{unicode-bidi:plaintext;overflow-wrap:anywhere}
        .m{background:var(--f);border-bottom:2px solid var(--d);border-radius:.25em;padding:.04em .15em;color:inherit;unicode-bidi:isolate;\
        opacity:.55;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .m.t{opacity:1;outline:2px solid var(--k);outline-offset:1px}
        .m.t::after{content:attr(data-l);font:700 .6em/1 var(--sans);color:var(--d);margin-left:.3em;vertical-align:.2em}
        .cp{outline:2px dashed var(--k);outline-offset:2px;border-radius:.2em}
        .none{color:var(--muted);font-style:italic}
        #ef-miss:checked~main .err:not(.miss),#ef-fa:checked~main .err:not(.false_alarm),#ef-mm:checked~main .err:not(.mismatch){display:none}
        #ef-all:checked~main label[for=ef-all],#ef-miss:checked~main label[for=ef-miss],#ef-fa:checked~main label[for=ef-fa],\
        #ef-mm:checked~main label[for=ef-mm]{box-shadow:0 0 0 2px var(--d)}
        .filters{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;font-size:.8rem;margin:.4rem 0}
        .chip.miss{--f:#fbe3e1;--d:#c0392b}.chip.false_alarm{--f:#fdebd0;--d:#d68910}.chip.mismatch{--f:#efe1f5;--d:#7d3c98}
        details.sec>summary{cursor:pointer;font-weight:700;margin:.6rem 0 .2rem}

        """

    /// The labels marked in error lines get colours (classes `l0`, `l1`, ...).
    private var labels: [String] {
        var set = Set<String>()
        if let e = report.entities { set.formUnion(e.labels.map(\.rawValue)) }
        for item in report.errors {
            for mark in (item.view?.gold.marks ?? []) + (item.view?.predicted?.marks ?? []) where !mark.label.isEmpty {
                set.insert(mark.label)
            }
        }
        return LabelPalette.sorted(set)
    }

    public func render() -> [UInt8] {
        let labels = labels
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var css = ""
        for (k, label) in labels.enumerated() {
            let c = LabelPalette.colour(ofLabel: label)
            css += ".l\(k){--f:\(c.fill);--d:\(c.edge)}\n"
        }
        var out = HTMLBuffer(capacity: 128 * 1024)
        PageShell.open(&out, title: title, style: css, extra: Self.style)
        if !report.errors.isEmpty {
            out.raw("<input type=\"radio\" name=\"ef\" id=\"ef-all\" class=\"vh\" checked>")
            out.raw("<input type=\"radio\" name=\"ef\" id=\"ef-miss\" class=\"vh\">")
            out.raw("<input type=\"radio\" name=\"ef\" id=\"ef-fa\" class=\"vh\">")
            out.raw("<input type=\"radio\" name=\"ef\" id=\"ef-mm\" class=\"vh\">\n")
        }
        header(into: &out)
        out.raw("<main class=\"wide\">\n")
        if let e = report.entities { entities(e, into: &out) }
        if let d = report.dates { dates(d, into: &out) }
        if let r = report.relations { relations(r, into: &out) }
        if let s = report.sentences { sentences(s, into: &out) }
        if !report.errors.isEmpty { errors(labelIndex: labelIndex, into: &out) }
        out.raw("</main>\n")
        PageShell.close(&out, note: "pipe eval --format html")
        return out.bytes
    }

    private func header(into out: inout HTMLBuffer) {
        let d = report.documents
        out.raw("<header class=\"top\"><h1>")
        out.text(title)
        out.raw("</h1><dl class=\"meta\"><dt>gold</dt><dd>")
        out.text("\(report.goldFormat.rawValue) format, \(d.gold) documents")
        out.raw("</dd><dt>predictions</dt><dd>")
        out.text("\(d.predicted) (scored \(d.scored), missing \(d.missing), matching no gold \(d.unmatchedPredictions))")
        out.raw("</dd><dt>label map</dt><dd>")
        let map = report.labelMap.mapping
        out.text(map.isEmpty ? "none" : map.keys.sorted().map { "\($0)=\(map[$0] ?? "")" }.joined(separator: ", "))
        out.raw("</dd><dt>alignment</dt><dd>")
        out.text(
            "\(report.unmatchedGoldCharacters) gold characters unmatched, "
                + "\(report.predictedOnlyCharacters) predicted-only characters")
        out.raw("</dd></dl>")
        var sections: [(String, String)] = []
        if report.entities != nil { sections.append(("entities", "Entities")) }
        if report.dates != nil { sections.append(("dates", "Dates")) }
        if report.relations != nil { sections.append(("relations", "Relations")) }
        if report.sentences != nil { sections.append(("sentences", "Sentences")) }
        if !report.errors.isEmpty { sections.append(("errors", "Errors (\(report.errors.count))")) }
        out.raw("<p class=\"stats\">")
        for (k, (anchor, name)) in sections.enumerated() {
            if k > 0 { out.raw(" · ") }
            out.raw(generated: "<a href=\"#\(anchor)\">")
            out.text(name)
            out.raw("</a>")
        }
        out.raw("</p></header>\n")
        if !report.notes.isEmpty {
            out.raw("<section class=\"box warn\"><h2>Notes</h2><ul>")
            for n in report.notes {
                out.raw("<li>")
                out.text(n)
                out.raw("</li>")
            }
            out.raw("</ul></section>\n")
        }
    }

    static func details(_ name: String, _ c: Counts) -> [String] {
        [
            "\(name) precision \(Fixed.ratio(c.precision)) = \(c.matched) / \(c.predicted) predicted",
            "\(name) recall \(Fixed.ratio(c.recall)) = \(c.matched) / \(c.gold) gold",
            "\(name) F1 \(Fixed.ratio(c.f1))",
        ]
    }

    static func row(_ name: String, _ c: Counts, summary: Bool = false) -> BarChart.Row {
        BarChart.Row(name: name, values: [c.precision, c.recall, c.f1], details: details(name, c), isSummary: summary)
    }

    static func row(_ name: String, _ m: MacroAverage) -> BarChart.Row {
        BarChart.Row(
            name: name, values: [m.precision, m.recall, m.f1],
            details: ["macro precision \(Fixed.ratio(m.precision))", "macro recall \(Fixed.ratio(m.recall))", "macro F1 \(Fixed.ratio(m.f1))"],
            isSummary: true)
    }

    static let matchingNames: [EntityScores.Matching: String] = [
        .strict: "strict", .boundary: "tolerant (boundary)", .overlap: "overlap",
    ]

    private func entities(_ e: EntityScores, into out: inout HTMLBuffer) {
        out.raw("<section id=\"entities\"><h2>Entities</h2>")
        BarChart.key(names: ["precision", "recall", "F1"], into: &out)
        out.raw("<div class=\"charts\">")
        for m in EntityScores.Matching.allCases {
            var rows = e.labels.map { Self.row($0.rawValue, e.counts(m, $0)) }
            rows.append(Self.row("micro", e.micro(m), summary: true))
            rows.append(Self.row("macro", e.macro(m)))
            BarChart(rows: rows).render(caption: Self.matchingNames[m] ?? m.rawValue, into: &out)
        }
        out.raw("</div><table class=\"nums\"><thead><tr><th>label</th><th>gold</th><th>predicted</th>")
        for m in EntityScores.Matching.allCases {
            out.raw("<th class=\"grp\">")
            out.text(Self.matchingNames[m] ?? m.rawValue)
            out.raw(" P</th><th>R</th><th>F1</th>")
        }
        out.raw("</tr></thead><tbody>")
        func tableRow(_ name: String, _ cells: [Counts], summary: Bool) {
            out.raw(summary ? "<tr class=\"sum\"><td>" : "<tr><td>")
            out.text(name)
            out.raw(generated: "</td><td>\(cells[0].gold)</td><td>\(cells[0].predicted)</td>")
            for c in cells {
                out.raw(generated: "<td class=\"grp\">\(Fixed.ratio(c.precision))</td><td>\(Fixed.ratio(c.recall))</td><td>\(Fixed.ratio(c.f1))</td>")
            }
            out.raw("</tr>")
        }
        for label in e.labels {
            tableRow(label.rawValue, EntityScores.Matching.allCases.map { e.counts($0, label) }, summary: false)
        }
        tableRow("micro", EntityScores.Matching.allCases.map { e.micro($0) }, summary: true)
        out.raw("<tr class=\"sum\"><td>macro</td><td></td><td></td>")
        for m in EntityScores.Matching.allCases {
            let a = e.macro(m)
            out.raw(generated: "<td class=\"grp\">\(Fixed.ratio(a.precision))</td><td>\(Fixed.ratio(a.recall))</td><td>\(Fixed.ratio(a.f1))</td>")
        }
        out.raw("</tr></tbody></table>")
        if e.outside > 0 {
            out.raw(generated: "<p class=\"note\">\(e.outside) predicted mentions lie outside the gold text (not scored).</p>")
        }
        out.raw("</section>\n")
    }

    private func dates(_ t: DateScores, into out: inout HTMLBuffer) {
        out.raw("<section id=\"dates\"><h2>Dates (TempEval-3)</h2><div class=\"charts\">")
        defer { out.raw("</section>\n") }
        BarChart(rows: [Self.row("strict span", t.strict), Self.row("relaxed span", t.relaxed)])
            .render(caption: "span", into: &out)
        let attributes = BarChart(
            series: [BarChart.Series(name: "accuracy", colour: "#56b4e9"), BarChart.Series(name: "F1", colour: "#009e73")],
            rows: [
                BarChart.Row(
                    name: "type", values: [t.typeAccuracy, t.typeF1],
                    details: ["type accuracy \(Fixed.ratio(t.typeAccuracy)) over relaxed matches", "type F1 \(Fixed.ratio(t.typeF1))"]),
                BarChart.Row(
                    name: "value", values: [t.valueAccuracy, t.valueF1],
                    details: ["value accuracy \(Fixed.ratio(t.valueAccuracy)) over relaxed matches", "value F1 \(Fixed.ratio(t.valueF1))"]),
            ])
        attributes.render(caption: "TIMEX3 type and value (accuracy, F1)", into: &out)
        out.raw("<div><table class=\"nums\"><thead><tr><th>measure</th><th>gold</th><th>predicted</th><th>matched</th>")
        out.raw("<th class=\"grp\">P</th><th>R</th><th>F1</th></tr></thead><tbody>")
        for (name, c) in [("strict span", t.strict), ("relaxed span", t.relaxed)] {
            out.raw("<tr><td>")
            out.text(name)
            out.raw(
                generated: "</td><td>\(c.gold)</td><td>\(c.predicted)</td><td>\(c.matched)</td><td class=\"grp\">\(Fixed.ratio(c.precision))</td><td>\(Fixed.ratio(c.recall))</td><td>\(Fixed.ratio(c.f1))</td></tr>"
            )
        }
        out.raw("</tbody></table>")
        out.raw(
            generated: "<p class=\"note\">Type accuracy \(Fixed.ratio(t.typeAccuracy)) (type F1 \(Fixed.ratio(t.typeF1))), value accuracy \(Fixed.ratio(t.valueAccuracy)) (value F1 \(Fixed.ratio(t.valueF1))).</p></div></div>"
        )
    }

    private func relations(_ r: RelationScores, into out: inout HTMLBuffer) {
        out.raw("<section id=\"relations\"><h2>Relations</h2>")
        BarChart.key(names: ["precision", "recall", "F1"], into: &out)
        out.raw("<div class=\"charts\">")
        var rows = r.types.map { Self.row($0.rawValue, r.counts[$0] ?? Counts()) }
        rows.append(Self.row("micro", r.micro, summary: true))
        rows.append(Self.row("macro", r.macro))
        BarChart(rows: rows).render(caption: "per type (arguments matched tolerantly)", into: &out)
        out.raw("<div><table class=\"nums\"><thead><tr><th>type</th><th>gold</th><th>predicted</th><th>matched</th>")
        out.raw("<th class=\"grp\">P</th><th>R</th><th>F1</th></tr></thead><tbody>")
        for (name, c, sum) in r.types.map({ ($0.rawValue, r.counts[$0] ?? Counts(), false) }) + [("micro", r.micro, true)] {
            out.raw(sum ? "<tr class=\"sum\"><td>" : "<tr><td>")
            out.text(name)
            out.raw(
                generated: "</td><td>\(c.gold)</td><td>\(c.predicted)</td><td>\(c.matched)</td><td class=\"grp\">\(Fixed.ratio(c.precision))</td><td>\(Fixed.ratio(c.recall))</td><td>\(Fixed.ratio(c.f1))</td></tr>"
            )
        }
        out.raw("</tbody></table>")
        if r.outside > 0 || r.offSchema > 0 {
            out.raw(
                generated: "<p class=\"note\">Not scored: \(r.outside) predicted relations outside the gold text, \(r.offSchema) the corpus's schema cannot express.</p>"
            )
        }
        out.raw("</div></div></section>\n")
    }

    private func sentences(_ s: SentenceScores, into out: inout HTMLBuffer) {
        out.raw("<section id=\"sentences\"><h2>Sentences</h2><div class=\"charts\">")
        BarChart(rows: [Self.row("boundaries", s.boundaries)]).render(caption: "sentence boundaries", into: &out)
        let c = s.boundaries
        out.raw(
            generated: "</div><p class=\"note\">\(c.gold) gold and \(c.predicted) predicted boundaries, \(c.matched) in common; \(s.outside) predicted sentences outside the gold text.</p></section>\n"
        )
    }
}
