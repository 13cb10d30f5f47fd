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

    @Test func forbiddenCodePointsGetVisibleStandIns() {
        // NUL and ESC as Control Pictures, DEL as ␡, a C1 control and noncharacters as U+FFFD.
        #expect(HTMLEscaping.escaped("a\u{0}b\u{1B}c\u{7F}d") == "a␀b␛c␡d")
        let scalar = { (v: UInt32) in String(Character(Unicode.Scalar(v) ?? " ")) }
        let input = "x" + scalar(0x85) + "y" + scalar(0xFDD0) + "z" + scalar(0xFFFE) + "w" + scalar(0x1FFFF) + "v"
        #expect(HTMLEscaping.escaped(input) == "x\u{FFFD}y\u{FFFD}z\u{FFFD}w\u{FFFD}v")
        // Tab, line feed and carriage return are allowed and stay.
        #expect(HTMLEscaping.escaped("a\tb\nc\rd") == "a\tb\nc\rd")
    }

    @Test func otherTextGoesThroughUnchanged() {
        let text = "Hebrew עברית, Arabic العربية, emoji 👩🏽‍🚀🇺🇦, e\u{301}, ½, U+FFFD \u{FFFD}, U+10FFFD \u{10FFFD}"
        #expect(HTMLEscaping.escaped(text) == text)
    }

    @Test func fixedPointFormatting() {
        #expect(Fixed.hundredths(1234) == "12.34")
        #expect(Fixed.hundredths(1230) == "12.3")
        #expect(Fixed.hundredths(1200) == "12")
        #expect(Fixed.hundredths(5) == "0.05")
        #expect(Fixed.hundredths(-5) == "-0.05")
        #expect(Fixed.ratio(0.98765) == "0.988")
        #expect(Fixed.ratio(nil) == "—")
        #expect(Fixed.hundredthsOfOne(0.987) == "0.99")
        #expect(Fixed.hundredthsOfOne(0.05) == "0.05")
        #expect(Fixed.count(1_234_567) == "1\u{2009}234\u{2009}567")
        #expect(Fixed.count(9999) == "9999")
    }

    @Test func elementIDsAreOwnIDsOnlyWhenPlainAndUnique() {
        var ids = EntityIDs()
        #expect(ids.assign("T1", index: 0) == "T1")
        #expect(ids.assign("T1", index: 1) == "x1")  // taken
        #expect(ids.assign("a\"b", index: 2) == "x2")
        #expect(ids.assign("1abc", index: 3) == "x3")
        #expect(ids.assign("x4", index: 9) == "x9")  // the generated form is reserved
        #expect(ids.assign("", index: 5) == "x5")
        #expect(ids.assign(String(repeating: "a", count: 65), index: 6) == "x6")
    }
}
