import ArgumentParser
import Evaluation
import Pipeline
import PipelineIO
import Render
import Stages

#if canImport(Glibc)
    import Glibc
#endif

/// The report formats of `pipe eval`: Evaluation's text formats, and the HTML page of `Render`.
enum EvalFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, markdown, tsv, html
}
extension GoldFormat: ExpressibleByArgument {}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predictions (or a fresh annotation run) against gold annotations.",
        discussion: """
            Gold and predicted texts are aligned on non-whitespace characters; predicted text the gold \
            lacks (an HTML page's title, a by-line) is allowed and not scored. Documents are paired by id, \
            or regardless of id when there is one of each. With --run INPUT the input is annotated in this \
            process with every registered stage and scored at once; each document's date is the gold's \
            dct unless --dct is given. When INPUT is the gold file itself (a CoNLL or SpERT file has no raw \
            text to read), the gold's own texts are annotated.

            Gold formats: \(GoldFormat.helpList). Label map presets: \(LabelMap.presets.keys.sorted().joined(separator: ", ")).

            Exit status: 0 scored; 1 the texts could not be aligned; 2 usage error, unreadable input, or \
            no gold document has a prediction (nothing was scored).
            """
    )

    @Option(help: ArgumentHelp("The gold annotations.", valueName: "GOLD"))
    var gold: String

    @Argument(help: ArgumentHelp("Predictions as pipe JSONL (the output of 'pipe annotate').", valueName: "PREDICTIONS.jsonl"))
    var predictions: String?

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp("Annotate INPUT (file, folder, JSONL, or '-' for stdin) and score it.", valueName: "INPUT"))
    var runInput: String?

    @Option(help: ArgumentHelp("With --run: document creation time for every input (as 'pipe annotate --dct').", valueName: "YYYY-MM-DD"))
    var dct: String?

    @Option(help: "Report format: table, json, markdown, tsv (one line of headline figures), or html (a standalone page with charts and every error in its sentence; implies --errors).")
    var format: EvalFormat = .table

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Flag(help: "List misses and false alarms with their sentence.")
    var errors = false

    @Option(help: ArgumentHelp("Map our labels and relation types to the corpus's: FROM=TO,... or a preset.", valueName: "MAP"))
    var labelMap: String?

    @Option(help: "Gold file format; auto tells them apart by their content.")
    var goldFormat: GoldFormat = .auto

    @Option(help: ArgumentHelp("Score only the first N gold documents (a fixed split of a big corpus).", valueName: "N"))
    var goldLimit: Int?

    @Option(help: ArgumentHelp("Write DIR/gold.jsonl (pipe format) and DIR/input.jsonl from the gold, then stop.", valueName: "DIR"))
    var export: String?

    @Option(help: ArgumentHelp("Name of the row in --format tsv.", valueName: "NAME"))
    var title: String?

    @Flag(help: "With --run: give each document its gold entities (labels mapped back through --label-map) instead of running the entity and date stages, to score the relation stage alone.")
    var goldEntities = false

    func validate() throws {
        if export == nil {
            if predictions == nil && runInput == nil { throw ValidationError("give PREDICTIONS.jsonl or --run INPUT") }
            if predictions != nil && runInput != nil { throw ValidationError("give PREDICTIONS.jsonl or --run INPUT, not both") }
        }
        if let goldLimit, goldLimit < 1 { throw ValidationError("--gold-limit must be at least 1") }
        if goldEntities, runInput == nil { throw ValidationError("--gold-entities needs --run INPUT") }
        if let dct, !DocumentDate.isValid(dct) { throw ValidationError("--dct must be a date YYYY-MM-DD, got '\(dct)'") }
        if errors, format == .tsv {
            throw ValidationError("--errors lists misses and false alarms, which --format tsv (one line of headline figures) cannot hold; use --format table, json or markdown")
        }
    }

    func run() throws {
        var corpus: GoldCorpus
        do {
            corpus = try GoldReader.read(path: gold, format: goldFormat)
        } catch {
            throw CommandFailure("pipe eval: \(error.description)")
        }
        if let goldLimit { corpus.limit(to: goldLimit) }
        if let export {
            try exportGold(corpus, to: export)
            return
        }
        var map = LabelMap.identity
        if let labelMap {
            do {
                map = try LabelMap(parsing: labelMap)
            } catch {
                throw UsageError(error.description)
            }
        }
        var notes: [String] = []
        var missingLayers: Set<Layer> = []
        let records: [DecodedRecord]
        if let runInput {
            records = try annotate(runInput, notes: &notes, missing: &missingLayers, corpus: corpus, map: map)
        } else {
            records = try readPredictions(predictions ?? "")
        }
        var report: EvaluationReport
        do {
            let scoring = goldEntities ? map.keepingPersonNames : map
            report = try Evaluator(gold: corpus, labelMap: scoring, collectErrors: errors || format == .html).evaluate(records)
        } catch {
            ProgressReporter.writeStderr("pipe eval: \(error.description)\n")
            throw ExitCode(1)
        }
        if report.documents.scored == 0 { throw CommandFailure(Self.nothingScored(corpus, records)) }
        // A layer no registered stage adds is not scored (rather than reported as zero): see the note.
        if missingLayers.contains(.entities) { report.entities = nil }
        if missingLayers.contains(.dates) { report.dates = nil }
        if missingLayers.contains(.relations) { report.relations = nil }
        if missingLayers.contains(.sentences) { report.sentences = nil }
        report.notes.insert(contentsOf: notes, at: 0)
        if format == .tsv {
            for note in report.notes { ProgressReporter.writeStderr("pipe eval: \(title ?? gold): \(note)\n") }
        }
        let rendered: [UInt8]
        if let textFormat = ReportFormat(rawValue: format.rawValue) {
            rendered = Array(textFormat.render(report, title: title).utf8)
        } else {
            rendered = EvalReportPage(report: report, title: title ?? "pipe eval: \(gold)").render()
        }
        try writeReport(rendered)
    }

    private func writeReport(_ bytes: [UInt8]) throws {
        let sink: OutputSink
        if let output {
            switch OutputSink.open(path: output, append: false) {
            case .success(let s): sink = s
            case .failure(let error): throw CommandFailure("pipe eval: \(error.message)")
            }
        } else {
            sink = OutputSink(fd: 1)
        }
        // The report ends with a newline already; `append(line:)` adds one, so it goes without its own.
        sink.append(line: bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes)
        do {
            try sink.flush()
        } catch {
            ProgressReporter.writeStderr("pipe eval: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    private func readPredictions(_ path: String) throws -> [DecodedRecord] {
        let reader: LineReader
        switch LineReader.open(path: path) {
        case .success(let r): reader = r
        case .failure(let error): throw CommandFailure("pipe eval: cannot read predictions: \(error.message)")
        }
        let decoder = DocumentDecoder()
        var records: [DecodedRecord] = []
        while let (line, truncated) = reader.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if truncated { throw CommandFailure("pipe eval: \(path):\(reader.lineNumber): line too long") }
            do {
                records.append(try decoder.decode(line: String(decoding: line, as: UTF8.self)))
            } catch {
                throw CommandFailure("pipe eval: \(path):\(reader.lineNumber): \(error.description)")
            }
        }
        if let error = reader.readError { throw CommandFailure("pipe eval: \(error.message)") }
        return records
    }

    /// Annotates in process with every registered stage, through the same code path as `pipe annotate`
    /// (each output line decoded back), so `--run` scores exactly what `annotate` would write.
    private func annotate(
        _ input: String, notes: inout [String], missing: inout Set<Layer>, corpus: GoldCorpus, map: LabelMap
    ) throws -> [DecodedRecord] {
        var stages = StageCatalog.allStages()
        if goldEntities {
            // The gold's entities replace every stage that adds entities (names and dates).
            let replaced = stages.firstIndex { !$0.adds.isDisjoint(with: [.entities, .dates]) } ?? stages.count
            stages.removeAll { !$0.adds.isDisjoint(with: [.entities, .dates]) }
            stages.insert(GoldEntityStage(corpus: corpus, labelMap: map), at: min(replaced, stages.count))
            notes.append("entities are the gold's (--gold-entities): entity scores are not a measurement")
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(stages)
        } catch {
            throw CommandFailure("pipe eval: the registered stages do not form a pipeline: \(error.description)")
        }
        if !corpus.labels.isEmpty, !pipeline.produces.contains(.entities) { missing.insert(.entities) }
        if corpus.annotatesDates, !pipeline.produces.contains(.dates) { missing.insert(.dates) }
        if corpus.annotatesRelations, !pipeline.produces.contains(.relations) { missing.insert(.relations) }
        if corpus.documents.contains(where: { !$0.sentences.isEmpty }), !pipeline.produces.contains(.sentences) {
            missing.insert(.sentences)
        }
        if !missing.isEmpty {
            notes.append(
                "skipped \(missing.sorted().map(\.rawValue).joined(separator: ", ")): no registered stage adds "
                    + "that layer (stages: \(pipeline.stageNames.joined(separator: ", ")))")
        }
        let maximumBytes = 50 * 1024 * 1024
        var items: [InputItem]
        if Self.sameFile(input, gold) {
            // The gold file itself: CoNLL columns or SpERT JSON read as raw text would score nonsense, so
            // the texts the gold reader rebuilt are annotated (as `--export` writes them in input.jsonl).
            items = corpus.documents.map { d in
                InputItem(id: d.id, path: input, format: .text, content: .inline(Array(d.text.utf8)))
            }
            notes.append("annotated the gold's own texts (\(Format.count(items.count, "document"))): --run names the gold file")
        } else {
            let inputs: InputStream
            if input == "-" {
                inputs = InputStream(standardInput: 0, format: .auto, maximumBytes: maximumBytes)
            } else {
                let (entries, discoveryNotes) = InputDiscovery(format: .auto).discover([input])
                for note in discoveryNotes { ProgressReporter.writeStderr("pipe: \(note)\n") }
                if entries.isEmpty { throw CommandFailure("pipe eval: no input found at \(input)") }
                inputs = InputStream(entries: entries, format: .auto, maximumBytes: maximumBytes)
            }
            items = []
            while let item = inputs.next() { items.append(item) }
        }
        if dct == nil { Self.giveGoldDates(corpus, to: &items) }
        let processor = DocumentProcessor(
            pipeline: pipeline, encoder: DocumentEncoder(), maximumBytes: maximumBytes, dct: dct)
        let decoder = DocumentDecoder()
        var records: [DecodedRecord] = []
        for item in items {
            let output = processor.process(item)
            do {
                records.append(try decoder.decode(line: String(decoding: output.line, as: UTF8.self)))
            } catch {
                throw CommandFailure("pipe eval: internal error reading back '\(output.id)': \(error.description)")
            }
        }
        return records
    }

    private func exportGold(_ corpus: GoldCorpus, to directory: String) throws {
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw CommandFailure("pipe eval: cannot create \(directory): \(String(cString: strerror(errno)))")
        }
        for (name, line) in [
            ("gold.jsonl", { GoldExport.goldLine($0, corpus: corpus) }), ("input.jsonl", GoldExport.inputLine),
        ] as [(String, (Document) -> String)] {
            do {
                let sink = try OutputSink.open(path: directory + "/" + name, append: false).get()
                for d in corpus.documents { try sink.write(line: Array(line(d).utf8)) }
                try sink.flush()
            } catch {
                throw CommandFailure("pipe eval: \(error)")
            }
        }
    }

    /// Gives each input the date of the gold document it will be scored against (paired as `Evaluator`
    /// pairs: by id, or one with one), so relative dates resolve as the gold's did. An input's own date
    /// (a JSONL `dct`) gives way to the gold's; `--dct` overrides both (the caller does not come here).
    static func giveGoldDates(_ corpus: GoldCorpus, to items: inout [InputItem]) {
        if corpus.documents.count == 1, items.count == 1 {
            if let date = corpus.documents[0].meta.dct { items[0].dct = date }
            return
        }
        var dates: [String: String] = [:]
        for d in corpus.documents { if let date = d.meta.dct { dates[d.id] = dates[d.id] ?? date } }
        for k in items.indices { if let date = dates[items[k].id] { items[k].dct = date } }
    }

    /// Whether two paths name the same file (the same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        guard a != "-", case .success(let x) = FileSystem.status(a), case .success(let y) = FileSystem.status(b) else {
            return false
        }
        return x.kind == .file && x.device == y.device && x.inode == y.inode
    }

    /// The message when no gold document has a prediction: the ids on both sides, so a wrong file or a
    /// different id scheme shows at once.
    static func nothingScored(_ corpus: GoldCorpus, _ records: [DecodedRecord]) -> String {
        func list(_ ids: [String]) -> String {
            let shown = ids.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            return ids.count > 5 ? "\(shown), ... (\(ids.count) in all)" : (ids.isEmpty ? "none" : shown)
        }
        let goldIDs = corpus.documents.map(\.id)
        let documents = records.compactMap { if case .document(let d) = $0 { d.id } else { nil } }
        let failed = records.count - documents.count
        var message = "pipe eval: nothing to score: no gold document has a prediction. Gold ids: \(list(goldIDs)); "
            + "prediction ids: \(list(records.map(\.id)))"
        if failed > 0 { message += "; \(failed) of the predictions are error records" }
        return message
    }
}
