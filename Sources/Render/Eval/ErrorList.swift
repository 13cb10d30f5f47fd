import Evaluation
import Pipeline

extension EvalReportPage {
    static let kindNames: [EvaluationErrorItem.Kind: String] = [
        .miss: "miss", .falseAlarm: "false alarm", .mismatch: "mismatch",
    ]

    /// The error list, by section, filtered by kind with the radio buttons before `<main>`.
    func errors(labelIndex: [String: Int], into out: inout HTMLBuffer) {
        let errors = report.errors
        out.raw("<section id=\"errors\" class=\"errs\"><h2>Errors</h2><div class=\"filters\"><span class=\"note\">Show</span>")
        let counts: [(String, String, Int)] = [
            ("ef-all", "all", errors.count),
            ("ef-miss", "miss", errors.filter { $0.kind == .miss }.count),
            ("ef-fa", "false_alarm", errors.filter { $0.kind == .falseAlarm }.count),
            ("ef-mm", "mismatch", errors.filter { $0.kind == .mismatch }.count),
        ]
        for (id, kind, n) in counts where n > 0 || id == "ef-all" {
            out.raw(generated: "<label for=\"\(id)\" class=\"chip \(kind == "all" ? "all" : kind)\">")
            out.text(kind == "all" ? "all" : kind == "false_alarm" ? "false alarms" : kind == "miss" ? "misses" : "mismatches")
            out.raw(generated: " <b>\(n)</b></label>")
        }
        out.raw("</div><p class=\"note\">Each item shows the gold sentence over what the prediction has for it; the item's ")
        out.raw("mentions are outlined, and a dashed box marks where they fall on the other line.</p>")
        var sections: [String] = []
        for e in errors where !sections.contains(e.section) { sections.append(e.section) }
        for section in sections {
            let items = errors.filter { $0.section == section }
            out.raw("<details class=\"sec\" open><summary>")
            out.text("\(section) (\(items.count))")
            out.raw("</summary>")
            for item in items { self.item(item, labelIndex: labelIndex, into: &out) }
            out.raw("</details>")
        }
        out.raw("</section>\n")
    }

    private func item(_ e: EvaluationErrorItem, labelIndex: [String: Int], into out: inout HTMLBuffer) {
        out.raw(generated: "<article class=\"err \(e.kind.rawValue)\"><h3><span class=\"kd\">")
        out.text(Self.kindNames[e.kind] ?? e.kind.rawValue)
        out.raw("</span>")
        if let k = labelIndex[e.label] {
            out.raw(generated: "<span class=\"chip l\(k)\">")
        } else if e.section == "relations" {
            out.raw(generated: "<span class=\"chip\" style=\"--d:\(LabelPalette.colour(ofRelation: e.label))\">")
        } else {
            out.raw("<span class=\"chip\">")
        }
        out.text(e.label)
        out.raw("</span><span class=\"tx\">")
        out.text(e.text)
        out.raw("</span><span class=\"wh\">")
        out.text("\(e.document) @ \(e.offset)")
        out.raw("</span>")
        if let note = e.note {
            out.raw("<span class=\"note\">")
            out.text(note)
            out.raw("</span>")
        }
        out.raw("</h3>")
        if let view = e.view {
            line("gold", view.gold, labelIndex: labelIndex, into: &out)
            if let predicted = view.predicted {
                line("pred", predicted, labelIndex: labelIndex, into: &out)
            } else {
                out.raw("<div class=\"ln\"><span class=\"sd\">pred</span><span class=\"st none\">no predicted text here</span></div>")
            }
        } else {
            out.raw("<div class=\"ln\"><span class=\"sd\">gold</span><span class=\"st\">")
            out.text(e.context)
            out.raw("</span></div>")
        }
        out.raw("</article>\n")
    }

    /// One side's text with its marks nested (`MarkWalk`): counterparts outermost.
    private func line(_ side: StaticString, _ text: MarkedText, labelIndex: [String: Int], into out: inout HTMLBuffer) {
        out.raw("<div class=\"ln\"><span class=\"sd\">")
        out.raw(side)
        out.raw("</span><span class=\"st\">")
        let offsets = ScalarOffsetMap(text.text)
        let bytes = Array(text.text.utf8)
        let items = text.marks.enumerated().map { k, m in
            MarkItem(start: m.start, end: m.end, rank: m.role == .counterpart ? 0 : 1, payload: k)
        }
        MarkWalk.walk(items, in: Span(0, offsets.scalarCount)) { event in
            switch event {
            case .text(let a, let b):
                let (lower, upper) = offsets.utf8Offsets(scalarStart: a, scalarEnd: b)
                guard lower <= upper, upper <= bytes.count else { return }
                bytes.withUnsafeBufferPointer { out.text(utf8: UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
            case .open(let k, _):
                let mark = text.marks[k]
                switch mark.role {
                case .counterpart:
                    out.raw("<span class=\"cp\">")
                case .target, .other:
                    out.raw(generated: "<mark class=\"m\(mark.role == .target ? " t" : "") l\(labelIndex[mark.label] ?? 0)\"")
                    out.attribute("data-l", mark.label)
                    out.raw(">")
                }
            case .close(let k, _):
                out.raw(text.marks[k].role == .counterpart ? "</span>" : "</mark>")
            }
        }
        out.raw("</span></div>")
    }
}
