import Testing
@testable import Pipeline
@testable import PipelineIO


@Suite("JSONL encoding and decoding")
struct DocumentRoundTripTests {
    /// A document with every serialized field set, including characters that need escaping.
    static func fullDocument() -> Document {
        let text = "Ilham Aliyev met “Raisi” in Baku\non 15 September.\t\"Quoted\" \\ back\u{1}slash 😀"
        var document = Document(
            id: "dir/article one.html",
            source: Source(
                path: "corpus/dir/article one.html", format: .html, bytes: Array(text.utf8),
                sha256: SHA256.hex(Array(text.utf8)), charset: "windows-1252"),
            meta: Meta(title: "Power “games”", url: "https://example.org/2021/12/01/a", dct: "2021-12-01", dctSource: .jsonld))
        document.setText(text, sourceMap: SourceMap.identity(utf8: text))
        document.tokens = [Token(start: 0, end: 5), Token(start: 6, end: 12)]
        document.sentences = [Span(0, 50), Span(51, 60)]
        document.addEntity(Span(0, 12), label: .person, origin: "gazetteer:names")
        document.addEntity(Span(28, 32), label: .gpe)
        document.addEntity(Span(36, 48), label: .date, timex: Timex(type: .date, value: "2021-09-15", mod: "END"))
        document.renumberEntities()
        document.relations = [
            Relation(type: .metWith, head: "T1", tail: "T2", sentence: 0, trigger: Span(13, 16), confidence: 0.75, origin: "meet-verb")
        ]
        document.warnings = ["invalid UTF-8 at byte 3 replaced by U+FFFD"]
        document.layers = [.text, .tokens, .sentences, .entities, .dates, .relations]
        return document
    }

    @Test("every field survives encode then decode")
    func roundTrip() throws {
        let original = Self.fullDocument()
        let encoder = DocumentEncoder(includeTokens: true, explain: true)
        let line = String(decoding: encoder.encode(original), as: UTF8.self)
        #expect(!line.contains("\n"), "one document, one line")
        guard case .document(let decoded) = try DocumentDecoder().decode(line: line) else {
            Issue.record("decoded an error record")
            return
        }
        #expect(decoded.id == original.id)
        #expect(decoded.source.path == original.source.path)
        #expect(decoded.source.format == original.source.format)
        #expect(decoded.source.byteCount == original.source.byteCount)
        #expect(decoded.source.sha256 == original.source.sha256)
        #expect(decoded.source.charset == original.source.charset)
        #expect(decoded.meta == original.meta)
        #expect(decoded.text == original.text)
        #expect(decoded.sentences == original.sentences)
        #expect(decoded.tokens.map(\.span) == original.tokens.map(\.span))
        #expect(decoded.entities == original.entities)
        #expect(decoded.relations == original.relations)
        #expect(decoded.warnings == original.warnings)
        // Encoding the decoded document gives the same bytes: nothing was lost or reordered.
        #expect(String(decoding: encoder.encode(decoded), as: UTF8.self) == line)
    }

    @Test("keys come in the order of DESIGN.md")
    func keyOrder() throws {
        let line = String(decoding: DocumentEncoder(includeTokens: true).encode(Self.fullDocument()), as: UTF8.self)
        guard case .object(let members) = try JSONParser.parse(line) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == ["schema", "id", "source", "meta", "text", "sentences", "tokens", "entities", "relations", "warnings"])
        #expect(line.hasPrefix(#"{"schema":"pipe/1","id":"dir/article one.html","source":{"path":"#))
        let entity = try #require(members.first { $0.0 == "entities" }?.1.arrayValue?.last)
        #expect(entity.objectMembers?.map(\.0) == ["id", "start", "end", "label", "text", "src", "timex"])
    }

    @Test("tokens and provenance are opt-in")
    func optionalParts() {
        let line = String(decoding: DocumentEncoder().encode(Self.fullDocument()), as: UTF8.self)
        #expect(!line.contains(#""tokens""#))
        #expect(!line.contains(#""origin""#))
        #expect(!line.contains(#""confidence""#))
    }

    @Test("an error record has schema, id, source and error only")
    func errorRecord() throws {
        let source = Source(path: "a/empty.txt", format: .text, bytes: [], sha256: SHA256.hex([]))
        let line = String(
            decoding: DocumentEncoder().encodeError(id: "empty.txt", source: source, error: DocumentError(.empty, "no bytes")),
            as: UTF8.self)
        #expect(
            line
                == #"{"schema":"pipe/1","id":"empty.txt","source":{"path":"a/empty.txt","format":"text","bytes":0,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","charset":null},"error":{"kind":"empty","message":"no bytes"}}"#
        )
        guard case .error(let id, _, let error) = try DocumentDecoder().decode(line: line) else {
            Issue.record("expected an error record")
            return
        }
        #expect(id == "empty.txt")
        #expect(error == DocumentError(.empty, "no bytes"))
    }

    @Test("control characters and quotes are escaped, other text is kept as UTF-8")
    func escaping() throws {
        var w = JSONWriter()
        w.string("a\"b\\c\n\t\u{1}é😀")
        let s = String(decoding: w.bytes, as: UTF8.self)
        #expect(s == #""a\"b\\c\n\t\u0001é😀""#)
        #expect(try JSONParser.parse(s) == .string("a\"b\\c\n\t\u{1}é😀"))
    }
}

/// The fields issue 17 adds to `pipe/1`: `meta.lang`, and `source.record` / `source.uri` for archive
/// records, written and read back.
@Suite("JSON: language and archive fields")
struct LanguageArchiveFieldsTests {
    @Test func langRecordAndURIRoundTrip() throws {
        var source = Source(path: "crawl.warc.gz", format: .html, bytes: Array("<p>Hi there.</p>".utf8))
        source.archive = ArchiveRecord(record: 7, uri: "https://news.example/a", date: "2019-11-19")
        var document = Document(id: "https://news.example/a#<urn:uuid:1>", source: source, meta: Meta(dct: "2019-11-19", dctSource: .archive, lang: "pt"))
        document.setText("Hi there.", sourceMap: nil)
        document.layers = [.text]
        let line = String(decoding: DocumentEncoder().encode(document), as: UTF8.self)
        #expect(line.contains(#""charset":null,"record":7,"uri":"https://news.example/a"}"#))
        #expect(line.contains(#""dct_source":"archive","lang":"pt"}"#))
        guard case .document(let decoded) = try DocumentDecoder().decode(line: line) else {
            Issue.record("not decoded as a document")
            return
        }
        #expect(decoded.meta.lang == "pt")
        #expect(decoded.meta.dctSource == .archive)
        #expect(decoded.source.archive?.record == 7)
        #expect(decoded.source.archive?.uri == "https://news.example/a")
    }
}
