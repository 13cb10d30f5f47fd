import PipelineIO

/// The run's index: totals, the most frequent entities per label, and every document with its counts per
/// label, errors and warnings, filtered by label with CSS-only radio buttons. Rows come from the scratch
/// file in input order and are split over pages of `rowsPerPage` (index.html, index-2.html, ...), so a
/// corpus of any size gives pages a browser can open.
struct IndexPage {
    let title: String
    let sources: [String]
    let statistics: CorpusStatistics
    let rowsPerPage: Int
    static let topPerLabel = 10

    static let style: StaticString = """
        main.wide{max-width:none;padding:1rem 1.5rem 2rem}
        main.wide h2{font-size:1.05rem;margin:1.2rem 0 .6rem;display:inline-block}
        details.tops summary{cursor:pointer;font-size:1.05rem;font-weight:700;margin:1.2rem 0 .6rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.8rem}
        .card{border:1px solid var(--line);border-top:4px solid var(--d);border-radius:.4rem;padding:.5rem .75rem .6rem;background:#fff}
        .card h3{margin:0 0 .35rem;font-size:.9rem;display:flex;justify-content:space-between;align-items:baseline;gap:.5rem}
        .card h3 span{font-weight:400;color:var(--muted);font-size:.78rem}
        .card ol{margin:0;padding-left:1.5rem;font-size:.85rem;line-height:1.6}
        .card li{display:list-item}
        .card .nm{unicode-bidi:isolate;overflow-wrap:anywhere}
        .card .ct{float:right;font-weight:700;margin-left:.6rem}
        .card .dc{color:var(--muted);font-size:.78rem;margin-left:.3rem}
        .card p{margin:.3rem 0 0}
        table.docs{width:100%;font-size:.84rem;margin-top:.3rem}
        table.docs th,table.docs td{padding:.32rem .55rem;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap;vertical-align:top}
        table.docs thead th{position:sticky;top:2.55rem;background:#f6f7fa;z-index:5;font-size:.76rem;letter-spacing:.02em}
        table.docs thead th.lab{color:var(--d)}
        table.docs .d{text-align:left;white-space:normal;min-width:14rem;max-width:30rem}
        table.docs .d a{font-weight:600;unicode-bidi:plaintext;overflow-wrap:anywhere}
        table.docs .id{color:var(--muted);font-size:.76rem;overflow-wrap:anywhere;unicode-bidi:plaintext}
        table.docs td.z{color:#c5c9d1}
        table.docs tr.err td{background:#fff6f6}
        table.docs tbody tr:hover td{background:#f1f5fd}
        .kind{color:var(--bad);font-weight:700}
        .chip.bad{--f:#fdecec;--d:#a1262b}
        .chip.wrn{--f:#fff6df;--d:#a36b00}
        main.wide{counter-reset:shown}
        table.docs tbody tr{counter-increment:shown}
        .shown::before{content:counter(shown) " of these rows shown"}
        .shown{color:var(--muted);font-size:.8rem}
        .pager{display:flex;flex-wrap:wrap;gap:.4rem;margin:.8rem 0;font-size:.85rem}
        .pager a,.pager b{padding:.15rem .5rem;border:1px solid var(--line);border-radius:.3rem;text-decoration:none}
        #lf-err:checked~main tbody tr:not(.err),#lf-wrn:checked~main tbody tr:not(.wrn){display:none}
        #lf-err:checked~main .tops,#lf-wrn:checked~main .tops{display:none}
        #lf-err:checked~nav label[for=lf-err],#lf-wrn:checked~nav label[for=lf-wrn]{box-shadow:0 0 0 2px var(--d)}
        #lf-err:focus-visible~nav label[for=lf-err],#lf-wrn:focus-visible~nav label[for=lf-wrn]{outline:2px solid var(--accent)}

        """

    var labels: [String] { LabelPalette.sorted(statistics.labelTotals.keys) }

    static func fileName(page: Int) -> String { page == 1 ? "index.html" : "index-\(page).html" }

    /// Writes every index page into `directory`, reading the rows from `rowsPath`.
    func write(directory: String, rowsPath: String) throws(RenderError) {
        let pageCount = max(1, (statistics.records + rowsPerPage - 1) / rowsPerPage)
        var rows: [IndexRow] = []
        var page = 1
        if case .success(let reader) = LineReader.open(path: rowsPath) {
            while let (line, _) = reader.nextLine() {
                guard let row = IndexRow.decode(line) else { continue }
                rows.append(row)
                if rows.count == rowsPerPage, page < pageCount {
                    try FileOutput.replace(directory + "/" + Self.fileName(page: page), with: render(rows, page: page, of: pageCount))
                    rows.removeAll(keepingCapacity: true)
                    page += 1
                }
            }
        }
        try FileOutput.replace(directory + "/" + Self.fileName(page: page), with: render(rows, page: page, of: pageCount))
        // Pages of an earlier, longer run would now be stale: nothing links them, so they go.
        var stale = page + 1
        while FileOutput.exists(directory + "/" + Self.fileName(page: stale)) {
            FileOutput.remove(directory + "/" + Self.fileName(page: stale))
            stale += 1
        }
    }

