#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a pipeline over a stream of inputs with bounded parallelism, writing one line per input in
/// input order.
///
/// Each worker thread builds its own pipeline (stages may hold scratch state that is not thread-safe)
/// and takes the next input from a shared queue; finished lines wait in a reorder window until every
/// earlier line is written. The window bounds memory whatever the corpus size: the producer does not
/// read ahead more than `window` inputs past the last line written.
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

        public init(
            jobs: Int = 1, encoder: DocumentEncoder = DocumentEncoder(), maximumBytes: Int = 50_000_000,
            dct: String? = nil, skipIDs: Set<String> = [], progress: ProgressReporter? = nil,
            budget: Budget = .standard
        ) {
            self.jobs = jobs
            self.encoder = encoder
            self.maximumBytes = maximumBytes
            self.dct = dct
            self.skipIDs = skipIDs
            self.progress = progress
            self.budget = budget
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
        let clock = Stopwatch()
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
        summary.seconds = clock.seconds
        summary.interrupted = Interruption.isRequested
        options.progress?.finish(summary)
        return summary
    }

    private func processor() -> DocumentProcessor {
        DocumentProcessor(
            pipeline: makePipeline(), encoder: options.encoder, maximumBytes: options.maximumBytes, dct: options.dct,
            budget: options.budget)
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
        let processor = processor()
        while !Interruption.isRequested, let item = inputs.next() {
            if options.skipIDs.contains(item.id) {
                summary.resumedSkipped += 1
                continue
            }
            let output = processor.process(item)
            do {
                try sink.write(line: output.line)
            } catch {
                summary.outputError = error
                break
            }
            record(output, in: &summary)
        }
        return summary
    }

    /// State shared by producer, workers and writer; guarded by `monitor`.
    private final class Shared: @unchecked Sendable {
        let monitor = Monitor()
        var queue: [(Int, InputItem)] = []
        var queueHead = 0
        var results: [Int: DocumentProcessor.Output] = [:]
        var produced = 0
        var nextToWrite = 0
        var inputExhausted = false
        var stopped = false
    }

    private final class Unchecked<T>: @unchecked Sendable {
        var value: T
        init(_ value: T) { self.value = value }
    }

    private func runInParallel(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        let shared = Shared()
        let window = max(4, options.jobs * 4)
        let makeProcessor: @Sendable () -> DocumentProcessor = { [options, makePipeline] in
            DocumentProcessor(
                pipeline: makePipeline(), encoder: options.encoder, maximumBytes: options.maximumBytes,
                dct: options.dct, budget: options.budget)
        }
        var workers: [WorkerThread] = []
        for _ in 0..<options.jobs {
            guard
                let worker = WorkerThread({
                    let processor = makeProcessor()
                    while true {
                        let next: (Int, InputItem)? = shared.monitor.withLock {
                            shared.monitor.wait {
                                shared.queueHead < shared.queue.count || shared.inputExhausted || shared.stopped
                            }
                            guard shared.queueHead < shared.queue.count, !shared.stopped else { return nil }
                            let job = shared.queue[shared.queueHead]
                            shared.queueHead += 1
                            if shared.queueHead > 1024, shared.queueHead * 2 > shared.queue.count {
                                shared.queue.removeFirst(shared.queueHead)
                                shared.queueHead = 0
                            }
                            return job
                        }
                        guard let (sequence, item) = next else { return }
                        let output = processor.process(item)
                        shared.monitor.withLock {
                            shared.results[sequence] = output
                            shared.monitor.broadcast()
                        }
                    }
                })
            else { break }
            workers.append(worker)
        }
        if workers.isEmpty {  // no thread could be started: still do the work
            return runSerially(inputs, into: sink)
        }

        // The writer runs on its own thread so that this thread can keep reading inputs.
        let summaryBox = Unchecked(BatchSummary())
        let sinkBox = Unchecked(sink)
        let recordBox = Unchecked(self)
        let writer = WorkerThread {
            while true {
                let output: DocumentProcessor.Output? = shared.monitor.withLock {
                    shared.monitor.wait {
                        shared.results[shared.nextToWrite] != nil
                            || (shared.inputExhausted && shared.nextToWrite == shared.produced)
                            || shared.stopped
                    }
                    guard let output = shared.results.removeValue(forKey: shared.nextToWrite) else { return nil }
                    shared.nextToWrite += 1
                    shared.monitor.broadcast()
                    return output
                }
                guard let output else { return }
                do throws(OutputError) {
                    try sinkBox.value.write(line: output.line)
                } catch {
                    summaryBox.value.outputError = error
                    shared.monitor.withLock {
                        shared.stopped = true
                        shared.monitor.broadcast()
                    }
                    return
                }
                recordBox.value.record(output, in: &summaryBox.value)
            }
        }

        var inputs = inputs
        var skipped = 0
        while true {
            if Interruption.isRequested { break }
            let canProduce: Bool = shared.monitor.withLock {
                // Wake up now and then to notice an interruption.
                _ = shared.monitor.wait(
                    until: { shared.produced - shared.nextToWrite < window || shared.stopped }, timeout: 0.2)
                return shared.produced - shared.nextToWrite < window && !shared.stopped
            }
            if shared.monitor.withLock({ shared.stopped }) { break }
            guard canProduce else { continue }
            guard let item = inputs.next() else { break }
            if options.skipIDs.contains(item.id) {
                skipped += 1
                continue
            }
            shared.monitor.withLock {
                shared.queue.append((shared.produced, item))
                shared.produced += 1
                shared.monitor.broadcast()
            }
        }
        shared.monitor.withLock {
            shared.inputExhausted = true
            shared.monitor.broadcast()
        }
        for worker in workers { worker.join() }
        writer?.join()
        if writer == nil {  // could not start the writer: write what the workers produced, in order
            while let output = shared.results.removeValue(forKey: shared.nextToWrite) {
                shared.nextToWrite += 1
                do throws(OutputError) { try sink.write(line: output.line) } catch {
                    summaryBox.value.outputError = error
                    break
                }
                record(output, in: &summaryBox.value)
            }
        }
        var summary = summaryBox.value
        summary.resumedSkipped = skipped
        return summary
    }
}

/// Monotonic elapsed time.
public struct Stopwatch: Sendable {
    private let start: Double
    public init() { start = Stopwatch.now() }
    public var seconds: Double { Stopwatch.now() - start }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
