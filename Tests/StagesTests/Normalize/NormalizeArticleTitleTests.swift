import Pipeline
import Testing

@testable import Stages

/// The headline opens the HTML text; logos, by-lines and stray headings do not.
@Suite("Normalize: article title")
struct NormalizeArticleTitleTests {
    static let body = """
        <p>The first paragraph of the story reports what happened, where, and when, with enough words to count as prose.</p>
        <p>The second paragraph quotes a witness, adds a figure or two, and explains why the event matters to readers.</p>
        <p>The third paragraph gives the background, names the places involved, and ends the report with a last fact.</p>
        """

    static func page(head: String = "", beforeArticle: String = "", header: String, afterContent: String = "") -> String {
        """
        <html><head>\(head)</head><body>
        <header class="site-header">\(beforeArticle)<nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
        <main><article>
        <header class="entry-header">\(header)</header>
        <div class="entry-content">\(body)\(afterContent)</div>
        </article></main>
        <footer>All rights reserved</footer></body></html>
        """
    }

    static func firstParagraph(_ doc: Document) -> String { String(doc.text.split(separator: "\n\n").first ?? "") }

    @Test func seedHeadlineFirstWithoutByline() throws {
        let doc = try NormalizeSupport.run(NormalizeSupport.read("gold/seed.html"), format: .html).get()
        let headline = "Power games in the Caucasus: Iranian influence on the Nagorno-Karabakh conflict"
        #expect(doc.text.hasPrefix(headline + "\n\nThe latest diplomatic crisis"))
        for byline in ["By Javier", "Javier M. Ortega", "1 December 2021", "Europe & Eurasia"] {
            #expect(!doc.text.contains(byline), "\(byline)")
        }
        // The headline's characters map to the bytes of the <h1>'s text.
        let source = doc.source.bytes
        let h1 = Array("<h1 class=\"entry-title\">".utf8)
        let start = (0...(source.count - h1.count)).first { source[$0..<($0 + h1.count)].elementsEqual(h1) }.map { $0 + h1.count }
        #expect(start != nil)
        if let start, let map = doc.sourceMap {
            #expect(map.sourceRange(ofScalar: 0) == start..<(start + 1))
            let last = headline.unicodeScalars.count - 1
            #expect(map.sourceRange(ofScalar: last) == (start + last)..<(start + last + 1))
        }
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func headlineNextToTheContentWithoutMetadata() throws {
        let html = Self.page(header: "<h1>Floods close the coastal road for a week</h1><p class=\"byline\">By Ann Lee, 3 May 2024</p>")
        let doc = try NormalizeSupport.html(html).get()
        #expect(Self.firstParagraph(doc) == "Floods close the coastal road for a week")
        #expect(!doc.text.contains("Ann Lee") && !doc.text.contains("3 May"))
        #expect(doc.text.contains("\n\nThe first paragraph of the story"))
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func headlineMatchedByPageTitleWherever() throws {
        // The <h1> sits in the site header, far from the content: only the title vouches for it.
        let html = Self.page(
            head: "<title>Floods close the coastal road – The Daily Example</title>",
            beforeArticle: "<div class=\"hero\"><h1><span>Floods close</span> the coastal road</h1></div>", header: "")
        let doc = try NormalizeSupport.html(html).get()
        #expect(Self.firstParagraph(doc) == "Floods close the coastal road")
        let og = Self.page(
            head: "<meta property=\"og:title\" content=\"Floods close the coastal road\">",
            beforeArticle: "<div class=\"hero\"><h1>Floods close the coastal road</h1></div>", header: "")
        #expect(Self.firstParagraph(try NormalizeSupport.html(og).get()) == "Floods close the coastal road")
    }

    @Test func logosAreNotHeadlines() throws {
        // A logo linking home, and one whose text is the site's name from the title, are left out.
        let home = Self.page(beforeArticle: "<h1><a href=\"https://example.com/\">The Daily Example Gazette</a></h1>", header: "")
        #expect(try NormalizeSupport.html(home).get().text.hasPrefix("The first paragraph"))
        let named = Self.page(
            head: "<title>Floods close the coastal road | The Daily Example Gazette</title>",
            beforeArticle: "<h1>The Daily Example Gazette</h1>", header: "")
        // The logo is left out; the headline then comes from the page title, without the site's name.
        let namedText = try NormalizeSupport.html(named).get().text
        #expect(namedText.hasPrefix("Floods close the coastal road\n\nThe first paragraph"))
        #expect(!namedText.contains("Gazette"))
        let siteName = Self.page(
            head: "<meta property=\"og:site_name\" content=\"Daily Example News\">",
            header: "<h1>Daily Example News</h1>")
        #expect(try NormalizeSupport.html(siteName).get().text.hasPrefix("The first paragraph"))
    }

    @Test func headingsAfterTheBodyStayWhereTheyAre() throws {
        let html = Self.page(header: "", afterContent: "<h1>A later section heading</h1><p>A closing paragraph that follows the later heading, long enough to stay.</p>")
        let doc = try NormalizeSupport.html(html).get()
        #expect(doc.text.hasPrefix("The first paragraph"))
        #expect(doc.text.contains("third paragraph") && doc.text.contains("A later section heading\n\nA closing paragraph"))
    }

    @Test func titleVariants() {
        var raw = HTMLMetadata.Raw()
        raw.titleText = "Headline words here | Section | Site"
        let keys = ArticleTitle.titleKeys(raw)
        #expect(keys.contains(ArticleTitle.key("Headline words here")))
        #expect(keys.contains(ArticleTitle.key("Headline words here Section")))
        #expect(!keys.contains(ArticleTitle.key("Site")))
        #expect(ArticleTitle.key("It’s “Quoted” — Ünïcode 2024") == ArticleTitle.key("its quoted ünïcode 2024"))
        #expect(HTMLTree.isHomeLink("/") && HTMLTree.isHomeLink("https://example.com") && HTMLTree.isHomeLink("//example.com/?ref=logo"))
        #expect(!HTMLTree.isHomeLink("/news/story") && !HTMLTree.isHomeLink("https://example.com/news/") && !HTMLTree.isHomeLink("#top"))
    }
}
