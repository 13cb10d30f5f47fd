import Foundation
import Testing

/// Issue 20, items 3, 10 and 11: usage errors, messages on stderr, `--quiet`, the help text, and what
/// `--stages` implies.
@Suite("pipe annotate: messages and stage lists", .serialized)
struct MessagesCLITests {
    static func count(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test("item 3: a usage error points once at the help of its own subcommand")
    func usageOncePerSubcommand() throws {
        let cases: [(arguments: [String], command: String)] = [
            (["annotate", "--jobs", "0"], "annotate"),
            (["annotate", "--stages", "normalize,nonsense", "examples/articles/seed.txt"], "annotate"),
            (["annotate", "--bogus"], "annotate"),
            (["eval"], "eval"),
            (["eval", "--gold", "gold/seed.gold.json"], "eval"),
            (["eval", "--gold", "gold/seed.gold.json", "--run", "gold/seed.txt", "--label-map", "X"], "eval"),
        ]
        for (arguments, command) in cases {
            let result = try PipeBinary.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(Self.count(of: "Usage:", in: result.stderr) == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Usage: pipe \(command)"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("'pipe \(command) --help'"), "\(arguments): \(result.stderr)")
            let other = command == "eval" ? "annotate" : "eval"
            #expect(!result.stderr.contains("pipe help \(other)") && !result.stderr.contains("pipe \(other) --help"))
        }
    }

    @Test("item 3: a gold file that cannot be read is named, without a usage line (not a command-line mistake)")
    func missingGoldFile() throws {
        let result = try PipeBinary.run(["eval", "--gold", "no/such/gold.json", "--run", "gold/seed.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/gold.json: No such file or directory"))
        #expect(!result.stderr.contains("Usage:"), "\(result.stderr)")
    }

    @Test("item 10: binary inputs are named with the right article")
    func binaryMessages() throws {
        let dir = NSTemporaryDirectory() + "pipe-msg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        try Data([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: dir + "/c.txt"))
        let result = try PipeBinary.run(["annotate", "--progress", "never", dir])
        let messages = result.lines.compactMap { (PipeBinary.object($0)?["error"] as? [String: Any])?["message"] as? String }
        #expect(messages == ["the input is an ELF executable", "the input is xz-compressed data", "the input is a PNG image"])
    }

    @Test("item 10: the summary counts in the singular and plural, and counts an over-long JSONL line's bytes")
    func summaryWording() throws {
        let long = #"{"id":"big","text":""# + String(repeating: "word ", count: 4000) + #""}"#
        let input = long + "\n" + #"{"id":"ok","text":"Fine."}"# + "\n"
        let result = try PipeBinary.run(["annotate", "--progress", "never", "--max-bytes", "10000"], stdin: input)
        #expect(result.stderr.contains("2 documents, 1 error (too_large 1), 0.02 MB"), "\(result.stderr)")
        let record = PipeBinary.object(result.lines.first ?? "")
        #expect((record?["source"] as? [String: Any])?["bytes"] as? Int == long.utf8.count)
        let single = try PipeBinary.run(["annotate", "--progress", "never", "examples/articles/seed.txt"])
        #expect(single.stderr.contains("pipe: 1 document, 0 errors,"), "\(single.stderr)")
    }

    @Test("item 10: a PATH that does not exist is named on stderr, and still gives its error record")
    func missingPath() throws {
        let result = try PipeBinary.run(["annotate", "--progress", "never", "no/such/dir"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/dir: No such file or directory"), "\(result.stderr)")
        #expect(result.lines.count == 1)
        #expect((PipeBinary.object(result.lines[0])?["error"] as? [String: Any])?["kind"] as? String == "unreadable")
    }

    @Test("item 10: --quiet leaves only errors on stderr")
    func quiet() throws {
        let dir = NSTemporaryDirectory() + "pipe-quiet-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("Aliyev met Raisi.".utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        try Data("not an article".utf8).write(to: URL(fileURLWithPath: dir + "/notes.csv"))
        let loud = try PipeBinary.run(["annotate", "--progress", "never", dir])
        #expect(loud.stderr.contains("skipped") && loud.stderr.contains("1 document"))
        let quiet = try PipeBinary.run(["annotate", "--quiet", dir])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.lines.count == 1)
        let missing = try PipeBinary.run(["annotate", "-q", "no/such/file.txt"])
        #expect(missing.stderr.contains("no/such/file.txt: No such file or directory"), "errors stay: \(missing.stderr)")
        #expect(!missing.stderr.contains("documents"))
    }

    @Test("item 10: annotate --help gives every exit status, 130 included")
    func helpExitStatuses() throws {
        let help = try PipeBinary.run(["annotate", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for status in ["0 when", "1 when", "2 on", "130 when"] { #expect(help.contains(status), "\(status)") }
    }

    @Test("item 10: the README's synopses name every option of annotate and eval")
    func readmeSynopses() throws {
        let readme = try String(contentsOfFile: PipeBinary.repositoryRoot + "/README.md", encoding: .utf8)
        for command in ["annotate", "eval"] {
            let help = try PipeBinary.run([command, "--help"]).stdout
            // "  -o, --output <FILE>" or "  --format <format>": either spelling may stand in the synopsis.
            let options = help.matches(of: /(?m)^\s+(-\w, )?(--[a-z][a-z-]*)/)
                .map { (short: $0.1.map { String($0.dropLast(2)) }, long: String($0.2)) }
                .filter { $0.long != "--help" && $0.long != "--version" }
            #expect(options.count > 5)
            let block = try #require(readme.firstMatch(of: try Regex("```\\s*\\npipe \(command) [\\s\\S]*?```")))
            let synopsis = String(block.output[0].substring ?? "")
            for option in options {
                let named = synopsis.contains(option.long + " ") || synopsis.contains(option.long + "]")
                    || option.short.map { synopsis.contains("[\($0) ") || synopsis.contains("[\($0)]") } == true
                #expect(named, "README synopsis of \(command) lacks \(option.long)")
            }
        }
    }

    @Test("item 11: a stage list that ends at tokenize writes the tokens; --tokens still adds them to longer lists")
    func tokenizeImpliesTokens() throws {
        let alone = try PipeBinary.run(["annotate", "--progress", "never", "--stages", "normalize,tokenize"], stdin: "Aliyev met Raisi.")
        let record = PipeBinary.object(alone.lines.first ?? "")
        #expect((record?["tokens"] as? [[Int]])?.count == 4, "\(alone.stdout)")
        let longer = try PipeBinary.run(
            ["annotate", "--progress", "never", "--stages", "normalize,tokenize,sentences"], stdin: "Aliyev met Raisi.")
        #expect(PipeBinary.object(longer.lines.first ?? "")?["tokens"] == nil, "sentences read the tokens: not implied")
        let asked = try PipeBinary.run(
            ["annotate", "--progress", "never", "--tokens", "--stages", "normalize,tokenize,sentences"], stdin: "Aliyev met Raisi.")
        #expect((PipeBinary.object(asked.lines.first ?? "")?["tokens"] as? [[Int]])?.count == 4)
    }

    @Test("item 11: a stage named twice is refused before anything is read")
    func repeatedStage() throws {
        let result = try PipeBinary.run(
            ["annotate", "--progress", "never", "--stages", "normalize,tokenize,tokenize"], stdin: "Aliyev met Raisi.")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'tokenize' is listed twice"), "\(result.stderr)")
    }
}
