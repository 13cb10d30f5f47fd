import Pipeline

/// Where words and relation arcs go when a sentence is drawn with arcs. Pure geometry, in hundredths of
/// an em, so it can be tested without a browser.
///
/// Words ("pieces": a mention, or a word outside mentions) are set in rows no wider than `rowWidth`.
/// An arc leaves the top of its head's box and ends with an arrowhead on its tail's box; when a piece
/// carries several arc ends they are spread over its middle, outer arcs outside, so arcs that share a
/// word do not cross there. Each row stacks its arcs in levels: shorter spans first, each on the lowest
/// level above every arc (or relation label) it overlaps, so horizontal strokes and labels never touch.
/// An arc whose ends are in different rows is drawn as an open stroke to its row's right edge and from
/// the next row's left edge, as brat does.
///
/// The rule for drawing arcs at all (`drawable`): at most `maximumCrossings` pairs of arcs interleave
/// (one starts between the other's ends and ends outside them, so their strokes must cross) and no row
/// needs more than `maximumLevels` levels. Past that a picture is harder to read than a list, and the
/// page lists the sentence's relations instead.
struct ArcLayout: Sendable {
    struct Piece: Sendable, Hashable {
        var width: Int
        /// Whitespace follows the piece in the text.
        var gapAfter: Bool
    }

    struct Arc: Sendable, Hashable {
        /// Piece indices of the head and the tail.
        var head: Int
        var tail: Int
        /// Width of the relation label.
        var labelWidth: Int
    }

    /// One row's part of an arc.
    struct Segment: Sendable, Hashable {
        var arc: Int
        /// Left and right ends, x1 < x2, relative to the row.
        var x1: Int
        var x2: Int
        var level: Int
        /// The ends are arc ends (else the stroke runs on to the row's edge).
        var closedLeft: Bool
        var closedRight: Bool
        /// Where the arrowhead goes: the tail's end when it is in this row.
        var arrowAtLeft: Bool
        var arrowAtRight: Bool
        var showsLabel: Bool
    }

    struct Row: Sendable, Hashable {
        var pieces: Range<Int>
        /// x of each piece of the row, relative to the row.
        var x: [Int]
        var width: Int
        var segments: [Segment]
        var levels: Int
    }

    static let maximumCrossings = 1
    static let maximumLevels = 4
    static let gap = 28
    static let levelHeight = 110
    static let labelPadding = 12

    var rows: [Row] = []
    var crossings = 0

    var maximumLevel: Int { rows.map(\.levels).max() ?? 0 }
    var drawable: Bool { crossings <= Self.maximumCrossings && maximumLevel <= Self.maximumLevels }

