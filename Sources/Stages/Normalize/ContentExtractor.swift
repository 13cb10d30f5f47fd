/// Finds the article in a page: which text nodes belong to the main content.
///
/// The method is Readability's, on arrays instead of a live DOM: paragraphs score their ancestors
/// (length, commas), class and id names weigh containers, link density discounts them, the best
/// container is widened to siblings that look like it, and inside it lists, tables and boxes that
/// read like furniture (mostly links, few paragraphs, many images or inputs) are dropped. Structural
/// signals come first: `itemprop="articleBody"` and the `<article>`/`<main>` elements add weight; `nav`,
/// `aside`, `footer`, furniture roles and hidden boxes never count. When the strict pass keeps too
/// little text, the pass is repeated with fewer filters, as Readability does.
struct ContentExtractor {
    let tree: HTMLTree
    let count: Int
    var parent: [Int32]
    var firstChild: [Int32]
    var nextSibling: [Int32]
    /// Nearest block element at or above each element.
    var block: [Int32]
    var insideFigure: [Bool]
    /// `unlikelyButHoldingTheArticle`, once for every pass.
    let keptUnlikely: [Bool]

    struct Flags {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
        var revealHidden = false
    }

    /// Subtree statistics of one pass (depends on which elements the pass excludes).
    struct Stats {
        var chars: [Int32]
        var linkChars: [Int32]
        var commas: [Int32]
        var paragraphs: [Int32]
        var images: [Int32]
        var listItems: [Int32]
        var inputs: [Int32]
        var embeds: [Int32]
        var headingChars: [Int32]
        var hasSentenceEnd: [Bool]
    }

    init(tree: HTMLTree) {
        self.tree = tree
        count = tree.elements.count
        parent = tree.elements.map(\.parent)
        firstChild = Array(repeating: -1, count: count)
        nextSibling = Array(repeating: -1, count: count)
        block = Array(repeating: -1, count: count)
        insideFigure = Array(repeating: false, count: count)
        keptUnlikely = Self.unlikelyButHoldingTheArticle(tree)
        var lastChild = Array(repeating: Int32(-1), count: count)
        for e in 0..<count {
            let p = Int(parent[e])
            let tag = tree.elements[e].tag
            block[e] = tag.isBlock ? Int32(e) : (p >= 0 ? block[p] : -1)
            insideFigure[e] = tag == .figure || (p >= 0 && insideFigure[p])
            guard p >= 0 else { continue }
            if lastChild[p] < 0 { firstChild[p] = Int32(e) } else { nextSibling[Int(lastChild[p])] = Int32(e) }
            lastChild[p] = Int32(e)
        }
    }

    /// Text nodes of the article, in document order.
    func selectTexts() -> [Bool] {
        let (selected, chars) = selectTexts(revealHidden: false)
        // Nothing of substance visible, but an article under a box the page hides until a script runs
        // (a consent wall, an app shell): read it as the script would show it.
        if chars < 200 {
            var hiddenChars = 0
            var hiddenOnly = Array(repeating: false, count: count)
            for e in 0..<count {
                let p = Int(parent[e])
                hiddenOnly[e] = tree.elements[e].hiddenOnly || (p >= 0 && hiddenOnly[p] && !tree.elements[e].excludedSelf)
            }
            for t in tree.texts where t.element >= 0 && hiddenOnly[Int(t.element)] {
                hiddenChars += Int(Self.measure(tree.content, t).chars)
                if hiddenChars >= 500 { break }
            }
            if hiddenChars >= 500 {
                let (revealed, revealedChars) = selectTexts(revealHidden: true)
                if revealedChars > chars { return revealed }
            }
        }
        return selected
    }

    private func selectTexts(revealHidden: Bool) -> ([Bool], Int) {
        var best: [Bool] = []
        var bestChars = -1
        for var flags in [
            Flags(), Flags(stripUnlikely: false), Flags(stripUnlikely: false, weightClasses: false),
            Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
        ] {
            flags.revealHidden = revealHidden
            let (selected, chars) = run(flags)
            if chars >= 500 { return (selected, chars) }
            if chars > bestChars {
                best = selected
                bestChars = chars
            }
        }
        return (best, bestChars)
    }

