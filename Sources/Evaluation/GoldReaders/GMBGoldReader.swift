import Pipeline
import PipelineIO

/// The Groningen Meaning Bank extract as CSV: `Sentence #,Word,POS,Tag`, a `Sentence: N` in the first
/// column where a sentence starts, BIO tags (geo, gpe, per, org, tim, art, eve, nat).
///
/// GMB sentences come from many news stories with no story boundaries in the extract, so each sentence
/// is one document (id `NAME:N`, N the GMB sentence number); limiting the corpus to its first documents
/// then gives a fixed split by sentence.
enum GMBGoldReader {
    static func looksLikeGMB(_ text: String) -> Bool {
        text.hasPrefix("Sentence #,") || text.hasPrefix("\"Sentence #\",")
    }

    static func read(_ text: String, name: String) throws(GoldReadError) -> GoldCorpus {
        var documents: [Document] = []
        var builder = TokenDocumentBuilder()
        var tags: [Substring] = []
        var sentenceID: Substring?

        func closeSentence() {
            guard let id = sentenceID else { return }
            builder.addMentions(tags: tags)
            documents.append(builder.document(id: "\(name):\(id)"))
            builder = TokenDocumentBuilder()
            tags = []
        }

        for (number, line) in GoldReader.lines(text).enumerated().dropFirst() {
            if line.isEmpty { continue }
            let fields = CSVLine.fields(line)
            guard fields.count >= 4 else {
                throw GoldReadError("GMB CSV line \(number + 1): expected 4 fields, got \(fields.count)")
            }
            if !fields[0].isEmpty {
                closeSentence()
                let label = fields[0]
                sentenceID = label.hasPrefix("Sentence: ") ? label.dropFirst("Sentence: ".count) : label
            }
            builder.addToken(fields[1])
            tags.append(fields[fields.count - 1])
        }
        closeSentence()
        guard !documents.isEmpty else { throw GoldReadError("no sentences found in the GMB CSV") }
        return GoldCorpus(
            documents: documents, labels: GoldReader.labelsInOrder(documents), annotatesRelations: false,
            format: .conll)
    }
}

/// RFC 4180 fields of one CSV line (quoted fields, doubled quotes inside them).
enum CSVLine {
    static func fields(_ line: Substring) -> [Substring] {
        var fields: [Substring] = []
        var i = line.startIndex
        while true {
            if i < line.endIndex, line[i] == "\"" {
                var value = ""
                var j = line.index(after: i)
                while j < line.endIndex {
                    if line[j] == "\"" {
                        let next = line.index(after: j)
                        if next < line.endIndex, line[next] == "\"" {
                            value.append("\"")
                            j = line.index(after: next)
                            continue
                        }
                        j = next
                        break
                    }
                    value.append(line[j])
                    j = line.index(after: j)
                }
                fields.append(Substring(value))
                i = j
                if i < line.endIndex, line[i] == "," { i = line.index(after: i) } else { break }
            } else {
                let end = line[i...].firstIndex(of: ",") ?? line.endIndex
                fields.append(line[i..<end])
                if end == line.endIndex { break }
                i = line.index(after: end)
            }
        }
        return fields
    }
}
