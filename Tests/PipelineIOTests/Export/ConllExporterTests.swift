import Testing

@testable import Pipeline
@testable import PipelineIO

@Suite struct ConllExporterTests {
    static func document(_ text: String, tokens: [(Int, Int)], sentences: [(Int, Int)], entities: [(Int, Int, String)]) -> Document {
        var d = Document(id: "doc 1", source: Source(path: "x", format: .text, bytes: []))
        d.setText(text, sourceMap: nil)
        d.tokens = tokens.map { Token(start: $0.0, end: $0.1) }
        d.sentences = sentences.map { Span($0.0, $0.1) }
        for e in entities { d.addEntity(Span(e.0, e.1), label: EntityLabel(e.2)) }
        d.renumberEntities()
        return d
    }

    @Test func tagsAreBIOAndTheIdIsOnTheDocstartLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let exporter = try ConllExporter(directory: dir.path)
        // "Azerbaijan-based" is one token; the entity ends inside it.
        let d = Self.document(
            "Joe Biden met Azerbaijan-based firms. Then left.",
            tokens: [(0, 3), (4, 9), (10, 13), (14, 30), (31, 36), (36, 37), (38, 42), (43, 47), (47, 48)],
            sentences: [(0, 37), (38, 48)], entities: [(0, 9, "PERSON"), (14, 24, "GPE")])
        #expect(exporter.lines(d) == [
            "-DOCSTART- id=doc%201 O", "", "Joe B-PERSON", "Biden I-PERSON", "met O", "Azerbaijan B-GPE", "-based O",
            "firms O", ". O", "", "Then O", "left O", ". O", "",
        ])
    }

    @Test func overlapsKeepTheLongerMentionAndASentenceBreakInsideAMentionMovesAfterIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let exporter = try ConllExporter(directory: dir.path)
        let d = Self.document(
            "The First World War ended.",
            tokens: [(0, 3), (4, 9), (10, 15), (16, 19), (20, 25), (25, 26)],
            sentences: [(0, 9), (10, 26)],  // a (wrong) break inside the EVENT
            entities: [(4, 19, "EVENT"), (4, 9, "DATE")])
        #expect(exporter.lines(d) == [
            "-DOCSTART- id=doc%201 O", "", "The O", "First B-EVENT", "World I-EVENT", "War I-EVENT", "", "ended O", ". O", "",
        ])
        let notes = try exporter.finish()
        #expect(notes.count == 1 && notes[0].hasPrefix("1 mention(s) overlap"))
    }
}
