import Pipeline
import Testing

@testable import Stages

/// Author boxes: a bio written as prose inside the `<article>` is part of it (the seed's text ends with
/// one); a box outside the article, or one that is a name with links and icons, is page furniture.
@Suite("Normalize: author boxes")
struct NormalizeAuthorBoxTests {
    /// Long enough (over 500 characters) for the extractor's strict pass, as real articles are.
    static let body = """
        <p>The first paragraph of the story reports what happened, where, and when, with enough words to count as prose.</p>
        <p>The second paragraph quotes a witness, adds a figure or two, and explains why the event matters to readers.</p>
        <p>The fourth paragraph adds reactions from officials, who said, after a meeting, that more help would come soon.</p>
        <p>The fifth paragraph describes the scene at night, the lights, the crowds, and the long queues at the station.</p>
        <p>The third paragraph gives the background, names the places involved, and ends the report with a last fact.</p>
        """
    static let bio = "Maria Lopez covers energy and climate from Madrid, and previously reported on European markets and regulation for a decade at a financial daily, after studying economics in Seville."
    static let socialBox = """
        <img class="avatar" src="/a.jpg" alt=""><a href="/author/mlopez/">Maria Lopez</a>
        <a href="https://twitter.com/mlopez">Twitter</a> <a href="https://linkedin.com/in/mlopez">LinkedIn</a>
        <a href="mailto:m@example.com">Email</a>
        """

    static func page(inArticle: String = "", inContent: String = "", afterArticle: String = "") -> String {
        """
        <html><head><title>T</title></head><body>
        <main><article>
        <div class="entry-content">\(body)\(inContent)</div>
        \(inArticle)
        </article>
        \(afterArticle)
        </main><footer>All rights reserved</footer></body></html>
        """
    }

    static func text(_ html: String) throws -> String { try NormalizeSupport.html(html).get().text }

    @Test func proseBioInsideTheArticleIsKept() throws {
        for box in ["<aside class=\"author-bio\"><p>\(Self.bio)</p></aside>", "<div class=\"author-bio\"><p>\(Self.bio)</p></div>"] {
            let text = try Self.text(Self.page(inArticle: box))
            #expect(text.hasSuffix(Self.bio), "\(box.prefix(30))")
            #expect(text.contains("last fact."))
        }
    }

    @Test func proseBioOutsideTheArticleIsDropped() throws {
        for box in [
            "<aside class=\"author-bio\"><p>\(Self.bio)</p></aside>", "<div class=\"author-bio\"><p>\(Self.bio)</p></div>",
            "<section class=\"about-the-author\"><h3>About the author</h3><p>\(Self.bio)</p></section>",
        ] {
            let text = try Self.text(Self.page(afterArticle: box))
            #expect(!text.contains("Maria Lopez"), "\(box.prefix(40))")
            #expect(text.hasSuffix("last fact."))
        }
    }

    @Test func nameAndLinksBoxIsDroppedEverywhere() throws {
        for tag in ["aside", "div", "section"] {
            let box = "<\(tag) class=\"author-box\">\(Self.socialBox)</\(tag)>"
            for html in [Self.page(inArticle: box), Self.page(inContent: box), Self.page(afterArticle: box)] {
                let text = try Self.text(html)
                #expect(!text.contains("Maria Lopez") && !text.contains("Twitter"), "\(tag): \(text.suffix(80))")
                #expect(text.hasSuffix("last fact."))
            }
        }
        // A one-line bio with the links is still a card, not prose.
        let card = "<aside class=\"author\"><p><a href=\"/author/mlopez/\">Maria Lopez</a> is a reporter.</p>\(Self.socialBox)</aside>"
        for html in [Self.page(inArticle: card), Self.page(inContent: card)] {
            let text = try Self.text(html)
            #expect(!text.contains("Maria Lopez"), "\(text.suffix(80))")
        }
    }
}
