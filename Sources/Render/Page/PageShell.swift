/// The frame of every page: doctype, head with the inline stylesheet, and the footer.
enum PageShell {
    /// Opens the document up to and including `<body>`. `style` is the page's generated CSS (trusted:
    /// built from generated identifiers and palette colours only).
    static func open(_ out: inout HTMLBuffer, title: String, style: String, extra: StaticString = "") {
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"pipe render\">\n<title>")
        out.text(title)
        out.raw("</title>\n<style>\n")
        out.raw(Stylesheet.base)
        out.raw("\n")
        out.raw(extra)
        out.raw(generated: style)
        out.raw("</style>\n</head>\n<body>\n")
    }

    static func close(_ out: inout HTMLBuffer, note: String) {
        out.raw("<footer>")
        out.text(note)
        out.raw("</footer>\n</body>\n</html>\n")
    }
}