    // MARK: - one pass

    /// Elements whose class says "unlikely" but which hold the article: a layout wrapper named after the
    /// sidebar it sits beside ("container penci_sidebar") holds an `<article>`, the `articleBody` or most of
    /// the page's visible text. Stripping it would strip the article, and the strict pass would fail.

    static func unlikelyButHoldingTheArticle(_ tree: HTMLTree) -> [Bool] {
        let count = tree.elements.count
        let parent = tree.elements.map(\.parent)
        var visible = Array(repeating: false, count: count)
        var holds = Array(repeating: false, count: count)
        for e in 0..<count {
            let p = Int(parent[e])
            visible[e] = tree.elements[e].excludedSelf ? false : (p >= 0 ? visible[p] : true)
            let tag = tree.elements[e].tag
            holds[e] = tag == .article || tree.elements[e].isArticleBody
        }
        var chars = Array(repeating: Int32(0), count: count)
        for t in tree.texts where t.element >= 0 && visible[Int(t.element)] && !tree.elements[Int(t.element)].tag.isGraphics {
            chars[Int(t.element)] += Self.measure(tree.content, t).chars
        }
        for e in stride(from: count - 1, through: 0, by: -1) {
            let p = Int(parent[e])
            guard p >= 0, visible[e] else { continue }
            chars[p] += chars[e]
            if holds[e] { holds[p] = true }
        }
        let total = chars.indices.first.map { chars[$0] } ?? 0
        var result = Array(repeating: false, count: count)
        for e in 0..<count where tree.elements[e].unlikely {
            result[e] = holds[e] || (total > 0 && chars[e] * 2 >= total)
        }
        return result
    }

