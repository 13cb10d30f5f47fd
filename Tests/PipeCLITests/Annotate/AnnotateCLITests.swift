import Foundation
import Testing

@Suite("pipe annotate, end to end", .serialized)
struct AnnotateCLITests {
    @Test("the example folder: one line per file, an error record for the empty file, exit 1")
    func exampleFolder() throws {
        let result = try PipeBinary.run(["annotate", "examples/articles", "--progress", "never"])
        let files = try FileManager.default.contentsOfDirectory(atPath: PipeBinary.repositoryRoot + "/examples/articles")
            .filter { !$0.hasPrefix(".") }
        #expect(result.lines.count == files.count)
        #expect(result.status == 1, "an error record makes the exit status 1")
        let records = result.lines.compactMap(PipeBinary.object)
        #expect(records.count == files.count, "every line is a JSON object")
        #expect(records.map { $0["id"] as? String ?? "" } == files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let empty = try #require(records.first { $0["id"] as? String == "empty.txt" })
        #expect((empty["error"] as? [String: Any])?["kind"] as? String == "empty")
        let seed = try #require(records.first { $0["id"] as? String == "seed.txt" })
        #expect(seed["schema"] as? String == "pipe/1")
        #expect((seed["text"] as? String)?.hasPrefix("The latest diplomatic crisis") == true)
        #expect(result.stderr.contains("documents"), "a summary line on stderr")
    }

    @Test("exit 0 when every input succeeds")
    func allGood() throws {
        let result = try PipeBinary.run(["annotate", "examples/articles/seed.txt", "--progress", "never"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
    }

    @Test("--jobs 2 gives byte-identical output to --jobs 1")
    func jobsIdentical() throws {
        let one = try PipeBinary.run(["annotate", "examples/articles", "gold", "--jobs", "1", "--progress", "never"])
        let two = try PipeBinary.run(["annotate", "examples/articles", "gold", "--jobs", "2", "--progress", "never"])
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test("stdin JSONL: one line per input line, ids and dct kept, bad lines become error records")
    func stdinJSONL() throws {
        let input = """
            {"id":"a","text":"Aliyev met Raisi in Baku.","dct":"2021-12-01"}
            {"id":"b","html":"<html><body><article><p>Hello from Tehran.</p></article></body></html>","url":"https://example.org/2021/09/20/x"}
            this is not json
            {"id":"d","text":""}
            """
        let result = try PipeBinary.run(["annotate", "--progress", "never"], stdin: input)
        let records = result.lines.compactMap(PipeBinary.object)
        #expect(records.count == 4)
        #expect(records.map { $0["id"] as? String ?? "?" } == ["a", "b", "stdin:3", "d"])
        #expect((records[0]["meta"] as? [String: Any])?["dct"] as? String == "2021-12-01")
        #expect((records[0]["meta"] as? [String: Any])?["dct_source"] as? String == "input")
        #expect((records[1]["source"] as? [String: Any])?["format"] as? String == "html")
        #expect(records[2]["error"] != nil)
        #expect((records[3]["error"] as? [String: Any])?["kind"] as? String == "empty")
        #expect(result.status == 1)
    }

    @Test("stdin that is not JSONL is one raw document")
    func stdinRaw() throws {
        let result = try PipeBinary.run(["annotate", "--progress", "never"], stdin: "Just some text.\nAnother line.\n")
        let records = result.lines.compactMap(PipeBinary.object)
        #expect(records.count == 1)
        #expect(records.first?["id"] as? String == "stdin")
        #expect(result.status == 0)
    }

    @Test("--dct wins over every other source and is validated")
    func dctFlag() throws {
        let good = try PipeBinary.run(
            ["annotate", "--dct", "2020-02-29", "--progress", "never"], stdin: #"{"id":"a","text":"x","dct":"2021-01-01"}"#)
        let meta = PipeBinary.object(good.lines.first ?? "")?["meta"] as? [String: Any]
        #expect(meta?["dct"] as? String == "2020-02-29")
        #expect(meta?["dct_source"] as? String == "flag")
        let bad = try PipeBinary.run(["annotate", "--dct", "2021-02-30"], stdin: "x")
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
    }

    @Test("an unknown stage is a usage error (exit 2) naming the stage")
    func unknownStage() throws {
        let result = try PipeBinary.run(["annotate", "--stages", "normalize,nonsense", "examples/articles/seed.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nonsense"))
        #expect(result.stdout.isEmpty)
    }

    @Test("-o with --resume continues a file and ends identical to a single run")
    func resume() throws {
        let dir = NSTemporaryDirectory() + "pipe-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let full = dir + "/full.jsonl"
        let part = dir + "/part.jsonl"
        _ = try PipeBinary.run(["annotate", "examples/articles", "-o", full, "--progress", "never"])
        // Keep the first two lines and half of the third, as a killed run would leave them.
        let lines = try String(contentsOfFile: full, encoding: .utf8).split(separator: "\n")
        let torn = lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(40)
        try Data(torn.utf8).write(to: URL(fileURLWithPath: part))
        // The killed run had written its run record before its first line.
        try FileManager.default.copyItem(atPath: full + ".pipe-run.json", toPath: part + ".pipe-run.json")
        let resumed = try PipeBinary.run(["annotate", "examples/articles", "-o", part, "--resume", "--progress", "never"])
        #expect(resumed.stderr.contains("2 already done"))
        #expect(try String(contentsOfFile: part, encoding: .utf8) == (try String(contentsOfFile: full, encoding: .utf8)))
    }
}
