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

            With -o FILE, FILE.pipe-run.json records the run's configuration (pipe version, built-in \
            resources, stages, --tokens, --explain, --dct, --format, --lang); --resume refuses to continue \
            a file made with another one unless --force.

            Exit status: 0 when every document was annotated, 1 when some gave error records, 2 on a \
            usage error or when the output cannot be written, 130 when interrupted (SIGINT or SIGTERM: the \
            documents in flight are finished and the output ends on a whole line). When the reader of \
            the output goes away (pipe annotate ... | head), the run stops at once, silently, killed by \
            SIGPIPE as cat and grep are (status 141 in the shell).
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

    @Option(help: ArgumentHelp("Comma-separated stages to run, in order, each once (default: all). Known: \(StageCatalog.names.joined(separator: ",")). A list that makes tokens but runs no stage that reads them (normalize,tokenize) writes them, as --tokens does.", valueName: "LIST"))
    var stages: String?

    @Flag(help: "Include the tokens layer in the output.")
    var tokens = false

    @Flag(help: "With -o: skip inputs whose id is already in the output file and append the rest; refused when the file was made with another configuration (see FILE.pipe-run.json).")
    var resume = false

    @Flag(help: "With --resume: continue the file even if it was made with another configuration or has no run record.")
    var force = false

    @Flag(name: [.short, .long], help: "No closing summary and no notes about skipped files on stderr; errors are still reported.")
    var quiet = false

    @Option(help: "Progress on stderr: auto (when stderr is a terminal), always, never.")
    var progress: ProgressMode = .auto

    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes (error kind too_large).", valueName: "BYTES"))
    var maxBytes: Int = 10 * 1024 * 1024

    @Option(help: ArgumentHelp("Time allowed per document, per MiB of input (at least this much); 0 for no limit. Over it, the document gives an error record of kind internal.", valueName: "SECONDS"))
    var timeout: Double = 10

    @Flag(help: "Say which rule or resource produced each entity and relation.")
    var explain = false

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Languages that get the English-only stages (dates, entities, relations): 'en', a list 'en,de', or 'all'.",
            discussion: "Every document gets meta.lang; a document confidently in another language skips those stages with a warning."))
    var lang: String = "en"

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
        if force, !resume { throw ValidationError("--force only applies to --resume") }
        if quiet, progress == .always { throw ValidationError("--quiet and --progress always contradict each other") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if maxBytes > SourceMap.maximumOffset {
            throw ValidationError("--max-bytes must be at most \(SourceMap.maximumOffset): offsets into an input are 32-bit")
        }
        if !(timeout >= 0) || !timeout.isFinite { throw ValidationError("--timeout must be a number of seconds, 0 or more") }
        if LanguageSelection(parsing: lang) == nil {
            throw ValidationError("--lang must be 'all' or ISO 639-1 codes separated by commas (e.g. 'en' or 'en,de'), got '\(lang)'")
        }
        if tables != nil, resume { throw ValidationError("--tables cannot --resume: run 'pipe tables' on the whole output afterwards") }
    }

    func run() throws {
        // Checked now, so a bad stage list is reported before anything is read.
        let selection = try StageSelection(list: stages, tokensFlag: tokens, explain: explain)
        var recipe = selection.recipe
        for path in paths where path != "-" {
            // A PATH that is not there is most often a typo: say so at once, not only in its error record.
            if case .failure(let error) = FileSystem.status(path) {
                ProgressReporter.writeStderr("pipe: cannot read \(error.message)\n")
            }
        }

        var skipIDs: Set<String> = []
        let sink: OutputSink
        if let output {
            try prepareRunRecord(output, selection: selection, skipIDs: &skipIDs)
            switch OutputSink.open(path: output, append: resume) {
            case .success(let s): sink = s
            case .failure(let error): throw CommandFailure("pipe annotate: \(error.message)")
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
        let live = !quiet && (progress == .always || (progress == .auto && isatty(2) == 1))
        let note: (String) -> Void = { quiet ? { _ in } : { ProgressReporter.writeStderr("pipe: \($0)\n") } }()
        let inputs: InputStream
        var total: Int?
        let readsStdin = paths.isEmpty || paths == ["-"]
        if readsStdin {
            inputs = InputStream(standardInput: 0, format: format, maximumBytes: maxBytes)
        } else if live {
            // The progress line shows an ETA, so the whole tree is listed first to know the total.
            let (entries, notes) = InputDiscovery(format: format).discover(paths.filter { $0 != "-" })
            for text in notes { note(text) }
            if entries.allSatisfy({ if case .document = $0 { true } else { false } }) { total = entries.count }
            inputs = InputStream(entries: entries, format: format, maximumBytes: maxBytes)
        } else {
            // Folders are listed as the run reaches them: the first documents start at once.
            let walk = InputDiscovery(format: format).walk(paths.filter { $0 != "-" }, note: note)
            inputs = InputStream(walk: walk, format: format, maximumBytes: maxBytes)
        }

        let options = BatchRunner.Options(
            jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
            encoder: DocumentEncoder(includeTokens: selection.writesTokens, explain: explain),
            maximumBytes: maxBytes, dct: dct, skipIDs: skipIDs,
            progress: quiet ? nil : ProgressReporter(totalDocuments: total, live: live),
            budget: Budget(seconds: timeout > 0 ? timeout : nil),
            inputMayStall: readsStdin || paths.contains { !Self.isFileOrFolder($0) })
        recipe.languages = LanguageSelection(parsing: lang) ?? .english
        let runner = BatchRunner(options: options, makePipeline: recipe.make)
        let summary = runner.run(inputs, into: sink)
        try export?.finish(prefix: "pipe")
        if let error = summary.outputError {
            if error.isBrokenPipe { Interruption.endByBrokenPipe() }
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

    /// Checks `--resume` against the run record of `output` and writes this run's record (see `RunRecord`);
    /// fills `skipIDs` with the ids the file already holds.
    private func prepareRunRecord(_ output: String, selection: StageSelection, skipIDs: inout Set<String>) throws {
        guard RunRecord.applies(to: output) else {
            if resume {
                switch ResumeLog.prepare(path: output) {
                case .success(let ids): skipIDs = ids
                case .failure(let error): throw CommandFailure("pipe annotate: \(error.message)")
                }
            }
            return
        }
        var record = RunRecord(
            configuration: RunRecord.configuration(
                stages: selection.names, tokens: selection.writesTokens, explain: explain, dct: dct,
                format: format.rawValue, lang: lang, resources: RunRecord.digest(ShippedResources.forEach)))
        let holdsRecords: Bool
        if case .success(let status) = FileSystem.status(output) { holdsRecords = status.size > 0 } else { holdsRecords = false }
        if resume, holdsRecords {
            let recordPath = RunRecord.path(for: output)
            let previous: RunRecord?
            switch RunRecord.read(for: output) {
            case .success(let r): previous = r
            case .failure(let error):
                if !force { throw CommandFailure("pipe annotate: --resume: \(error.message); add --force to append anyway") }
                previous = nil
            }
            let differences = previous.map { record.differences(from: $0.configuration) } ?? []
            if !force {
                if previous == nil {
                    throw CommandFailure(
                        "pipe annotate: --resume: \(output) has no run record (\(recordPath)), so its configuration is "
                            + "unknown; run without --resume to start over, or add --force to append anyway")
                }
                if !differences.isEmpty {
                    throw CommandFailure(
                        "pipe annotate: --resume: \(output) was made with another configuration: "
                            + differences.joined(separator: "; ")
                            + ". Run without --resume to start over, or add --force to append anyway")
                }
            }
            switch ResumeLog.prepare(path: output) {
            case .success(let ids): skipIDs = ids
            case .failure(let error): throw CommandFailure("pipe annotate: \(error.message)")
            }
            if let previous {
                record.earlier = previous.earlier
                if !differences.isEmpty {
                    record.earlier.append(
                        .object([("configuration", .object(previous.configuration)), ("documents", .number(Double(skipIDs.count)))]))
                }
            } else {
                record.earlier = [.object([("configuration", .null), ("documents", .number(Double(skipIDs.count)))])]
            }
        }
        if case .failure(let error) = record.write(for: output) {
            ProgressReporter.writeStderr("pipe: \(error.message); a later --resume will need --force\n")
        }
    }

    /// The site for `--render`; with `--resume` it first renders the lines already in the output file,
    /// so the index covers the whole file.
    private static func openSite(_ directory: String, paths: [String], output: String?, resume: Bool) throws -> SiteWriter {
        let site: SiteWriter
        do {
            site = try SiteWriter(directory: directory, title: "pipe annotate", sources: paths.isEmpty ? ["stdin"] : paths)
        } catch {
            throw CommandFailure("pipe annotate: --render: \(error.description)")
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
