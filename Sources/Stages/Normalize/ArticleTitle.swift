/// Finds the article's headline, so that the text starts with it as a reader's copy would.
///
/// Only an `<h1>` is taken, and only when it is the article's: either its text is the page's title
/// (`og:title`, `twitter:title` or `<title>`, with or without the site name that templates add at
/// one end), or it sits in the chosen content container, or just before it under the same parent or
/// grandparent, ahead of the first body text. A site's logo in an `<h1>` is never taken: its text is
/// the site name (`og:site_name`) or a link to the home page. The by-line and date that
/// follow a headline are never taken: they are metadata about the article (who wrote it, when), not
/// its text, and the date already reaches the document as its dct; as text they would only add a
/// PERSON and a DATE that no reader of the article would annotate.
enum ArticleTitle {
    /// Separators between a headline and the site or section name in a page title.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " « ", " ~ "]
    /// Shortest headline (letters and digits) accepted; shorter `<h1>`s are labels or logos.
    static let minimumKeyLength = 8

    /// The headline element and the text nodes that make its text (hidden and graphics text left out).
    struct Found {
        var element: Int
        var texts: [Int]
    }

    static func find(in tree: HTMLTree, selected: [Bool]) -> Found? {
        let count = tree.elements.count
        guard count > 0 else { return nil }
        var headingOf = [Int32](repeating: -1, count: count)
        var hidden = [Bool](repeating: false, count: count)
        var unlikely = [Bool](repeating: false, count: count)
        var depth = [Int32](repeating: 0, count: count)
        var homeLink = [Bool](repeating: false, count: count)
        var hasHeading = false
        let keptUnlikely = ContentExtractor.unlikelyButHoldingTheArticle(tree)
        for e in 0..<count {
            let element = tree.elements[e]
            let p = Int(element.parent)
            hidden[e] = element.excludedSelf || (p >= 0 && hidden[p])
            unlikely[e] = (element.unlikely && !keptUnlikely[e]) || (p >= 0 && unlikely[p])
            depth[e] = p >= 0 ? depth[p] + 1 : 0
            homeLink[e] = element.linksHome || (p >= 0 && homeLink[p])
            if element.tag == .h1 {
                headingOf[e] = Int32(e)
                hasHeading = true
            } else if p >= 0 {
                headingOf[e] = headingOf[p]
            }
        }
        guard hasHeading else { return nil }
        // Text nodes of each visible <h1>, in document order of the headings.
        var order: [Int] = []
        var textsOf: [Int: [Int]] = [:]
        for (i, t) in tree.texts.enumerated() where t.element >= 0 {
            let e = Int(t.element)
            let h = Int(headingOf[e])
            guard h >= 0, !hidden[e], !tree.elements[e].tag.isGraphics else { continue }
            if textsOf[h] == nil { order.append(h) }
            textsOf[h, default: []].append(i)
        }
        let siteNames = Set([tree.metadata.metas["og:site_name"], tree.metadata.metas["application-name"]].compactMap { $0.map(key) })
        var keys: [Int: [UInt32]] = [:]
        for h in order {
            // A heading that is all a link home is the site's logo.
            if (textsOf[h] ?? []).allSatisfy({ homeLink[Int(tree.texts[$0].element)] }) { continue }
            var text = ""
            for i in textsOf[h] ?? [] {
                let t = tree.texts[i]
                text += String(decoding: tree.content[Int(t.contentStart)..<Int(t.contentEnd)], as: UTF8.self)
            }
            let key = Self.key(text)
            if key.count >= minimumKeyLength && !siteNames.contains(key) { keys[h] = key }
        }
        let titles = titleKeys(tree.metadata)
        if let h = order.first(where: { keys[$0].map(titles.contains) ?? false }) {
            return Found(element: h, texts: textsOf[h] ?? [])
        }
        return structural(tree, selected: selected, order: order, keys: keys, textsOf: textsOf, hidden: hidden,
                          unlikely: unlikely, depth: depth)
    }

