import Foundation
import Testing

/// `pipe tables` and `annotate --tables` through the binary, and the round trips through `pipe eval`.
@Suite struct TablesCLITests {
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "pipe-tables-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The seed, an HTML page and the empty file, annotated once for every test.
    static func annotate(into folder: String, extra: [String] = []) throws -> PipeBinary.Result {
        try PipeBinary.run(
            ["annotate", "gold/seed.txt", "examples/articles/istanbul-grain-talks.html", "examples/articles/empty.txt",
             "-o", folder + "/a.jsonl", "--progress", "never"] + extra)
    }

    static func micro(_ report: [String: Any], _ layer: String, _ key: String = "micro") -> [String: Any]? {
        ((report[layer] as? [String: Any])?[key] as? [String: Any])
    }

    @Test func annotateTablesEqualsPipeTablesOnTheSameRecords() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try Self.annotate(into: dir, extra: ["--tables", dir + "/during"])
        #expect(run.status == 1)  // the empty file's error record
        let after = try PipeBinary.run(["tables", dir + "/a.jsonl", "-o", dir + "/after"])
        #expect(after.status == 0, "\(after.stderr)")
        for name in ["documents.tsv", "entities.tsv", "relations.tsv", "clusters.tsv"] {
            let a = try String(contentsOfFile: dir + "/during/" + name, encoding: .utf8)
            let b = try String(contentsOfFile: dir + "/after/" + name, encoding: .utf8)
            #expect(a == b, "\(name) differs")
        }
        let documents = try String(contentsOfFile: dir + "/after/documents.tsv", encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(documents.count == 4)
        #expect(documents[3].first == "examples/articles/empty.txt" && documents[3].suffix(2) == ["empty", "the input has no bytes"])
        let records = try String(contentsOfFile: dir + "/a.jsonl", encoding: .utf8).split(separator: "\n")
        let entityCount = records.compactMap { PipeBinary.object(String($0))?["entities"] as? [Any] }.map(\.count).reduce(0, +)
        let entities = try String(contentsOfFile: dir + "/after/entities.tsv", encoding: .utf8).split(separator: "\n")
        #expect(entities.count == entityCount + 1)
    }

    @Test func bratExportScoresPerfectlyAgainstItsRecords() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.annotate(into: dir)
        let export = try PipeBinary.run(["tables", dir + "/a.jsonl", "-o", dir + "/brat", "--format", "brat"])
        #expect(export.status == 0)
        #expect(export.stderr.contains("1 error record(s) have no text"))
        #expect(FileManager.default.fileExists(atPath: dir + "/brat/gold/seed.txt.ann"))
        let eval = try PipeBinary.run(["eval", "--gold", dir + "/brat", dir + "/a.jsonl", "--format", "json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let report = try #require(PipeBinary.object(eval.stdout))
        #expect((report["documents"] as? [String: Any])?["scored"] as? Int == 2)
        for (layer, key) in [("entities", "micro"), ("relations", "micro"), ("dates", "strict")] {
            let scores = layer == "entities" ? Self.micro(report, layer).flatMap { $0["strict"] as? [String: Any] } : Self.micro(report, layer, key)
            #expect(scores?["f1"] as? Double == 1, "\(layer): \(String(describing: scores))")
            #expect((scores?["gold"] as? Int ?? 0) > 0)
        }
        #expect((report["dates"] as? [String: Any])?["value_accuracy"] as? Double == 1)
    }

    @Test func conllExportScoresPerfectlyAgainstItsRecords() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.annotate(into: dir)
        let export = try PipeBinary.run(["tables", dir + "/a.jsonl", "-o", dir + "/conll", "--format", "conll"])
        #expect(export.status == 0)
        let eval = try PipeBinary.run(["eval", "--gold", dir + "/conll/entities.conll", dir + "/a.jsonl", "--format", "json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let report = try #require(PipeBinary.object(eval.stdout))
        #expect((report["documents"] as? [String: Any])?["scored"] as? Int == 2)
        let strict = Self.micro(report, "entities").flatMap { $0["strict"] as? [String: Any] }
        #expect(strict?["f1"] as? Double == 1, "\(String(describing: strict))")
        #expect((strict?["gold"] as? Int ?? 0) > 100)
    }

    @Test func badLinesAreErrorRowsWithExitStatusOneAndANonEmptyBratFolderIsRefused() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = try PipeBinary.run(["tables", "-o", dir + "/t", "--csv"], stdin: "{\"id\": 3}\nnot json\n")
        #expect(bad.status == 1)
        let documents = try String(contentsOfFile: dir + "/t/documents.csv", encoding: .utf8).split(separator: "\n")
        #expect(documents.count == 3)
        #expect(documents[2].hasPrefix("stdin:2,stdin,") && documents[2].contains(",unreadable,"))
        _ = FileManager.default.createFile(atPath: dir + "/t/keep.txt", contents: Data("x".utf8))
        let refused = try PipeBinary.run(["tables", "-o", dir + "/t", "--format", "brat"], stdin: "")
        #expect(refused.status == 2 && refused.stderr.contains("not empty"))
        let resume = try PipeBinary.run(["annotate", "gold/seed.txt", "-o", dir + "/x.jsonl", "--resume", "--tables", dir + "/y"])
        #expect(resume.status == 2)
    }
}
