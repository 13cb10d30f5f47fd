import Foundation
import Testing

/// `pipe render`, `pipe annotate --render` and `pipe eval --format html`, run as a user would.
@Suite struct RenderCLITests {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: PipeBinary.path) }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "pipe-render-cli-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func pages(_ dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir + "/pages")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }
    }

    static let tidy = "/usr/bin/tidy"

    /// `tidy -errors -q`: status 0 when it finds neither errors nor warnings.
    static func tidyStatus(_ path: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tidy)
        process.arguments = ["-errors", "-q", path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func renderWritesAPagePerLineAndAnIndex() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let annotated = try PipeBinary.run(["annotate", "examples/articles", "-o", dir + "/out.jsonl"])
        #expect(annotated.status == 1)  // empty.txt is an error record
        let rendered = try PipeBinary.run(["render", dir + "/out.jsonl", "-o", dir + "/site", "--sentences"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stderr.contains("6 pages (5 documents, 1 error records, 0 unreadable lines)"))
        #expect(Self.pages(dir + "/site").count == 6)
        let index = try String(contentsOfFile: dir + "/site/index.html", encoding: .utf8)
        #expect(index.contains("Most frequent entities"))
        #expect(index.contains("<span class=\"kind\">empty</span>"))
        // A line that is not a record still gets its entry, and the exit status says so.
        try (String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8) + "{oops\n").write(
            toFile: dir + "/bad.jsonl", atomically: true, encoding: .utf8)
        let bad = try PipeBinary.run(["render", dir + "/bad.jsonl", "-o", dir + "/site"])
        #expect(bad.status == 1)
        #expect(Self.pages(dir + "/site").count == 7)
        // From standard input too.
        let stdin = try PipeBinary.run(["render", "-o", dir + "/site2"], stdin: try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8))
        #expect(stdin.status == 0)
        #expect(Self.pages(dir + "/site2").count == 6)
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func annotateRendersAsItWrites() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try PipeBinary.run(["annotate", "examples/articles", "--render", dir + "/site", "--jobs", "2"])
        #expect(result.status == 1)
        #expect(result.lines.count == 6)
        #expect(Self.pages(dir + "/site").count == 6)
        let seed = try #require(Self.pages(dir + "/site").first { $0.contains("seed-txt") })
        let page = try String(contentsOfFile: dir + "/site/pages/" + seed, encoding: .utf8)
        #expect(page.contains("data-l=\"GPE\""))
        #expect(page.contains("class=\"arcs"))
        // A folder the renderer did not write is refused before anything is read.
        let foreign = dir + "/foreign"
        try FileManager.default.createDirectory(atPath: foreign + "/pages", withIntermediateDirectories: true)
        let refused = try PipeBinary.run(["annotate", "examples/articles/seed.txt", "--render", foreign])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
    }

    @Test(.enabled(if: available, "build the pipe binary first (swift build)"))
    func evalWritesAnHTMLReport() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try PipeBinary.run([
            "eval", "--gold", "gold/seed.gold.json", "--run", "gold/seed.html", "--format", "html", "-o", dir + "/report.html",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"bars\""))
        #expect(html.contains("<section id=\"errors\""))  // errors are part of the HTML report
        // -o works for the text formats too.
        let table = try PipeBinary.run(["eval", "--gold", "gold/seed.gold.json", "--run", "gold/seed.txt", "-o", dir + "/t.txt"])
        #expect(table.status == 0)
        #expect(try String(contentsOfFile: dir + "/t.txt", encoding: .utf8).contains("micro"))
    }

    /// The pages pass Debian's `tidy` with neither errors nor warnings (CI installs it; `scripts/check-render`
    /// also runs the Nu validator and a headless browser).
    @Test(.enabled(if: available && FileManager.default.isExecutableFile(atPath: tidy), "needs the pipe binary and tidy"))
    func pagesPassTidy() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try PipeBinary.run(["annotate", "examples/articles", "--render", dir + "/site", "-o", dir + "/out.jsonl"])
        _ = try PipeBinary.run([
            "eval", "--gold", "gold/seed.gold.json", "--run", "gold/seed.html", "--format", "html", "-o", dir + "/report.html",
        ])
        let files = [dir + "/site/index.html", dir + "/report.html"] + Self.pages(dir + "/site").map { dir + "/site/pages/" + $0 }
        #expect(files.count == 8)
        for file in files {
            let (status, messages) = try Self.tidyStatus(file)
            #expect(status == 0, "\(file): \(messages)")
        }
    }
}
