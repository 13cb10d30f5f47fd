import Testing

@testable import Render

@Suite struct EscapingTests {
    @Test func specialsBecomeReferencesInTextAndAttributes() {
        #expect(HTMLEscaping.escaped("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;")
        #expect(HTMLEscaping.escaped("</script><script>alert(1)</script>") == "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        var out = HTMLBuffer()
        out.attribute("data-tip", "\" onmouseover=\"x")
        #expect(String(decoding: out.bytes, as: UTF8.self) == " data-tip=\"&quot; onmouseover=&quot;x\"")
    }
}
