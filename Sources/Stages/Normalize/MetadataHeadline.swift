/// The headline of a page that shows it nowhere in its body markup (wire pages such as AP's, where the
/// text starts at the dateline and the headline lives in `<title>` and `og:title` only).
///
/// It is taken from the `<title>` element's own text, so every character keeps a real source: the bytes
/// of the title in the page. The site name that templates add at one end ("… | Hosted") is cut off as
/// `ArticleTitle` does; a title that is only a site name, or too short to be a headline, is not used,
/// and neither is one whose words already open the extracted text.
enum MetadataHeadline {
    /// The `<title>` text node and the content byte range of the headline inside it.
    struct Found {
        var text: Int
        var contentRange: Range<Int>
    }

    static func find(in tree: HTMLTree, selected: [Bool]) -> Found? {
        // The document's <title> (in the head), not an SVG's.
        var titleText = -1
        for (i, t) in tree.texts.enumerated() where t.element >= 0 && tree.elements[Int(t.element)].tag == .title {
            let p = Int(tree.elements[Int(t.element)].parent)
            if p >= 0 && tree.elements[p].tag == .head {
                titleText = i
                break
            }
        }
        guard titleText >= 0 else { return nil }
        let node = tree.texts[titleText]
        let bytes = Array(tree.content[Int(node.contentStart)..<Int(node.contentEnd)])
        let title = String(decoding: bytes, as: UTF8.self)
        guard let part = headlinePart(of: title) else { return nil }
        let key = ArticleTitle.key(String(title[part]))
        guard key.count >= ArticleTitle.minimumKeyLength else { return nil }
        let siteNames = [tree.metadata.metas["og:site_name"], tree.metadata.metas["application-name"]].compactMap { $0.map(ArticleTitle.key) }
        if siteNames.contains(key) { return nil }
        guard title[part].split(separator: " ").count >= 3 else { return nil }
        // Already in the text: the opening of the selected text starts with the headline's words.
        var opening: [UInt32] = []
        for (i, t) in tree.texts.enumerated() where selected[i] {
            opening += ArticleTitle.key(String(decoding: tree.content[Int(t.contentStart)..<Int(t.contentEnd)], as: UTF8.self))
            if opening.count >= key.count + 400 { break }
        }
        // Also when written a little differently ("HS Roundup: …" over "High School Roundup: …"): most of
        // the headline, its start or its end, is there.
        let most = max(ArticleTitle.minimumKeyLength, key.count * 3 / 5)
        if containsRun(opening, Array(key.prefix(most))) || containsRun(opening, Array(key.suffix(most))) { return nil }
        let lower = title.utf8.distance(from: title.startIndex, to: part.lowerBound)
        let upper = title.utf8.distance(from: title.startIndex, to: part.upperBound)
        let start = Int(node.contentStart)
        return Found(text: titleText, contentRange: (start + lower)..<(start + upper))
    }

    /// The headline inside a page title: the whole title, or its longest part when separators split off a
    /// site or section name that is shorter than the rest.
    static func headlinePart(of title: String) -> Range<String.Index>? {
        var pieces: [Range<String.Index>] = [title.startIndex..<title.endIndex]
        for separator in ArticleTitle.separators {
            var next: [Range<String.Index>] = []
            for piece in pieces {
                var from = piece.lowerBound
                while let hit = find(separator, in: title, from..<piece.upperBound) {
                    if hit.lowerBound > from { next.append(from..<hit.lowerBound) }
                    from = hit.upperBound
                }
                if from < piece.upperBound { next.append(from..<piece.upperBound) }
            }
            pieces = next
        }
        guard let longest = pieces.max(by: { title[$0].unicodeScalars.count < title[$1].unicodeScalars.count }) else { return nil }
        let trimmed = trim(title, longest)
        guard !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// First occurrence of `needle` in `s[range]`, on scalars (no Foundation here).
    static func find(_ needle: String, in s: String, _ range: Range<String.Index>) -> Range<String.Index>? {
        let scalars = s.unicodeScalars
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first else { return nil }
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i] == first {
                var j = i
                var k = 0
                while k < pattern.count && j < range.upperBound && scalars[j] == pattern[k] {
                    j = scalars.index(after: j)
                    k += 1
                }
                if k == pattern.count { return i..<j }
            }
            i = scalars.index(after: i)
        }
        return nil
    }

    private static func trim(_ s: String, _ r: Range<String.Index>) -> Range<String.Index> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, s[lo].isWhitespace { lo = s.index(after: lo) }
        while hi > lo, s[s.index(before: hi)].isWhitespace { hi = s.index(before: hi) }
        return lo..<hi
    }

    static func containsRun(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
