import Pipeline
import Testing

@testable import Stages

@Suite("Normalize: HTML")
struct NormalizeHTMLTests {
    @Test func seedArticleBodyWithoutPageFurniture() throws {
        let doc = try NormalizeSupport.run(NormalizeSupport.read("examples/articles/seed.html"), format: .html).get()
        let body = String(decoding: NormalizeSupport.read("examples/articles/seed.txt"), as: UTF8.self)
        let output = NormalizeSupport.squeezed(doc.text)
        let expected = NormalizeSupport.squeezed(body)
        #expect(!expected.isEmpty)
        #expect(output.contains(expected), "the article body is not contained in order")
        // Title and by-line may precede the body, nothing may follow it.
        #expect(output.hasSuffix(expected))
        for furniture in [
            "Middle East", "Interviews", "About us",  // navigation
            "We use cookies", "Accept all",  // cookie banner
            "Share", "Twitter", "Facebook",  // share buttons
            "Related articles", "Armenia after the snap elections",  // related articles
            "Good overview", "Leave a reply", "2 comments",  // comments
            "All rights reserved", "Write for us",  // footer
            "The Globalist Weekly",  // newsletter
        ] {
            #expect(!doc.text.contains(furniture), "\(furniture) leaked into the text")
        }
        #expect(doc.meta.dct == "2021-12-01")
        #expect(doc.meta.dctSource == .meta)
        #expect(doc.meta.title == "Power games in the Caucasus: Iranian influence on the Nagorno-Karabakh conflict")
        #expect(doc.meta.url == "https://parisglobalist.org/power-games-in-the-caucasus-iranian-influence-on-the-nagorno-karabakh-conflict/")
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func blocksBreaksAndWhitespace() throws {
        let html = """
            <html><body><article>
            <h2>A   heading</h2>
            <p>First   paragraph with <b>bold</b>\n and <i>italic</i> words, long enough to be scored as a paragraph.</p>
            <p>Second line one<br>line two &amp; more, with commas, and enough text to count as well.</p>
            </article></body></html>
            """
        let doc = try NormalizeSupport.html(html).get()
        #expect(doc.text == """
            A heading

            First paragraph with bold and italic words, long enough to be scored as a paragraph.

            Second line one
            line two & more, with commas, and enough text to count as well.
            """)
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
        // "&amp;" maps to all five bytes.
        let amp = doc.text.unicodeScalars.firstIndex(of: "&").map { doc.text.unicodeScalars.distance(from: doc.text.unicodeScalars.startIndex, to: $0) }
        let range = amp.flatMap { doc.sourceMap?.sourceRange(ofScalar: $0) }
        #expect(range.map { Array(doc.source.bytes[$0]) } == Array("&amp;".utf8))
    }

    @Test func droppedElementsNeverAppear() throws {
        let html = """
            <html><head><title>T</title><style>p { color: red }</style></head><body>
            <nav><a href="/">Home</a></nav>
            <div class="article-body">
            <p>The article paragraph one is here, with a few commas, and several words to be long enough.</p>
            <noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
            <svg><text>Chart label</text></svg><form><input value="x"><button>Send form</button></form>
            <iframe src="x">Frame text</iframe><!-- a comment with words -->
            <p>The article paragraph two is here, with more commas, and more words to be long enough.</p>
            </div><footer>Footer words</footer></body></html>
            """
        let doc = try NormalizeSupport.html(html).get()
        #expect(doc.text.contains("paragraph one") && doc.text.contains("paragraph two"))
        for hidden in ["color: red", "Home", "Enable JavaScript", "Template text", "Chart label", "Send form", "Frame text", "a comment", "Footer"] {
            #expect(!doc.text.contains(hidden), "\(hidden)")
        }
    }

    @Test func metadataDates() {
        func dct(_ head: String, url: String? = nil) -> (String?, DCTSource) {
            var doc = NormalizeSupport.document(Array(("<html><head>" + head + "</head><body><p>Some article text that is long enough.</p></body></html>").utf8), format: .html)
            doc.meta.url = url
            try? NormalizeStage().process(&doc)
            return (doc.meta.dct, doc.meta.dctSource)
        }
        #expect(dct("<meta property=\"article:published_time\" content=\"2021-09-20T10:00:00Z\">") == ("2021-09-20", .meta))
        #expect(dct("<script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\": \"2020-02-29T08:00\"}]}</script>") == ("2020-02-29", .jsonld))
        #expect(dct("<meta name=\"pubdate\" content=\"20230302\">") == ("2023-03-02", .meta))
        #expect(dct("<meta name=\"DC.date.issued\" content=\"2019-11-18\">") == ("2019-11-18", .meta))
        #expect(dct("", url: "https://example.com/news/2021/09/20/story.html") == ("2021-09-20", .url))
        #expect(dct("<link rel=\"canonical\" href=\"https://example.com/2018/13/40/x\">") == (nil, .none))
        // A dct from an earlier source is kept.
        var doc = NormalizeSupport.document(Array("<meta property=\"article:published_time\" content=\"2021-09-20\"><p>Text of the page.</p>".utf8), format: .html)
        doc.meta.dct = "2000-01-01"
        doc.meta.dctSource = .flag
        try? NormalizeStage().process(&doc)
        #expect(doc.meta.dct == "2000-01-01" && doc.meta.dctSource == .flag)
    }

    @Test func declaredLegacyCharsetInHTML() throws {
        let bytes: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Caf".utf8)
            + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94] + Array(" text that is long enough to be the body &eacute;.</p></body></html>".utf8)
        let doc = try NormalizeSupport.run(bytes, format: .html).get()
        #expect(doc.source.charset == "windows-1252")
        #expect(doc.text.contains("Café “quoted” text"))
        #expect(doc.text.hasSuffix("é."))
    }
}
