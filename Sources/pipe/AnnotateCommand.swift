import ArgumentParser
import Evaluation
import Pipeline
import PipelineIO
import Render
import Stages

#if canImport(Glibc)
    import Glibc
#endif

extension InputFormat: ExpressibleByArgument {}

enum ProgressMode: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate files, folder trees or a stream; one JSON line per input document.",
        discussion: """
            PATH may be files or folders (searched recursively for .html .htm .xhtml .txt .text .md; \
            .jsonl files are read as streams of documents). With no PATH, or '-', standard input is read: \
            JSONL documents {"id","text"|"html","dct"?,"url"?} one per line, or else one raw document.

            Exit status: 0 when every document was annotated, 1 when some gave error records, 2 on a \
            usage error or when the output cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to annotate; '-' or nothing for standard input.", valueName: "PATH"))
    var paths: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the JSON lines to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(help: "How to read inputs: auto (by extension; stdin sniffed), text, html, or jsonl.")
    var format: InputFormat = .auto

    @Option(help: ArgumentHelp("Document creation time for every input, overriding what the documents say.", valueName: "YYYY-MM-DD"))
    var dct: String?

    @Option(help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Comma-separated stages to run, in order (default: all). Known: \(StageCatalog.names.joined(separator: ",")).", valueName: "LIST"))
    var stages: String?

    @Flag(help: "Include the tokens layer in the output.")
    var tokens = false

    @Flag(help: "With -o: skip inputs whose id is already in the output file and append the rest.")
    var resume = false

    @Option(help: "Progress on stderr: auto (when stderr is a terminal), always, never.")
    var progress: ProgressMode = .auto

    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes (error kind too_large).", valueName: "BYTES"))
    var maxBytes: Int = 50 * 1024 * 1024

    @Option(help: ArgumentHelp("Time allowed per document, per MiB of input (at least this much); 0 for no limit. Over it, the document gives an error record of kind internal.", valueName: "SECONDS"))
    var timeout: Double = 10

    @Flag(help: "Say which rule or resource produced each entity and relation.")
    var explain = false

    @Option(help: ArgumentHelp("Also write the records as flat tables (or --tables-format) into DIR, as 'pipe tables' does.", valueName: "DIR"))
    var tables: String?

    @Option(help: "Format of --tables: tsv, csv, brat or conll.")
    var tablesFormat: ExportFormat = .tsv

    @Option(help: ArgumentHelp("Also render the output as HTML pages with an index into DIR (as 'pipe render').", valueName: "DIR"))
    var render: String?

    func validate() throws {
        if let dct, !DocumentDate.isValid(dct) {
            throw ValidationError("--dct must be a date YYYY-MM-DD, got '\(dct)'")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if resume, output == nil { throw ValidationError("--resume needs -o FILE: it continues that file") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if !(timeout >= 0) || !timeout.isFinite { throw ValidationError("--timeout must be a number of seconds, 0 or more") }
        if tables != nil, resume { throw ValidationError("--tables cannot --resume: run 'pipe tables' on the whole output afterwards") }
    }

    func run() throws {
        let stageNames = stages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: " ") } }
            ?? StageCatalog.names
        // Checked now, so a bad stage list is reported before anything is read.
        let recipe: PipelineRecipe
        do {
            recipe = try PipelineRecipe(try StageCatalog.entries(named: stageNames).map(\.make))
        } catch let error as UnknownStageError {
            throw UsageError(error.description)
        } catch let error as PipelineConfigurationError {
            throw UsageError(error.description)
        }

        var skipIDs: Set<String> = []
        let sink: OutputSink
        if let output {
            if resume {
                switch ResumeLog.prepare(path: output) {
                case .success(let ids): skipIDs = ids
                case .failure(let error): throw UsageError(error.message)
                }
            }
            switch OutputSink.open(path: output, append: resume) {
            case .success(let s): sink = s
            case .failure(let error): throw UsageError(error.message)
            }
        } else {
            sink = OutputSink(fd: 1)
            sink.enlargePipeBuffer()
        }

        let export = try tables.map { try RecordExport(directory: $0, format: tablesFormat) }
        let site = try render.map { try Self.openSite($0, paths: paths, output: output, resume: resume) }
        let exportLine = export?.observer()
        if export != nil || site != nil {
            sink.lineObserver = { line in
                exportLine?(line)
                site?.add(line: line, origin: "output:\(sink.linesWritten + 1)")
            }
        }

        Interruption.install()
        let live = progress == .always || (progress == .auto && isatty(2) == 1)
        let inputs: InputStream
        var total: Int?
        let readsStdin = paths.isEmpty || paths == ["-"]
        if readsStdin {
            inputs = InputStream(standardInput: 0, format: format, maximumBytes: maxBytes)
        } else if live {
            // The progress line shows an ETA, so the whole tree is listed first to know the total.
            let (entries, notes) = InputDiscovery(format: format).discover(paths.filter { $0 != "-" })
            for note in notes { ProgressReporter.writeStderr("pipe: \(note)\n") }
            if entries.allSatisfy({ if case .document = $0 { true } else { false } }) { total = entries.count }
            inputs = InputStream(entries: entries, format: format, maximumBytes: maxBytes)
        } else {
            // Folders are listed as the run reaches them: the first documents start at once.
            let walk = InputDiscovery(format: format).walk(paths.filter { $0 != "-" }) { note in
                ProgressReporter.writeStderr("pipe: \(note)\n")
            }
            inputs = InputStream(walk: walk, format: format, maximumBytes: maxBytes)
        }

        let options = BatchRunner.Options(
            jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
            encoder: DocumentEncoder(includeTokens: tokens, explain: explain),
            maximumBytes: maxBytes, dct: dct, skipIDs: skipIDs,
            progress: ProgressReporter(totalDocuments: total, live: live),
            budget: Budget(seconds: timeout > 0 ? timeout : nil),
            inputMayStall: readsStdin || paths.contains { !Self.isFileOrFolder($0) })
        let runner = BatchRunner(options: options, makePipeline: recipe.make)
        let summary = runner.run(inputs, into: sink)
        try export?.finish(prefix: "pipe")
        if let error = summary.outputError {
            ProgressReporter.writeStderr("pipe: \(error.message)\n")
            throw ExitCode(2)
        }
        if let site {
            do {
                try site.finish()
            } catch {
                ProgressReporter.writeStderr("pipe: --render: \(error.description)\n")
                throw ExitCode(2)
            }
        }
        if summary.interrupted { throw ExitCode(130) }
        if summary.errors > 0 { throw ExitCode(1) }
    }

    /// The site for `--render`; with `--resume` it first renders the lines already in the output file,
    /// so the index covers the whole file.
    private static func openSite(_ directory: String, paths: [String], output: String?, resume: Bool) throws -> SiteWriter {
        let site: SiteWriter
        do {
            site = try SiteWriter(directory: directory, title: "pipe annotate", sources: paths.isEmpty ? ["stdin"] : paths)
        } catch {
            throw UsageError("--render: \(error.description)")
        }
        if resume, let output, case .success(let reader) = LineReader.open(path: output) {
            while let (line, truncated) = reader.nextLine() {
                if truncated || line.isEmpty { continue }
                site.add(line: line, origin: "\(output):\(reader.lineNumber)")
            }
        }
        return site
    }

    /// A regular file or a folder never makes the run wait for input; a pipe or a device may.
    private static func isFileOrFolder(_ path: String) -> Bool {
        guard path != "-", case .success(let status) = FileSystem.status(path) else { return false }
        return status.kind != .other
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(self.drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
