import Pipeline
import Testing

@testable import Stages

/// Pages whose article the strict extraction used to miss entirely (issue 17): a page with all of its
/// text under a box the page hides until a script shows it ("the page has no text", a Telegraph page),
/// and a portal page built as one server form with hidden state fields, whose body was dropped as a
/// form while its footer stayed (a jaraguadosul.sc.gov.br page).
@Suite("Normalize: pages the strict pass misses")
struct NormalizeFallbackTests {
    static let body = NormalizeBoilerplateTests.paragraphs.map { "<p>\($0)</p>" }.joined()

    @Test func textUnderAHiddenWrapperIsStillFound() throws {
        for wrapper in ["<div id=\"app\" aria-hidden=\"true\">", "<div class=\"page hidden\">", "<div style=\"display: none\">"] {
            let html = """
                <html><head><title>Council closes old bridge | The Daily Town</title></head><body>
                \(wrapper)<article><h1>Council closes old bridge</h1><div class="article-body-text">\(Self.body)</div></article></div>
                <div class="consent"><p>We use cookies.</p><button>Accept</button></div></body></html>
                """
            let text = try NormalizeSupport.html(html).get().text
            #expect(text.hasPrefix("Council closes old bridge\n\nThe city council voted"), "\(wrapper)")
            #expect(text.contains(NormalizeBoilerplateTests.paragraphs[4]))
        }
    }

    @Test func aPortalBuiltAsOneFormKeepsItsArticle() throws {
        let hidden = (0..<6).map { "<input type=\"hidden\" name=\"state\($0)\" value=\"x\">" }.joined()
        let html = """
            <html><head><title>Council closes old bridge - Prefeitura</title></head><body>
            <form id="form1" method="post" action="./noticia.aspx">\(hidden)
            <div class="cabecalho"><input type="text" name="busca"><a href="/">Prefeitura</a></div>
            <div class="conteudo"><div class="noticia"><h1>Council closes old bridge</h1>\(Self.body)</div></div>
            <div class="rodape"><p>Jaraguá do Sul - SC - CNPJ: 00.000.000/0001-00 - Rua Walter Marquardt, 1111 - Barra do Rio Molha</p></div>
            </form></body></html>
            """
        let text = try NormalizeSupport.html(html).get().text
        #expect(text.hasPrefix("Council closes old bridge\n\nThe city council voted"))
        #expect(text.contains(NormalizeBoilerplateTests.paragraphs[4]))
        #expect(!text.contains("CNPJ"))
    }
}

/// A page read from a WARC archive is dated by its own metadata first, by its capture date otherwise.
@Suite("Normalize: archive capture dates")
struct NormalizeArchiveDateTests {
    static func run(_ html: String) throws -> Document {
        var doc = Document(id: "t", source: Source(path: "a.warc", format: .html, bytes: Array(html.utf8)))
        doc.source.archive = ArchiveRecord(record: 3, uri: "https://news.example/a", date: "2018-01-02")
        try NormalizeStage().process(&doc)
        return doc
    }

    @Test func thePageDateWinsOverTheCaptureDate() throws {
        let body = NormalizeFallbackTests.body
        let dated = try Self.run("<html><head><meta property=\"article:published_time\" content=\"2021-03-04T08:00:00Z\"></head><body><article>\(body)</article></body></html>")
        #expect(dated.meta.dct == "2021-03-04")
        #expect(dated.meta.dctSource == .meta)
        let undated = try Self.run("<html><body><article>\(body)</article></body></html>")
        #expect(undated.meta.dct == "2018-01-02")
        #expect(undated.meta.dctSource == .archive)
    }
}
