import Pipeline
import Testing

@testable import Stages

/// Every output character's source bytes decode (references resolved) to that character, or to
/// whitespace collapsed into it.
@Suite("Normalize: source map property")
struct NormalizeSourceMapTests {
    @Test func seedPage() throws {
        for path in ["examples/articles/seed.html", "examples/articles/broken.html", "examples/articles/istanbul-grain-talks.html"] {
            let doc = try NormalizeSupport.run(NormalizeSupport.read(path), format: .html).get()
            let violations = NormalizeSupport.sourceMapViolations(doc)
            #expect(violations.isEmpty, "\(path): \(violations)")
        }
    }

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static func generatedPage(seed: UInt64) -> String {
        var g = Generator(state: seed &* 2_654_435_761 | 1)
        let words = ["news", "Ünïcode", "“quoted”", "it’s", "A&amp;B", "&lt;tag&gt;", "&#8217;", "&#x2014;", "&nbsp;", "&eacute;t&eacute;",
                     "caf\u{65}\u{301}", "x\r\ny", "tab\there", "&copy", "&bogus;", "&#0;", "5 &lt; 6", "a<b", "€100", "🙂"]
        let inline = ["b", "i", "a href=\"/x?a=1&amp;b=2\"", "span class=\"x>y\"", "em"]
        var html = "<!DOCTYPE html>\r\n<html><head><title>Generated &amp; page</title><script>var s = \"</p><p>not text\";</script></head><body>\n"
        for _ in 0..<(3 + g.next(8)) {
            let block = g.pick(["p", "div", "li", "h2", "blockquote", "td"])
            html += "<\(block)>"
            for _ in 0..<(5 + g.next(30)) {
                let word = g.pick(words)
                switch g.next(10) {
                case 0:
                    let tag = g.pick(inline)
                    let name = String(tag.prefix { $0 != " " })
                    html += "<\(tag)>\(word)</\(name)> "
                case 1: html += "<!-- comment \(word) -->"
                case 2: html += "\(word)<br>"
                case 3: html += "\(word)\n   \n"
                default: html += "\(word) "
                }
            }
            html += "</\(block)>\n"
        }
        return html + "</body></html>"
    }

    @Test(arguments: 0..<60)
    func generatedPages(seed: Int) throws {
        let html = Self.generatedPage(seed: UInt64(seed))
        switch NormalizeSupport.html(html) {
        case .success(let doc):
            let violations = NormalizeSupport.sourceMapViolations(doc)
            #expect(violations.isEmpty, "seed \(seed): \(violations)\n\(html)")
            #expect(doc.warnings.isEmpty, "seed \(seed): \(doc.warnings)")
        case .failure(let error):
            Issue.record("seed \(seed): \(error)")
        }
    }

    @Test(.enabled(if: NormalizeSupport.aebAvailable, "../shared/data/html/aeb-dev is absent"))
    func articleExtractionBenchmarkPages() throws {
        let pages = NormalizeSupport.aebPages()
        #expect(pages.count == 91)
        var totalViolations = 0
        for page in pages {
            let doc = try NormalizeSupport.run(page.bytes, format: .html).get()
            let violations = NormalizeSupport.sourceMapViolations(doc)
            totalViolations += violations.count
            #expect(violations.isEmpty, "\(page.name): \(violations)")
            #expect(!doc.warnings.contains { $0.contains("not located") }, "\(page.name): \(doc.warnings)")
        }
        #expect(totalViolations == 0)
    }
}