    private func run(_ flags: Flags) -> (selected: [Bool], chars: Int) {
        var excluded = Array(repeating: false, count: count)
        let keep = flags.stripUnlikely ? keptUnlikely : []
        for e in 0..<count {
            let element = tree.elements[e]
            let p = Int(parent[e])
            let unlikely = flags.stripUnlikely && element.unlikely && !keep[e]
            let hidden = element.excludedSelf && !(flags.revealHidden && element.hiddenOnly)
            excluded[e] = hidden || unlikely || (p >= 0 && excluded[p])
        }
        let stats = statistics(excluded: excluded)
        var score = Array(repeating: 0.0, count: count)
        var scored = Array(repeating: false, count: count)
        func initialize(_ e: Int) {
            guard !scored[e] else { return }
            scored[e] = true
            score[e] = tree.elements[e].tag.baseScore + (flags.weightClasses ? Double(tree.elements[e].classWeight) : 0)
        }
        // Paragraph text: text owned directly by a block (through inline elements only).
        var ownChars = Array(repeating: Int32(0), count: count)
        var ownCommas = Array(repeating: Int32(0), count: count)
        for t in tree.texts where t.element >= 0 {
            let e = Int(t.element)
            guard !excluded[e], block[e] >= 0, !tree.elements[e].tag.isGraphics else { continue }
            let b = Int(block[e])
            let (chars, commas) = Self.measure(tree.content, t)
            ownChars[b] += chars
            ownCommas[b] += commas
        }
        for e in 0..<count where ownChars[e] >= 25 && !excluded[e] {
            switch tree.elements[e].tag {
            case .li, .ul, .ol, .dl, .dt, .dd, .h1, .title, .caption, .figcaption, .body, .html: continue
            default: break
            }
            let contentScore = 1 + Double(ownCommas[e]) + Double(min(Int(ownChars[e]) / 100, 3))
            var a = Int(parent[e])
            var level = 0
            while a >= 0 && level < 5 {
                if tree.elements[a].tag == .html { break }
                initialize(a)
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[a] += contentScore / divider
                a = Int(parent[a])
                level += 1
            }
        }
        var top = -1
        var candidates: [Int] = []
        for e in 0..<count where scored[e] {
            let density = stats.chars[e] > 0 ? Double(stats.linkChars[e]) / Double(stats.chars[e]) : 0
            score[e] *= 1 - density
            candidates.append(e)
            if top < 0 || score[e] > score[top] { top = e }
        }
        var selectedElements = Array(repeating: false, count: count)
        if top < 0 {
            // Nothing scored: keep whatever visible text there is.
            for e in 0..<count where !excluded[e] { selectedElements[e] = true }
            return finish(selectedElements, excluded: excluded)
        }
        top = widen(top, score: score, scored: scored, candidates: candidates)
        // Siblings that look like the top candidate.
        var roots: [Int] = [top]
        var trusted: [Int] = []
        // Longest paragraph in each subtree.
        var longestParagraph = ownChars
        for e in stride(from: count - 1, through: 0, by: -1) {
            let q = Int(parent[e])
            if q >= 0 && !excluded[e] { longestParagraph[q] = max(longestParagraph[q], longestParagraph[e]) }
        }
        func linkDensity(_ e: Int) -> Double { stats.chars[e] > 0 ? Double(stats.linkChars[e]) / Double(stats.chars[e]) : 0 }
        /// A box of the `<article>` written as prose (a note, an author's bio in sentences) belongs to it,
        /// whatever its class says; a box of names and links (an author card) does not.
        func isArticleProse(_ e: Int) -> Bool { tree.elements[e].insideArticle && longestParagraph[e] >= 150 && linkDensity(e) < 0.1 }
        let p = Int(parent[top])
        if p >= 0 && tree.elements[top].tag != .body {
            roots = []
            let topScore = score[top]
            let threshold = max(10, topScore * 0.2)
            let topClass = tree.elements[top].className
            var s = Int(firstChild[p])
            while s >= 0 {
                defer { s = Int(nextSibling[s]) }
                if s == top { roots.append(s); continue }
                guard !excluded[s] else { continue }
                var bonus = 0.0
                if !topClass.isEmpty && tree.elements[s].className == topClass { bonus = topScore * 0.2 }
                if scored[s] && score[s] + bonus >= threshold {
                    roots.append(s)
                } else if isArticleProse(s) {
                    roots.append(s)
                    trusted.append(s)
                } else if tree.elements[s].tag == .p {
                    let chars = Int(stats.chars[s])
                    let density = chars > 0 ? Double(stats.linkChars[s]) / Double(chars) : 0
                    if chars > 80 && density < 0.25 {
                        roots.append(s)
                    } else if chars < 80 && chars > 0 && density == 0 && stats.hasSentenceEnd[s] {
                        roots.append(s)
                    }
                }
            }
        }
        // The body split into boxes of the same class by figures or pull quotes placed between them, each
        // box under a parent of its own: boxes like the top one elsewhere in the page, as prose, join it.
        let topClass = tree.elements[top].className
        if !topClass.isEmpty {
            let tag = tree.elements[top].tag
            for e in 0..<count where e != top && !excluded[e] && tree.elements[e].tag == tag && tree.elements[e].className == topClass {
                guard !roots.contains(e), !isAncestor(e, of: top), !isAncestor(top, of: e) else { continue }
                if stats.chars[e] >= 200 && linkDensity(e) < 0.25 && stats.paragraphs[e] >= 1 { roots.append(e) }
            }
        }
        var inRoot = Array(repeating: false, count: count)
        var inTrusted = Array(repeating: false, count: count)
        for r in roots { inRoot[r] = true }
        for r in trusted { inTrusted[r] = true }
        for e in 0..<count {
            let q = Int(parent[e])
            if !inRoot[e] && q >= 0 && inRoot[q] { inRoot[e] = true }
            if !inTrusted[e] && q >= 0 && inTrusted[q] { inTrusted[e] = true }
        }
        // Conditional cleaning, inner boxes first so a removed child does not keep its parent.
        var removed = Array(repeating: false, count: count)
        for e in 0..<count where inRoot[e] && !excluded[e] {
            let element = tree.elements[e]
            let weight = flags.weightClasses ? Double(element.classWeight) : 0
            if element.tag == .h1 || element.tag == .h2 || element.tag == .h3 {
                if weight < 0 { removed[e] = true }
                continue
            }
            if flags.cleanConditionally && !inTrusted[e] && shouldRemove(e, weight: weight, score: scored[e] ? score[e] : 0, stats: stats) {
                removed[e] = true
            }
        }
        var isRoot = Array(repeating: false, count: count)
        for r in roots { isRoot[r] = true }
        for e in 0..<count where inRoot[e] && !excluded[e] && !removed[e] {
            let q = Int(parent[e])
            selectedElements[e] = isRoot[e] || (q >= 0 && selectedElements[q])
        }
        return finish(selectedElements, excluded: excluded)
    }

