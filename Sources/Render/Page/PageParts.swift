import Pipeline

/// Pieces shared by the pages: the label filter (radio buttons the content's CSS reacts to), the legend
/// that operates it, the metadata list, and per-label CSS.
enum PageParts {
    /// The hidden radio buttons and checkboxes, first children of `<body>`, so every later sibling
    /// (legend, main) can react to them with `~`. One radio per label plus "all".
    static func filterInputs(labels: Int, sentencesShown: Bool, sentences: Bool, into out: inout HTMLBuffer) {
        out.raw("<input type=\"radio\" name=\"lf\" id=\"lf-all\" class=\"vh\" checked>")
        for k in 0..<labels {
            out.raw("<input type=\"radio\" name=\"lf\" id=\"lf")
            out.int(k)
            out.raw("\" class=\"vh\">")
        }
        out.raw("<input type=\"checkbox\" id=\"opt-tags\" class=\"vh\" checked>")
        if sentences {
            out.raw(sentencesShown
                ? "<input type=\"checkbox\" id=\"opt-sent\" class=\"vh\" checked>"
                : "<input type=\"checkbox\" id=\"opt-sent\" class=\"vh\">")
        }
        out.raw("\n")
    }

    static func legend(labels: [String], counts: [Int], total: Int, sentences: Bool, into out: inout HTMLBuffer) {
        out.raw("<nav class=\"legend\" aria-label=\"Labels\"><span class=\"lt\">Labels</span>")
        labelChips(labels, total: total, count: { counts[$0] }, into: &out)
        out.raw("<label for=\"opt-tags\" class=\"tog first\">label tags</label>")
        if sentences { out.raw("<label for=\"opt-sent\" class=\"tog\">sentences</label>") }
        out.raw("</nav>\n")
    }

    /// The chips of a legend that operate the label filter (`filterInputs`): "all" with `total`, then one
    /// per label with `count(k)`. The document pages and the index share them.
    static func labelChips(_ labels: [String], total: Int, count: (Int) -> Int, into out: inout HTMLBuffer) {
        out.raw("<label for=\"lf-all\" class=\"chip all\">all <b>")
        out.raw(generated: Fixed.count(total))
        out.raw("</b></label>")
        for (k, label) in labels.enumerated() {
            out.raw("<label for=\"lf")
            out.int(k)
            out.raw("\" class=\"chip l")
            out.int(k)
            out.raw("\">")
            out.text(label)
            out.raw(" <b>")
            out.raw(generated: Fixed.count(count(k)))
            out.raw("</b></label>")
        }
    }

    /// The top of a page: a link back to the index when there is one, and the title.
    static func pageTop(title: String, indexHref: String?, into out: inout HTMLBuffer) {
        out.raw("<header class=\"top\">")
        if let indexHref {
            out.raw("<nav><a href=\"")
            out.raw(generated: indexHref)
            out.raw("\">← all documents</a></nav>")
        }
        out.raw("<h1>")
        out.text(EntityCard.flatten(title))
        out.raw("</h1>\n")
    }

    /// Colours of the page's labels (classes `l0`, `l1`, ... in the order given) and the filter rules.
    static func labelRules(_ labels: [String]) -> String {
        var css = ""
        for (k, label) in labels.enumerated() {
            let c = LabelPalette.colour(ofLabel: label)
            css += ".l\(k){--f:\(c.fill);--d:\(c.edge)}\n"
            css += "#lf\(k):checked~main .e:not(.l\(k)){background:none;border-bottom-color:transparent}"
            css += "#lf\(k):checked~main .e:not(.l\(k))::after{content:none}"
            css += "#lf\(k):checked~nav label[for=lf\(k)]{box-shadow:0 0 0 2px var(--d)}"
            css += "#lf\(k):focus-visible~nav label[for=lf\(k)]{outline:2px solid var(--accent)}\n"
        }
        return css
    }

    /// id, source, URL, document date, language.
    static func metadata(id: String, source: Source?, meta: Meta?, lang: String?, into out: inout HTMLBuffer) {
        out.raw("<dl class=\"meta\"><dt>id</dt><dd>")
        out.text(id)
        out.raw("</dd>")
        if let source {
            out.raw("<dt>source</dt><dd>")
            out.text(source.path)
            var details = [source.format.rawValue, "\(Fixed.count(source.byteCount)) bytes"]
            if let charset = source.charset { details.append(charset) }
            out.raw(" <span class=\"note\">(")
            out.text(details.joined(separator: ", "))
            out.raw(")</span></dd>")
            if let sha = source.sha256 {
                out.raw("<dt>sha256</dt><dd><code>")
                out.text(sha)
                out.raw("</code></dd>")
            }
        }
        if let url = meta?.url, !url.isEmpty {
            out.raw("<dt>url</dt><dd>")
            // Only web addresses become links: a "javascript:" URL from the data stays text.
            let lower = url.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
                out.raw("<a rel=\"noreferrer\"")
                out.attribute("href", url)
                out.raw(">")
                out.text(url)
                out.raw("</a>")
            } else {
                out.text(url)
            }
            out.raw("</dd>")
        }
        if let meta, let dct = meta.dct {
            out.raw("<dt>date</dt><dd>")
            out.text(dct)
            out.raw(" <span class=\"note\">(from ")
            out.text(meta.dctSource.rawValue)
            out.raw(")</span></dd>")
        }
        if let lang {
            out.raw("<dt>language</dt><dd>")
            out.text(lang)
            out.raw("</dd>")
        }
        out.raw("</dl>\n")
    }
}
