import Pipeline

/// The page of an input that gave no document: an error record (`"error": {"kind", "message"}`), or a
/// line that is not a record at all. Every input line gets a page, so the index links them all.
enum ErrorPage {
    static func render(id: String, source: Source?, kind: String, message: String, indexHref: String?) -> [UInt8] {
        var out = HTMLBuffer()
        PageShell.open(&out, title: "\(EntityCard.flatten(id)) (error) — pipe", style: "")
        PageParts.pageTop(title: id, indexHref: indexHref, into: &out)
        PageParts.metadata(id: id, source: source, meta: nil, lang: nil, into: &out)
        out.raw("</header>\n<main><section class=\"box bad\" role=\"alert\"><h2>No document: error <code>")
        out.text(kind)
        out.raw("</code></h2><p>")
        out.text(message)
        out.raw("</p></section></main>\n")
        PageShell.close(&out, note: "pipe render · \(id)")
        return out.bytes
    }
}
