import Pipeline

extension DocumentPage {
    /// The whole page as UTF-8 bytes.
    func render() -> [UInt8] {
        var out = HTMLBuffer(capacity: utf8.count * 3 + 32 * 1024)
        let title = document.meta.title.flatMap { $0.isEmpty ? nil : $0 } ?? record.id
        PageShell.open(&out, title: "\(EntityCard.flatten(title)) — pipe", style: style())
        PageParts.filterInputs(labels: labels.count, sentencesShown: options.showSentences, sentences: unitsAreSentences, into: &out)
        header(title: title, into: &out)
        if !document.warnings.isEmpty {
            out.raw("<section class=\"box warn\"><h2>Warnings</h2><ul>")
            for w in document.warnings {
                out.raw("<li>")
                out.text(w)
                out.raw("</li>")
            }
            out.raw("</ul></section>\n")
        }
        PageParts.legend(
            labels: labels, counts: labelCounts, total: document.entities.count, sentences: unitsAreSentences,
            into: &out)
        out.raw("<main>")
        out.raw("<div class=\"doc\"")
        if let lang = record.lang, Self.isLanguageTag(lang) {
            out.attribute("lang", lang)
        }
        out.raw(">\n")
        body(into: &out)
        out.raw("</div>\n")
        more(into: &out)
        out.raw("</main>\n")
        PageShell.close(&out, note: "pipe render · \(record.id)")
        return out.bytes
    }

