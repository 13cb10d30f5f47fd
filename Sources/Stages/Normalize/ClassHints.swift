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

    private static let hiddenWords = ClassWordSet(hiddenTokens)
    private static let furnitureWords = ClassSubstringSet(furniture)
    private static let furnitureTokenWords = ClassWordSet(furnitureTokens)
    private static let furnitureExceptionWords = ClassSubstringSet(furnitureExceptions)
    private static let embeddedPostWords = ClassSubstringSet(["tweet", "instagram-media", "social-embed", "media-embed", "fb-post"])

    /// True when one of the space-separated class words hides the element (`value`: the class attribute).
    static func isHiddenClass(_ value: String) -> Bool {
        var bytes = Array(value.utf8)
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        return hiddenWords.containsWord(bytes, separators: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    }

    /// `text`: class and id values, ASCII-lower-cased (as for `judge`).
    static func isFurniture(_ text: [UInt8]) -> Bool {
        guard !text.isEmpty, !furnitureExceptionWords.occurs(in: text) else { return false }
        if furnitureWords.occurs(in: text) { return true }
        return furnitureTokenWords.containsWord(text, separators: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) })
    }

    /// Boxes of embedded posts the article quotes (tweets, Instagram and Facebook posts).
    static func embedsPost(_ text: [UInt8]) -> Bool { embeddedPostWords.occurs(in: text) }

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

/// Words looked for as substrings of lower-cased ASCII bytes, bucketed by first byte (String.contains
/// built a searcher per call: a third of the normalizer's time).
struct ClassSubstringSet: Sendable {
    private let buckets: [[[UInt8]]]

    init(_ words: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for word in words {
            let bytes = Array(word.utf8)
            if let first = bytes.first { buckets[Int(first)].append(bytes) }
        }
        self.buckets = buckets
    }

    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { t in
            let n = t.count
            for i in 0..<n {
                for word in buckets[Int(t[i])] where word.count <= n - i {
                    var k = 1
                    while k < word.count && t[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }
}

/// Whole words (runs between separator bytes) looked up in a set of byte strings.
struct ClassWordSet: Sendable {
    private let words: Set<[UInt8]>
    private let longest: Int

    init(_ words: Set<String>) {
        self.words = Set(words.map { Array($0.utf8) })
        longest = words.map(\.utf8.count).max() ?? 0
    }

    func containsWord(_ text: [UInt8], separators isSeparator: (UInt8) -> Bool) -> Bool {
        var start = 0
        let n = text.count
        while start < n {
            while start < n && isSeparator(text[start]) { start += 1 }
            var end = start
            while end < n && !isSeparator(text[end]) { end += 1 }
            if end > start && end - start <= longest && words.contains(Array(text[start..<end])) { return true }
            start = end
        }
        return false
    }
}
