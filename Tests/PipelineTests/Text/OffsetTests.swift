import Testing

@testable import Pipeline

@Suite("Scalar offsets and source maps")
struct OffsetTests {
    /// Curly quotes (3 bytes), NBSP (2), an emoji (4, one scalar, two UTF-16 units), a combining
    /// accent (a scalar of its own: "e" + U+0301 is two scalars, one grapheme), and CRLF (two scalars,
    /// one Swift Character).
    static let text = "“Café” said\u{00A0}José\u{0301} 😀 ok\r\nEnd"

    @Test("scalar offsets count code points, not graphemes or UTF-16 units")
    func scalarOffsets() {
        var document = Document(id: "t", source: Source(path: "t", format: .text, bytes: Array(Self.text.utf8)))
        document.setText(Self.text, sourceMap: SourceMap.identity(utf8: Self.text))
        let scalars = Array(Self.text.unicodeScalars)
        #expect(document.offsets.scalarCount == scalars.count)
        #expect(scalars.count == 27)
        // Every single-scalar span slices back to that scalar.
        for (i, scalar) in scalars.enumerated() {
            #expect(document.text(of: Span(i, i + 1)) == String(scalar))
        }
        // Multi-scalar spans.
        #expect(document.text(of: Span(0, 6)) == "“Café”")
        #expect(document.text(of: Span(12, 17)) == "José\u{0301}")
        #expect(document.text(of: Span(18, 19)) == "😀")
        #expect(document.text(of: Span(22, 24)) == "\r\n")
        #expect(document.text(of: Span(24, 27)) == "End")
    }

    @Test("UTF-8 and scalar offsets convert both ways at every boundary")
    func conversions() {
        let map = ScalarOffsetMap(Self.text)
        var utf8 = 0
        for (i, scalar) in Self.text.unicodeScalars.enumerated() {
            #expect(map.utf8Offset(scalar: i) == utf8)
            #expect(map.scalarOffset(utf8: utf8) == i)
            utf8 += UTF8.width(scalar)
        }
        #expect(map.utf8Offset(scalar: map.scalarCount) == map.utf8Count)
        #expect(map.scalarOffset(utf8: map.utf8Count) == map.scalarCount)
    }

    @Test("an ASCII text needs no table")
    func asciiIsFree() {
        let map = ScalarOffsetMap("plain ASCII text")
        #expect(map.isASCII)
        #expect(map.utf8Offset(scalar: 6) == 6)
    }

    @Test("the identity source map gives each scalar its own UTF-8 bytes")
    func identitySourceMap() {
        let map = SourceMap.identity(utf8: Self.text)
        let bytes = Array(Self.text.utf8)
        for (i, scalar) in Self.text.unicodeScalars.enumerated() {
            guard let range = map.sourceRange(ofScalar: i) else {
                Issue.record("scalar \(i) unmapped")
                continue
            }
            #expect(String(decoding: bytes[range], as: UTF8.self) == String(scalar))
        }
        #expect(map.sourceRange(of: Span(0, 6)) == 0..<11)  // 3 + 3 + 2 + 3 bytes
        #expect(map.runCount < Self.text.unicodeScalars.count, "runs merge")
    }

    @Test("a scalar standing for several source bytes (an entity reference) maps to all of them")
    func collapsedRuns() {
        var map = SourceMap()
        map.append(0..<1)  // "a"
        map.append(1..<6)  // "&amp;" -> "&"
        map.append(6..<7)  // "b"
        map.append(7..<10)  // three spaces collapsed into one
        map.append(10..<11)
        #expect(map.sourceRange(ofScalar: 1) == 1..<6)
        #expect(map.sourceRange(ofScalar: 3) == 7..<10)
        #expect(map.sourceRange(of: Span(0, 5)) == 0..<11)
        #expect(map.sourceRange(ofScalar: 5) == nil)
    }
}