    /// BCP 47 shape: letters, digits and hyphens, starting with a letter.
    static func isLanguageTag(_ s: String) -> Bool {
        guard let first = s.utf8.first, (0x61...0x7A).contains(first | 0x20), s.utf8.count <= 35 else { return false }
        return s.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    private func header(title: String, into out: inout HTMLBuffer) {
        PageParts.pageTop(title: title, indexHref: indexHref, into: &out)
        PageParts.metadata(id: record.id, source: document.source, meta: document.meta, lang: record.lang, into: &out)
        out.raw("<p class=\"stats\">")
        let stats: [(Int, String)] = [
            (document.offsets.scalarCount, "characters"), (document.sentences.count, "sentences"),
            (document.entities.count, "entities"), (document.relations.count, "relations"),
        ]
        for (k, (n, what)) in stats.enumerated() {
            if k > 0 { out.raw(" · ") }
            out.raw("<b>")
            out.raw(generated: Fixed.count(n))
            out.raw("</b> ")
            out.raw(generated: what)
        }
        if !record.clusters.isEmpty {
            out.raw(" · <b>")
            out.int(record.clusters.count)
            out.raw("</b> name clusters")
        }
        out.raw("</p></header>\n")
    }

    /// The text: paragraphs, units and entities walked together.
    private func body(into out: inout HTMLBuffer) {
        let p = paragraphs.count
        let u = units.count
        var items: [MarkItem] = []
        items.reserveCapacity(p + u + document.entities.count)
        for (k, span) in paragraphs.enumerated() { items.append(MarkItem(start: span.start, end: span.end, rank: 0, payload: k)) }
        for (k, span) in units.enumerated() { items.append(MarkItem(start: span.start, end: span.end, rank: 1, payload: p + k)) }
        for (k, e) in document.entities.enumerated() where e.start < e.end {
            if let unit = Self.unit(containing: e.span, in: units), case .arcs = plans[unit] { continue }
            items.append(MarkItem(start: e.start, end: e.end, rank: 2, payload: p + u + k))
        }
        // Spaces between a diagram and the text around it would show as an indent (the paragraph keeps its
        // white space): they are left out.
        var diagramEdges = Set<Int>()
        for (k, plan) in plans.enumerated() {
            if case .arcs = plan {
                diagramEdges.insert(units[k].start)
                diagramEdges.insert(units[k].end)
            }
        }
        var depth = 0
        var inArcs = false
        MarkWalk.walk(items, in: Span(0, document.offsets.scalarCount)) { event in
            switch event {
            case .text(let a, let b):
                guard depth > 0, !inArcs else { return }
                if diagramEdges.contains(a) || diagramEdges.contains(b), isBlank(a, b) { return }
                appendText(a, b, into: &out)
            case .open(let payload, let continued):
                depth += 1
                if payload < p {
                    out.raw("<div class=\"p\" dir=\"auto\">")
                } else if payload < p + u {
                    let unit = payload - p
                    if case .arcs(let diagram) = plans[unit] {
                        if !continued { diagram.render(self, into: &out) }
                        inArcs = true
                    } else if unitsAreSentences {
                        out.raw(unit % 2 == 1 ? "<span class=\"s odd\"" : "<span class=\"s\"")
                        if !continued {
                            out.raw(" id=\"s")
                            out.int(unit + 1)
                            out.raw("\" data-n=\"")
                            out.int(unit + 1)
                            out.raw("\"")
                        }
                        out.raw(">")
                    }
                } else {
                    openMark(payload - p - u, continued: continued, into: &out)
                }
            case .close(let payload, let continues):
                depth -= 1
                if payload < p {
                    out.raw("</div>\n")
                } else if payload < p + u {
                    let unit = payload - p
                    switch plans[unit] {
                    case .arcs: inArcs = false
                    case .list:
                        if unitsAreSentences { out.raw("</span>") }
                        if !continues { RelationText.list(unitRelations[unit], page: self, into: &out) }
                    case .inline:
                        if unitsAreSentences { out.raw("</span>") }
                    }
                } else {
                    out.raw("</mark>")
                }
            }
        }
    }

    private func isBlank(_ a: Int, _ b: Int) -> Bool {
        let (lower, upper) = document.offsets.utf8Offsets(scalarStart: a, scalarEnd: b)
        guard lower >= 0, upper <= utf8.count else { return false }
        return utf8[lower..<upper].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// Relations and name clusters of the whole document, folded.
    private func more(into out: inout HTMLBuffer) {
        guard !document.relations.isEmpty || !record.clusters.isEmpty else { return }
        out.raw("<section class=\"more\">")
        if !document.relations.isEmpty {
            var unitOf = [Int?](repeating: nil, count: document.relations.count)
            for (u, list) in unitRelations.enumerated() { for r in list { unitOf[r] = u } }
            out.raw("<details open><summary>Relations (")
            out.int(document.relations.count)
            out.raw(")</summary><ol>")
            for r in document.relations.indices {
                let context: String
                if let u = unitOf[r] {
                    context = unitsAreSentences ? "sentence \(u + 1)" : "paragraph \(u + 1)"
                } else {
                    context = "arguments not in one \(unitsAreSentences ? "sentence" : "paragraph")"
                }
                RelationText.item(r, page: self, where: context, into: &out)
            }
            out.raw("</ol>")
            if document.relations.count > highlightBudget {
                out.raw("<p class=\"note\">Hovering lights up the arguments of the first ")
                out.int(highlightBudget)
                out.raw(" relations; the links work for all.</p>")
            }
            out.raw("</details>")
        }
        if !record.clusters.isEmpty {
            out.raw("<details><summary>Name clusters (")
            out.int(record.clusters.count)
            out.raw(")</summary><ul>")
            for c in record.clusters {
                out.raw("<li><span class=\"chip l")
                out.int(labelIndex[c.label] ?? 0)
                out.raw("\">")
                out.text(c.label)
                out.raw("</span> <b dir=\"auto\">")
                out.text(EntityCard.flatten(c.name))
                out.raw("</b> <span class=\"note\">")
                out.text(c.id)
                if let g = c.geonames { out.raw(generated: " · GeoNames \(g)") }
                out.raw("</span>: ")
                for (k, m) in c.mentions.prefix(40).enumerated() {
                    if k > 0 { out.raw(", ") }
                    if let id = elementID(ofArgument: m), let e = entityByID[m] {
                        out.raw("<a href=\"#")
                        out.raw(generated: id)
                        out.raw("\">")
                        out.text(EntityCard.flatten(document.entities[e].text))
                        out.raw("</a>")
                    } else {
                        out.text(m)
                    }
                }
                if c.mentions.count > 40 { out.raw(generated: " … (\(c.mentions.count) in all)") }
                out.raw("</li>")
            }
            out.raw("</ul></details>")
        }
        out.raw("</section>\n")
    }

    /// How many hover-highlight rules the page gets. Each `:has()` rule makes the browser re-match the
    /// page's marks whenever hover or focus moves: measured in headless Chromium on a 1 MB document
    /// (21,000 entities), its 1,688 rules took the page from 11.6 s to 40.5 s to display on a busy machine.
    /// So rules × marks is held to two million: every relation of a news article, fewer on a book.
    var highlightBudget: Int {
        min(options.maximumHighlightRules, 2_000_000 / max(1, document.entities.count))
    }

    /// The page's own CSS: label colours and filters, relation type colours, hover highlights.
    func style() -> String {
        var css = PageParts.labelRules(labels)
        for (k, type) in types.enumerated() { css += ".t\(k){--rc:\(LabelPalette.colour(ofRelation: type))}\n" }
        css += RelationText.highlightRules(page: self, limit: highlightBudget)
        var clusterRules = 0
        for (_, c) in clusterIndex.sorted(by: { $0.value < $1.value }) where clusterRules < highlightBudget {
            css += "main:has(.k\(c):is(:hover,:focus)) .k\(c){box-shadow:0 0 0 2px #111}\n"
            clusterRules += 1
        }
        return css
    }
}
