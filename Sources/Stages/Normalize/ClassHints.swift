/// What class and id names say about an element (the hints Readability and boilerplate removers use).
///
/// Matched on lower-cased `class` + `id` text, by substring, as those tools do: site templates name
/// their boxes in English even on other-language sites ("sidebar", "share", "comments", "article-body").
enum ClassHints {
    /// Boxes that are almost never the article: removed before scoring unless a content word is present.
    static let unlikely: [String] = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "cookie", "consent", "newsletter", "subscribe",
        "share", "sharing", "promo", "outbrain", "taboola", "recommend", "most-popular", "mostpopular",
        "trending", "signup", "sign-up", "paywall", "modal", "read-more", "readmore", "more-stories", "nav",
    ]
    /// Words that keep an element with an unlikely word ("main-nav-content" stays a candidate).
    static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry"]

    static let negative: [String] = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "byline", "author", "caption", "credit", "newsletter",
        "subscribe", "advert", "social", "recirc", "teaser", "card",
    ]
    static let positive: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
        "story", "prose", "paragraph",
    ]

    struct Verdict {
        var weight: Int
        var unlikely: Bool
    }

    private static let unlikelyBytes = unlikely.map { Array($0.utf8) }
    private static let maybeBytes = maybe.map { Array($0.utf8) }
    private static let negativeBytes = negative.map { Array($0.utf8) }
    private static let positiveBytes = positive.map { Array($0.utf8) }

    /// `text`: class and id values, ASCII-lower-cased.
    static func judge(_ text: [UInt8]) -> Verdict {
        guard !text.isEmpty else { return Verdict(weight: 0, unlikely: false) }
        return text.withUnsafeBufferPointer { t in
            var weight = 0
            if negativeBytes.contains(where: { contains(t, $0) }) { weight -= 25 }
            if positiveBytes.contains(where: { contains(t, $0) }) { weight += 25 }
            let unlikely = unlikelyBytes.contains(where: { contains(t, $0) }) && !maybeBytes.contains(where: { contains(t, $0) })
            return Verdict(weight: weight, unlikely: unlikely)
        }
    }

    @inline(__always)
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        let n = text.count
        let m = word.count
        guard m > 0, m <= n else { return m == 0 }
        let first = word[0]
        var i = 0
        while i <= n - m {
            if text[i] == first {
                var k = 1
                while k < m && text[i + k] == word[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    /// ARIA roles of page furniture.
    static func isFurnitureRole(_ role: String) -> Bool {
        switch role {
        case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
            "contentinfo", "search":
            true
        default: false
        }
    }
}
