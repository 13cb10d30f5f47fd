/// The boundary-tolerant form of a mention: a leading "the" (any case, followed by whitespace) and a
/// trailing possessive ’s or 's are dropped, on gold and predicted mentions alike, so "the Karabakh" and
/// "Karabakh", or "Russia’s" and "Russia", match. A mention that would become empty is kept as it is.
enum BoundaryTolerance {
    static func span(_ span: Span, in document: Document) -> Span {
        let scalars = Array(document.text(of: span).unicodeScalars)
        var start = 0
        var end = scalars.count
        if end > 4, ["t", "T"].contains(scalars[0]), ["h", "H"].contains(scalars[1]), ["e", "E"].contains(scalars[2]),
            TextAlignment.isWhitespace(scalars[3])
        {
            start = 4
            while start < end, TextAlignment.isWhitespace(scalars[start]) { start += 1 }
        }
        if end - start > 2, ["s", "S"].contains(scalars[end - 1]), ["’", "'"].contains(scalars[end - 2]) {
            end -= 2
        }
        guard start < end else { return span }
        return Span(span.start + start, span.start + end)
    }
}
