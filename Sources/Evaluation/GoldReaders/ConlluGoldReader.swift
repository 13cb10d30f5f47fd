import Pipeline

/// Universal Dependencies CoNLL-U, for its sentence boundaries (UD English EWT: web text).
///
/// A document per `# newdoc` (its `id`, else `NAME:N`), its text rebuilt from the sentences' `# text =`
/// lines as the UD tools write raw text: sentences of a paragraph joined by a space, paragraphs
/// (`# newpar`) separated by a blank line. Each sentence is a gold span over its own text. Tokens and
/// trees are not read. A file without `# newdoc` is one document; a sentence without `# text` is
/// rebuilt from its word forms and `SpaceAfter=No`.
enum ConlluGoldReader {
    static func read(_ text: String, name: String) throws(GoldReadError) -> GoldCorpus {
        var documents: [Document] = []
        var docID: String?
        var body = String.UnicodeScalarView()
        var length = 0
        var spans: [Span] = []
        var sentenceText: String?
        var forms: [(String, Bool)] = []
        var newParagraph = false
        var sentences = 0
        var skipThrough = 0

        func finishDocument() {
            guard !spans.isEmpty else { return }
            let id = docID ?? "\(name):\(documents.count + 1)"
            var document = Document(id: id, source: Source(path: id, format: .text, bytes: []))
            document.setText(String(body), sourceMap: nil)
            document.layers = [.text, .sentences]
            document.sentences = spans
            documents.append(document)
            body = String.UnicodeScalarView()
            length = 0
            spans = []
        }

        func finishSentence() {
            defer {
                sentenceText = nil
                forms = []
                skipThrough = 0
            }
            var sentence = sentenceText ?? ""
            if sentenceText == nil {
                for (form, spaceAfter) in forms { sentence += form + (spaceAfter ? " " : "") }
            }
            let scalars = Array(sentence.unicodeScalars)
            guard let first = scalars.firstIndex(where: { !TextAlignment.isWhitespace($0) }),
                let last = scalars.lastIndex(where: { !TextAlignment.isWhitespace($0) })
            else { return }
            if length > 0 {
                let gap: [Unicode.Scalar] = newParagraph ? ["\n", "\n"] : [" "]
                body.append(contentsOf: gap)
                length += gap.count
            }
            newParagraph = false
            body.append(contentsOf: scalars[first...last])
            spans.append(Span(length, length + (last - first + 1)))
            length += last - first + 1
            sentences += 1
        }

        for line in GoldReader.lines(text) {
            if line.hasPrefix("#") {
                // A comment after token lines opens the next sentence even without the blank line.
                if !forms.isEmpty { finishSentence() }
                if let value = value(of: "newdoc id", in: line) ?? (line.hasPrefix("# newdoc") ? "" : nil) {
                    finishDocument()
                    docID = value.isEmpty ? nil : value
                    newParagraph = false
                } else if line.hasPrefix("# newpar") {
                    newParagraph = true
                } else if let value = value(of: "text", in: line) {
                    sentenceText = value
                }
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if sentenceText != nil || !forms.isEmpty { finishSentence() }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 10 else {
                throw GoldReadError("CoNLL-U: a token line needs 10 columns: \(line.prefix(60))")
            }
            // Multiword-token ranges (3-4) carry the surface form, their words none; empty nodes (3.1) none.
            let index = columns[0]
            if index.contains(".") { continue }
            if let range = rangeBounds(index) {
                forms.append((String(columns[1]), !columns[9].contains("SpaceAfter=No")))
                skipThrough = range.upperBound
                continue
            }
            if let n = Int(index), n <= skipThrough { continue }
            forms.append((String(columns[1]), !columns[9].contains("SpaceAfter=No")))
        }
        if sentenceText != nil || !forms.isEmpty { finishSentence() }
        finishDocument()
        guard sentences > 0 else { throw GoldReadError("the CoNLL-U gold has no sentences") }
        return GoldCorpus(documents: documents, labels: [], annotatesRelations: false, format: .conllu)
    }

    private static func rangeBounds(_ index: Substring) -> ClosedRange<Int>? {
        let parts = index.split(separator: "-")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b else { return nil }
        return a...b
    }

    /// `# key = value` -> value.
    private static func value(of key: String, in line: Substring) -> String? {
        let prefix = "# " + key + " ="
        guard line.hasPrefix(prefix) else { return nil }
        return String(line.dropFirst(prefix.count).drop { $0 == " " })
    }
}