    init(pieces: [Piece], arcs: [Arc], rowWidth: Int) {
        crossings = Self.crossings(arcs)
        // Rows.
        let breaks = Self.rowBreaks(pieces: pieces, arcs: arcs, rowWidth: rowWidth)
        var rowOf = [Int](repeating: 0, count: pieces.count)
        var xOf = [Int](repeating: 0, count: pieces.count)
        var start = 0
        for end in breaks + [pieces.count] where end > start || rows.isEmpty {
            var x = 0
            for i in start..<end {
                rowOf[i] = rows.count
                xOf[i] = x
                x += pieces[i].width + (pieces[i].gapAfter ? Self.gap : 0)
            }
            rows.append(Row(pieces: start..<end, x: Array(xOf[start..<end]), width: x, segments: [], levels: 0))
            start = end
        }
        // Arc ends spread over their pieces.
        var ends: [[(arc: Int, isHead: Bool, other: Int)]] = Array(repeating: [], count: pieces.count)
        for (k, arc) in arcs.enumerated() where arc.head != arc.tail && pieces.indices.contains(arc.head) && pieces.indices.contains(arc.tail) {
            ends[arc.head].append((k, true, arc.tail))
            ends[arc.tail].append((k, false, arc.head))
        }
        var headX = [Int](repeating: 0, count: arcs.count)
        var tailX = [Int](repeating: 0, count: arcs.count)
        for (p, list) in ends.enumerated() where !list.isEmpty {
            // Arcs to the left first, the farthest leftmost; then arcs to the right, the farthest rightmost.
            let sorted = list.sorted { a, b in
                let aLeft = a.other < p
                let bLeft = b.other < p
                if aLeft != bLeft { return aLeft }
                return a.other != b.other ? a.other < b.other : a.arc < b.arc
            }
            let w = pieces[p].width
            for (k, end) in sorted.enumerated() {
                let pos = xOf[p] + (sorted.count == 1 ? w / 2 : w / 5 + (w * 3 / 5) * (2 * k + 1) / (2 * sorted.count))
                if end.isHead { headX[end.arc] = pos } else { tailX[end.arc] = pos }
            }
        }
        // Segments per row.
        var segments: [[Segment]] = Array(repeating: [], count: rows.count)
        for (k, arc) in arcs.enumerated() where arc.head != arc.tail && pieces.indices.contains(arc.head) && pieces.indices.contains(arc.tail) {
            let headFirst = arc.head < arc.tail
            let (leftPiece, rightPiece) = headFirst ? (arc.head, arc.tail) : (arc.tail, arc.head)
            let (leftX, rightX) = headFirst ? (headX[k], tailX[k]) : (tailX[k], headX[k])
            let r1 = rowOf[leftPiece]
            let r2 = rowOf[rightPiece]
            if r1 == r2 {
                segments[r1].append(
                    Segment(
                        arc: k, x1: leftX, x2: max(rightX, leftX + 1), level: 0, closedLeft: true, closedRight: true,
                        arrowAtLeft: !headFirst, arrowAtRight: headFirst, showsLabel: true))
                continue
            }
            segments[r1].append(
                Segment(
                    arc: k, x1: leftX, x2: max(rows[r1].width, rowWidth), level: 0, closedLeft: true, closedRight: false,
                    arrowAtLeft: !headFirst, arrowAtRight: false, showsLabel: true))
            for r in (r1 + 1)..<r2 {
                segments[r].append(
                    Segment(
                        arc: k, x1: 0, x2: max(rows[r].width, rowWidth), level: 0, closedLeft: false, closedRight: false,
                        arrowAtLeft: false, arrowAtRight: false, showsLabel: false))
            }
            segments[r2].append(
                Segment(
                    arc: k, x1: 0, x2: rightX, level: 0, closedLeft: false, closedRight: true,
                    arrowAtLeft: false, arrowAtRight: headFirst, showsLabel: false))
        }
        for r in rows.indices {
            let (placed, levels) = Self.stack(segments[r], arcs: arcs)
            rows[r].segments = placed
            rows[r].levels = levels
        }
    }

