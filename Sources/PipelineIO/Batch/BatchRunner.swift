import Pipeline

/// Runs a pipeline over a stream of inputs with bounded parallelism, writing one line per input in
/// input order.
///
/// With one job the calling thread does everything. With more, `ParallelBatch` runs workers that each
/// build their own pipeline (stages may hold scratch state that is not thread-safe) and take inputs from
/// a `WorkQueue`; finished lines wait in a `ReorderWindow` until every earlier line is written, which
/// bounds memory whatever the corpus size; `FlushPolicy` decides when buffered lines reach the output.
public struct BatchRunner {
    public struct Options: Sendable {
        public var jobs: Int
        public var encoder: DocumentEncoder
        public var maximumBytes: Int
        public var dct: String?
        /// Ids already present in the output (`--resume`): skipped.
        public var skipIDs: Set<String>
        public var progress: ProgressReporter?
        /// Per-document caps and time allowance.
        public var budget: Budget
        /// The inputs may block (standard input, a pipe): then every line is written as soon as it is
        /// done by `--jobs 1`. With more jobs lines are written whenever no input is waiting.
        public var inputMayStall: Bool
        /// Output lines longer than this wait in a temporary file rather than in memory (`SpillFile`):
        /// a document of a million entities made a line of 100 MB, held twice. Nil: always in memory.
        public var spillBytes: Int? = 1 << 20

        public init(
            jobs: Int = 1, encoder: DocumentEncoder = DocumentEncoder(), maximumBytes: Int = 50_000_000,
            dct: String? = nil, skipIDs: Set<String> = [], progress: ProgressReporter? = nil,
            budget: Budget = .standard, inputMayStall: Bool = true
        ) {
            self.jobs = jobs
            self.encoder = encoder
            self.maximumBytes = maximumBytes
            self.dct = dct
            self.skipIDs = skipIDs
            self.progress = progress
            self.budget = budget
            self.inputMayStall = inputMayStall
        }
    }

    public let options: Options
    /// Builds one pipeline per worker.
    public let makePipeline: @Sendable () -> Pipeline

    public init(options: Options, makePipeline: @escaping @Sendable () -> Pipeline) {
        self.options = options
        self.makePipeline = makePipeline
    }

    public func run(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        let start = ContinuousClock.now
        var summary: BatchSummary
        if options.jobs <= 1 {
            summary = runSerially(inputs, into: sink)
        } else {
            summary = runInParallel(inputs, into: sink)
        }
        do {
            try sink.flush()
        } catch {
            summary.outputError = summary.outputError ?? error
        }
        summary.seconds = (ContinuousClock.now - start).seconds
        summary.interrupted = Interruption.isRequested
        summary.peakResidentBytes = ProcessMemory.peakResidentBytes()
        if let stream = inputs as? InputStream { summary.skippedRecords = stream.skippedRecordCount }
        // A reader that went away ends the run silently, as it ends `cat`.
        if summary.outputError?.isBrokenPipe != true { options.progress?.finish(summary) }
        return summary
    }

    /// A processor with a pipeline of its own (one per worker).
    private static func processor(_ options: Options, _ makePipeline: () -> Pipeline) -> DocumentProcessor {
        DocumentProcessor(
            pipeline: makePipeline(), encoder: options.encoder, maximumBytes: options.maximumBytes, dct: options.dct,
            budget: options.budget, spillBytes: options.spillBytes)
    }

    private func record(_ output: DocumentProcessor.Output, in summary: inout BatchSummary) {
        summary.documents += 1
        summary.inputBytes += output.inputBytes
        if let kind = output.errorKind { summary.errorsByKind[kind, default: 0] += 1 }
        options.progress?.update(summary)
    }

    private func runSerially(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        var inputs = inputs
        var summary = BatchSummary()
        let processor = Self.processor(options, makePipeline)
        var flushPolicy = FlushPolicy()
        while !Interruption.isRequested, let item = inputs.next() {
            if options.skipIDs.contains(item.id) {
                summary.resumedSkipped += 1
                continue
            }
            let output = processor.process(item)
            flushPolicy.willAppend(pendingBytes: sink.pendingBytes)
            sink.append(line: output.line, spilledPrefix: output.spilled)
            record(output, in: &summary)
            // The next `inputs.next()` may block on a quiet stream: then nothing may stay buffered.
            if options.inputMayStall || summary.documents == 1 || flushPolicy.isDue(pendingBytes: sink.pendingBytes) {
                do {
                    try sink.flush()
                    flushPolicy.flushed()
                } catch {
                    summary.outputError = error
                    break
                }
            }
        }
        return summary
    }

    private func runInParallel(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        let options = options
        let makePipeline = makePipeline
        let batch = ParallelBatch(
            inputs: inputs, jobs: options.jobs, selfFeeding: !options.inputMayStall, sink: sink,
            skipIDs: options.skipIDs,
            makeProcessor: { Self.processor(options, makePipeline) },
            record: { output, summary in self.record(output, in: &summary) })
        // No thread could be started: still do the work.
        return batch.run(jobs: options.jobs) ?? runSerially(inputs, into: sink)
    }
}
