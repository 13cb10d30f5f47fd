import ArgumentParser
import PipelineIO
import Render

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render annotations (the JSON lines of 'pipe annotate') as HTML pages with an index.",
        discussion: """
            Writes DIR/index.html and one standalone page per line under DIR/pages/ (no script, no external \
            file): entities in their label's colour with a card on hover and focus, relations as arcs over \
            their sentence or listed under it, warnings and error records at the top. DIR/pages/ is replaced \
            on each run. Lines are rendered as they are read, so a corpus of any size streams through.

            Exit status: 0 when every line was rendered, 1 when some lines were not records (they are still \
            listed in the index), 2 on a usage error or when DIR cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("JSON lines from 'pipe annotate'; '-' or nothing for standard input.", valueName: "ANNOTATIONS.jsonl"))
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write the pages into.", valueName: "DIR"))
    var output: String

    @Flag(help: "Show sentence boundaries when a page opens (a switch on the page toggles them).")
    var sentences = false

    @Option(help: "Title of the index page.")
    var title: String = "pipe render"

    func run() throws {
        let site: SiteWriter
        do {
            site = try SiteWriter(
                directory: output, options: RenderOptions(showSentences: sentences), title: title,
                sources: inputs.isEmpty ? ["stdin"] : inputs)
        } catch {
            throw CommandFailure("pipe render: \(error.description)")
        }
        for path in inputs.isEmpty ? ["-"] : inputs {
            let reader: LineReader
            if path == "-" {
                reader = LineReader(fd: 0)
            } else {
                switch LineReader.open(path: path) {
                case .success(let r): reader = r
                case .failure(let error): throw CommandFailure("pipe render: cannot read \(path): \(error.message)")
                }
            }
            let name = path == "-" ? "stdin" : path
            while let (line, truncated) = reader.nextLine() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                // A cut line is not a record; it still gets its entry.
                site.add(line: truncated ? Array("{".utf8) : line, origin: "\(name):\(reader.lineNumber)")
                if site.failure != nil { break }
            }
            if let error = reader.readError { throw CommandFailure("pipe render: \(error.message)") }
        }
        let summary: SiteWriter.Summary
        do {
            summary = try site.finish()
        } catch {
            ProgressReporter.writeStderr("pipe render: \(error.description)\n")
            throw ExitCode(2)
        }
        ProgressReporter.writeStderr(
            "pipe render: \(summary.records) pages (\(summary.documents) documents, \(summary.errorRecords) error records, "
                + "\(summary.unreadable) unreadable lines) in \(output)/index.html\n")
        if summary.unreadable > 0 { throw ExitCode(1) }
    }
}