    /// Where rows start (piece indices, the first row's 0 left out). Rows hold at most `rowWidth` (a piece
    /// wider than that gets a row alone). Among the ways to break, the chosen one cuts the fewest arcs
    /// (an arc cut across rows is harder to follow), then uses the fewest rows (at most one more than
    /// filling each row), then has the most even rows: a small dynamic program over break positions.
    static func rowBreaks(pieces: [Piece], arcs: [Arc], rowWidth: Int) -> [Int] {
        let n = pieces.count
        guard n > 1 else { return [] }
        // Arcs cut by a break before piece i.
        var cuts = [Int](repeating: 0, count: n + 1)
        for arc in arcs {
            let lo = min(arc.head, arc.tail)
            let hi = max(arc.head, arc.tail)
            if lo < hi { for i in (lo + 1)...hi where i <= n { cuts[i] += 1 } }
        }
        // Fewest rows, filling greedily.
        var greedyRows = 1
        var x = 0
        for (i, p) in pieces.enumerated() {
            if i > 0, x + p.width > rowWidth {
                greedyRows += 1
                x = 0
            }
            x += p.width + (p.gapAfter ? gap : 0)
        }
        if greedyRows == 1 { return [] }
        typealias Cost = (cuts: Int, rows: Int, ragged: Int)
        func better(_ a: Cost, _ b: Cost) -> Bool {
            a.cuts != b.cuts ? a.cuts < b.cuts : a.rows != b.rows ? a.rows < b.rows : a.ragged < b.ragged
        }
        var from = [Int](repeating: 0, count: n + 1)
        // A row never starts with a piece glued to the one before ("JCC" and ")"), unless nothing else fits.
        for splitsWords in [false, true] {
            var best = [Cost?](repeating: nil, count: n + 1)
            best[0] = (0, 0, 0)
            for end in 1...n {
                // Widen the row leftwards one piece at a time (a row's width is at most one row's worth).
                var w = 0
                for begin in stride(from: end - 1, through: 0, by: -1) {
                    w += pieces[begin].width + (begin < end - 1 && pieces[begin].gapAfter ? gap : 0)
                    if w > rowWidth && end - begin > 1 { break }
                    if begin > 0, !splitsWords, !pieces[begin - 1].gapAfter { continue }
                    guard let previous = best[begin], previous.rows < greedyRows + 1 else { continue }
                    let slack = end == n ? 0 : max(0, rowWidth - w) / 10
                    let cost: Cost = (
                        previous.cuts + (begin > 0 ? cuts[begin] : 0), previous.rows + 1, previous.ragged + slack * slack
                    )
                    if let current = best[end], !better(cost, current) { continue }
                    best[end] = cost
                    from[end] = begin
                }
            }
            if best[n] != nil { break }
        }
        var result: [Int] = []
        var i = n
        while i > 0 {
            i = from[i]
            if i > 0 { result.append(i) }
        }
        return result.reversed()
    }

    /// Horizontal extent a segment claims on its level: its stroke, and its label when it carries one.
    static func extent(_ s: Segment, _ arcs: [Arc]) -> (lo: Int, hi: Int) {
        guard s.showsLabel else { return (s.x1, s.x2) }
        let mid = (s.x1 + s.x2) / 2
        let half = arcs[s.arc].labelWidth / 2 + labelPadding
        return (min(s.x1, mid - half), max(s.x2, mid + half))
    }

    /// Levels: shortest segments first, each one level above everything it overlaps.
    static func stack(_ segments: [Segment], arcs: [Arc]) -> ([Segment], Int) {
        let order = segments.indices.sorted { a, b in
            let la = segments[a].x2 - segments[a].x1
            let lb = segments[b].x2 - segments[b].x1
            return la != lb ? la < lb : segments[a].x1 < segments[b].x1
        }
        var placed = segments
        var done: [Int] = []
        var levels = 0
        for i in order {
            let e = extent(placed[i], arcs)
            var level = 1
            for j in done {
                let f = extent(placed[j], arcs)
                if e.lo < f.hi && f.lo < e.hi { level = max(level, placed[j].level + 1) }
            }
            placed[i].level = level
            levels = max(levels, level)
            done.append(i)
        }
        return (placed, levels)
    }

    /// Pairs of arcs whose ends interleave (arcs sharing an end never count).
    static func crossings(_ arcs: [Arc]) -> Int {
        var count = 0
        let spans = arcs.map { (min($0.head, $0.tail), max($0.head, $0.tail)) }
        for i in spans.indices {
            for j in spans.indices where j > i {
                let (a1, b1) = spans[i]
                let (a2, b2) = spans[j]
                if (a1 < a2 && a2 < b1 && b1 < b2) || (a2 < a1 && a1 < b2 && b2 < b1) { count += 1 }
            }
        }
        return count
    }

    /// Height of a row's arc area for `levels` levels, and the y of a level's stroke in it. A label sits
    /// just above its stroke, inside the band up to the next level.
    static func height(levels: Int) -> Int { levels == 0 ? 0 : levels * levelHeight + 60 }
    static func strokeY(level: Int, height: Int) -> Int { height - 85 - (level - 1) * levelHeight }
}