    /// Readability's moves from the best container to a better ancestor.
    private func widen(_ start: Int, score: [Double], scored: [Bool], candidates: [Int]) -> Int {
        var top = start
        let topScore = score[top]
        // Several near-best candidates under one ancestor: the article is that ancestor.
        let alternatives = candidates.filter { $0 != top && score[$0] >= topScore * 0.75 }
            .sorted { score[$0] > score[$1] }.prefix(4)
        if alternatives.count >= 3 {
            var a = Int(parent[top])
            while a >= 0 && tree.elements[a].tag != .body && tree.elements[a].tag != .html {
                var containing = 0
                for alt in alternatives where isAncestor(a, of: alt) { containing += 1 }
                if containing >= 3 {
                    top = a
                    break
                }
                a = Int(parent[a])
            }
        }
        // A parent that scores better than the candidate's own score share takes over.
        var lastScore = score[top]
        let threshold = lastScore / 3
        var a = Int(parent[top])
        while a >= 0 && tree.elements[a].tag != .body && tree.elements[a].tag != .html {
            if !scored[a] { a = Int(parent[a]); continue }
            if score[a] < threshold { break }
            if score[a] > lastScore {
                top = a
                break
            }
            lastScore = score[a]
            a = Int(parent[a])
        }
        // An only child stands for its parent.
        while true {
            let q = Int(parent[top])
            guard q >= 0, tree.elements[q].tag != .body, tree.elements[q].tag != .html,
                firstChild[q] == Int32(top), nextSibling[top] < 0
            else { break }
            top = q
        }
        return top
    }

    private func isAncestor(_ a: Int, of e: Int) -> Bool {
        var x = Int(parent[e])
        var steps = 0
        while x >= 0 && steps < 64 {
            if x == a { return true }
            x = Int(parent[x])
            steps += 1
        }
        return false
    }

