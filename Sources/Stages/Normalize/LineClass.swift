/// What a line of page text is, when it is not article text: the line classes of boilerplate that sit
/// inside an article's container, told by their shape and by the words that make that shape.
///
/// The cues are the conventions of the genre, not strings of particular pages: a credit ends a caption
/// ("… Credit: Getty", "(Image: Reuters)"), a by-line is "By" and names, a publication line is dates and
/// times, a call to action is an imperative aimed at a channel ("Follow us on Twitter", "Subscribe to our
/// newsletter", "Click here"), a wire copyright line says copyright or "All rights reserved". A line is
/// only judged when short; a paragraph of reporting that merely contains such a word is never touched.
enum LineClass: Equatable, Sendable {
    case caption, credit, byline, dateline, callToAction, copyright, relatedLink, label, control

    /// One line's words and shape, computed once.
    struct Shape {
        /// Words: runs of letters and digits (apostrophes inside a word kept), in their original case.
        var words: [Substring]
        var lower: [String]
        let text: Substring
        /// Share of the line's visible characters inside links.
        var linkFraction: Double
        /// The text's UTF-8 bytes with ASCII letters lower-cased, for phrase tests without String searches.
        let lowerBytes: [UInt8]

        init(_ text: Substring, linkFraction: Double) {
            self.text = text
            self.linkFraction = linkFraction
            var bytes = Array(text.utf8)
            for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
            lowerBytes = bytes
            var words: [Substring] = []
            var i = text.startIndex
            while i < text.endIndex {
                guard Self.isWordScalar(text.unicodeScalars[i]) else {
                    i = text.unicodeScalars.index(after: i)
                    continue
                }
                var j = i
                while j < text.endIndex {
                    let s = text.unicodeScalars[j]
                    if Self.isWordScalar(s) {
                        j = text.unicodeScalars.index(after: j)
                    } else if s == "'" || s == "’" || s == "." {
                        // "Don't", "p.m." stay one word when a letter follows.
                        let next = text.unicodeScalars.index(after: j)
                        if next < text.endIndex, text.unicodeScalars[next].properties.isAlphabetic { j = next } else { break }
                    } else {
                        break
                    }
                }
                words.append(text[i..<j])
                i = j
            }
            self.words = words
            lower = words.map { $0.lowercased() }
        }

        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 {
                return (s.value >= 0x30 && s.value <= 0x39) || ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A)
            }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }

        var isUpperCase: Bool {
            var letters = 0
            for s in text.unicodeScalars where s.properties.isAlphabetic {
                if s.properties.isLowercase { return false }
                letters += 1
            }
            return letters >= 6
        }

        /// Ends like a sentence of prose (a full stop, not an abbreviation's).
        var endsWithStop: Bool {
            guard let last = text.unicodeScalars.last(where: { $0 != " " && $0 != "\"" && $0 != "”" && $0 != "’" && $0 != ")" })
            else { return false }
            return last == "." || last == "!" || last == "?"
        }

        /// True when the lower-cased text contains `phrase` (lower-case ASCII).
        func has(_ phrase: StaticString) -> Bool {
            let m = phrase.utf8CodeUnitCount
            let n = lowerBytes.count
            guard m > 0, m <= n else { return false }
            let p = phrase.utf8Start
            return lowerBytes.withUnsafeBufferPointer { t in
                for i in 0...(n - m) where t[i] == p[0] {
                    var k = 1
                    while k < m && t[i + k] == p[k] { k += 1 }
                    if k == m { return true }
                }
                return false
            }
        }

        /// True when the lower-cased text starts with `phrase`.
        func starts(with phrase: StaticString) -> Bool {
            let m = phrase.utf8CodeUnitCount
            guard m <= lowerBytes.count else { return false }
            let p = phrase.utf8Start
            for k in 0..<m where lowerBytes[k] != p[k] { return false }
            return true
        }

        func isCapitalized(_ k: Int) -> Bool {
            guard let first = words[k].unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil
        }
    }

    /// The class of a line, or nil for article text.
    static func classify(_ shape: Shape) -> LineClass? {
        let n = shape.words.count
        guard n > 0 else { return nil }
        if n <= 3, shape.linkFraction >= 0.9, !shape.endsWithStop { return .relatedLink }
        if n <= 4, isControl(shape) { return .control }
        if n <= 60, isCaptionCredit(shape) { return .caption }
        if n <= 8, isNameCredit(shape) { return .credit }
        if n <= 16, isByline(shape) { return .byline }
        if n <= 22, isDateline(shape) { return .dateline }
        if n <= 60, isCopyright(shape) { return .copyright }
        if n <= 70, isCallToAction(shape) { return .callToAction }
        if isRelatedLink(shape) { return .relatedLink }
        if n <= 7, isRelatedLabel(shape) { return .label }
        return nil
    }

    // MARK: - the classes

    /// Interface words standing alone: "Advertisement", "Comments", "Reply", "Share", "3 comments".
    static let controlWords: Set<String> = [
        "advertisement", "advertising", "sponsored", "comments", "comment", "reply", "share", "tweet", "print",
        "email", "loading", "close", "menu", "skip", "continue", "reading", "show", "more", "load", "less",
        "ad", "story", "continues", "below", "scroll", "to", "view", "gallery", "photos", "images", "next", "previous", "click",
    ]

    static func isControl(_ s: Shape) -> Bool {
        // One number at most ("12 comments"), every other word an interface word.
        var numbers = 0
        for w in s.lower {
            if w.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
                numbers += 1
                continue
            }
            if !controlWords.contains(w) { return false }
        }
        return numbers <= 1 && numbers < s.words.count
    }

    /// Labels that open a caption or a credit, as screen-reader text and caption styles write them.
    static let captionOpeners: [[String]] = [
        ["image", "copyright"], ["image", "caption"], ["media", "caption"], ["image", "credit"], ["photo", "credit"],
        ["picture", "credit"], ["image", "source"], ["photo"], ["photograph"], ["image"], ["picture"], ["credit"],
        ["credits"], ["photos"], ["illustration"], ["caption"], ["pictured"], ["video"], ["source"],
    ]

    /// Words that end a caption as its credit, with the agency or photographer after them.
    static let creditMarkers: Set<String> = ["credit", "credits", "photograph", "photo", "image", "picture", "courtesy", "illustration"]

    static func isCaptionCredit(_ s: Shape) -> Bool {
        // "Image copyright Getty Images", "Photograph: AFP", "Credit: EPA" at the start (a colon or a
        // two-word opener: a sentence starting "Photo" is not a label).
        for opener in captionOpeners where opener.count <= s.lower.count && Array(s.lower.prefix(opener.count)) == opener {
            if opener.count == 2 && s.words.count <= 40 { return true }
            let after = s.text[s.words[opener.count - 1].endIndex...].drop { $0 == " " }
            if after.hasPrefix(":") { return true }
        }
        // "… treatmentCredit: EPA", "… (Image: GETTY )", "… (Image credit: NASA)", "… Photograph: AFP via Getty".
        let tail = s.text.suffix(80)
        if let colon = tail.lastIndex(of: ":") {
            let before = tail[..<colon]
            let after = tail[tail.index(after: colon)...]
            let afterWords = after.split(whereSeparator: { $0 == " " }).count
            if afterWords >= 1 && afterWords <= 7 && !after.contains(".") || after.hasSuffix(".") && afterWords <= 7 {
                var k = before.endIndex
                var word = ""
                while k > before.startIndex {
                    let p = before.index(before: k)
                    guard before[p].isLetter else { break }
                    word = String(before[p]) + word
                    k = p
                }
                let lowered = word.lowercased()
                for marker in creditMarkers where lowered.hasSuffix(marker) {
                    // "…treatmentCredit": the marker glued to the caption, or a separate word.
                    if lowered == marker || word.hasSuffix(marker.prefix(1).uppercased() + marker.dropFirst()) { return true }
                }
            }
        }
        // "(AP Photo/Evan Vucci)", "(Joshua Roberts/Reuters)", "( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)".
        if s.text.hasSuffix(")"), let open = s.text.lastIndex(of: "(") {
            let inside = s.text[s.text.index(after: open)..<s.text.index(before: s.text.endIndex)]
            let words = inside.split(whereSeparator: { $0 == " " || $0 == "/" })
            if inside.contains("/") && words.count <= 7 && words.allSatisfy({ $0.first?.isUppercase ?? false }) { return true }
            let lowered = inside.lowercased()
            if words.count <= 8 && (lowered.hasPrefix("photo") || lowered.hasPrefix("image") || lowered.contains("getty")
                || lowered.contains("reuters") || lowered.contains("ap photo") || lowered.contains("afp")) {
                return true
            }
        }
        return false
    }

    /// "Jason Cipriani/ZDNet", "Kathrin Ziegler/Getty Images", "Getty Images", "AP Photo".
    static func isNameCredit(_ s: Shape) -> Bool {
        guard !s.endsWithStop else { return false }
        for k in s.words.indices where !s.isCapitalized(k) { return false }
        if s.text.contains("/") { return true }
        let joined = s.lower.joined(separator: " ")
        return joined == "getty images" || joined == "ap photo" || joined.hasSuffix(" getty images")
            || joined == "associated press" || joined == "the associated press" || joined == "reuters" || joined == "afp"
    }

    /// Job words that end a wire by-line ("Tom Krisher, AP Auto Writer").
    static let bylineRoles: Set<String> = [
        "writer", "correspondent", "reporter", "editor", "columnist", "contributor", "staff", "producer", "journalist",
    ]
    static let bylinePrefixes: [[String]] = [
        ["by"], ["posted", "by"], ["written", "by"], ["words", "by"], ["story", "by"], ["reporting", "by"],
        ["additional", "reporting", "by"], ["reported", "by"], ["editing", "by"], ["compiled", "by"], ["text", "by"],
        ["photos", "by"], ["photographs", "by"], ["interview", "by"], ["produced", "by"], ["edited", "by"], ["from"],
    ]

    static func isByline(_ s: Shape) -> Bool {
        let n = s.words.count
        for prefix in bylinePrefixes where prefix.count < n && Array(s.lower.prefix(prefix.count)) == prefix {
            if prefix == ["from"] { continue }
            // Names (and a date) after "by": mostly capitalized words and numbers.
            let rest = prefix.count..<n
            guard s.isCapitalized(prefix.count) else { continue }
            var capitalized = 0
            for k in rest where s.isCapitalized(k) || connectors.contains(s.lower[k]) || dateWords.contains(s.lower[k]) {
                capitalized += 1
            }
            if Double(capitalized) >= Double(rest.count) * 0.75 { return true }
        }
        // "Tom Krisher, AP Auto Writer"
        if n <= 8, let last = s.lower.last, bylineRoles.contains(last), s.text.contains(","), !s.endsWithStop {
            return s.words.indices.allSatisfy { s.isCapitalized($0) || connectors.contains(s.lower[$0]) }
        }
        return false
    }

    static let connectors: Set<String> = ["and", "&", "de", "van", "von", "der", "la", "le", "of", "the", "at", "in", "on", "for", "with"]

    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "est", "edt", "pst", "pdt", "cst", "cdt",
        "mst", "mdt", "gmt", "utc", "bst", "cet", "cest", "ist", "et", "pt", "ct", "aest", "updated", "published",
        "posted", "modified", "last", "on", "at", "date", "time", "ago", "hours", "hour", "minutes", "minute", "min",
        "mins", "read", "today", "yesterday", "st", "nd", "rd", "th", "created", "first",
    ]
    static let strongDateWords: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m", "p.m", "ago",
        "updated", "published", "posted",
    ]

    /// "Updated 1:39 am EST, Wednesday, November 20, 2019", "November 20, 2019 / 1:07 AM / CBS News",
    /// "PUBLISHED: 10:48, Tue, Nov 19, 2019", "5 min read".
    static func isDateline(_ s: Shape) -> Bool {
        var dated = 0
        var strong = false
        var number = false
        for w in s.lower {
            if w.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) || isOrdinal(w) {
                dated += 1
                number = true
            } else if dateWords.contains(w) {
                dated += 1
                if strongDateWords.contains(w) { strong = true }
            }
        }
        guard strong && number else { return false }
        return Double(dated) >= Double(s.words.count) * 0.6
    }

    static func isOrdinal(_ w: String) -> Bool {
        let digits = w.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        return ["st", "nd", "rd", "th"].contains(String(w.dropFirst(digits.count)))
    }

    static func isCopyright(_ s: Shape) -> Bool {
        if s.starts(with: "©") || s.starts(with: "copyright") || s.starts(with: "(c) ") { return true }
        return s.has("all rights reserved") || s.has("rewritten or redistributed") || s.has("subject to copyright")
            || s.has("copyright ©") || s.has("© copyright")
    }

    /// Imperatives that open a call to action.
    static let actionVerbs: Set<String> = [
        "click", "tap", "subscribe", "sign", "signup", "follow", "join", "download", "get", "listen", "watch",
        "read", "share", "like", "register", "support", "become", "visit", "check", "order", "try", "see", "find",
        "stay", "keep", "sign-up", "connect", "tweet", "email", "contact", "send", "tell",
    ]
    /// Where a call to action sends the reader.
    static let channelWords: Set<String> = [
        "here", "newsletter", "newsletters", "inbox", "twitter", "facebook", "instagram", "youtube", "linkedin",
        "pinterest", "tiktok", "whatsapp", "telegram", "app", "apps", "podcast", "podcasts", "channel", "subscription",
        "subscriptions", "subscribe", "subscriber", "subscribers", "email", "e-mail", "forum", "forums", "rss", "feed",
        "notifications", "alerts", "member", "members", "membership", "magazine", "tweet", "download", "updates",
        "google", "flipboard", "snapchat", "reddit", "mailing", "premium", "plus", "pro",
    ]

    static func isCallToAction(_ s: Shape) -> Bool {
        if s.has("click here") || s.has("clicking here") || s.has("tap here") {
            return true
        }
        // Sentence by sentence: the words of sentences that are calls to action, against all words.
        var actionWords = 0
        var sentenceStart = 0
        let n = s.words.count
        var k = 0
        let sentenceEnds = sentenceEndIndices(s)
        for end in sentenceEnds + [n] where end > sentenceStart {
            let range = sentenceStart..<end
            k = range.lowerBound
            let first = s.lower[k]
            var isAction = false
            // "Follow …", "Subscribe …", "Sign up …", "Don't miss …" aimed at a channel, or a contact line.
            if actionVerbs.contains(first) || (first == "please" && range.count > 1 && actionVerbs.contains(s.lower[k + 1])) {
                isAction = range.contains { channelWords.contains(s.lower[$0]) } || sentenceHasURL(s, range)
            }
            if !isAction, sentenceHasEmail(s, range) {
                isAction = range.contains { ["reached", "contact", "tips", "tip", "write", "email", "e-mail"].contains(s.lower[$0]) }
            }
            if isAction { actionWords += range.count }
            sentenceStart = end
        }
        return actionWords > 0 && Double(actionWords) * 3 >= Double(n)
    }

    /// Word indices where a new sentence starts (after . ! ? that end a word).
    static func sentenceEndIndices(_ s: Shape) -> [Int] {
        var result: [Int] = []
        for k in 0..<(s.words.count - 1) {
            let end = s.words[k].endIndex
            let next = s.words[k + 1].startIndex
            let between = s.text[end..<next]
            if between.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) { result.append(k + 1) }
        }
        return result
    }

    /// The sentence of words `range`, as a byte range of `lowerBytes`.
    static func byteRange(_ s: Shape, _ range: Range<Int>) -> Range<Int> {
        let utf8 = s.text.utf8
        let from = utf8.distance(from: s.text.startIndex, to: s.words[range.lowerBound].startIndex)
        let to = utf8.distance(from: s.text.startIndex, to: s.words[range.upperBound - 1].endIndex)
        return from..<max(from, to)
    }

    static func sentenceHasURL(_ s: Shape, _ range: Range<Int>) -> Bool {
        let bytes = s.lowerBytes[byteRange(s, range)]
        return contains(bytes, "http") || contains(bytes, "www.") || contains(bytes, ".com")
    }

    static func sentenceHasEmail(_ s: Shape, _ range: Range<Int>) -> Bool {
        s.lowerBytes[byteRange(s, range)].contains(UInt8(ascii: "@"))
    }

    static func contains(_ bytes: ArraySlice<UInt8>, _ phrase: StaticString) -> Bool {
        let m = phrase.utf8CodeUnitCount
        guard m > 0, m <= bytes.count else { return false }
        let p = phrase.utf8Start
        var i = bytes.startIndex
        while i + m <= bytes.endIndex {
            if bytes[i] == p[0] {
                var k = 1
                while k < m && bytes[i + k] == p[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    /// Openers of a link to another story: "Related: …", "READ MORE: …", "SEE ALSO …".
    static let relatedOpeners: [[String]] = [
        ["related"], ["read", "more"], ["see", "more"], ["see", "also"], ["also", "read"], ["also"], ["more"],
        ["watch"], ["don't", "miss"], ["recommended"], ["trending"], ["read"], ["also", "see"], ["further", "reading"],
        ["related", "coverage"], ["related", "content"], ["related", "stories"], ["more", "from"], ["previously"],
        ["explore", "more"], ["opinion"], ["listen"], ["video"],
    ]

    static func isRelatedLink(_ s: Shape) -> Bool {
        guard s.linkFraction >= 0.3 else { return false }
        for opener in relatedOpeners where opener.count < s.lower.count && Array(s.lower.prefix(opener.count)) == opener {
            let after = s.text[s.words[opener.count - 1].endIndex...].drop { $0 == " " }
            if after.hasPrefix(":") || after.hasPrefix("-") || after.hasPrefix("|") { return true }
        }
        // A story's headline as a link, in capitals ("SEAN SPICER ELIMINATED FROM …").
        return s.linkFraction >= 0.8 && s.words.count >= 3 && s.isUpperCase
    }

    static let labelWords: Set<String> = [
        "related", "more", "also", "miss", "like", "recommended", "popular", "trending", "read", "next", "see",
        "watch", "latest", "stories", "articles", "reviews", "coverage", "news", "top", "must", "reads",
    ]

    /// A heading of a link list: "DON'T MISS", "You may also like...", "More Reviews from …", "Related".
    static func isRelatedLabel(_ s: Shape) -> Bool {
        guard !s.endsWithStop || s.text.hasSuffix("...") || s.text.hasSuffix("…") else { return false }
        let hits = s.lower.filter { labelWords.contains($0) }.count
        return hits >= 1 && (s.lower.contains("related") || s.lower.contains("more") || s.lower.contains("miss")
            || s.lower.contains("also") || s.lower.contains("recommended") || s.lower.contains("popular")
            || s.lower.contains("trending"))
    }
}
