import Foundation
import Testing

/// Issue 20, items 4, 5, 8 and 9: `pipe eval` when nothing pairs, `--errors` with TSV, the gold's own
/// document date, and a gold file in a column format given as the input.
@Suite("pipe eval: inputs and combinations", .serialized)
struct EvalInputsCLITests {
    static let gold = "gold/seed.gold.json"

    static func json(_ result: PipeBinary.Result) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
    }

    static func temporaryFile(_ name: String, _ contents: String) throws -> (path: String, cleanup: () -> Void) {
        let dir = NSTemporaryDirectory() + "pipe-eval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return (path, { try? FileManager.default.removeItem(atPath: dir) })
    }

    @Test("item 4: predictions with no document in common are an error naming both sides' ids")
    func nothingInCommon() throws {
        let input = #"{"id":"pages/a","text":"Aliyev met Raisi."}"# + "\n" + #"{"id":"pages/b","text":"Second page."}"# + "\n"
        let (jsonl, cleanup) = try Self.temporaryFile("pages.jsonl", input)
        defer { cleanup() }
        let annotated = try PipeBinary.run(["annotate", "--progress", "never", jsonl])
        let (predictions, cleanupPredictions) = try Self.temporaryFile("predictions.jsonl", annotated.stdout)
        defer { cleanupPredictions() }
        let result = try PipeBinary.run(["eval", "--gold", Self.gold, predictions])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "no table of zeros: \(result.stdout)")
        #expect(result.stderr.contains("'seed'"), "the expected id: \(result.stderr)")
        #expect(result.stderr.contains("'pages/a'") && result.stderr.contains("'pages/b'"), "the ids found: \(result.stderr)")
    }

    @Test("item 5: --errors with --format tsv is refused; the other formats carry the errors")
    func errorsNeedRoom() throws {
        let tsv = try PipeBinary.run(["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", "tsv", "--errors"])
        #expect(tsv.status == 2)
        #expect(tsv.stdout.isEmpty)
        #expect(tsv.stderr.contains("--errors") && tsv.stderr.contains("tsv"), "\(tsv.stderr)")
        let json = try PipeBinary.run(["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", "json", "--errors"])
        #expect(json.status == 0)
        let listed = Self.json(json)?["errors"] as? [Any] ?? []
        #expect(!listed.isEmpty, "the seed run has some misses")
        for format in ["table", "markdown"] {
            let text = try PipeBinary.run(["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", format, "--errors"])
            #expect(text.status == 0)
            #expect(text.stdout.contains("Errors"), "\(format) lists them")
        }
    }

    @Test("item 8: --run uses the gold's dct unless --dct overrides it")
    func goldDate() throws {
        let own = try PipeBinary.run(["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", "json"])
        let flag = try PipeBinary.run(
            ["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", "json", "--dct", "2021-12-01"])
        let ownValue = (Self.json(own)?["dates"] as? [String: Any])?["value_f1"] as? Double
        let flagValue = (Self.json(flag)?["dates"] as? [String: Any])?["value_f1"] as? Double
        #expect(ownValue != nil)
        #expect(ownValue == flagValue, "the gold's dct (2021-12-01) is the one --dct gives")
        let other = try PipeBinary.run(
            ["eval", "--gold", Self.gold, "--run", "gold/seed.txt", "--format", "json", "--dct", "2019-05-01"])
        let otherValue = (Self.json(other)?["dates"] as? [String: Any])?["value_f1"] as? Double
        #expect(otherValue.map { $0 < (ownValue ?? 0) } == true, "--dct still overrides the gold's date")
    }

    @Test("item 9: --run naming a CoNLL gold file annotates the gold's own text")
    func columnGoldRunsOnItsText() throws {
        let conll = """
            -DOCSTART- O

            Ilham I-PER
            Aliyev I-PER
            visited O
            Baku I-LOC
            on O
            Monday O
            . O

            The O
            United I-ORG
            Nations I-ORG
            met O
            in O
            Geneva I-LOC
            . O

            """
        let (path, cleanup) = try Self.temporaryFile("tiny.conll", conll)
        defer { cleanup() }
        let result = try PipeBinary.run(["eval", "--gold", path, "--run", path, "--label-map", "conll", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(Self.json(result))
        let alignment = report["alignment"] as? [String: Any]
        #expect(alignment?["predicted_only_characters"] as? Int == 0, "the columns were not read as text: \(alignment ?? [:])")
        let notes = report["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("gold's own texts") }, "\(notes)")
        let entities = report["entities"] as? [String: Any]
        let strict = ((entities?["micro"] as? [String: Any])?["strict"] as? [String: Any])?["f1"] as? Double
        #expect(strict.map { $0 > 0.7 } == true, "names in plain sentences are found: \(String(describing: strict))")
    }
}
