import Pipeline
import Testing

@testable import Stages

@Suite("Normalize: plain text")
struct NormalizeTextTests {
    @Test func windows1252FileDecodesWithPunctuationIntact() throws {
        let bytes = NormalizeSupport.read("examples/articles/windows-1252.txt")
        #expect(!bytes.isEmpty)
        let doc = try NormalizeSupport.run(bytes, format: .text).get()
        #expect(doc.source.charset == "windows-1252")
        for expected in ["“", "”", "’", "–", "é", "€", "Café Olympos", "€14,000"] {
            #expect(doc.text.contains(expected), "missing \(expected)")
        }
        #expect(doc.warnings.isEmpty)
        let violations = NormalizeSupport.sourceMapViolations(doc) { bytes in
            // Windows-1252 is one byte per character: decode the few non-ASCII bytes the file uses.
            let table: [UInt8: String] = [0x93: "“", 0x94: "”", 0x92: "’", 0x96: "–", 0xE9: "é", 0x80: "€", 0xC9: "É"]
            return bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : (table[$0] ?? "?") }.joined()
        }
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func lineEndsSpacesAndInvisibleCharacters() throws {
        let input = "A\r\nB\rC\u{00A0}D\u{2009}E\u{200B}F\u{00AD}G\u{0007}H  I\t\"quoted\" — dash"
        let doc = try NormalizeSupport.text(input).get()
        #expect(doc.text == "A\nB\nC D EFGH  I\t\"quoted\" — dash")
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
        // CRLF is one character mapped to both bytes.
        #expect(doc.sourceMap?.sourceRange(ofScalar: 1) == 1..<3)
    }

    @Test func nfcComposesAndMapsToEveryComposedByte() throws {
        let doc = try NormalizeSupport.text("Cafe\u{0301} ok").get()
        #expect(doc.text == "Caf\u{00E9} ok")
        #expect(doc.text.unicodeScalars.count == 7)
        #expect(doc.sourceMap?.sourceRange(ofScalar: 3) == 3..<6)
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func validUTF8KeepsEveryVisibleCharacter() throws {
        let input = "Ünïcödé — “quotes” ‘single’ … 你好 𝔘𝔫𝔦 🙂 digits ٣٤ and\u{3000}ideographic  space"
        let doc = try NormalizeSupport.text(input).get()
        #expect(NormalizeSupport.squeezed(doc.text) == NormalizeSupport.squeezed(input.replacingSpaces()))
        #expect(doc.source.charset == "utf-8")
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let doc = try NormalizeSupport.run([0xEF, 0xBB, 0xBF] + Array("Hello".utf8), format: .text).get()
        #expect(doc.text == "Hello")
        #expect(doc.sourceMap?.sourceRange(ofScalar: 0) == 3..<4)
    }
}

extension String {
    /// The input as the normalizer should see its separators (ideographic space is a space separator).
    func replacingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.properties.generalCategory == .spaceSeparator ? " " : $0 }))
    }
}
