import Testing

@testable import Pipeline

/// `utf8Offsets(scalarStart:scalarEnd:)` steps from the start's entry to the end's instead of searching
/// twice: it must agree with `utf8Offset(scalar:)` on every span, short or long, whatever the scalars.
@Suite struct ScalarOffsetSpanTests {
    @Test func spanOffsetsAgreeWithSingleLookups() {
        // Runs of multi-byte scalars (2, 3 and 4 bytes) between ASCII, more than eight in a row so the
        // long-span search runs too.
        let text = "a“b”c — é🙂 x" + String(repeating: "“”é", count: 6) + "tail ü end"
        let map = ScalarOffsetMap(text)
        let n = text.unicodeScalars.count
        for start in 0...n {
            for end in 0...n {
                let both = map.utf8Offsets(scalarStart: start, scalarEnd: end)
                #expect(both.lower == map.utf8Offset(scalar: start))
                #expect(both.upper == map.utf8Offset(scalar: end))
            }
        }
    }

    @Test func asciiSpanOffsetsAreTheScalarOffsets() {
        let map = ScalarOffsetMap("plain text")
        #expect(map.utf8Offsets(scalarStart: 2, scalarEnd: 7) == (2, 7))
    }
}

/// `SourceMap.sourceRange(of:)` steps from the first scalar's run to the last's instead of searching
/// twice: it must give what the per-scalar lookups give, for spans crossing no run, a few, or many.
@Suite struct SourceMapSpanTests {
    @Test func spanRangeAgreesWithPerScalarLookups() {
        var map = SourceMap()
        var offset = 0
        // Runs of widths 1, 2 and 3, and one-scalar runs standing for several bytes (entity references),
        // more than eight in a row so the search after the stepping runs too.
        for k in 0..<40 {
            let width = [1, 2, 3, 5][k % 4]
            for _ in 0..<(k % 3 + 1) {
                map.append(offset..<(offset + width))
                offset += width
            }
            offset += k % 2  // a gap in the source (a dropped tag)
        }
        let n = map.count
        for start in -1...(n + 1) {
            for end in -1...(n + 1) {
                var expected: Range<Int>? = nil
                if start < end, let first = map.sourceRange(ofScalar: start), let last = map.sourceRange(ofScalar: end - 1) {
                    expected = first.lowerBound..<max(first.upperBound, last.upperBound)
                }
                #expect(map.sourceRange(of: Span(start, end)) == expected)
            }
        }
    }
}
