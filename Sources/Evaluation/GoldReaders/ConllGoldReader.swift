import Pipeline
import PipelineIO

/// Token-per-line CoNLL columns: the token in the first column, its IOB1 or BIO tag in the last (columns
/// split on spaces or tabs), blank lines between sentences, `-DOCSTART-` lines between documents.
///
/// With `-DOCSTART-` lines each delimited stretch is one document (wikigold's first article has no
/// marker before it, so lines before the first marker form a document too); a file without any marker
/// (WNUT-17: tweets) makes each sentence a document of its own. Ids are `NAME:N`, N counted from 1,
/// unless the `-DOCSTART-` line carries a column `id=ID` (as `pipe tables --format conll` writes it,
/// the id percent-encoded): then the document has that id and scores against the record it came from.
enum ConllGoldReader {
    static func read(_ text: String, name: String) throws(GoldReadError) -> GoldCorpus {
        let lines = GoldReader.lines(text)
        let hasDocStart = lines.contains { $0.hasPrefix("-DOCSTART-") }
        var documents: [Document] = []
        var builder = TokenDocumentBuilder()
        var tags: [Substring] = []
        var givenID: String?

        func closeSentence() {
            if !tags.isEmpty { builder.addMentions(tags: tags) }
            tags = []
            builder.beginSentence()
        }
        func closeDocument() {
            closeSentence()
            if !builder.isEmpty { documents.append(builder.document(id: givenID ?? "\(name):\(documents.count + 1)")) }
            builder = TokenDocumentBuilder()
            givenID = nil
        }

        for (number, line) in lines.enumerated() {
            if line.hasPrefix("-DOCSTART-") {
                closeDocument()
                let marked = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first { $0.hasPrefix("id=") }
                givenID = marked.map { BratNames.decode(String($0.dropFirst(3))) }
                continue
            }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                if hasDocStart { closeSentence() } else { closeDocument() }
                continue
            }
            guard columns.count >= 2 else {
                throw GoldReadError("CoNLL line \(number + 1): expected 'TOKEN ... TAG', got '\(line)'")
            }
            builder.addToken(columns[0])
            tags.append(columns[columns.count - 1])
        }
        closeDocument()
        guard !documents.isEmpty else { throw GoldReadError("no tokens found in the CoNLL file") }
        return GoldCorpus(
            documents: documents, labels: GoldReader.labelsInOrder(documents), annotatesRelations: false,
            format: .conll)
    }
}
