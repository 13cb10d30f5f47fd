import Pipeline
import PipelineIO

/// Builds a document from tokenized gold (CoNLL columns, SpERT): the tokens joined by single spaces,
/// a blank line ("\n\n") between sentences, which also become the gold sentences.
struct TokenDocumentBuilder {
    private var text = String.UnicodeScalarView()
    private var count = 0
    private var sentences: [Span] = []
    private var sentenceStart: Int?
    private var mentions: [(span: Span, label: EntityLabel)] = []
    /// Scalar spans of the tokens of the sentence being built.
    private(set) var tokens: [Span] = []

    /// Closes the current sentence; the next token starts a new one.
    mutating func beginSentence() {
        endSentence()
        tokens = []
    }

    mutating func addToken(_ token: Substring) {
        if sentenceStart == nil {
            if count > 0 {
                text.append("\n")
                text.append("\n")
                count += 2
            }
            sentenceStart = count
            tokens = []
        } else {
            text.append(" ")
            count += 1
        }
        let start = count
        for s in token.unicodeScalars {
            text.append(s)
            count += 1
        }
        tokens.append(Span(start, count))
    }

    mutating func endSentence() {
        if let start = sentenceStart, count > start { sentences.append(Span(start, count)) }
        sentenceStart = nil
    }

    /// Adds a mention over tokens `from..<to` of the current sentence.
    mutating func addMention(tokens from: Int, _ to: Int, label: EntityLabel) {
        guard from >= 0, from < to, to <= tokens.count else { return }
        mentions.append((Span(tokens[from].start, tokens[to - 1].end), label))
    }

    /// Adds mentions from one sentence's IOB1 or BIO tags. A mention starts at `B-X`, or at `I-X` after `O`
    /// or after another type; so both schemes decode alike (IOB1 uses B- only between same-type neighbours).
    mutating func addMentions(tags: [Substring]) {
        var open: (start: Int, type: Substring)?
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = Self.split(tag)
            if let current = open, prefix != "I" || type != current.type {
                addMention(tokens: current.start, i, label: EntityLabel(String(current.type)))
                open = nil
            }
            if prefix == "B" || (prefix == "I" && open == nil) { open = (i, type) }
        }
        if let current = open { addMention(tokens: current.start, tags.count, label: EntityLabel(String(current.type))) }
    }

    private static func split(_ tag: Substring) -> (Substring, Substring) {
        guard tag.count > 2, let dash = tag.firstIndex(where: { $0 == "-" || $0 == "_" }) else {
            return ("O", "")
        }
        let prefix = tag[..<dash].uppercased()
        let type = tag[tag.index(after: dash)...]
        switch prefix {
        case "B", "S": return ("B", type)  // S- (single) of IOBES starts a mention too
        case "I", "E": return ("I", type)
        default: return ("O", "")
        }
    }

    var isEmpty: Bool { count == 0 }

    mutating func document(id: String) -> Document {
        endSentence()
        var document = Document(id: id, source: Source(path: id, format: .text, bytes: []))
        document.setText(String(text), sourceMap: nil)
        document.sentences = sentences
        document.layers = [.text, .sentences, .entities]
        for m in mentions { document.addEntity(m.span, label: m.label) }
        document.renumberEntities()
        return document
    }
}
