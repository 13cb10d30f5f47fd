import Pipeline

/// Writes the entities of every document as CoNLL BIO columns in `entities.conll`: one token and its
/// tag per line (`Baku B-GPE`), a blank line between sentences, and before each document a line
/// `-DOCSTART- id=ID O` (the id percent-encoded where it holds `%` or whitespace) and a blank line.
///
/// Readers that only know CoNLL-2003 skip the `-DOCSTART-` line as usual; `pipe eval --gold` takes the
/// document's id from it, so the file scores against the JSONL it came from. Tokens are the document's
/// tokens, cut further at entity boundaries (an entity that ends inside a token, "Azerbaijan" in
/// "Azerbaijan-based", ends at a token too) and at any whitespace, and every non-whitespace character
/// lies in some token, so the entities read back cover the same characters. BIO cannot nest: where
/// mentions overlap, the longer (the earlier on a tie) is kept and the export says how many were left
/// out. A sentence break that falls inside a kept mention is moved after it. Without tokens in the
/// record, `pipe` runs its tokenizer (and sentence splitter) first; this type only cuts at whitespace.
public final class ConllExporter: RecordExporter {
    public static let fileName = "entities.conll"
    private let sink: OutputSink
    private var skippedErrors = 0
    private var droppedOverlaps = 0

    public init(directory: String) throws(ExportError) {
        try ExportFiles.makeDirectory(directory)
        sink = try ExportFiles.open(ExportFiles.join(directory, Self.fileName))
    }

    public func add(_ record: DecodedRecord) throws(ExportError) {
        guard case .document(let document) = record else {
            skippedErrors += 1
            return
        }
        for line in lines(document) { try sink.writeExport(Array(line.utf8)) }
    }

    public func finish() throws(ExportError) -> [String] {
        try sink.flushExport()
        var notes: [String] = []
        if skippedErrors > 0 {
            notes.append("\(skippedErrors) error record(s) have no text and were not written to \(Self.fileName)")
        }
        if droppedOverlaps > 0 {
            notes.append("\(droppedOverlaps) mention(s) overlap a longer one and were left out of \(Self.fileName) (BIO cannot nest)")
        }
        return notes
    }

    /// The lines of one document, from its `-DOCSTART-` line on.
    func lines(_ document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        let n = scalars.count
        let kept = keptMentions(document.entities, textLength: n)
        // Where pieces may be cut: token edges and mention edges.
        var cut = [Bool](repeating: false, count: n + 1)
        for token in document.tokens where token.start >= 0 && token.end <= n {
            cut[token.start] = true
            cut[token.end] = true
        }
        for m in kept {
            cut[m.start] = true
            cut[m.end] = true
        }
        // Where a blank line goes: sentence starts, unless inside a kept mention.
        var sentenceStart = [Bool](repeating: false, count: n + 1)
        for s in document.sentences where s.start > 0 && s.start < n { sentenceStart[s.start] = true }
        var mentionAt = [Int](repeating: -1, count: n)
        for (k, m) in kept.enumerated() {
            for i in m.start..<m.end { mentionAt[i] = k }
        }

        var out = ["-DOCSTART- id=\(Self.encodeID(document.id)) O", ""]
        var pendingBreak = false
        var wroteInSentence = false
        var i = 0
        while i < n {
            if sentenceStart[i] { pendingBreak = true }
            if scalars[i].properties.isWhitespace {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, !cut[j], !scalars[j].properties.isWhitespace {
                if sentenceStart[j] { break }
                j += 1
            }
            let k = mentionAt[i]
            if pendingBreak && (k < 0 || kept[k].start == i) {
                if wroteInSentence { out.append("") }
                wroteInSentence = false
                pendingBreak = false
            }
            let tag: String
            if k < 0 {
                tag = "O"
            } else {
                tag = (kept[k].start == i ? "B-" : "I-") + BratExporter.typeName(kept[k].label)
            }
            out.append(String(String.UnicodeScalarView(scalars[i..<j])) + " " + tag)
            wroteInSentence = true
            i = j
        }
        out.append("")
        return out
    }

    /// Mentions without overlap: by start, the longer first; one overlapping a kept mention is dropped.
    private func keptMentions(_ entities: [Entity], textLength n: Int) -> [(start: Int, end: Int, label: String)] {
        let ordered = entities.filter { $0.start >= 0 && $0.start < $0.end && $0.end <= n }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [(start: Int, end: Int, label: String)] = []
        for e in ordered {
            if let last = kept.last, e.start < last.end {
                droppedOverlaps += 1
                continue
            }
            kept.append((e.start, e.end, e.label.rawValue))
        }
        droppedOverlaps += entities.count - ordered.count
        return kept
    }

    /// The id as one column: `%` and whitespace percent-encoded (`BratNames.decode` reverses it).
    static func encodeID(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if s == "%" || s.properties.isWhitespace, s.value < 0x80 {
                out += "%" + (s.value < 16 ? "0" : "") + String(s.value, radix: 16, uppercase: true)
            } else if s.properties.isWhitespace {
                for b in String(s).utf8 { out += "%" + String(b, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
