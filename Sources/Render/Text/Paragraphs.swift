import Pipeline

/// Paragraphs of a document's text, for page layout.
enum Paragraphs {
    /// Scalar ranges of the paragraphs: the stretches between blank lines (a whitespace run holding two or
    /// more line feeds). The blank lines themselves are left out: the page shows them as paragraph gaps.
    /// Single line feeds stay inside their paragraph (shown as line breaks).
    static func ranges(of text: String) -> [Span] {
        var result: [Span] = []
        var scalar = 0
        var paragraphStart = 0
        // The current whitespace run: where it starts and how many line feeds it holds.
        var runStart = -1
        var feeds = 0
        func closeRun(at end: Int) {
            if runStart >= 0, feeds >= 2 {
                if runStart > paragraphStart { result.append(Span(paragraphStart, runStart)) }
                paragraphStart = end
            }
            runStart = -1
            feeds = 0
        }
        for byte in text.utf8 {
            if byte & 0xC0 == 0x80 { continue }  // continuation byte: same scalar
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                if runStart < 0 { runStart = scalar }
                if byte == 0x0A { feeds += 1 }
            default:
                closeRun(at: scalar)
            }
            scalar += 1
        }
        if runStart >= 0, feeds >= 2 {
            if runStart > paragraphStart { result.append(Span(paragraphStart, runStart)) }
        } else if scalar > paragraphStart {
            result.append(Span(paragraphStart, scalar))
        }
        return result
    }
}
