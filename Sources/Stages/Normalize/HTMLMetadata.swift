import Pipeline

/// Title, canonical URL and publication date from a page's head and markup.
enum HTMLMetadata {
    /// What the tree walk collects on the way.
    struct Raw {
        var titleText = ""
        /// meta property/name/itemprop (lower-cased) -> first content.
        var metas: [String: String] = [:]
        var canonical: String?
        var timeDatetimes: [(value: String, pubdate: Bool)] = []
        var jsonLD: [String] = []
        var pendingJSONLD = false

        private var key: String?
        private var contentValue: String?
        private var rel: String?
        private var href: String?
        private var datetime: String?
        private var isPubdate = false

        mutating func noteAttribute(tag: HTMLTag, key attribute: String, value: String) {
            switch (tag, attribute) {
            case (.meta, "property"), (.meta, "name"), (.meta, "itemprop"), (.meta, "http-equiv"):
                if key == nil { key = value.lowercased() }
            case (.meta, "content"): contentValue = value
            case (.link, "rel"): rel = value.lowercased()
            case (.link, "href"): href = value
            case (.time, "datetime"): datetime = value
            case (.time, "pubdate"): isPubdate = true
            case (.time, "itemprop"): if value.lowercased() == "datepublished" { isPubdate = true }
            case (.script, "type"): pendingJSONLD = value.lowercased().contains("ld+json")
            default: break
            }
        }

        mutating func finishElement(tag: HTMLTag) {
            switch tag {
            case .meta:
                if let key, let contentValue, metas[key] == nil { metas[key] = contentValue }
            case .link:
                if rel == "canonical", canonical == nil, let href, !href.isEmpty { canonical = href }
            case .time:
                if let datetime { timeDatetimes.append((datetime, isPubdate)) }
            default: break
            }
            key = nil
            contentValue = nil
            rel = nil
            href = nil
            datetime = nil
            isPubdate = false
        }
    }

    static let publishedMetaKeys = ["article:published_time", "og:article:published_time", "og:published_time"]
    static let pubdateMetaKeys = [
        "pubdate", "publishdate", "publish-date", "publish_date", "datepublished", "date", "parsely-pub-date",
        "sailthru.date", "article.published", "published-date", "original-publish-date",
    ]
    static let dublinCoreKeys = ["dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created"]

    /// Fills `meta` from the page: title and URL when missing, and offers the page's publication date.
    static func apply(_ raw: Raw, to meta: inout Meta) {
        if meta.title == nil {
            let title = collapse(raw.metas["og:title"] ?? raw.titleText)
            if !title.isEmpty { meta.title = title }
        }
        if meta.url == nil, let url = raw.canonical ?? raw.metas["og:url"], !url.isEmpty { meta.url = url }
        // The page's date is offered like any other; `Meta.offerDate` keeps a stronger one already given.
        if meta.dctSource.rank > DCTSource.meta.rank, let found = publicationDate(raw, url: meta.url) {
            meta.offerDate(found.date, from: found.source)
        }
    }

    static func publicationDate(_ raw: Raw, url: String?) -> (date: String, source: DCTSource)? {
        for key in publishedMetaKeys { if let d = raw.metas[key].flatMap(isoDate) { return (d, .meta) } }
        for json in raw.jsonLD { if let d = jsonLDDate(json) { return (d, .jsonld) } }
        let times = raw.timeDatetimes.filter(\.pubdate) + raw.timeDatetimes.filter { !$0.pubdate }
        for time in times { if let d = isoDate(time.value) { return (d, .meta) } }
        for key in pubdateMetaKeys { if let d = raw.metas[key].flatMap(isoDate) { return (d, .meta) } }
        for key in dublinCoreKeys { if let d = raw.metas[key].flatMap(isoDate) { return (d, .meta) } }
        for candidate in [url, raw.canonical, raw.metas["og:url"]] {
            if let candidate, let d = urlDate(candidate) { return (d, .url) }
        }
        return nil
    }

    /// `"datePublished": "..."` anywhere in a JSON-LD block (top level, @graph or nested).
    static func jsonLDDate(_ json: String) -> String? {
        let bytes = Array(json.utf8)
        let key = Array("\"datePublished\"".utf8)
        var i = 0
        while i + key.count <= bytes.count {
            if bytes[i] == key[0] && bytes[i..<(i + key.count)].elementsEqual(key) {
                var k = i + key.count
                while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x09 || bytes[k] == 0x0D || bytes[k] == UInt8(ascii: ":")) { k += 1 }
                if k < bytes.count && bytes[k] == UInt8(ascii: "\"") {
                    let start = k + 1
                    var end = start
                    while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    if let d = isoDate(String(decoding: bytes[start..<end], as: UTF8.self)) { return d }
                }
                i = k
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The date at the start of a machine-readable value: `2021-12-01T09:00`, `2021/12/01`, `20211201`.
    static func isoDate(_ value: String) -> String? {
        let digits = Array(value.utf8.drop { $0 == 0x20 })
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= digits.count else { return nil }
            var v = 0
            for b in digits[from..<(from + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard let year = number(0, 4) else { return nil }
        var month: Int?
        var day: Int?
        if digits.count >= 10, digits[4] == digits[7], digits[4] == UInt8(ascii: "-") || digits[4] == UInt8(ascii: "/") {
            month = number(5, 2)
            day = number(8, 2)
        } else if let m = number(4, 2), let d = number(6, 2), digits.count == 8 || (digits.count > 8 && !(digits[8] >= 0x30 && digits[8] <= 0x39)) {
            month = m
            day = d
        }
        guard let month, let day else { return nil }
        return formatted(year, month, day)
    }

    /// A `/2021/09/20/` (or `/2021-09-20`) date in a URL path.
    static func urlDate(_ url: String) -> String? {
        let b = Array(url.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for x in b[from..<(from + count)] {
                guard x >= 0x30 && x <= 0x39 else { return nil }
                v = v * 10 + Int(x - 0x30)
            }
            return v
        }
        var i = 0
        while i + 11 <= b.count {
            if b[i] == UInt8(ascii: "/"), let year = number(i + 1, 4), b.count > i + 5 {
                let sep = b[i + 5]
                if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-"),
                    let month = number(i + 6, 2), i + 8 < b.count, b[i + 8] == sep,
                    let day = number(i + 9, 2), i + 11 == b.count || !(b[i + 11] >= 0x30 && b[i + 11] <= 0x39),
                    let date = formatted(year, month, day)
                {
                    return date
                }
            }
            i += 1
        }
        return nil
    }

    static func formatted(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard year >= 1900 && year <= 2100 else { return nil }
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let text = "\(year)-\(pad(month))-\(pad(day))"
        return DocumentDate.isValid(text) ? text : nil
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
