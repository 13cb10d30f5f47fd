import Pipeline

/// A sentence drawn with its relations as arcs: word boxes of known width in rows, and an inline SVG
/// above each row whose coordinates are hundredths of an em, the unit of the boxes, so arcs meet their
/// words whatever the zoom. Built only when the layout is drawable (`ArcLayout.drawable`) and the
/// sentence is simple enough to set word by word: no right-to-left text (its visual order is the
/// browser's to decide), no crossing mentions, and every relation joining two different boxes.
struct ArcDiagram {
    struct Piece {
        var span: Span
        /// The mention the box shows, nil for a plain word.
        var entity: Int?
        /// Mentions nested inside that one.
        var nested: [Int]
    }

    let unit: Int
    let pieces: [Piece]
    /// Width and following gap of each piece's box.
    let boxes: [ArcLayout.Piece]
    let relations: [Int]
    let layout: ArcLayout

    /// - Parameter entities: the mentions inside the unit, in text order (start, longer first).
    init?(page: DocumentPage, unit u: Int, entities: [Int]) {
        let document = page.document
        let unit = page.units[u]
        guard !page.containsRightToLeft(unit) else { return nil }
        let scalars = Array(document.text(of: unit).unicodeScalars)
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" }
        // Top-level mentions, each with the mentions nested in it; crossing mentions give up.
        var tops: [(index: Int, nested: [Int])] = []
        for k in entities {
            let e = document.entities[k]
            if let last = tops.last, e.start < document.entities[last.index].end {
                guard e.end <= document.entities[last.index].end else { return nil }
                tops[tops.count - 1].nested.append(k)
            } else {
                tops.append((k, []))
            }
        }
        var pieces: [Piece] = []
        var pieceOfEntity: [Int: Int] = [:]
        func addWords(_ a: Int, _ b: Int) {
            var i = a
            while i < b {
                while i < b, isSpace(scalars[i - unit.start]) { i += 1 }
                guard i < b else { break }
                var j = i
                while j < b, !isSpace(scalars[j - unit.start]) { j += 1 }
                pieces.append(Piece(span: Span(i, j), entity: nil, nested: []))
                i = j
            }
        }
        var cursor = unit.start
        for top in tops {
            let e = document.entities[top.index]
            addWords(cursor, e.start)
            pieceOfEntity[top.index] = pieces.count
            for n in top.nested { pieceOfEntity[n] = pieces.count }
            pieces.append(Piece(span: e.span, entity: top.index, nested: top.nested))
            cursor = e.end
        }
        addWords(cursor, unit.end)
        guard !pieces.isEmpty else { return nil }

        var boxes: [ArcLayout.Piece] = []
        for piece in pieces {
            let text = scalars[(piece.span.start - unit.start)..<(piece.span.end - unit.start)]
            var width = TextWidth.hundredths(text) + 4
            if let k = piece.entity {
                let label = document.entities[k].label.rawValue
                let tag = TextWidth.hundredths(label, scale: 60) + label.unicodeScalars.count * 3
                width = max(width + 10, tag + 10)
            }
            let after = piece.span.end - unit.start
            let gap = after < scalars.count ? isSpace(scalars[after]) : true
            boxes.append(ArcLayout.Piece(width: width, gapAfter: gap))
        }
        var arcs: [ArcLayout.Arc] = []
        for r in page.unitRelations[u] {
            let relation = document.relations[r]
            guard let h = page.entityByID[relation.head], let t = page.entityByID[relation.tail],
                let hp = pieceOfEntity[h], let tp = pieceOfEntity[t], hp != tp
            else { return nil }
            arcs.append(ArcLayout.Arc(head: hp, tail: tp, labelWidth: Self.labelWidth(relation.type.rawValue)))
        }
        let layout = ArcLayout(pieces: boxes, arcs: arcs, rowWidth: page.options.arcRowWidth)
        guard layout.drawable else { return nil }
        self.unit = u
        self.pieces = pieces
        self.boxes = boxes
        self.relations = page.unitRelations[u]
        self.layout = layout
    }

    /// Relation labels are bold at 68% of the text size.
    static let labelScale = 68
    static func labelWidth(_ type: String) -> Int { TextWidth.hundredths(type, scale: labelScale) * 108 / 100 }

