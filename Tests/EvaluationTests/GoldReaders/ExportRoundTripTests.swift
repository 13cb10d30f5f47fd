import Foundation
import Testing

@testable import Evaluation
@testable import Pipeline
@testable import PipelineIO

/// brat and CoNLL files written by the exporters read back by the gold readers as the same annotations.
@Suite struct ExportRoundTripTests {
    /// Awkward on purpose: an id with a folder and a colon, a mention across a line break, a date with a
    /// TIMEX3 mod, nested mentions, a relation, non-ASCII text.
    static func document() -> Document {
        let text = "Café talks in Baku: Foreign\nMinister Jeyhun Bayramov met them at the end of September.\nThe First World War ended."
        var d = EvaluationFixtures.document(id: "news/2021:7", text: text)
        d.sentences = [Span(0, 86), Span(87, 113)]
        d.layers = [.text, .sentences, .entities, .dates, .relations]
        let span = { (s: String) in EvaluationFixtures.span(s, in: text) }
        d.addEntity(span("Baku"), label: .gpe)
        d.addEntity(span("Foreign\nMinister"), label: .title)
        d.addEntity(span("Jeyhun Bayramov"), label: .person)
        d.addEntity(span("the end of September"), label: .date, timex: Timex(type: .date, value: "XXXX-09", mod: "END"))
        d.addEntity(span("First World War"), label: .event)
        d.addEntity(span("First"), label: .date, timex: Timex(type: .date, value: "XXXX"))
        d.renumberEntities()
        let person = d.entities.first { $0.label == .person }?.id ?? ""
        let title = d.entities.first { $0.label == .title }?.id ?? ""
        d.relations = [Relation(type: .hasTitle, head: person, tail: title, sentence: 0)]
        return d
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "pipe-roundtrip-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func bratGivesBackEveryMentionTimexAndRelation() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let original = Self.document()
        let exporter = try BratExporter(directory: dir + "/brat")
        try exporter.add(.document(original))
        try exporter.add(.error(id: "bad", source: nil, error: DocumentError(.empty, "no bytes")))
        #expect(try exporter.finish().count == 1)
        let ann = try String(contentsOfFile: dir + "/brat/news/2021%3A7.ann", encoding: .utf8)
        #expect(ann.contains("\tTITLE 20 27;28 36\tForeign Minister\n"))
        #expect(ann.contains("\tAnnotatorNotes T4\tTIMEX3 type=DATE value=XXXX-09 mod=END\n"))

        let corpus = try GoldReader.read(path: dir + "/brat")
        #expect(corpus.format == .brat && corpus.annotatesRelations)
        let back = try #require(corpus.documents.first)
        #expect(corpus.documents.count == 1)
        #expect(back.id == original.id && back.text == original.text)
        let describe = { (d: Document) in d.entities.map { "\($0.id) \($0.label) \($0.start)-\($0.end) \(String(describing: $0.timex))" } }
        #expect(describe(back) == describe(original))
        #expect(back.relations.map { "\($0.type) \($0.head) \($0.tail)" } == original.relations.map { "\($0.type) \($0.head) \($0.tail)" })
        #expect(Set(corpus.labels) == Set(original.entities.map(\.label)))
    }

    @Test func conllGivesBackTheMentionsBIOCanHoldUnderTheRecordsId() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var original = Self.document()
        // Tokens as the tokenizer would cut them, roughly: words and punctuation.
        var tokens: [Token] = []
        var start: Int?
        for (i, s) in original.text.unicodeScalars.enumerated() {
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            if !isWord, let st = start { tokens.append(Token(start: st, end: i)); start = nil }
            if isWord, start == nil { start = i }
            if !isWord, !s.properties.isWhitespace { tokens.append(Token(start: i, end: i + 1)) }
        }
        original.tokens = tokens
        let exporter = try ConllExporter(directory: dir)
        try exporter.add(.document(original))
        _ = try exporter.finish()
        let corpus = try GoldReader.read(path: dir + "/entities.conll")
        #expect(corpus.documents.map(\.id) == ["news/2021:7"])
        let report = try Evaluator(gold: corpus).evaluate([.document(original)])
        let strict = try #require(report.entities?.counts[.strict])
        let total = strict.values.reduce(Counts(), +)
        // Six mentions, one of them nested in the EVENT: BIO holds five, all found exactly.
        #expect(total.gold == 5 && total.matched == 5 && total.predicted == 6)
    }
}
