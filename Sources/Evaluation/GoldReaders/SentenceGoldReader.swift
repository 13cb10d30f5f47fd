import Pipeline
import PipelineIO

/// Sentence-only JSONL `{id, text, sentences: [string]}` (the Golden Rules of pragmatic_segmenter).
///
/// Each sentence string is looked for in the text from the end of the previous one, comparing
/// non-whitespace characters only (the Golden Rules write "a sentence\ncut off" as "a sentence cut off");
/// the span runs from its first to its last non-whitespace character. A sentence that cannot be found is
/// an error (the gold and its text disagree).
enum SentenceGoldReader {
    static func read(_ text: String) throws(GoldReadError) -> GoldCorpus {
        var documents: [Document] = []
        for (number, value) in try GoldReader.jsonLines(text, what: "sentence gold") {
            guard let body = value["text"]?.stringValue, let sentences = value["sentences"]?.arrayValue else {
                throw GoldReadError("sentence gold line \(number): needs text and sentences")
            }
            let id = value["id"]?.stringValue ?? "sentences:\(number)"
            var document = Document(id: id, source: Source(path: id, format: .text, bytes: []))
            document.setText(body, sourceMap: nil)
            document.layers = [.text, .sentences]
            var scalars: [Unicode.Scalar] = []
            var positions: [Int] = []
            for (offset, scalar) in body.unicodeScalars.enumerated() where !TextAlignment.isWhitespace(scalar) {
                scalars.append(scalar)
                positions.append(offset)
            }
            var from = 0
            for sentence in sentences {
                let wanted = (sentence.stringValue ?? "").unicodeScalars.filter { !TextAlignment.isWhitespace($0) }
                guard !wanted.isEmpty else { continue }
                guard let start = find(Array(wanted), in: scalars, from: from) else {
                    throw GoldReadError("sentence gold '\(id)': sentence not found in the text: \(sentence.stringValue ?? "")")
                }
                let end = start + wanted.count
                document.sentences.append(Span(positions[start], positions[end - 1] + 1))
                from = end
            }
            documents.append(document)
        }
        guard !documents.isEmpty else { throw GoldReadError("the sentence gold has no documents") }
        return GoldCorpus(documents: documents, labels: [], annotatesRelations: false, format: .sentences)
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
