import Pipeline

/// A batch on several threads: a producer fills a `WorkQueue`, `jobs` workers process its inputs, and
/// finished outputs pass through a `ReorderWindow` so lines are written in input order.
///
/// There is no writer thread: the worker that finishes the next document in input order takes the writer
/// token and writes every consecutive finished line, so a line costs no thread hand-off. Inputs that
/// cannot stall (files found on disk) are not produced by the calling thread either: a worker that finds
/// the queue empty takes the next few itself ("self-feeding"). With documents of tens of microseconds,
/// waiting for a producer thread to be scheduled (on a busy machine, milliseconds) left the workers idle.
///
/// All mutable state is guarded by `monitor`; each method says whether it expects the lock held.
final class ParallelBatch: @unchecked Sendable {
    private let monitor = Monitor()
    /// Workers wait here for inputs.
    private let workAvailable: Condition
    /// The producer waits here for room in the window.
    private let spaceAvailable: Condition

    private var queue = WorkQueue()
    private var window: ReorderWindow
    private var flushPolicy = FlushPolicy()
    private var summary = BatchSummary()
    /// Inputs skipped by `--resume`.
    private var skipped = 0
    private var idleWorkers = 0
    private var producerWaiting = false
    /// A worker holds the writer token; the others leave their outputs in the window for it.
    private var writing = false
    /// The output failed: nothing more is taken or written.
    private var stopped = false
    /// A worker is taking inputs from the iterator (self-feeding).
    private var pulling = false

    private let selfFeeding: Bool
    private let sink: OutputSink
    private let skipIDs: Set<String>
    private let makeProcessor: @Sendable () -> DocumentProcessor
    /// Counts one written output into the summary (and the progress line). Called by the token holder.
    private let record: (DocumentProcessor.Output, inout BatchSummary) -> Void
    /// The inputs, for self-feeding workers (one at a time: the one `pulling`).
    private var inputs: any IteratorProtocol<InputItem>

    init(
        inputs: some IteratorProtocol<InputItem>, jobs: Int, selfFeeding: Bool, sink: OutputSink,
        skipIDs: Set<String>, makeProcessor: @escaping @Sendable () -> DocumentProcessor,
        record: @escaping (DocumentProcessor.Output, inout BatchSummary) -> Void
    ) {
        self.inputs = inputs
        self.selfFeeding = selfFeeding
        self.sink = sink
        self.skipIDs = skipIDs
        self.makeProcessor = makeProcessor
        self.record = record
        window = ReorderWindow(capacity: max(16, jobs * 16))
        workAvailable = monitor.makeCondition()
        spaceAvailable = monitor.makeCondition()
    }

    /// Runs the batch on `jobs` threads; nil when no thread could be started (the caller then runs it
    /// serially). No finished line is left behind: every deposit looks for lines to write, and only a
    /// failed output (after which nothing is written) stops early.
    func run(jobs: Int) -> BatchSummary? {
        var workers: [WorkerThread] = []
        for _ in 0..<jobs {
            guard let worker = WorkerThread({ self.work() }) else { break }
            workers.append(worker)
        }
        if workers.isEmpty { return nil }
        if !selfFeeding { produce() }
        for worker in workers { worker.join() }
        var result = summary
        result.resumedSkipped = skipped
        return result
    }

    // MARK: Producer side

    /// Inputs in the window past the last line written.
    private var inFlight: Int { queue.produced - window.nextToRelease }
    /// Room in the window for more inputs.
    private var room: Int { window.capacity - inFlight }
    /// The producer refills once the window is half empty, not after every line.
    private var hasRoom: Bool { inFlight <= window.capacity / 2 }

    /// The calling thread's loop when inputs may stall (stdin, pipes): it reads ahead while the window
    /// has room, and wakes now and then to notice an interruption.
    private func produce() {
        while !Interruption.isRequested {
            let canProduce: Bool = monitor.withLock {
                if inFlight >= window.capacity {
                    producerWaiting = true
                    _ = spaceAvailable.wait(until: { hasRoom || stopped }, timeout: 0.2)
                    producerWaiting = false
                }
                return inFlight < window.capacity && !stopped
            }
            if monitor.withLock({ stopped }) { break }
            guard canProduce else { continue }
            guard let item = inputs.next() else { break }
            if skipIDs.contains(item.id) {
                monitor.withLock { skipped += 1 }
                continue
            }
            monitor.withLock {
                queue.push(item)
                if idleWorkers > 0 { workAvailable.signal() }
            }
        }
        monitor.withLock {
            queue.isExhausted = true
            workAvailable.broadcast()
        }
    }

