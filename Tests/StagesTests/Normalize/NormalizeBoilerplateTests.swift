import Pipeline
import Testing

@testable import Stages

/// The boilerplate kinds that stayed in extracted articles (issue 17), each on a page written here with
/// the same structure as the real pages: captions and credits, share/subscribe and follow lines, calls to
/// action, "READ MORE" and "DON'T MISS" links, by-lines and publication lines, wire copyright, comments.
/// Each test also checks that the article's own paragraphs, including ones using the same words in
/// prose, are all kept.
@Suite("Normalize: boilerplate inside the article")
struct NormalizeBoilerplateTests {
    static let paragraphs = [
        "The city council voted on Tuesday to close the old bridge, after engineers found cracks in two of its supports.",
        "Residents who follow the river path to work will need a detour of about two miles, the transport office said.",
        "By the end of the week, crews will have fenced off both ends, and buses will run a shuttle every ten minutes.",
        "The mayor said the repairs could take a year, and that the council would look for federal money to pay for them.",
        "Shop owners near the bridge said they feared losing customers, though several said safety had to come first.",
    ]

    static func page(body: String, head: String = "<title>Council closes old bridge | The Daily Town</title>") -> String {
        """
        <html><head>\(head)</head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <main><article><h1>Council closes old bridge</h1>
        <div class="article-body">\(body)</div>
        </article></main>
        <footer>© 2019 The Daily Town</footer></body></html>
        """
    }

    static func p(_ i: Int) -> String { "<p>\(paragraphs[i])</p>" }

    static func text(_ html: String) throws -> String { try NormalizeSupport.html(html).get().text }

