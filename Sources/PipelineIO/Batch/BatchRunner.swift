import Pipeline

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
        /// The inputs may block (standard input, a pipe): then every line is written as soon as it is
        /// done by `--jobs 1`. With more jobs lines are written whenever no input is waiting.
        public var inputMayStall: Bool

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

    /// Buffered lines are written once this many bytes wait...
    static let flushBytes = 64 * 1024
    /// ...or once the oldest of them has waited this long (a consumer of the stream sees steady output).
    static let flushSeconds = 0.1

    private func runSerially(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        var inputs = inputs
        var summary = BatchSummary()
        let processor = processor()
        var firstPending = 0.0
        while !Interruption.isRequested, let item = inputs.next() {
            if options.skipIDs.contains(item.id) {
                summary.resumedSkipped += 1
                continue
            }
            let output = processor.process(item)
            let wasEmpty = sink.pendingBytes == 0
            sink.append(line: output.line)
            record(output, in: &summary)
            let now = Stopwatch.now()
            if wasEmpty { firstPending = now }
            // The next `inputs.next()` may block on a quiet stream: then nothing may stay buffered.
            if options.inputMayStall || summary.documents == 1 || sink.pendingBytes >= Self.flushBytes
                || now - firstPending >= Self.flushSeconds
            {
                do {
                    try sink.flush()
                } catch {
                    summary.outputError = error
                    break
                }
            }
        }
        return summary
    }

    /// State shared by the producer and the workers; guarded by `monitor`.
    ///
    /// There is no writer thread: the worker that finishes the next document in input order takes the
    /// "writer" token and writes every consecutive finished line, so a line costs no thread hand-off.
    /// Inputs that cannot stall (files found on disk) are not produced by the calling thread either: a
    /// worker that finds the queue empty takes the next few itself. With documents of tens of
    /// microseconds, waiting for a producer thread to be scheduled (on a busy machine, milliseconds)
    /// left the workers idle.
    private final class Shared: @unchecked Sendable {
        let monitor = Monitor()
        /// Workers wait here for inputs.
        let workAvailable: Condition
        /// The producer waits here for room in the window.
        let spaceAvailable: Condition
        let window: Int
        var queue: [(Int, InputItem)] = []
        var queueHead = 0
        /// Finished outputs by sequence number modulo `window`: at most `window` are ever in flight.
        var results: [DocumentProcessor.Output?]
        var produced = 0
        var nextToWrite = 0
        /// Taken from the queue, not yet finished.
        var inFlight = 0
        var idleWorkers = 0
        var producerWaiting = false
        /// A worker is writing lines; the others leave theirs in `results` for it.
        var writing = false
        var inputExhausted = false
        var stopped = false
        /// When the oldest unwritten line in the sink's buffer was appended (token holder only).
        var firstPending = 0.0
        var summary = BatchSummary()
        /// Workers take inputs themselves (see above); the calling thread only waits.
        let selfFeeding: Bool
        /// Inputs skipped by `--resume`.
        var skipped = 0
        /// A worker is taking inputs from the iterator (self-feeding).
        var pulling = false

        init(window: Int, selfFeeding: Bool) {
            self.window = window
            self.selfFeeding = selfFeeding
            results = Array(repeating: nil, count: window)
            workAvailable = monitor.makeCondition()
            spaceAvailable = monitor.makeCondition()
        }

        /// The producer refills once the window is half empty, not after every line.
        var hasRoom: Bool { produced - nextToWrite <= window / 2 }

        /// Removes the finished outputs that come next in order. Call with the lock held.
        func takeReady() -> [DocumentProcessor.Output] {
            var ready: [DocumentProcessor.Output] = []
            while let output = results[nextToWrite % window] {
                results[nextToWrite % window] = nil
                nextToWrite += 1
                ready.append(output)
            }
            if !ready.isEmpty, producerWaiting, hasRoom { spaceAvailable.signal() }
            if !ready.isEmpty, selfFeeding, idleWorkers > 0 { workAvailable.signal() }  // room to take more
            return ready
        }

        /// The input may stall and none waits in the queue: buffered lines must go out now.
        var mayStall: Bool { !selfFeeding && queueHead == queue.count }

        /// Room in the window for more inputs.
        var room: Int { window - (produced - nextToWrite) }
    }

    /// The input iterator behind a non-generic face, used by one thread at a time (the one `pulling`).
    private final class InputPuller: @unchecked Sendable {
        private let nextItem: () -> InputItem?
        init(_ next: @escaping () -> InputItem?) { nextItem = next }
        func next() -> InputItem? { nextItem() }
    }

    private final class Unchecked<T>: @unchecked Sendable {
        var value: T
        init(_ value: T) { self.value = value }
    }

    private func runInParallel(_ inputs: some IteratorProtocol<InputItem>, into sink: OutputSink) -> BatchSummary {
        let selfFeeding = !options.inputMayStall
        let shared = Shared(window: max(16, options.jobs * 16), selfFeeding: selfFeeding)
        var iterator = inputs
        let inputBox = InputPuller { iterator.next() }
        let skipIDs = options.skipIDs

        /// Moves up to a few inputs from the iterator to the queue (self-feeding). Call with the lock held;
        /// the iterator runs without it (listing a folder of a thousand files takes milliseconds), and
        /// `pulling` keeps it to one thread at a time, so sequence numbers follow input order.
        @Sendable func pull() {
            shared.pulling = true
            let want = min(shared.room, 8)
            let (items, skipped, exhausted) = shared.monitor.withoutLock { () -> ([InputItem], Int, Bool) in
                var items: [InputItem] = []
                var skipped = 0
                while items.count < want {
                    if Interruption.isRequested { return (items, skipped, true) }
                    guard let item = inputBox.next() else { return (items, skipped, true) }
                    if skipIDs.contains(item.id) {
                        skipped += 1
                    } else {
                        items.append(item)
                    }
                }
                return (items, skipped, false)
            }
            shared.pulling = false
            for item in items {
                shared.queue.append((shared.produced, item))
                shared.produced += 1
            }
            shared.skipped += skipped
            if exhausted { shared.inputExhausted = true }
            if shared.idleWorkers > 0 { shared.workAvailable.broadcast() }
        }

        let makeProcessor: @Sendable () -> DocumentProcessor = { [options, makePipeline] in
            DocumentProcessor(
                pipeline: makePipeline(), encoder: options.encoder, maximumBytes: options.maximumBytes,
                dct: options.dct, budget: options.budget)
        }
        let sinkBox = Unchecked(sink)
        let recordBox = Unchecked(self)

        /// Writes `ready` and whatever follows it in order while holding the writer token, then releases it.
        @Sendable func write(_ ready: [DocumentProcessor.Output]) {
            var ready = ready
            let sink = sinkBox.value
            while true {
                for output in ready {
                    if sink.pendingBytes == 0 { shared.firstPending = Stopwatch.now() }
                    sink.append(line: output.line)
                    recordBox.value.record(output, in: &shared.summary)
                }
                var flush = sink.pendingBytes >= Self.flushBytes || Stopwatch.now() - shared.firstPending >= Self.flushSeconds
                let more: [DocumentProcessor.Output]? = shared.monitor.withLock {
                    let next = shared.takeReady()
                    if !next.isEmpty { return next }
                    if !flush, sink.pendingBytes > 0, shared.mayStall || shared.inputExhausted || shared.stopped {
                        flush = true
                    }
                    if flush { return [] }  // keep the token while flushing
                    shared.writing = false
                    return nil
                }
                guard let more else { return }
                if flush {
                    do throws(OutputError) {
                        try sink.flush()
                    } catch {
                        shared.monitor.withLock {
                            shared.summary.outputError = error
                            shared.stopped = true  // the token stays taken: nothing more is written
                            shared.workAvailable.broadcast()
                            shared.spaceAvailable.broadcast()
                        }
                        return
                    }
                }
                if !more.isEmpty {
                    ready = more
                    continue
                }
                // Flushed with nothing ready: look once more before giving the token back, since a line
                // finished during the flush was left for this writer.
                let after: [DocumentProcessor.Output]? = shared.monitor.withLock {
                    let next = shared.takeReady()
                    if next.isEmpty {
                        shared.writing = false
                        return nil
                    }
                    return next
                }
                guard let after else { return }
                ready = after
            }
        }

        var workers: [WorkerThread] = []
        for _ in 0..<options.jobs {
            guard
                let worker = WorkerThread({
                    let processor = makeProcessor()
                    while true {
                        let next: (Int, InputItem)? = shared.monitor.withLock {
                            while shared.queueHead == shared.queue.count, !shared.inputExhausted, !shared.stopped {
                                if shared.selfFeeding, shared.room > 0, !shared.pulling {
                                    pull()
                                    continue
                                }
                                shared.idleWorkers += 1
                                shared.workAvailable.waitOnce()
                                shared.idleWorkers -= 1
                            }
                            guard shared.queueHead < shared.queue.count, !shared.stopped else { return nil }
                            let job = shared.queue[shared.queueHead]
                            shared.queueHead += 1
                            if shared.queueHead == shared.queue.count {
                                shared.queue.removeAll(keepingCapacity: true)
                                shared.queueHead = 0
                            }
                            shared.inFlight += 1
                            return job
                        }
                        guard let (sequence, item) = next else { return }
                        let output = processor.process(item)
                        let ready: [DocumentProcessor.Output] = shared.monitor.withLock {
                            shared.results[sequence % shared.window] = output
                            shared.inFlight -= 1
                            guard !shared.writing else { return [] }
                            let ready = shared.takeReady()
                            if !ready.isEmpty { shared.writing = true }
                            return ready
                        }
                        if !ready.isEmpty { write(ready) }
                    }
                })
            else { break }
            workers.append(worker)
        }
        if workers.isEmpty {  // no thread could be started: still do the work
            return runSerially(inputs, into: sink)
        }

        if selfFeeding {
            for worker in workers { worker.join() }
            return finish(shared)
        }
        var inputs = inputs
        while !Interruption.isRequested {
            let canProduce: Bool = shared.monitor.withLock {
                if shared.produced - shared.nextToWrite >= shared.window {
                    shared.producerWaiting = true
                    // Wake up now and then to notice an interruption.
                    _ = shared.spaceAvailable.wait(until: { shared.hasRoom || shared.stopped }, timeout: 0.2)
                    shared.producerWaiting = false
                }
                return shared.produced - shared.nextToWrite < shared.window && !shared.stopped
            }
            if shared.monitor.withLock({ shared.stopped }) { break }
            guard canProduce else { continue }
            guard let item = inputs.next() else { break }
            if options.skipIDs.contains(item.id) {
                shared.skipped += 1
                continue
            }
            shared.monitor.withLock {
                shared.queue.append((shared.produced, item))
                shared.produced += 1
                if shared.idleWorkers > 0 { shared.workAvailable.signal() }
            }
        }
        shared.monitor.withLock {
            shared.inputExhausted = true
            shared.workAvailable.broadcast()
        }
        for worker in workers { worker.join() }
        return finish(shared)
    }

    /// The summary once the workers are done. No finished line is left behind: every deposit looks for
    /// lines to write, and only a failed output (after which nothing is written) stops early.
    private func finish(_ shared: Shared) -> BatchSummary {
        var summary = shared.summary
        summary.resumedSkipped = shared.skipped
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