    func render(_ rows: [IndexRow], page: Int, of pageCount: Int) -> [UInt8] {
        let labels = labels
        var out = HTMLBuffer(capacity: 64 * 1024 + rows.count * 600)
        var css = ""
        for (k, label) in labels.enumerated() {
            let c = LabelPalette.colour(ofLabel: label)
            css += ".l\(k){--f:\(c.fill);--d:\(c.edge)}"
            css += "#lf\(k):checked~main tbody tr:not(.h\(k)),#lf\(k):checked~main .card:not(.l\(k)){display:none}"
            css += "#lf\(k):checked~main .c\(k){background:\(c.fill)}"
            css += "#lf\(k):checked~nav label[for=lf\(k)]{box-shadow:0 0 0 2px var(--d)}"
            css += "#lf\(k):focus-visible~nav label[for=lf\(k)]{outline:2px solid var(--accent)}\n"
        }
        PageShell.open(
            &out, title: pageCount > 1 ? "\(title) (\(page)/\(pageCount))" : title, style: css, extra: Self.style)
        out.raw("<input type=\"radio\" name=\"lf\" id=\"lf-all\" class=\"vh\" checked>")
        for k in labels.indices {
            out.raw("<input type=\"radio\" name=\"lf\" id=\"lf")
            out.int(k)
            out.raw("\" class=\"vh\">")
        }
        out.raw("<input type=\"radio\" name=\"lf\" id=\"lf-err\" class=\"vh\"><input type=\"radio\" name=\"lf\" id=\"lf-wrn\" class=\"vh\">\n")
        header(page: page, of: pageCount, into: &out)
        legend(labels, into: &out)
        out.raw("<main class=\"wide\">\n")
        if page == 1 { topEntities(labels, into: &out) }
        out.raw("<h2>Documents</h2>\n")
        pager(page: page, of: pageCount, into: &out)
        table(rows, labels: labels, into: &out)
        out.raw("<p class=\"shown\"></p>\n")
        pager(page: page, of: pageCount, into: &out)
        out.raw("</main>\n")
        PageShell.close(&out, note: "pipe render · \(statistics.records) records")
        return out.bytes
    }

    private func header(page: Int, of pageCount: Int, into out: inout HTMLBuffer) {
        let s = statistics
        out.raw("<header class=\"top\"><h1>")
        out.text(title)
        out.raw("</h1>")
        if !sources.isEmpty {
            out.raw("<dl class=\"meta\"><dt>from</dt><dd>")
            out.text(sources.prefix(20).joined(separator: ", ") + (sources.count > 20 ? ", …" : ""))
            out.raw("</dd></dl>")
        }
        out.raw("<p class=\"stats\">")
        let parts: [(Int, String)] = [
            (s.documents, "documents"), (s.errorRecords, "error records"), (s.unreadable, "unreadable lines"),
            (s.characters, "characters"), (s.entities, "entities"), (s.relations, "relations"),
            (s.withWarnings, "documents with warnings"),
        ]
        var first = true
        for (n, what) in parts where n > 0 || what == "documents" || what == "error records" {
            if !first { out.raw(" · ") }
            first = false
            out.raw("<b>")
            out.raw(generated: Fixed.count(n))
            out.raw("</b> ")
            out.raw(generated: what)
        }
        if pageCount > 1 { out.raw(generated: " · page \(page) of \(pageCount)") }
        out.raw("</p></header>\n")
    }

    private func legend(_ labels: [String], into out: inout HTMLBuffer) {
        out.raw("<nav class=\"legend\" aria-label=\"Filter\"><span class=\"lt\">Show documents with</span>")
        PageParts.labelChips(
            labels, total: statistics.records, count: { statistics.labelDocuments[labels[$0]] ?? 0 }, into: &out)
        out.raw("<label for=\"lf-err\" class=\"chip bad\">errors <b>")
        out.raw(generated: Fixed.count(statistics.errorRecords + statistics.unreadable))
        out.raw("</b></label><label for=\"lf-wrn\" class=\"chip wrn\">warnings <b>")
        out.raw(generated: Fixed.count(statistics.withWarnings))
        out.raw("</b></label></nav>\n")
    }

