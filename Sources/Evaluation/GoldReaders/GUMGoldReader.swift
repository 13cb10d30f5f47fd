import Pipeline
import PipelineIO

/// GUM (Zeldes 2017) CoNLL-U files with the coreference annotation in MISC (`Entity=(ID-etype-...` opens a
/// mention, `ID)` closes it; `# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity`),
/// read as gold name clusters: named mentions only.
///
/// - A mention is named when its head (the first token whose syntactic head lies outside the mention) is
///   a proper noun (UPOS PROPN): "Barack Obama", "the United States", not "he" or "the president".
/// - Entity types map to labels: person → PERSON, organization → ORG, place → PLACE (GPE, LOC and FAC
///   together: use `--label-map gum`), event → EVENT; other types (object, abstract, time, ...) are left
///   out, since none of our labels covers them reliably.
/// - A named mention inside another named mention is dropped (ANNOTATION.md: the outermost name wins).
/// - The cluster id is the GUM entity number ("E12"), so every named mention of one entity is one cluster.
/// Text: each document's tokens joined with their `SpaceAfter=No`, sentences by a space, paragraphs
/// (`# newpar`) by a newline; a multi-word token (`3-4 Trump's`) gives its surface, its words share it.
/// Sentences are gold sentences too.
enum GUMGoldReader {
    static let labels: [EntityLabel] = ["PERSON", "ORG", "PLACE", "EVENT"]

