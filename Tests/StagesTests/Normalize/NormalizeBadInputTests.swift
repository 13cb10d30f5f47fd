import Pipeline
import Testing

@testable import Stages

/// Every hostile or broken input gives a clean document or an error record of a DESIGN.md kind, quickly.
@Suite("Normalize: bad input")
struct NormalizeBadInputTests {
    private func expectError(_ result: Result<Document, DocumentError>, _ kind: DocumentError.Kind) {
        switch result {
        case .success(let doc): Issue.record("expected \(kind), got text \(doc.text.prefix(80).debugDescription)")
        case .failure(let error): #expect(error.kind == kind, "\(error)")
        }
    }

    /// Generous wall-clock bound against hangs (debug build, shared machine); throughput is benchmarked elsewhere.
    private func timed<T>(_ body: () -> T) -> (T, Duration) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = clock.measure { result = body() }
        return (result!, elapsed)
    }

    @Test func emptyAndWhitespaceOnly() {
        expectError(NormalizeSupport.run([], format: .text), .empty)
        expectError(NormalizeSupport.run([], format: .html), .empty)
        expectError(NormalizeSupport.text(" \n\t\r\n \u{00A0}\u{200B} "), .empty)
        expectError(NormalizeSupport.html("<html><body>  <p> &nbsp; </p><script>var x = 1;</script></body></html>"), .empty)
        expectError(NormalizeSupport.run(NormalizeSupport.read("examples/articles/empty.txt"), format: .text), .empty)
    }

    @Test func binaryFiles() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03, 0x4B, 0x4C]
        expectError(NormalizeSupport.run(png, format: .html), .binary)
        expectError(NormalizeSupport.run(gzip, format: .text), .binary)
        expectError(NormalizeSupport.run(Array("text with a NUL \u{0} byte in the middle of it".utf8), format: .text), .binary)
        let controls = (0..<2000).map { UInt8([1, 2, 3, 4, 0x41, 0x42, 5, 6][$0 % 8]) }
        expectError(NormalizeSupport.run(controls, format: .text), .binary)
    }

    @Test func deeplyNestedHTMLStillGivesItsText() {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep inside the nesting there is a sentence.</p>"
            + String(repeating: "</div>", count: depth) + "<p>After the nesting, more text follows here.</p></body></html>"
        let (result, elapsed) = timed { NormalizeSupport.html(html) }
        #expect(elapsed < .seconds(10))
        guard case .success(let doc) = result else { Issue.record("\(result)"); return }
        #expect(doc.text.contains("Deep inside the nesting there is a sentence."))
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func hundredThousandAttributesOnOneElement() {
        var html = "<html><body><div"
        for i in 0..<100_000 { html += " data-a\(i)=\"\(i)\"" }
        html += "><p>The paragraph after the monstrous tag, with enough words to count as an article body.</p></div></body></html>"
        let (result, elapsed) = timed { NormalizeSupport.html(html) }
        #expect(elapsed < .seconds(10))
        guard case .success(let doc) = result else { Issue.record("\(result)"); return }
        #expect(doc.text.contains("The paragraph after the monstrous tag"))
    }

    @Test func unterminatedTagsAndComments() {
        for html in [
            "<html><body><p>Text before an unterminated tag <a href=\"x",
            "<html><body><p>Text before an unterminated comment<!-- never closed <p>hidden",
            "<p>Unclosed paragraph<div><span>and a span<b>bold",
            "<<<>>><p>Angle brackets</p><</p>",
            "<!--",
            "<p>text</p><![CDATA[ strange ]]><p>more text</p>",
        ] {
            let result = NormalizeSupport.html(html)
            switch result {
            case .success(let doc): #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty, "\(html)")
            case .failure(let error): #expect(error.kind == .empty, "\(html): \(error)")
            }
        }
        let doc = try? NormalizeSupport.html("<html><body><p>Text before an unterminated comment<!-- never closed <p>hidden").get()
        #expect(doc?.text.contains("Text before an unterminated comment") == true)
        #expect(doc?.text.contains("hidden") == false)
    }

    @Test func closingScriptTagInsideAScriptString() throws {
        let html = """
            <html><body><script>var s = "</scr" + "ipt>"; var t = '</script'; document.write("<p>injected</p>");</script>
            <p>The real paragraph of the page, long enough to be the article body of this small page.</p></body></html>
            """
        let doc = try NormalizeSupport.html(html).get()
        #expect(doc.text.contains("The real paragraph of the page"))
        #expect(!doc.text.contains("document.write"))
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }

    @Test func fiveMegabyteSingleLine() throws {
        let sentence = "The quick brown fox jumps over the lazy dog, again and again. "
        let line = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let (textResult, textTime) = timed { NormalizeSupport.text(line) }
        let doc = try textResult.get()
        #expect(doc.text.unicodeScalars.count == line.unicodeScalars.count)
        #expect(textTime < .seconds(30))
        let (htmlResult, htmlTime) = timed { NormalizeSupport.html("<html><body><p>" + line + "</p></body></html>") }
        let page = try htmlResult.get()
        #expect(page.text.hasPrefix("The quick brown fox"))
        #expect(htmlTime < .seconds(30))
    }

    @Test func invalidUTF8BecomesReplacementCharacterWithWarning() throws {
        let text: [UInt8] = Array("café naïve ".utf8) + [0xFF, 0xC3] + Array(" déjà vu".utf8)
        let doc = try NormalizeSupport.run(text, format: .text).get()
        #expect(doc.source.charset == "utf-8")
        #expect(doc.text == "café naïve \u{FFFD}\u{FFFD} déjà vu")
        #expect(doc.warnings.count == 1)
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)

        let html: [UInt8] = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Broken ".utf8) + [0xE2, 0x80]
            + Array(" byte in “a” paragraph that is long enough to be kept as the article.</p></body></html>".utf8)
        let page = try NormalizeSupport.run(html, format: .html).get()
        #expect(page.text.contains("Broken \u{FFFD} byte in “a” paragraph"))
        #expect(page.warnings.contains { $0.contains("U+FFFD") })
        #expect(NormalizeSupport.sourceMapViolations(page).isEmpty)
    }

    @Test func utf16WithAndWithoutByteOrderMark() throws {
        let sample = "Zoë’s “UTF-16” text — with €."
        let units = Array(sample.utf16)
        let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, charset) in [([0xFF, 0xFE] + le, "utf-16le"), ([0xFE, 0xFF] + be, "utf-16be"), (le, "utf-16le"), (be, "utf-16be")] {
            let doc = try NormalizeSupport.run(bytes, format: .text).get()
            #expect(doc.text == sample, "\(charset)")
            #expect(doc.source.charset == charset)
            let violations = NormalizeSupport.sourceMapViolations(doc) { raw in
                let pairs = stride(from: 0, to: raw.count - 1, by: 2).map { k in
                    charset == "utf-16le" ? UInt16(raw[k]) | UInt16(raw[k + 1]) << 8 : UInt16(raw[k]) << 8 | UInt16(raw[k + 1])
                }
                return String(decoding: pairs, as: UTF16.self)
            }
            #expect(violations.isEmpty, "\(charset): \(violations)")
        }
        let html = "<html><body><p>" + sample + " In a page long enough to be an article body.</p></body></html>"
        let page = try NormalizeSupport.run([0xFF, 0xFE] + Array(html.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, format: .html).get()
        #expect(page.text.contains(sample))
    }

    @Test func brokenExampleArticle() throws {
        let doc = try NormalizeSupport.run(NormalizeSupport.read("examples/articles/broken.html"), format: .html).get()
        #expect(doc.text.contains("Ferries to the Cyclades and Crete stayed in port on Thursday"))
        #expect(!doc.text.contains("adSlot"))
        #expect(doc.meta.dct == "2023-03-02")
        #expect(NormalizeSupport.sourceMapViolations(doc).isEmpty)
    }
}