    private func shouldRemove(_ e: Int, weight: Double, score: Double, stats: Stats) -> Bool {
        let tag = tree.elements[e].tag
        // An embedded post (a tweet quoted by the article) is link-dense by nature.
        if tree.elements[e].embedsPost { return false }
        switch tag {
        case .form, .fieldset, .table, .ul, .ol, .div, .section, .header, .aside, .dl: break
        default: return false
        }
        if weight + score < 0 { return true }
        guard stats.commas[e] < 10 else { return false }
        let paragraphs = Double(stats.paragraphs[e])
        let images = Double(stats.images[e])
        let listItems = Double(stats.listItems[e]) - 100
        let inputs = Double(stats.inputs[e])
        let chars = Double(stats.chars[e])
        let density = chars > 0 ? Double(stats.linkChars[e]) / chars : 0
        let headingDensity = chars > 0 ? Double(stats.headingChars[e]) / chars : 0
        let isList = tag == .ul || tag == .ol || tag == .dl
        let embeds = Int(stats.embeds[e])
        if images > 1 && paragraphs / images < 0.5 && !insideFigure[e] { return true }
        if !isList && listItems > paragraphs { return true }
        if inputs > (paragraphs / 3).rounded(.down) { return true }
        if !isList && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && !insideFigure[e] { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if isList && density > 0.5 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if (embeds == 1 && chars < 75) || embeds > 1 { return true }
        return false
    }

    private func finish(_ selectedElements: [Bool], excluded: [Bool]) -> ([Bool], Int) {
        var selected = Array(repeating: false, count: tree.texts.count)
        var chars = 0
        for (i, t) in tree.texts.enumerated()
        where t.element >= 0 && selectedElements[Int(t.element)] && !tree.elements[Int(t.element)].tag.isGraphics {
            selected[i] = true
            chars += Int(Self.measure(tree.content, t).chars)
        }
        return (selected, chars)
    }

    private func statistics(excluded: [Bool]) -> Stats {
        let zero = Array(repeating: Int32(0), count: count)
        var s = Stats(
            chars: zero, linkChars: zero, commas: zero, paragraphs: zero, images: zero, listItems: zero, inputs: zero,
            embeds: zero, headingChars: zero, hasSentenceEnd: Array(repeating: false, count: count))
        for t in tree.texts where t.element >= 0 && !excluded[Int(t.element)] {
            let e = Int(t.element)
            if tree.elements[e].tag.isGraphics { continue }
            let (chars, commas) = Self.measure(tree.content, t)
            s.chars[e] += chars
            s.commas[e] += commas
            if t.inLink { s.linkChars[e] += chars }
            if tree.elements[e].tag.isHeading { s.headingChars[e] += chars }
            if !s.hasSentenceEnd[e] && Self.hasSentenceEnd(tree.content, t) { s.hasSentenceEnd[e] = true }
        }
        for e in 0..<count {
            switch tree.elements[e].tag {
            case .p: s.paragraphs[e] += 1
            case .img: s.images[e] += 1
            case .li: s.listItems[e] += 1
            case .input, .select, .textarea, .button: s.inputs[e] += 1
            case .object, .embed, .iframe: s.embeds[e] += 1
            default: break
            }
        }
        // Children come after parents: one backward pass sums every subtree.
        for e in stride(from: count - 1, through: 0, by: -1) {
            let p = Int(parent[e])
            guard p >= 0 else { continue }
            if !excluded[e] {
                s.chars[p] += s.chars[e]
                s.linkChars[p] += s.linkChars[e]
                s.commas[p] += s.commas[e]
                s.headingChars[p] += s.headingChars[e]
                if s.hasSentenceEnd[e] { s.hasSentenceEnd[p] = true }
                s.paragraphs[p] += s.paragraphs[e]
                s.images[p] += s.images[e]
                s.listItems[p] += s.listItems[e]
            }
            // Furniture inside a box still tells what the box is.
            s.inputs[p] += s.inputs[e]
            s.embeds[p] += s.embeds[e]
        }
        if tree.elements.isEmpty { return s }
        return s
    }

    /// Collapsed length (visible characters plus one per inner space run) and commas of a text node.
    static func measure(_ content: [UInt8], _ t: HTMLTree.TextNode) -> (chars: Int32, commas: Int32) {
        var chars: Int32 = 0
        var commas: Int32 = 0
        var inSpace = false
        var seen = false
        for i in Int(t.contentStart)..<Int(t.contentEnd) {
            let b = content[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                inSpace = true
                continue
            }
            if b & 0xC0 == 0x80 { continue }
            if inSpace && seen { chars += 1 }
            inSpace = false
            seen = true
            chars += 1
            if b == UInt8(ascii: ",") { commas += 1 }
        }
        return (chars, commas)
    }

    static func hasSentenceEnd(_ content: [UInt8], _ t: HTMLTree.TextNode) -> Bool {
        var i = Int(t.contentStart)
        let end = Int(t.contentEnd)
        while i < end {
            if content[i] == UInt8(ascii: ".") && (i + 1 == end || content[i + 1] == 0x20) { return true }
            i += 1
        }
        return false
    }
}
