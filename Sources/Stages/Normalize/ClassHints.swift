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
    /// Words that keep an element with an unlikely word ("main-nav-content" stays a candidate; an "embed"
    /// box holds a quoted post or a video, which the article shows as its own).
    static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "embed"]

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

    /// Every word of the four lists once, bucketed by first byte, with the lists it belongs to as bits:
    /// one pass over the class text finds all four answers.
    private struct Word {
        var bytes: [UInt8]
        var lists: UInt8
    }
    private static let negativeBit: UInt8 = 1, positiveBit: UInt8 = 2, unlikelyBit: UInt8 = 4, maybeBit: UInt8 = 8

    private static let wordsByFirstByte: [[Word]] = {
        var lists: [String: UInt8] = [:]
        for (words, bit) in [(negative, negativeBit), (positive, positiveBit), (unlikely, unlikelyBit), (maybe, maybeBit)] {
            for word in words { lists[word, default: 0] |= bit }
        }
        var buckets = [[Word]](repeating: [], count: 256)
        for (word, bits) in lists.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            buckets[Int(first)].append(Word(bytes: bytes, lists: bits))
        }
        return buckets
    }()

    /// `text`: class and id values, ASCII-lower-cased.
    static func judge(_ text: [UInt8]) -> Verdict {
        guard !text.isEmpty else { return Verdict(weight: 0, unlikely: false) }
        let found = text.withUnsafeBufferPointer { t -> UInt8 in
            var found: UInt8 = 0
            let n = t.count
            for i in 0..<n {
                for word in wordsByFirstByte[Int(t[i])] where found & word.lists != word.lists {
                    let m = word.bytes.count
                    guard m <= n - i else { continue }
                    var k = 1
                    while k < m && t[i + k] == word.bytes[k] { k += 1 }
                    if k == m { found |= word.lists }
                }
                if found == 15 { break }
            }
            return found
        }
        var weight = 0
        if found & negativeBit != 0 { weight -= 25 }
        if found & positiveBit != 0 { weight += 25 }
        let unlikely = found & unlikelyBit != 0 && found & maybeBit == 0
        return Verdict(weight: weight, unlikely: unlikely)
    }

    /// Boxes that sit inside an article's container but are never its text: captions and credits, share,
    /// follow and subscribe boxes, related and recommended links, tags, ratings, link pop-ups, calls to
    /// action, the publication line. Matched as substrings of class and id (as the lists above), and
    /// applied only to boxes holding a small part of the selected text (`BoilerplateFilter`), so an
    /// article body whose class happens to name one of them is kept.
    static let furniture: [String] = [
        "caption", "credit", "byline", "by-line", "share", "sharing", "social", "newsletter", "subscri",
        "signup", "sign-up", "related", "recommend", "promo", "comment", "disqus", "breadcrumb", "advert",
        "sponsor", "rating", "readmore", "read-more", "more-stories", "trending", "popular", "tooltip",
        "popover", "rollover", "hovercard", "toolbar", "timestamp", "publish", "posted-on", "post-meta",
        "entry-meta", "article-meta", "article-info", "post-info", "dateline-", "gallery-count", "donate",
        "paywall", "upsell", "follow-us", "jump-link", "skip-link", "noscript", "nocontent", "disclaimer",
        // The standfirst (the editor's summary under the headline) repeats the story.
        // ("subtitle", "subheadline" and "deck" are not: sites use them for the body's section headings too.)
        "standfirst", "strapline", "tagline",
    ]
    /// Whole class words (between separators) of the same kind, too short to match as substrings.
    static let furnitureTokens: Set<String> = [
        "cta", "tags", "tag", "meta", "ad", "ads", "date", "dates", "time", "print", "dek",
    ]
    /// Exceptions: boxes that hold quoted content (embedded posts) or the body itself.
    static let furnitureExceptions: [String] = ["embed", "tweet", "article-body", "articlebody", "story-body", "post-body", "entry-content"]

    /// Class words that hide an element in the site's stylesheet (Bootstrap, WordPress, Tailwind and
    /// common conventions): text a reader never sees, such as screen-reader labels and print-only notes.
    static let hiddenTokens: Set<String> = [
        "hidden", "d-none", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "is-hidden", "u-hidden", "invisible", "print-only",
        "d-print-block", "visible-print", "visible-print-block", "show-for-sr", "element-invisible", "a11y-hidden",
    ]

    /// True when one of the space-separated class words hides the element.
    static func isHiddenClass(_ classValue: String) -> Bool {
        for word in classValue.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if hiddenTokens.contains(word.lowercased()) { return true }
        }
        return false
    }

    /// `text`: class and id values, ASCII-lower-cased (as for `judge`).
    static func isFurniture(_ text: [UInt8]) -> Bool {
        guard !text.isEmpty else { return false }
        let string = String(decoding: text, as: UTF8.self)
        if furnitureExceptions.contains(where: { string.contains($0) }) { return false }
        if furniture.contains(where: { string.contains($0) }) { return true }
        for word in string.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where furnitureTokens.contains(String(word)) {
            return true
        }
        return false
    }

    /// Boxes of embedded posts the article quotes (tweets, Instagram and Facebook posts).
    static func embedsPost(_ text: [UInt8]) -> Bool {
        let string = String(decoding: text, as: UTF8.self)
        return string.contains("tweet") || string.contains("instagram-media") || string.contains("social-embed")
            || string.contains("media-embed") || string.contains("fb-post")
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
