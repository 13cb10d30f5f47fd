import CLibXML2
import Pipeline

/// HTML to article text: parse, locate every text node in the source, pick the article, emit it.
enum HTMLNormalizer {
    struct Result {
        var text: String
        var map: SourceMap
        var visible: Int
        var metadata: HTMLMetadata.Raw
        var unmatchedTexts: Int
    }

    static func normalize(_ decoded: DecodedSource) throws(DocumentError) -> Result {
        var buffer = decoded.utf8
        TagSanitizer.limitAttributes(&buffer)
        let tree: HTMLTree? = buffer.withUnsafeBufferPointer { raw -> HTMLTree? in
            guard let doc = HTMLParser.parse(raw) else { return nil }
            defer { xmlFreeDoc(doc) }
            return HTMLTree(document: doc, decoded: raw)
        }
        guard let tree else { throw DocumentError(.empty, "the HTML parser found no document") }
        let selected = BoilerplateFilter(tree: tree).filter(ContentExtractor(tree: tree).selectTexts())
        let title = ArticleTitle.find(in: tree, selected: selected)
        let metadataHeadline = title == nil ? MetadataHeadline.find(in: tree, selected: selected) : nil
        var inTitle = Array(repeating: false, count: tree.texts.count)
        for i in title?.texts ?? [] { inTitle[i] = true }
        var sink = TextSink(mode: .html, capacity: tree.content.count)
        tree.content.withUnsafeBufferPointer { content in
            func emitText(_ index: Int32) {
                let node = tree.texts[Int(index)]
                for k in Int(node.pieceStart)..<Int(node.pieceEnd) {
                    emit(tree.pieces[k], content: content, decoded: decoded, into: &sink)
                }
            }
            // A headline found only in the page's <title>: its bytes there, then the body.
            if let metadataHeadline {
                let node = tree.texts[metadataHeadline.text]
                let range = metadataHeadline.contentRange
                for k in Int(node.pieceStart)..<Int(node.pieceEnd) {
                    emit(tree.pieces[k], within: range, content: content, decoded: decoded, into: &sink)
                }
                sink.requestBreak(paragraph: true)
            }
            // The headline first, as its own paragraph, wherever it sits in the page.
            if let title, let open = tree.events.firstIndex(where: { if case .open(let e) = $0 { Int(e) == title.element } else { false } }) {
                var depth = 0
                for event in tree.events[open...] {
                    switch event {
                    case .open:
                        // A block inside the heading (rare) still separates its words.
                        if depth > 0 { sink.requestBreak(paragraph: false) }
                        depth += 1
                    case .close:
                        depth -= 1
                        sink.requestBreak(paragraph: false)
                    case .lineBreak: sink.requestBreak(paragraph: false)
                    case .text(let index): if inTitle[Int(index)] { emitText(index) }
                    }
                    if depth == 0 { break }
                }
                sink.requestBreak(paragraph: true)
            }
            for event in tree.events {
                switch event {
                case .open, .close: sink.requestBreak(paragraph: true)
                case .lineBreak: sink.requestBreak(paragraph: false)
                case .text(let index):
                    guard selected[Int(index)] && !inTitle[Int(index)] else { continue }
                    emitText(index)
                }
            }
        }
        let (text, map) = sink.finish()
        return Result(text: text, map: map, visible: sink.visibleCount, metadata: tree.metadata, unmatchedTexts: tree.unmatchedTexts)
    }

    /// Emits the part of a piece inside content bytes `range` (a reference such as `&amp;` is kept whole
    /// when it starts inside the range).
    private static func emit(
        _ piece: TextPiece, within range: Range<Int>, content: UnsafeBufferPointer<UInt8>, decoded: DecodedSource,
        into sink: inout TextSink
    ) {
        let start = Int(piece.contentStart)
        let end = start + Int(piece.contentLength)
        guard start < range.upperBound && end > range.lowerBound else { return }
        if !piece.isVerbatim {
            if start >= range.lowerBound { emit(piece, content: content, decoded: decoded, into: &sink) }
            return
        }
        var i = max(start, range.lowerBound)
        let stop = min(end, range.upperBound)
        let shift = Int(piece.rawStart) - start
        while i < stop {
            let (v, width) = UTF8Encoding.decode(content, at: i)
            sink.append(v, source: decoded.originalRange(i + shift, i + shift + width))
            i += width
        }
    }

    @inline(__always)
    private static func emit(_ piece: TextPiece, content: UnsafeBufferPointer<UInt8>, decoded: DecodedSource, into sink: inout TextSink) {
        var i = Int(piece.contentStart)
        let end = i + Int(piece.contentLength)
        if piece.isVerbatim {
            let shift = Int(piece.rawStart) - i
            while i < end {
                let (v, width) = UTF8Encoding.decode(content, at: i)
                sink.append(v, source: decoded.originalRange(i + shift, i + shift + width))
                i += width
            }
        } else {
            let source = decoded.originalRange(Int(piece.rawStart), Int(piece.rawStart + piece.rawLength))
            while i < end {
                let (v, width) = UTF8Encoding.decode(content, at: i)
                sink.append(v, source: source)
                i += width
            }
        }
    }
}

/// Keeps libxml2 out of its quadratic duplicate-attribute check: a tag with thousands of attributes
/// (never seen in real pages, easy to craft) has the excess blanked with spaces. Blanking keeps every
/// byte offset, and attribute text is never output, so the source map is unaffected.
enum TagSanitizer {
    static let maximumAttributes = 512

    static func limitAttributes(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { p in
            let n = p.count
            var i = 0
            while i + 1 < n {
                guard p[i] == UInt8(ascii: "<"), (p[i + 1] | 0x20) >= 0x61 && (p[i + 1] | 0x20) <= 0x7A else {
                    i += 1
                    continue
                }
                var k = i + 1
                var attributes = 0
                var inSpace = false
                var quote: UInt8 = 0
                var blankFrom = -1
                while k < n {
                    let b = p[k]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: ">") {
                        break
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                        inSpace = true
                    } else if inSpace && b != UInt8(ascii: "=") {
                        inSpace = false
                        attributes += 1
                        if attributes > maximumAttributes && blankFrom < 0 { blankFrom = k }
                    } else {
                        inSpace = false
                    }
                    k += 1
                }
                if blankFrom >= 0 {
                    for x in blankFrom..<min(k, n) { p[x] = 0x20 }
                }
                i = max(k, i + 1)
            }
        }
    }
}