    static func read(_ text: String) throws(GoldReadError) -> GoldCorpus {
        var documents: [Document] = []
        var builder: Builder?
        for line in GoldReader.lines(text) {
            if line.hasPrefix("# newdoc id") {
                if var b = builder { documents.append(b.finish()) }
                let id = line.split(separator: "=", maxSplits: 1).last.map { String($0).trimmingSpaces } ?? ""
                builder = Builder(id: id)
            } else if line.hasPrefix("# newpar") {
                builder?.paragraph()
            } else if line.hasPrefix("#") {
                continue
            } else if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                builder?.endSentence()
            } else {
                if builder == nil { builder = Builder(id: "gum:\(documents.count + 1)") }
                do {
                    try builder?.token(line)
                } catch {
                    throw GoldReadError("GUM '\(builder?.id ?? "")': \(error.message)")
                }
            }
        }
        if var b = builder { documents.append(b.finish()) }
        guard !documents.isEmpty else { throw GoldReadError("the GUM file has no documents") }
        return GoldCorpus(documents: documents, labels: labels, annotatesRelations: false, format: .gum)
    }

    /// One document being read.
    struct Builder {
        let id: String
        var scalars = String.UnicodeScalarView()
        var count = 0
        var sentences: [Span] = []
        var sentenceStart: Int?
        var pendingSpace = false
        var pendingNewline = false
        /// The current sentence's words: span, UPOS, head (sentence word number, 0 = root).
        var words: [(span: Span, upos: Substring, head: Int, form: Substring)] = []
        /// Open mentions by entity number: start word index, entity type.
        var open: [Int: [(word: Int, type: Substring)]] = [:]
        /// Finished mentions of the sentence: word range, type, entity number.
        var mentions: [(words: ClosedRange<Int>, type: Substring, entity: Int)] = []
        var entities: [Entity] = []
        /// A multi-word token being spread over its words: its span and where the next word starts.
        var range: (last: Int, span: Span, cursor: Int, surface: [Unicode.Scalar])?

        init(id: String) { self.id = id }

        mutating func paragraph() {
            endSentence()
            if count > 0 { pendingNewline = true }
        }

        private mutating func append(_ form: Substring) -> Span {
            if count > 0 {
                if pendingNewline {
                    scalars.append("\n")
                    count += 1
                } else if pendingSpace {
                    scalars.append(" ")
                    count += 1
                }
            }
            pendingNewline = false
            let start = count
            for s in form.unicodeScalars {
                scalars.append(s)
                count += 1
            }
            return Span(start, count)
        }

        mutating func token(_ line: Substring) throws(GoldReadError) {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 10 else { throw GoldReadError("a token line needs 10 columns: \(line)") }
            let spaceAfter = !cols[9].split(separator: "|").contains("SpaceAfter=No")
            if let dash = cols[0].firstIndex(of: "-") {
                guard let last = Int(cols[0][cols[0].index(after: dash)...]) else { return }
                let span = append(cols[1])
                if sentenceStart == nil { sentenceStart = span.start }
                range = (last, span, span.start, Array(cols[1].unicodeScalars))
                pendingSpace = spaceAfter
                return
            }
            guard let number = Int(cols[0]) else { return }  // empty nodes ("8.1")
            let span: Span
            if var r = range {
                // A word of a multi-word token: the part of the surface it spells, else the rest of it.
                let form = Array(cols[1].unicodeScalars)
                let offset = r.cursor - r.span.start
                let fits = offset + form.count <= r.surface.count
                    && Array(r.surface[offset..<(offset + form.count)]).elementsEqual(form)
                let end = number == r.last || !fits ? r.span.end : r.cursor + form.count
                span = Span(min(r.cursor, r.span.end - 1), max(end, min(r.cursor, r.span.end - 1) + 1))
                r.cursor = min(end, r.span.end)
                range = number >= r.last ? nil : r
            } else {
                span = append(cols[1])
                pendingSpace = spaceAfter
                if sentenceStart == nil { sentenceStart = span.start }
            }
            let index = words.count
            words.append((span, cols[3], Int(cols[6]) ?? 0, cols[1]))
            for item in cols[9].split(separator: "|") where item.hasPrefix("Entity=") {
                readEntity(item.dropFirst(7), word: index)
            }
        }

        /// "(4-abstract-new-...-coref(5-object-...)" opens 4, opens and closes 5; "4)3)" closes 4 and 3.
        private mutating func readEntity(_ value: Substring, word: Int) {
            var rest = value
            while let c = rest.first {
                if c == "(" {
                    let body = rest.dropFirst().prefix { $0 != "(" && $0 != ")" }
                    rest = rest.dropFirst(1 + body.count)
                    let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                    guard fields.count >= 2, let entity = Int(fields[0]) else { continue }
                    if rest.first == ")" {
                        rest = rest.dropFirst()
                        mentions.append((word...word, fields[1], entity))
                    } else {
                        open[entity, default: []].append((word, fields[1]))
                    }
                } else if c.isNumber {
                    let digits = rest.prefix { $0.isNumber }
                    rest = rest.dropFirst(digits.count)
                    guard rest.first == ")" else { continue }
                    rest = rest.dropFirst()
                    if let entity = Int(digits), var stack = open[entity], let start = stack.popLast() {
                        open[entity] = stack
                        mentions.append((start.word...word, start.type, entity))
                    }
                } else {
                    rest = rest.dropFirst()
                }
            }
        }

        mutating func endSentence() {
            guard let start = sentenceStart else { return }
            sentences.append(Span(start, count))
            sentenceStart = nil
            var named: [(words: ClosedRange<Int>, label: EntityLabel, entity: Int)] = []
            for m in mentions {
                guard let label = Self.label(m.type), let head = namedHead(m.words) else { continue }
                named.append((name(around: head, within: m.words), label, m.entity))
            }
            for m in named {
                let inside = named.contains {
                    $0.words != m.words && $0.words.lowerBound <= m.words.lowerBound
                        && m.words.upperBound <= $0.words.upperBound
                }
                guard !inside else { continue }
                let span = Span(words[m.words.lowerBound].span.start, words[m.words.upperBound].span.end)
                entities.append(
                    Entity(id: "", start: span.start, end: span.end, label: m.label, text: "", cluster: "E\(m.entity)"))
            }
            words = []
            mentions = []
            open = [:]
        }

        /// The mention's head when it is a proper noun.
        private func namedHead(_ range: ClosedRange<Int>) -> Int? {
            for i in range {
                let head = words[i].head - 1  // word numbers are 1-based; 0 is the root
                if head < 0 || !range.contains(head) { return words[i].upos == "PROPN" ? i : nil }
            }
            return nil
        }

        /// The name inside a mention (ANNOTATION.md: the name, without determiner, modifiers or
        /// appositions): the run of proper nouns around the head, with connectors inside it ("University
        /// of Portsmouth", "Bosnia and Herzegovina", "Bailey-Ross", "Children's Hospital") and a number
        /// after it ("Apollo 11").
        private func name(around head: Int, within range: ClosedRange<Int>) -> ClosedRange<Int> {
            func isName(_ i: Int) -> Bool { words[i].upos == "PROPN" }
            func isConnector(_ i: Int) -> Bool {
                ["of", "de", "and", "&", "-", "'s", "’s", "the", "for", "on", "upon"].contains(words[i].form)
            }
            var lo = head
            while lo - 1 >= range.lowerBound {
                if isName(lo - 1) {
                    lo -= 1
                } else if lo - 2 >= range.lowerBound, isConnector(lo - 1), isName(lo - 2) {
                    lo -= 2
                } else {
                    break
                }
            }
            var hi = head
            while hi + 1 <= range.upperBound {
                if isName(hi + 1) {
                    hi += 1
                } else if hi + 2 <= range.upperBound, isConnector(hi + 1), isName(hi + 2) {
                    hi += 2
                } else if words[hi + 1].upos == "NUM", hi + 1 == range.upperBound || !isName(hi + 2) {
                    hi += 1
                    break
                } else {
                    break
                }
            }
            return lo...hi
        }

        static func label(_ type: Substring) -> EntityLabel? {
            switch type {
            case "person": .person
            case "organization": .org
            case "place": "PLACE"
            case "event": .event
            default: nil
            }
        }

        mutating func finish() -> Document {
            endSentence()
            var d = Document(id: id, source: Source(path: id, format: .text, bytes: []))
            d.setText(String(scalars), sourceMap: nil)
            d.sentences = sentences
            d.entities = entities.map { e in
                var e = e
                e.text = d.text(of: e.span)
                return e
            }
            d.layers = [.text, .sentences, .entities]
            d.renumberEntities()
            return d
        }
    }
}
