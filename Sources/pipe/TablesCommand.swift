import ArgumentParser
import Pipeline
import PipelineIO

extension ExportFormat: ExpressibleByArgument {}

struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Flat tables (TSV or CSV), brat standoff or CoNLL BIO from the JSON lines of 'pipe annotate'.",
        discussion: """
            tsv/csv: DIR/documents.tsv (one row per record, error records with their kind and message), \
            DIR/entities.tsv, DIR/relations.tsv and DIR/clusters.tsv (one row per item; relations carry \
            both arguments' id, label and text). Header first; cells quoted as RFC 4180 says (a cell with the delimiter, \
            a quote or a line break is wrapped in double quotes), read by pandas.read_csv(path, \
            sep="\\t", keep_default_na=False, na_values=[""]). brat: DIR/ID.txt and DIR/ID.ann per \
            document and DIR/annotation.conf. conll: DIR/entities.conll (token and BIO tag). Both read \
            back with 'pipe eval --gold'.

            Exit status: 0 when every line was a record, 1 when some were not (they appear in \
            documents.tsv as error records of kind unreadable), 2 when the export cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("JSON lines written by 'pipe annotate'; '-' or nothing for standard input.", valueName: "ANNOTATIONS.jsonl"))
    var paths: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write (created when missing).", valueName: "DIR"))
    var output: String

    @Option(help: "tsv, csv, brat or conll.")
    var format: ExportFormat = .tsv

    @Flag(help: "Same as --format csv.")
    var csv = false

    func validate() throws {
        if csv && format != .tsv && format != .csv { throw ValidationError("--csv and --format \(format.rawValue) disagree") }
    }

    func run() throws {
        let export = try RecordExport(directory: output, format: csv ? .csv : format)
        let reader = RecordReader(paths: paths.isEmpty ? ["-"] : paths)
        var records = 0
        while let record = reader.next() {
            records += 1
            try export.add(record)
        }
        try export.finish(prefix: "pipe tables")
        for error in reader.fileErrors { ProgressReporter.writeStderr("pipe tables: \(error)\n") }
        ProgressReporter.writeStderr(
            "pipe tables: \(records) records, \(reader.badLines) unreadable lines, written to \(output)\n")
        if reader.badLines > 0 || !reader.fileErrors.isEmpty { throw ExitCode(1) }
    }
}
