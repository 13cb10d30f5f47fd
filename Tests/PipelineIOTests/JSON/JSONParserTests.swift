import Testing
@testable import Pipeline
@testable import PipelineIO


@Suite("JSON parser")
struct JSONParserTests {
    @Test("values, escapes and surrogate pairs")
    func values() throws {
        let v = try JSONParser.parse(#"{"a":[1,-2.5e2,true,false,null],"b":"\u00e9\ud83d\ude00\/"}"#)
        #expect(v["a"] == .array([.number(1), .number(-250), .bool(true), .bool(false), .null]))
        #expect(v["b"] == .string("é😀/"))
    }

    @Test("member order is kept")
    func order() throws {
        let v = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(v.objectMembers?.map(\.0) == ["z", "a", "m"])
    }

    @Test(
        "malformed input is an error with a position",
        arguments: [#"{"a":}"#, "[1,2", #""unterminated"#, "01", "{\"a\":1}x", "[\"\u{1}\"]", "tru"])
    func malformed(_ input: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
    }

    @Test("hostile nesting is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test("invalid UTF-8 inside a string is an error")
    func invalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }
}
