import Foundation
import Testing

/// Issue 20, items 1 and 2: what `pipe annotate` makes of a byte-order mark before JSONL and of a JSONL
/// `dct` that is not a date.
@Suite("pipe annotate: input checks", .serialized)
struct InputChecksCLITests {
    static let bomLine = "\u{FEFF}" + #"{"id":"a","text":"Aliyev arrived in Baku."}"# + "\n" + #"{"id":"b","text":"Second."}"# + "\n"

    static func temporaryFile(_ name: String, _ contents: String) throws -> (file: String, cleanup: () -> Void) {
        let dir = NSTemporaryDirectory() + "pipe-input-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/" + name
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return (file, { try? FileManager.default.removeItem(atPath: dir) })
    }

    static func warnings(_ record: [String: Any]?) -> [String] { record?["warnings"] as? [String] ?? [] }

    @Test("item 1: a byte-order mark before JSONL on stdin: the documents are read, the first says so")
    func bomOnStdin() throws {
        let result = try PipeBinary.run(["annotate", "--stages", "normalize", "--progress", "never"], stdin: Self.bomLine)
        let records = result.lines.compactMap(PipeBinary.object)
        #expect(records.map { $0["id"] as? String } == ["a", "b"], "two JSONL documents, not one raw 'stdin'")
        #expect(records.first?["text"] as? String == "Aliyev arrived in Baku.")
        #expect(Self.warnings(records.first).contains { $0.contains("byte-order mark") })
        #expect(Self.warnings(records.last).isEmpty, "only the first document carries the warning")
        #expect(result.status == 0)
    }

    @Test("item 1: a byte-order mark before a JSONL file, by extension and with --format jsonl")
    func bomInFile() throws {
        for (name, extra) in [("docs.jsonl", [String]()), ("docs.txt", ["--format", "jsonl"])] {
            let (file, cleanup) = try Self.temporaryFile(name, Self.bomLine)
            defer { cleanup() }
            let result = try PipeBinary.run(["annotate", "--stages", "normalize", "--progress", "never", file] + extra)
            let records = result.lines.compactMap(PipeBinary.object)
            #expect(records.count == 2)
            #expect(records.first?["error"] == nil, "line 1 is not 'invalid JSON at byte 0': \(result.stdout)")
            #expect(records.first?["id"] as? String == "a")
            #expect(Self.warnings(records.first).contains { $0.contains("byte-order mark") })
            #expect(result.status == 0)
        }
    }

    @Test("item 1: a raw text document on stdin keeps its byte-order mark in its bytes (hash, offsets)")
    func bomRawText() throws {
        let result = try PipeBinary.run(["annotate", "--stages", "normalize", "--progress", "never"], stdin: "\u{FEFF}Hello Baku.\n")
        let record = PipeBinary.object(result.lines.first ?? "")
        #expect(record?["id"] as? String == "stdin")
        #expect((record?["source"] as? [String: Any])?["bytes"] as? Int == 15, "3 bytes of mark + 12 of text")
        #expect(record?["text"] as? String == "Hello Baku.\n")
    }

    @Test(
        "item 2: a JSONL dct that is not a YYYY-MM-DD date is ignored with a warning",
        arguments: ["2019/11/19", "2019-13-45", "yesterday"])
    func invalidDCT(_ dct: String) throws {
        let line = #"{"id":"e","text":"He arrived yesterday.","dct":"\#(dct)"}"#
        let result = try PipeBinary.run(["annotate", "--progress", "never"], stdin: line + "\n")
        let record = try #require(PipeBinary.object(result.lines.first ?? ""))
        let meta = record["meta"] as? [String: Any]
        #expect(meta?["dct"] is NSNull, "meta.dct stays null, got \(String(describing: meta?["dct"]))")
        #expect(meta?["dct_source"] as? String == "none")
        #expect(Self.warnings(record).contains { $0.contains(dct) && $0.contains("not a YYYY-MM-DD") })
        let yesterday = (record["entities"] as? [[String: Any]])?.first { $0["text"] as? String == "yesterday" }
        #expect((yesterday?["timex"] as? [String: Any])?["value"] as? String == "PAST_REF", "no date to anchor on")
    }

    @Test("item 2: after an invalid JSONL dct the next valid source gives the date (a date in the URL)")
    func invalidDCTFallsBackToURL() throws {
        let line = #"{"id":"u","html":"<html><body><article><p>He arrived yesterday in Baku.</p></article></body></html>","url":"https://example.org/2021/09/20/story","dct":"2019-13-45"}"#
        let result = try PipeBinary.run(["annotate", "--progress", "never"], stdin: line + "\n")
        let record = try #require(PipeBinary.object(result.lines.first ?? ""))
        let meta = record["meta"] as? [String: Any]
        #expect(meta?["dct"] as? String == "2021-09-20")
        #expect(meta?["dct_source"] as? String == "url")
        #expect(Self.warnings(record).contains { $0.contains("2019-13-45") })
    }
}
