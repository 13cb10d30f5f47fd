import ArgumentParser
import Pipeline
import PipelineIO
import Stages

/// An exporter as the commands use it: documents made ready for the format (CoNLL needs tokens and
/// sentences: a record written without them is tokenized and split here, with the pipeline's own
/// stages, so the cuts are those `annotate --tokens` would give), errors turned into exit status 2.
final class RecordExport {
    private let exporter: any RecordExporter
    private let format: ExportFormat
    private lazy var tokenizer = TokenizeStage()
    private lazy var splitter = SentenceStage()
    /// The first error met while exporting from inside a run (`annotate --tables`), reported at the end.
    private(set) var failure: ExportError?

    init(directory: String, format: ExportFormat) throws {
        self.format = format
        do {
            exporter = try format.exporter(directory: directory)
        } catch {
            throw CommandFailure("pipe: cannot write the export: \(error.message)")
        }
    }

    func add(_ record: DecodedRecord) throws {
        var record = record
        if format.needsTokens, case .document(var document) = record {
            prepare(&document)
            record = .document(document)
        }
        do {
            try exporter.add(record)
        } catch {
            ProgressReporter.writeStderr("pipe: cannot write the export: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    /// What exports every line a run writes (`annotate --tables` hands it to the sink's line observer);
    /// a failure stops the export, not the run.
    func observer() -> ([UInt8]) -> Void {
        let decoder = DocumentDecoder()
        return { [self] line in
            guard failure == nil else { return }
            do {
                var record = try decoder.decode(line: String(decoding: line, as: UTF8.self))
                if format.needsTokens, case .document(var document) = record {
                    prepare(&document)
                    record = .document(document)
                }
                try exporter.add(record)
            } catch let error as ExportError {
                failure = error
            } catch {
                failure = ExportError("internal error: a record written by this run does not read back: \(error)")
            }
        }
    }

    func finish(prefix: String) throws {
        if let failure {
            ProgressReporter.writeStderr("\(prefix): cannot write the export: \(failure.message)\n")
            throw ExitCode(2)
        }
        do {
            for note in try exporter.finish() { ProgressReporter.writeStderr("\(prefix): \(note)\n") }
        } catch {
            ProgressReporter.writeStderr("\(prefix): cannot write the export: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    private func prepare(_ document: inout Document) {
        // Tokens read back from JSON carry no flags, which the sentence splitter needs: tokenize afresh.
        let needsSentences = !document.layers.contains(.sentences)
        guard needsSentences || !document.layers.contains(.tokens) else { return }
        do {
            try tokenizer.process(&document)
            document.layers.insert(.tokens)
            if needsSentences {
                try splitter.process(&document)
                document.layers.insert(.sentences)
            }
        } catch {
            // Neither stage fails on a text that was annotated once; without tokens, cuts fall on spaces.
        }
    }
}
