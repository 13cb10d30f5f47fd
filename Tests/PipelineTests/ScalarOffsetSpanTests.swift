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