    func render(_ page: DocumentPage, into out: inout HTMLBuffer) {
        out.raw("<div class=\"arcs")
        if page.unitsAreSentences {
            out.raw(" s")
            if unit % 2 == 1 { out.raw(" odd") }
            out.raw("\" id=\"s")
            out.int(unit + 1)
            out.raw("\" data-n=\"")
            out.int(unit + 1)
        }
        out.raw("\">")
        for row in layout.rows {
            out.raw("<div class=\"arow\">")
            if row.levels > 0 {
                let height = ArcLayout.height(levels: row.levels)
                let width = max(page.options.arcRowWidth, row.width)
                out.raw("<svg class=\"asvg\" viewBox=\"0 0 ")
                out.int(width)
                out.raw(" ")
                out.int(height)
                out.raw("\" style=\"width:")
                out.hundredths(width)
                out.raw("em;height:")
                out.hundredths(height)
                out.raw("em\">")
                for segment in row.segments { drawSegment(segment, height: height, page: page, into: &out) }
                out.raw("</svg>")
            }
            out.raw("<div class=\"ws\">")
            for p in row.pieces { drawPiece(p, page: page, into: &out) }
            out.raw("</div></div>")
        }
        out.raw("</div>")
    }

    private func drawPiece(_ p: Int, page: DocumentPage, into out: inout HTMLBuffer) {
        let piece = pieces[p]
        let box = boxes[p]
        if let k = piece.entity {
            page.openMark(k, continued: false, width: box.width, gap: box.gapAfter, into: &out)
            out.raw("<span class=\"wt\">")
            let items = piece.nested.map {
                MarkItem(start: page.document.entities[$0].start, end: page.document.entities[$0].end, rank: 0, payload: $0)
            }
            MarkWalk.walk(items, in: piece.span) { event in
                switch event {
                case .text(let a, let b): page.appendText(a, b, into: &out)
                case .open(let n, let continued): page.openMark(n, continued: continued, into: &out)
                case .close: out.raw("</mark>")
                }
            }
            out.raw("</span></mark>")
        } else {
            out.raw(box.gapAfter ? "<span class=\"w g\" style=\"width:" : "<span class=\"w\" style=\"width:")
            out.hundredths(box.width)
            out.raw("em\">")
            page.appendText(piece.span.start, piece.span.end, into: &out)
            out.raw("</span>")
        }
    }

    private func drawSegment(_ s: ArcLayout.Segment, height: Int, page: DocumentPage, into out: inout HTMLBuffer) {
        let relation = page.document.relations[relations[s.arc]]
        let r = relations[s.arc]
        out.raw("<g class=\"a r")
        out.int(r)
        out.raw(" t")
        out.int(page.typeIndex[relation.type.rawValue] ?? 0)
        out.raw("\"")
        if s.showsLabel { out.raw(" tabindex=\"0\"") }
        out.raw("><title>")
        out.text(RelationText.describe(relation, page: page))
        out.raw("</title><path d=\"")
        let y = ArcLayout.strokeY(level: s.level, height: height)
        let radius = min(24, max(1, (s.x2 - s.x1) / 2))
        var d = ""
        if s.closedLeft {
            d += "M\(s.x1) \(height)V\(y + radius)Q\(s.x1) \(y) \(s.x1 + radius) \(y)"
        } else {
            d += "M\(s.x1) \(y)"
        }
        if s.closedRight {
            d += "H\(s.x2 - radius)Q\(s.x2) \(y) \(s.x2) \(y + radius)V\(height)"
        } else {
            d += "H\(s.x2)"
        }
        out.raw(generated: d)
        out.raw("\"/>")
        for (atArrow, x) in [(s.arrowAtLeft, s.x1), (s.arrowAtRight, s.x2)] where atArrow {
            out.raw(generated: "<path class=\"ah\" d=\"M\(x - 15) \(height - 28)L\(x + 15) \(height - 28)L\(x) \(height)Z\"/>")
        }
        if s.showsLabel {
            // A white backing keeps the label readable over strokes of other levels.
            let mid = (s.x1 + s.x2) / 2
            let w = Self.labelWidth(relation.type.rawValue) + 16
            out.raw(generated: "<rect x=\"\(mid - w / 2)\" y=\"\(y - 70)\" width=\"\(w)\" height=\"62\" rx=\"12\"/>")
            out.raw(generated: "<text x=\"\(mid)\" y=\"\(y - 18)\" font-size=\"\(Self.labelScale)\" text-anchor=\"middle\">")
            out.text(relation.type.rawValue)
            out.raw("</text>")
        }
        out.raw("</g>")
    }
}