    static func expectArticleKept(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for paragraph in paragraphs { #expect(text.contains(paragraph), "lost: \(paragraph.prefix(40))", sourceLocation: sourceLocation) }
        #expect(text.hasPrefix("Council closes old bridge\n\n"), sourceLocation: sourceLocation)
    }

    @Test func captionsAndCreditsAreDropped() throws {
        let body = Self.p(0) + """
            <figure class="article__media"><img src="a.jpg" alt=""><div class="gallery-count"><span>6</span></div>
            <figcaption><span>Engineers inspect the supports on Monday</span><span class="article__credit">Credit: EPA</span></figcaption></figure>
            """ + Self.p(1) + """
            <div class="photo"><img src="b.jpg"><span class="newsCaption">The bridge was built in 1921 (Image: GETTY )</span></div>
            """ + Self.p(2) + """
            <p><span class="off-screen">Image copyright</span> Getty Images</p>
            <p><span class="off-screen">Image caption</span> Traffic queued for an hour on the first day</p>
            """ + Self.p(3) + "<p>Jason Cipriani/ZDNet</p>" + "<p>A crane lifts a beam into place. Photograph: AFP via Getty Images</p>" + Self.p(4)
        let text = try Self.text(Self.page(body: body))
        Self.expectArticleKept(text)
        for junk in ["Credit", "EPA", "Image", "Getty", "Engineers inspect", "1921", "Traffic queued", "Cipriani", "crane", "\n6\n"] {
            #expect(!text.contains(junk), "kept: \(junk)")
        }
    }

    @Test func callsToActionShareAndSubscribeLinesAreDropped() throws {
        let body = Self.p(0) + """
            <p class="dpsp-share-text">Sharing is caring!</p>
            <p><strong><a href="/newsletter">Click here to subscribe to The Paradigm Newsletter</a></strong></p>
            """ + Self.p(1) + Self.p(2) + """
            <p><strong><a href="https://app.example/">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>
            """ + Self.p(3) + Self.p(4) + """
            <p><i>Have a tip? Ann Lee may be reached at alee@example.com. Follow her on Twitter @annlee or on Facebook.</i></p>
            <p>Get the latest updates right in your inbox. Subscribe to the Daily Town’s newsletters.</p>
            <p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>
            <div class="nrplus-cta-wrap"><h4>Something to Consider</h4><p>If you enjoyed this article, we have a proposition for you: join us and get all of our content with no paywalls.</p></div>
            """
        let text = try Self.text(Self.page(body: body))
        Self.expectArticleKept(text)
        for junk in ["Sharing", "Click", "CLICK", "tip?", "inbox", "Newsbeat", "Consider", "proposition"] {
            #expect(!text.contains(junk), "kept: \(junk)")
        }
    }

    @Test func linksToOtherStoriesAreDropped() throws {
        let body = Self.p(0) + """
            <p><strong>READ MORE:</strong> <a href="/a">Who will pay for the new bridge?</a></p>
            """ + Self.p(1) + """
            <p><strong><a href="/b">SEAN SPICER ELIMINATED FROM THE SHOW</a></strong></p>
            """ + Self.p(2) + """
            <p>DON'T MISS<br><a href="/c">Mayor furious at council over bridge jibe</a> [INSIGHT]<br><a href="/d">River levels rise after storm</a> [VIDEO]</p>
            """ + Self.p(3) + Self.p(4) + """
            <h3>You may also like...</h3><p><a href="/e">Ten bridges worth a visit</a></p><p><a href="/f">The history of the ferry</a></p>
            """
        let text = try Self.text(Self.page(body: body))
        Self.expectArticleKept(text)
        for junk in ["READ MORE", "Who will pay", "SPICER", "MISS", "jibe", "River levels", "also like", "Ten bridges", "ferry"] {
            #expect(!text.contains(junk), "kept: \(junk)")
        }
    }

    @Test func bylinesPublicationLinesAndWireCopyrightAreDropped() throws {
        let body = """
            <p>By Laura Mowat</p><p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>
            <p>Tom Krisher, AP Auto Writer</p><p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>
            """ + Self.p(0) + Self.p(1) + Self.p(2) + Self.p(3) + Self.p(4) + """
            <p>Additional reporting by Joseph Hudak</p>
            <p>Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
            <p>3 comments</p>
            """
        let text = try Self.text(Self.page(body: body))
        Self.expectArticleKept(text)
        for junk in ["Mowat", "PUBLISHED", "Krisher", "1:39", "Hudak", "Copyright", "comments"] {
            #expect(!text.contains(junk), "kept: \(junk)")
        }
    }

    /// Boxes named as furniture are dropped only when small: an article body whose class mentions tags or
    /// sharing is still the article.
    @Test func aBodyWhoseClassNamesFurnitureIsKept() throws {
        let html = """
            <html><head><title>T</title></head><body><main>
            <article class="post tag-politics share-enabled"><h1>Council closes old bridge</h1>
            \(Self.paragraphs.map { "<p>\($0)</p>" }.joined())
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            </article></main></body></html>
            """
        let text = try Self.text(html)
        Self.expectArticleKept(text)
        #expect(!text.contains("Facebook"))
    }

    /// A wrapper whose class names a sidebar ("container penci_sidebar") that holds the article: the
    /// strict pass used to strip the article with it and fall back to a pass that kept the comments.
    @Test func aWrapperNamedLikeASidebarDoesNotLetCommentsIn() throws {
        let html = """
            <html><head><title>T</title></head><body>
            <div class="container container-single penci_sidebar"><div id="main"><article class="post">
            <h1>Council closes old bridge</h1><div class="post-entry">\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div>
            <div class="post-comments" id="comments"><h3>1 comment</h3><div class="comment-body"><p>Stephanie, September 17, 2014</p>
            <p>We also drive over this bridge every weekend and will miss it a lot, thanks for writing about it all!</p><p>Reply</p></div>
            <form class="comment-form"><p>Save my name, email, and website in this browser for the next time I comment.</p></form></div>
            </article></div></div></body></html>
            """
        let text = try Self.text(html)
        Self.expectArticleKept(text)
        for junk in ["comment", "Stephanie", "weekend", "Reply", "Save my name"] { #expect(!text.contains(junk), "kept: \(junk)") }
    }

    /// A body split into boxes of one class by a figure between them, each box under its own parent.
    @Test func aBodySplitIntoSectionsOfOneClassIsKeptWhole() throws {
        let first = Self.paragraphs[0..<3].map { "<p>\($0)</p>" }.joined()
        let second = Self.paragraphs[3...].map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><head><title>T</title></head><body><div class="post"><h1>Council closes old bridge</h1>
            <section class="outer"><div class="wrap"><div class="post__content wysiwyg">\(first)</div></div></section>
            <section class="outer figure-section"><figure><img src="x.jpg"><figcaption>The bridge at dusk</figcaption></figure></section>
            <section class="outer"><div class="wrap"><div class="post__content wysiwyg">\(second)</div></div></section>
            </div></body></html>
            """
        let text = try Self.text(html)
        Self.expectArticleKept(text)
        #expect(!text.contains("dusk"))
    }

    /// The by-line words in prose, calls to action in reporting, dates in sentences: all kept.
    @Test func lineClassesLeaveProseAlone() {
        for line in [
            "By the end of the week, crews will have fenced off both ends of the bridge.",
            "Police asked drivers to follow the diversion signs and to check the council website for updates.",
            "The bridge opened on November 20, 1921, and carried trams until 1957.",
            "Get it on Amazon for $39.99",
            "Researchers have pinpointed the earliest evidence of the deadly illness to a place in Russia.",
        ] {
            #expect(LineClass.classify(.init(line[...], linkFraction: 0)) == nil, "\(line)")
        }
    }

    /// An AP page: the headline only in `<title>` and `og:title`, the text starting at the dateline. The
    /// headline opens the text, and its characters map to the bytes of the `<title>` element.
    @Test func aHeadlineOnlyInTheMetadataOpensTheText() throws {
        let html = """
            <html><head><title>UK Tories under fire for Twitter name switch during debate | AP News</title>
            <meta property="og:title" content="UK Tories under fire for Twitter name switch during debate"></head>
            <body><h1><a href="https://apnews.com/">AP</a></h1><div class="Article">
            <p>LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to deceive voters during a debate.</p>
            \(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        let doc = try NormalizeSupport.html(html).get()
        #expect(doc.text.hasPrefix("UK Tories under fire for Twitter name switch during debate\n\nLONDON (AP) —"))
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
        let titleStart = Array(html.utf8).firstIndex(of: UInt8(ascii: "U"))!
        #expect(doc.sourceRange(of: Span(0, 2)) == titleStart..<(titleStart + 2))
        // Not twice when the body already opens with it, even written a little differently.
        let repeated = html.replacingFirst("<p>LONDON", with: "<p>UK Tories under fire for Twitter name switch in debate</p><p>LONDON")
        let again = try NormalizeSupport.html(repeated).get().text
        #expect(again.hasPrefix("UK Tories under fire for Twitter name switch in debate\n\nLONDON"))
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (no Foundation in this target).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let s = Array(unicodeScalars)
        let t = Array(target.unicodeScalars)
        guard !t.isEmpty, s.count >= t.count else { return self }
        for i in 0...(s.count - t.count) where Array(s[i..<(i + t.count)]) == t {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: s[..<i])
            out.append(contentsOf: replacement.unicodeScalars)
            out.append(contentsOf: s[(i + t.count)...])
            return String(out)
        }
        return self
    }
}