    /// Moves up to a few inputs from the iterator to the queue (self-feeding). Call with the lock held; the
    /// iterator runs without it (listing a folder of a thousand files takes milliseconds), and `pulling`
    /// keeps it to one thread at a time, so sequence numbers follow input order.
    private func pull() {
        pulling = true
        let want = min(room, 8)
        let (items, skippedNow, exhausted) = monitor.withoutLock { () -> ([InputItem], Int, Bool) in
            var items: [InputItem] = []
            var skipped = 0
            while items.count < want {
                if Interruption.isRequested { return (items, skipped, true) }
                guard let item = inputs.next() else { return (items, skipped, true) }
                if skipIDs.contains(item.id) {
                    skipped += 1
                } else {
                    items.append(item)
                }
            }
            return (items, skipped, false)
        }
        pulling = false
        for item in items { queue.push(item) }
        skipped += skippedNow
        if exhausted { queue.isExhausted = true }
        if idleWorkers > 0 { workAvailable.broadcast() }
    }

    // MARK: Workers

    private func work() {
        let processor = makeProcessor()
        while let job = nextJob() {
            let output = processor.process(job.item)
            let ready = deposit(output, at: job.sequence)
            if !ready.isEmpty { write(ready) }
        }
    }

    /// The next input to process, waiting for one (or pulling it, self-feeding); nil when there is none
    /// left or the output failed.
    private func nextJob() -> (sequence: Int, item: InputItem)? {
        monitor.withLock {
            while queue.isEmpty, !queue.isExhausted, !stopped {
                if selfFeeding, room > 0, !pulling {
                    pull()
                    continue
                }
                idleWorkers += 1
                workAvailable.waitOnce()
                idleWorkers -= 1
            }
            guard !stopped else { return nil }
            return queue.pop()
        }
    }

    /// Files a finished output; when no one holds the writer token and lines are ready, takes the token
    /// and returns them for this worker to write.
    private func deposit(_ output: DocumentProcessor.Output, at sequence: Int) -> [DocumentProcessor.Output] {
        monitor.withLock {
            window.put(output, at: sequence)
            guard !writing else { return [] }
            let ready = takeReady()
            if !ready.isEmpty { writing = true }
            return ready
        }
    }

    /// The outputs next in order, waking whoever waits for the room they free. Call with the lock held.
    private func takeReady() -> [DocumentProcessor.Output] {
        let ready = window.takeReady()
        if !ready.isEmpty, producerWaiting, hasRoom { spaceAvailable.signal() }
        if !ready.isEmpty, selfFeeding, idleWorkers > 0 { workAvailable.signal() }  // room to take more
        return ready
    }

    // MARK: Ordered writer

    /// Writes `ready` and whatever follows it in order while holding the writer token, then releases it.
    /// Buffered lines are flushed by `FlushPolicy`, and always before the token is released when the input
    /// may stall or is done, so no finished line waits for input that may never come.
    private func write(_ ready: [DocumentProcessor.Output]) {
        var ready = ready
        while true {
            for output in ready {
                flushPolicy.willAppend(pendingBytes: sink.pendingBytes)
                sink.append(line: output.line, spilledPrefix: output.spilled)
                record(output, &summary)
            }
            var flush = flushPolicy.isDue(pendingBytes: sink.pendingBytes)
            let more: [DocumentProcessor.Output]? = monitor.withLock {
                let next = takeReady()
                if !next.isEmpty { return next }
                let mayStall = !selfFeeding && queue.isEmpty
                if !flush, sink.pendingBytes > 0, mayStall || queue.isExhausted || stopped { flush = true }
                if flush { return [] }  // keep the token while flushing
                writing = false
                return nil
            }
            guard let more else { return }
            if flush {
                do throws(OutputError) {
                    try sink.flush()
                    flushPolicy.flushed()
                } catch {
                    monitor.withLock {
                        summary.outputError = error
                        stopped = true  // the token stays taken: nothing more is written
                        workAvailable.broadcast()
                        spaceAvailable.broadcast()
                    }
                    return
                }
            }
            if !more.isEmpty {
                ready = more
                continue
            }
            // Flushed with nothing ready: look once more before giving the token back, since a line finished
            // during the flush was left for this writer.
            let after: [DocumentProcessor.Output]? = monitor.withLock {
                let next = takeReady()
                if next.isEmpty {
                    writing = false
                    return nil
                }
                return next
            }
            guard let after else { return }
            ready = after
        }
    }
}
