import Pipeline
import PipelineIO

/// The boundary-tolerant form of a mention: a leading "the" (any case, followed by whitespace) and a
/// trailing possessive ’s or 's are dropped, on gold and predicted mentions alike, so "the Karabakh" and
/// "Karabakh", or "Russia’s" and "Russia", match. A mention that would become empty is kept as it is.
///
/// A final "." is dropped too when nothing but spaces and closing quotes or brackets follows it on its
/// line: at the end of a sentence one full stop serves both an abbreviation and the sentence ("based in
/// Amherst, Mass."), and whether a mention owns it is a tokenization choice, not a boundary decision.
/// Token-based corpora make that choice differently: CoNLL04 glues a sentence's full stop to its last word
/// ("Kosovo." as one token, and so one mention).
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
        } else if end - start > 1, scalars[end - 1] == ".", endsLine(after: span.end, in: document) {
            end -= 1
        }
        guard start < end else { return span }
        return Span(span.start + start, span.start + end)
    }

    /// Only spaces, closing quotes and closing brackets between scalar offset `offset` and the end of its line.
    static func endsLine(after offset: Int, in document: Document) -> Bool {
        let from = document.offsets.utf8Offset(scalar: offset)
        var utf8 = document.text.utf8.dropFirst(from).makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x0A, 0x0D: return true
            case 0x20, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x60: continue
            case 0xE2:
                // ’ ” (E2 80 99, E2 80 9D) close a quotation.
                guard utf8.next() == 0x80, let last = utf8.next(), last == 0x99 || last == 0x9D else { return false }
            default: return false
            }
        }
        return true
    }
}