    private func topEntities(_ labels: [String], into out: inout HTMLBuffer) {
        guard !labels.isEmpty else { return }
        out.raw("<details class=\"tops\" open><summary>Most frequent entities</summary><div class=\"cards\">\n")
        for (k, label) in labels.enumerated() {
            guard let counter = statistics.top[label] else { continue }
            out.raw("<div class=\"card l")
            out.int(k)
            out.raw("\"><h3>")
            out.text(label)
            out.raw("<span>")
            out.raw(generated: Fixed.count(statistics.labelTotals[label] ?? 0))
            out.raw(" mentions</span></h3><ol>")
            for entry in counter.top(Self.topPerLabel) {
                out.raw("<li><span class=\"nm\">")
                out.text(entry.display)
                out.raw("</span><span class=\"ct\">")
                if entry.error > 0 { out.raw("≈") }
                out.raw(generated: Fixed.count(entry.count))
                out.raw("</span>")
                if statistics.documents > 1 {
                    out.raw("<span class=\"dc\">")
                    out.raw(generated: entry.documents == 1 ? "1 doc" : "\(Fixed.count(entry.documents)) docs")
                    out.raw("</span>")
                }
                out.raw("</li>")
            }
            out.raw("</ol>")
            if counter.evictions > 0 {
                out.raw(
                    generated: "<p class=\"note\">≈: at most this many; more than \(Fixed.count(CorpusStatistics.countersPerLabel)) distinct names, counted in fixed memory.</p>"
                )
            }
            out.raw("</div>\n")
        }
        out.raw("</div></details>\n")
    }

    private func pager(page: Int, of pageCount: Int, into out: inout HTMLBuffer) {
        guard pageCount > 1 else { return }
        out.raw("<nav class=\"pager\" aria-label=\"Index pages\">")
        for p in 1...pageCount {
            if p == page {
                out.raw(generated: "<b>\(p)</b>")
            } else {
                out.raw(generated: "<a href=\"\(Self.fileName(page: p))\">\(p)</a>")
            }
        }
        out.raw("</nav>\n")
    }

    private func table(_ rows: [IndexRow], labels: [String], into out: inout HTMLBuffer) {
        out.raw("<table class=\"docs\"><thead><tr><th>#</th><th class=\"d\">document</th><th>characters</th><th>sentences</th>")
        for (k, label) in labels.enumerated() {
            out.raw("<th class=\"lab l")
            out.int(k)
            out.raw(" c")
            out.int(k)
            out.raw("\">")
            out.text(label)
            out.raw("</th>")
        }
        out.raw("<th>relations</th><th>warnings</th></tr></thead>\n<tbody>\n")
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        for row in rows {
            var counts = [Int](repeating: 0, count: labels.count)
            for (label, n) in row.labels { if let c = column[label] { counts[c] += n } }
            var classes: [String] = counts.indices.filter { counts[$0] > 0 }.map { "h\($0)" }
            if row.errorKind != nil { classes.append("err") }
            if row.warnings > 0 { classes.append("wrn") }
            out.raw("<tr")
            if !classes.isEmpty { out.raw(generated: " class=\"\(classes.joined(separator: " "))\"") }
            out.raw("><td>")
            out.int(row.ordinal)
            out.raw("</td><td class=\"d\"><a")
            out.attribute("href", row.href)
            out.raw(">")
            out.text(row.title.flatMap { $0.isEmpty ? nil : $0 } ?? row.id)
            out.raw("</a>")
            if let t = row.title, !t.isEmpty {
                out.raw("<div class=\"id\">")
                out.text(row.id)
                out.raw("</div>")
            }
            if let kind = row.errorKind {
                out.raw("<div><span class=\"kind\">")
                out.text(kind)
                out.raw("</span> ")
                out.text(row.message ?? "")
                out.raw("</div>")
            }
            out.raw("</td>")
            cell(row.characters, "", into: &out)
            cell(row.sentences, "", into: &out)
            for (k, n) in counts.enumerated() { cell(n, "c\(k)", into: &out) }
            cell(row.relations, "", into: &out)
            cell(row.warnings, "", into: &out)
            out.raw("</tr>\n")
        }
        out.raw("</tbody></table>\n")
    }

    private func cell(_ n: Int, _ cls: String, into out: inout HTMLBuffer) {
        let classes = n == 0 ? (cls.isEmpty ? "z" : "\(cls) z") : cls
        if classes.isEmpty {
            out.raw("<td>")
        } else {
            out.raw(generated: "<td class=\"\(classes)\">")
        }
        out.raw(generated: n == 0 ? "·" : Fixed.count(n))
        out.raw("</td>")
    }
}
