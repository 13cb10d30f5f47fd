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

    static func judge(_ text: String) -> Verdict {
        guard !text.isEmpty else { return Verdict(weight: 0, unlikely: false) }
        var weight = 0
        if negative.contains(where: { text.contains($0) }) { weight -= 25 }
        if positive.contains(where: { text.contains($0) }) { weight += 25 }
        let unlikely = unlikely.contains(where: { text.contains($0) }) && !maybe.contains(where: { text.contains($0) })
        return Verdict(weight: weight, unlikely: unlikely)
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