    /// The nearest `<h1>` before the body text, inside the container or under its parent or grandparent.
    private static func structural(
        _ tree: HTMLTree, selected: [Bool], order: [Int], keys: [Int: [UInt32]], textsOf: [Int: [Int]], hidden: [Bool],
        unlikely: [Bool], depth: [Int32]
    ) -> Found? {
        // The container: the deepest element holding every selected text. Texts are in document order,
        // so the common ancestor of the first and the last holds all those between.
        guard let first = selected.firstIndex(of: true), let last = selected.lastIndex(of: true) else { return nil }
        let a = Int(tree.texts[first].element)
        let b = Int(tree.texts[last].element)
        guard a >= 0, b >= 0 else { return nil }
        let container = commonAncestor(tree, a, b, depth: depth)
        guard container >= 0 else { return nil }
        var scope = container
        for _ in 0..<2 {
            let p = Int(tree.elements[scope].parent)
            guard p >= 0, tree.elements[p].tag != .body, tree.elements[p].tag != .html else { break }
            scope = p
        }
        var best: Found?
        for h in order where keys[h] != nil && !hidden[h] && !unlikely[h] && isWithin(tree, h, scope) {
            let texts = textsOf[h] ?? []
            guard let firstText = texts.first else { continue }
            // Ahead of the body: no selected text before the heading's own (the texts between its first
            // and last are its own, being in its subtree).
            if first < firstText { break }
            best = Found(element: h, texts: texts)
        }
        return best
    }

    private static func commonAncestor(_ tree: HTMLTree, _ a: Int, _ b: Int, depth: [Int32]) -> Int {
        var x = a
        var y = b
        while x >= 0 && y >= 0 && x != y {
            if depth[x] >= depth[y] { x = Int(tree.elements[x].parent) } else { y = Int(tree.elements[y].parent) }
        }
        return x == y ? x : -1
    }

    /// Bounded climb: a headline is never far below the container's grandparent, and a page nested
    /// thousands deep must not make this quadratic.
    private static func isWithin(_ tree: HTMLTree, _ e: Int, _ ancestor: Int) -> Bool {
        var x = e
        var steps = 0
        while x >= 0 && steps <= 64 {
            if x == ancestor { return true }
            x = Int(tree.elements[x].parent)
            steps += 1
        }
        return false
    }

    /// Page titles as keys: whole, and without the site or section name at either end.
    static func titleKeys(_ metadata: HTMLMetadata.Raw) -> Set<[UInt32]> {
        var result = Set<[UInt32]>()
        for title in [metadata.metas["og:title"], metadata.metas["twitter:title"], metadata.titleText] {
            guard let title, !title.isEmpty else { continue }
            let whole = key(title)
            if whole.count >= minimumKeyLength { result.insert(whole) }
            for part in parts(title) {
                // The headline is the bigger side of a title; the small side is the site's name.
                let key = key(part)
                if key.count >= minimumKeyLength && key.count * 2 >= whole.count { result.insert(key) }
            }
        }
        return result
    }

    /// The title's longest part, and the title without its first or without its last part.
    static func parts(_ title: String) -> [String] {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: true).map(String.init) }
        }
        guard parts.count > 1 else { return [] }
        var result: [String] = []
        if let longest = parts.max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }) { result.append(longest) }
        result.append(parts.dropLast().joined(separator: " "))
        result.append(parts.dropFirst().joined(separator: " "))
        return result
    }

    /// Lower-cased letters and digits only: titles and headlines differ in quotes, dashes and spacing.
    static func key(_ text: String) -> [UInt32] {
        var result: [UInt32] = []
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else { continue }
            if scalar.value < 0x80 {
                result.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value | 0x20 : scalar.value)
            } else {
                for lower in properties.lowercaseMapping.unicodeScalars { result.append(lower.value) }
            }
        }
        return result
    }
}
