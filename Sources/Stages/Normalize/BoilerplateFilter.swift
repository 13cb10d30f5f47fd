/// Takes the boilerplate out of the selected article: what Readability's container choice keeps because
/// it sits inside the article's container, but a reader skips.
///
/// Two passes. By structure: figure captions and small boxes whose class names them as furniture
/// (`ClassHints.furniture`: captions, credits, share and subscribe boxes, related links, the publication
/// line), when they hold less than a third of the selected text. By line: each line of the selected
/// text (a block or a `<br>`-separated line) is classed by `LineClass` (credits, by-lines, publication
/// lines, calls to action, copyright lines, links to other stories); a list heading such as "Don't miss"
/// goes with the run of link lines after it. Headings are only judged as link-list labels.
struct BoilerplateFilter {
    let tree: HTMLTree

    /// One line of selected text.
    private struct Line {
        var texts: [Int] = []
        var chars = 0
        var linkChars = 0
        var inHeading = false
    }

    func filter(_ selected: [Bool]) -> [Bool] {
        var result = selected
        // Visible characters of each selected text node, measured once for both passes.
        var chars = [Int32](repeating: 0, count: tree.texts.count)
        for (i, t) in tree.texts.enumerated() where selected[i] { chars[i] = ContentExtractor.measure(tree.content, t).chars }
        dropFurnitureBoxes(&result, chars: chars)
        dropBoilerplateLines(&result, chars: chars)
        // Never filter a page down to nothing: a page that is all caption is better kept whole.
        if !result.contains(true) { return selected }
        return result
    }

    // MARK: - boxes

    private func dropFurnitureBoxes(_ selected: inout [Bool], chars textChars: [Int32]) {
        let count = tree.elements.count
        guard count > 0 else { return }
        // Selected characters in each subtree (children follow their parents: one backward pass).
        var chars = [Int](repeating: 0, count: count)
        var total = 0
        for (i, t) in tree.texts.enumerated() where selected[i] && t.element >= 0 {
            let c = Int(textChars[i])
            chars[Int(t.element)] += c
            total += c
        }
        guard total > 0 else { return }
        for e in stride(from: count - 1, through: 0, by: -1) {
            let p = Int(tree.elements[e].parent)
            if p >= 0 { chars[p] += chars[e] }
        }
        // The outermost small furniture box above each element ("article tag-politics" holding the whole
        // story is not one; the share box inside it is).
        var inBox = [Bool](repeating: false, count: count)
        var quoted = [Bool](repeating: false, count: count)
        for e in 0..<count {
            let element = tree.elements[e]
            let p = Int(element.parent)
            if p >= 0 && inBox[p] {
                inBox[e] = true
                quoted[e] = quoted[p] || element.tag == .blockquote || element.tag == .table
            } else if element.tag == .figcaption {
                inBox[e] = true
            } else if element.furniture || element.tag == .figure {
                inBox[e] = chars[e] * 3 < total
            }
        }
        for (i, t) in tree.texts.enumerated() where selected[i] && t.element >= 0 {
            let e = Int(t.element)
            if inBox[e] && !quoted[e] { selected[i] = false }
        }
    }

    // MARK: - lines

    private func lines(_ selected: [Bool], chars textChars: [Int32]) -> [Line] {
        var result: [Line] = []
        var current = Line()
        func flush() {
            if !current.texts.isEmpty { result.append(current) }
            current = Line()
        }
        for event in tree.events {
            switch event {
            case .open, .close, .lineBreak: flush()
            case .text(let index):
                let i = Int(index)
                guard selected[i] else { continue }
                let t = tree.texts[i]
                let chars = Int(textChars[i])
                guard chars > 0 else { continue }
                current.texts.append(i)
                current.chars += chars
                if t.inLink { current.linkChars += chars }
                if t.element >= 0 && isInHeading(Int(t.element)) { current.inHeading = true }
            }
        }
        flush()
        return result
    }

    private func isInHeading(_ e: Int) -> Bool {
        var x = e
        var steps = 0
        while x >= 0 && steps < 4 {
            if tree.elements[x].tag.isHeading { return true }
            x = Int(tree.elements[x].parent)
            steps += 1
        }
        return false
    }

    /// The line's text bytes, its nodes joined by a space.
    private func bytes(of line: Line) -> [UInt8] {
        var bytes: [UInt8] = []
        for i in line.texts {
            let t = tree.texts[i]
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: tree.content[Int(t.contentStart)..<Int(t.contentEnd)])
        }
        return bytes
    }

    private func dropBoilerplateLines(_ selected: inout [Bool], chars: [Int32]) {
        let lines = lines(selected, chars: chars)
        var drop = [Bool](repeating: false, count: lines.count)
        var classes = [LineClass?](repeating: nil, count: lines.count)
        for (k, line) in lines.enumerated() {
            // Every class but a link line is short (70 words at most): long prose is not looked at.
            let linkFraction = line.chars > 0 ? Double(line.linkChars) / Double(line.chars) : 0
            if line.chars > 600 && linkFraction < 0.3 { continue }
            let text = Self.collapsed(bytes(of: line))
            let shape = LineClass.Shape(text[...], linkFraction: line.chars > 0 ? Double(line.linkChars) / Double(line.chars) : 0)
            var found = LineClass.classify(shape)
            if line.inHeading, found != .label, found != .relatedLink { found = nil }
            classes[k] = found
            if let found, found != .label { drop[k] = true }
        }
        // A list heading goes with the link lines that follow it ("DON'T MISS" and its headlines), and so
        // does a call to action ("Subscribe to our channel" and the videos listed after it). A heading
        // that ends the text heads a list that was taken out as a box.
        for k in lines.indices where classes[k] == .label || classes[k] == .callToAction {
            var j = k + 1
            var links = 0
            while j < lines.count && lines[j].chars > 0 && Double(lines[j].linkChars) / Double(lines[j].chars) >= 0.5 {
                drop[j] = true
                links += 1
                j += 1
            }
            if links > 0 || j == lines.count { drop[k] = true }
        }
        for (k, line) in lines.enumerated() where drop[k] {
            for i in line.texts { selected[i] = false }
        }
    }

    /// The line's text with whitespace runs collapsed to one space.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for b in bytes {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(b)
        }
        var text = String(decoding: out, as: UTF8.self)
        // No-break spaces count as spaces for the word shapes.
        if text.unicodeScalars.contains("\u{A0}") { text = String(text.unicodeScalars.map { $0 == "\u{A0}" ? " " : Character($0) }) }
        return text
    }
}
