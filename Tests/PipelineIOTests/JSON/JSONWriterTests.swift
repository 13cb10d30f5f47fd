import Testing
@testable import Pipeline
@testable import PipelineIO


@Suite("JSON writer")
struct JSONWriterTests {
    /// The escaping rules written out one byte at a time: what the fast path must reproduce.
    static func reference(_ s: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [0x22]
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("strings of every length with escapes at every position match the byte-by-byte rules")
    func escapingPositions() {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1f}", "é", "\u{7f}", " "]
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var chars = Array(String(repeating: "abcdefghij", count: 2).prefix(length))
                    if position < chars.count { chars[position] = special }
                    let s = String(chars)
                    var w = JSONWriter(reservingCapacity: 1)  // also exercises growth
                    w.string(s)
                    #expect(String(decoding: w.bytes, as: UTF8.self) == Self.reference(s), "\(s.debugDescription)")
                }
            }
        }
    }

    @Test("integers, including the extremes, print as Swift prints them")
    func integers() {
        let values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, -1, -9, -10, -99, -100, -12345, Int.max, Int.min]
        var w = JSONWriter()
        w.beginArray()
        for v in values { w.int(v) }
        w.pair(7, 123_456)
        w.endArray()
        let expected = "[" + values.map(String.init).joined(separator: ",") + ",[7,123456]]"
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }

    @Test("raw keys and escaped keys give the same bytes")
    func keys() {
        var a = JSONWriter()
        a.beginObject(); a.rawKey("id"); a.string("x"); a.rawKey("dct_source"); a.null(); a.endObject()
        var b = JSONWriter()
        b.beginObject(); b.key("id"); b.string("x"); b.key("dct_source"); b.null(); b.endObject()
        #expect(a.bytes == b.bytes)
        #expect(String(decoding: a.bytes, as: UTF8.self) == #"{"id":"x","dct_source":null}"#)
    }
}
