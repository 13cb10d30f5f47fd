import Foundation
import Evaluation
import Pipeline
import PipelineIO
import Testing

/// Runs the built `pipe` binary (`.build/debug/pipe`, found from this file's path) on the seed gold.
@Suite struct EvalCLITests {
    static let root = URL(fileURLWithPath: PipeBinary.repositoryRoot)
    static let binary = URL(fileURLWithPath: PipeBinary.path)
    static let goldPath = root.appendingPathComponent("gold/seed.gold.json").path
    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Writes the seed gold as a predictions JSONL (what `pipe annotate` writes), text optionally changed.
    static func predictions(editing edit: (String) -> String = { $0 }) throws -> URL {
        let corpus = try GoldReader.read(path: goldPath)
        var document = corpus.documents[0]
        document.setText(edit(document.text), sourceMap: nil)
        let line = DocumentEncoder().encode(document) + [0x0A]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pipe-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("predictions.jsonl")
        try Data(line).write(to: url)
        return url
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func goldAgainstItselfScoresOneAsJSON() throws {
        let predictions = try Self.predictions()
        defer { try? FileManager.default.removeItem(at: predictions.deletingLastPathComponent()) }
        let result = try Self.run(["eval", "--gold", Self.goldPath, predictions.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let entities = json?["entities"] as? [String: Any]
        let micro = entities?["micro"] as? [String: Any]
        for matching in ["strict", "boundary", "overlap"] {
            #expect((micro?[matching] as? [String: Any])?["f1"] as? Double == 1)
        }
        let dates = json?["dates"] as? [String: Any]
        #expect(dates?["value_f1"] as? Double == 1)
        let relations = json?["relations"] as? [String: Any]
        #expect((relations?["micro"] as? [String: Any])?["f1"] as? Double == 1)
        let sentences = json?["sentences"] as? [String: Any]
        #expect((sentences?["boundaries"] as? [String: Any])?["f1"] as? Double == 1)
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func markdownAndTableFormats() throws {
        let predictions = try Self.predictions()
        defer { try? FileManager.default.removeItem(at: predictions.deletingLastPathComponent()) }
        let markdown = try Self.run(["eval", "--gold", Self.goldPath, predictions.path, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| **micro** | 153 | 153 | 1.000 | 1.000 | 1.000 |"))
        let table = try Self.run(["eval", "--gold", Self.goldPath, predictions.path, "--errors"])
        #expect(table.status == 0)
        #expect(!table.stdout.contains("Errors ("))
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func misalignedTextExitsOneWithThePosition() throws {
        let predictions = try Self.predictions { text in
            var scalars = Array(text.unicodeScalars)
            scalars[37] = "X"  // the "I" of "Iran", inside a gold span
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        defer { try? FileManager.default.removeItem(at: predictions.deletingLastPathComponent()) }
        let result = try Self.run(["eval", "--gold", Self.goldPath, predictions.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("gold offset 37"))
        #expect(result.stderr.contains("predicted offset 37"))
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func usageErrorsExitTwo() throws {
        #expect(try Self.run(["eval", "--gold", Self.goldPath]).status == 2)
        #expect(try Self.run(["eval", "--gold", "/nonexistent/gold.json", "--run", Self.goldPath]).status == 2)
        #expect(try Self.run(["eval", "--gold", Self.goldPath, "--run", "gold/seed.txt", "--label-map", "X"]).status == 2)
    }
}
