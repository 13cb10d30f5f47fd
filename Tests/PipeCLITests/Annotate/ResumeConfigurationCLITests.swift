import Foundation
import Testing

/// Issue 20, item 6: `-o FILE` records the run's configuration in FILE.pipe-run.json, and `--resume`
/// refuses to append records made another way unless `--force`.
@Suite("pipe annotate --resume: the run's configuration", .serialized)
struct ResumeConfigurationCLITests {
    static let short = ["--stages", "normalize,tokenize,sentences"]

    final class Workspace {
        let dir = NSTemporaryDirectory() + "pipe-resume-" + UUID().uuidString
        var output: String { dir + "/out.jsonl" }
        var record: String { output + ".pipe-run.json" }
        init() throws { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func lines() throws -> [Substring] { try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n") }

        /// Keeps the first `n` lines, as a run stopped after `n` documents leaves the file.
        func keep(_ n: Int) throws {
            let kept = try lines().prefix(n).joined(separator: "\n") + "\n"
            try Data(kept.utf8).write(to: URL(fileURLWithPath: output))
        }

        func recordJSON() throws -> [String: Any] {
            try #require(PipeBinary.object(String(contentsOfFile: record, encoding: .utf8)))
        }
    }

    static func annotate(_ extra: [String], into w: Workspace) throws -> PipeBinary.Result {
        try PipeBinary.run(["annotate", "examples/articles", "--progress", "never", "-o", w.output] + extra)
    }

    @Test("the record holds the version, a digest of the built-in resources, the stages and the output flags")
    func recordContents() throws {
        let w = try Workspace()
        _ = try Self.annotate(Self.short + ["--tokens"], into: w)
        let configuration = try #require(try w.recordJSON()["configuration"] as? [String: Any])
        #expect(configuration["stages"] as? [String] == ["normalize", "tokenize", "sentences"])
        #expect(configuration["tokens"] as? Bool == true)
        #expect(configuration["explain"] as? Bool == false)
        #expect((configuration["resources"] as? String)?.hasPrefix("sha256:") == true)
        let version = try PipeBinary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(configuration["pipe"] as? String == version)
        #expect(try w.lines().count == 6, "the output itself keeps one line per input")
    }

    @Test("a resume with other stages or other output flags is refused and leaves the file alone")
    func differentConfigurationRefused() throws {
        let w = try Workspace()
        _ = try Self.annotate(Self.short, into: w)
        try w.keep(2)
        for (extra, named) in [([String](), "stages"), (Self.short + ["--tokens"], "tokens"), (Self.short + ["--explain"], "explain"),
            (Self.short + ["--dct", "2021-12-01"], "dct")]
        {
            let result = try Self.annotate(extra + ["--resume"], into: w)
            #expect(result.status == 2, "\(extra)")
            #expect(result.stderr.contains("another configuration") && result.stderr.contains(named), "\(extra): \(result.stderr)")
            #expect(result.stderr.contains("--force"))
            #expect(try w.lines().count == 2, "nothing appended")
        }
    }

    @Test("the same configuration resumes and ends as one uninterrupted run")
    func sameConfigurationResumes() throws {
        let w = try Workspace()
        _ = try Self.annotate(Self.short, into: w)
        let whole = try String(contentsOfFile: w.output, encoding: .utf8)
        try w.keep(2)
        let result = try Self.annotate(Self.short + ["--resume"], into: w)
        #expect(result.status == 0, "the empty file's error record is among the two kept: \(result.stderr)")
        #expect(result.stderr.contains("2 already done"))
        #expect(try String(contentsOfFile: w.output, encoding: .utf8) == whole)
    }

    @Test("--force appends anyway, and the record keeps the earlier configuration")
    func forceAppends() throws {
        let w = try Workspace()
        _ = try Self.annotate(Self.short, into: w)
        try w.keep(2)
        let result = try Self.annotate(["--resume", "--force"], into: w)
        #expect(result.status == 0)
        #expect(try w.lines().count == 6)
        let record = try w.recordJSON()
        let stages = (record["configuration"] as? [String: Any])?["stages"] as? [String] ?? []
        #expect(stages.count > 3 && stages.contains("entities"), "every stage now: \(stages)")
        let earlier = try #require(record["earlier"] as? [[String: Any]])
        #expect(earlier.count == 1)
        #expect((earlier.first?["configuration"] as? [String: Any])?["stages"] as? [String] == ["normalize", "tokenize", "sentences"])
        #expect(earlier.first?["documents"] as? Int == 2)
    }

    @Test("a file without a run record is not resumed blindly")
    func missingRecord() throws {
        let w = try Workspace()
        _ = try Self.annotate(Self.short, into: w)
        try w.keep(2)
        try FileManager.default.removeItem(atPath: w.record)
        let refused = try Self.annotate(Self.short + ["--resume"], into: w)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("no run record"), "\(refused.stderr)")
        #expect(try w.lines().count == 2)
        let forced = try Self.annotate(Self.short + ["--resume", "--force"], into: w)
        #expect(forced.status == 0)
        #expect(try w.lines().count == 6)
    }
}
