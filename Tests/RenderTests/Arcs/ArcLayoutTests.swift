import Testing

@testable import Render

@Suite struct ArcLayoutTests {
    static func pieces(_ widths: [Int]) -> [ArcLayout.Piece] { widths.map { ArcLayout.Piece(width: $0, gapAfter: true) } }

    @Test func piecesWrapIntoRowsAtTheRowWidth() {
        let layout = ArcLayout(pieces: Self.pieces([300, 300, 300, 300]), arcs: [], rowWidth: 700)
        #expect(layout.rows.map(\.pieces) == [0..<2, 2..<4])
        #expect(layout.rows[0].x == [0, 300 + ArcLayout.gap])
        // A piece wider than a row still gets a row of its own.
        let wide = ArcLayout(pieces: Self.pieces([100, 900, 100]), arcs: [], rowWidth: 700)
        #expect(wide.rows.map(\.pieces) == [0..<1, 1..<2, 2..<3])
    }

    @Test func nestedArcsStackAndShareNoLevel() {
        // 0 → 3 encloses 1 → 2: the inner one is on level 1, the outer above it.
        let arcs = [
            ArcLayout.Arc(head: 0, tail: 3, labelWidth: 100), ArcLayout.Arc(head: 1, tail: 2, labelWidth: 100),
        ]
        let layout = ArcLayout(pieces: Self.pieces([200, 200, 200, 200]), arcs: arcs, rowWidth: 4000)
        let segments = layout.rows[0].segments
        #expect(segments.first { $0.arc == 1 }?.level == 1)
        #expect(segments.first { $0.arc == 0 }?.level == 2)
        #expect(layout.crossings == 0)
        #expect(layout.drawable)
        // The arrowhead is at the tail: arc 0 goes right, so it is at its right end.
        #expect(segments.first { $0.arc == 0 }.map { $0.arrowAtRight && !$0.arrowAtLeft } == true)
    }

    @Test func arcsSharingAWordLeaveItFromDifferentPoints() {
        let arcs = [ArcLayout.Arc(head: 1, tail: 0, labelWidth: 50), ArcLayout.Arc(head: 1, tail: 2, labelWidth: 50)]
        let layout = ArcLayout(pieces: Self.pieces([200, 200, 200]), arcs: arcs, rowWidth: 4000)
        let s = layout.rows[0].segments
        let left = s.first { $0.arc == 0 }!
        let right = s.first { $0.arc == 1 }!
        // Piece 1 spans 228..<428: the arc to the left leaves it left of the arc to the right.
        #expect(left.x2 < right.x1)
        #expect(left.x2 > 228 && right.x1 < 428)
        // Their spans do not overlap, so they share level 1 unless their labels collide (they do not).
        #expect(left.level == 1 && right.level == 1)
    }

    @Test func crossingsAreCountedAndDecideTheDrawing() {
        let two = [ArcLayout.Arc(head: 0, tail: 2, labelWidth: 10), ArcLayout.Arc(head: 1, tail: 3, labelWidth: 10)]
        #expect(ArcLayout.crossings(two) == 1)
        #expect(ArcLayout(pieces: Self.pieces([100, 100, 100, 100]), arcs: two, rowWidth: 4000).drawable)
        let three = two + [ArcLayout.Arc(head: 2, tail: 4, labelWidth: 10)]  // crosses 1 → 3 too
        #expect(ArcLayout.crossings(three) == 2)
        #expect(!ArcLayout(pieces: Self.pieces([100, 100, 100, 100, 100]), arcs: three, rowWidth: 4000).drawable)
        // Shared ends never cross.
        #expect(ArcLayout.crossings([ArcLayout.Arc(head: 0, tail: 2, labelWidth: 0), ArcLayout.Arc(head: 2, tail: 4, labelWidth: 0)]) == 0)
    }

    @Test func tooManyLevelsAreNotDrawn() {
        // Five arcs nested inside each other need five levels.
        let arcs = (0..<5).map { ArcLayout.Arc(head: $0, tail: 9 - $0, labelWidth: 10) }
        let layout = ArcLayout(pieces: Self.pieces(Array(repeating: 100, count: 10)), arcs: arcs, rowWidth: 4000)
        #expect(layout.maximumLevel == 5)
        #expect(!layout.drawable)
    }

    @Test func anArcAcrossRowsIsDrawnInBothRows() {
        let arcs = [ArcLayout.Arc(head: 0, tail: 3, labelWidth: 100)]
        let layout = ArcLayout(pieces: Self.pieces([300, 300, 300, 300]), arcs: arcs, rowWidth: 700)
        let first = layout.rows[0].segments
        let second = layout.rows[1].segments
        #expect(first.count == 1 && second.count == 1)
        #expect(first[0].closedLeft && !first[0].closedRight && first[0].showsLabel)
        #expect(!second[0].closedLeft && second[0].closedRight && second[0].arrowAtRight && !second[0].showsLabel)
        #expect(second[0].x1 == 0)
    }

    @Test func labelsThatWouldTouchGoToDifferentLevels() {
        // Two short neighbouring arcs whose wide labels would overlap.
        let arcs = [ArcLayout.Arc(head: 0, tail: 1, labelWidth: 600), ArcLayout.Arc(head: 2, tail: 3, labelWidth: 600)]
        let layout = ArcLayout(pieces: Self.pieces([100, 100, 100, 100]), arcs: arcs, rowWidth: 4000)
        let levels = Set(layout.rows[0].segments.map(\.level))
        #expect(levels == [1, 2])
    }

    @Test func rowsBreakWhereTheyCutTheFewestArcs() {
        // Greedy filling would break after piece 2 and cut the arc 2 → 3; breaking after piece 1 cuts none.
        let arcs = [ArcLayout.Arc(head: 2, tail: 3, labelWidth: 50)]
        let layout = ArcLayout(pieces: Self.pieces([200, 200, 200, 200, 200]), arcs: arcs, rowWidth: 700)
        #expect(layout.rows.map(\.pieces) == [0..<2, 2..<5])
        #expect(layout.rows[1].segments.count == 1 && layout.rows[1].segments[0].closedLeft)
        // An arc longer than a row has to be cut: the rows then fill as evenly as they can.
        let long = [ArcLayout.Arc(head: 0, tail: 4, labelWidth: 50)]
        #expect(ArcLayout(pieces: Self.pieces([200, 200, 200, 200, 200]), arcs: long, rowWidth: 700).rows.count == 2)
    }

    @Test func widthsFollowArialMetrics() {
        #expect(TextWidth.hundredths("Iran") == 173)  // I 278 + r 333 + a 556 + n 556 = 1723 thousandths
        #expect(TextWidth.hundredths("e\u{301}") == TextWidth.hundredths("e"))  // a combining mark adds nothing
        #expect(TextWidth.hundredths("東京") == 200)
    }
}
