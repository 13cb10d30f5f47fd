import Testing

@testable import Pipeline
@testable import PipelineIO

/// The parts of the batch runner, each on its own, without threads.
@Suite("Batch parts")
struct BatchPartsTests {
    private func output(_ id: String) -> DocumentProcessor.Output {
        DocumentProcessor.Output(id: id, line: Array(id.utf8), errorKind: nil, inputBytes: 1, textScalars: 1)
    }

    @Test("the reorder window releases outputs in input order, whatever order they finish in")
    func reorder() {
        var window = ReorderWindow(capacity: 4)
        window.put(output("2"), at: 2)
        window.put(output("1"), at: 1)
        #expect(window.takeReady().isEmpty)  // 0 is not done: nothing may leave
        window.put(output("0"), at: 0)
        #expect(window.takeReady().map(\.id) == ["0", "1", "2"])
        #expect(window.nextToRelease == 3)
        // Slots are reused modulo the capacity; the window admits only what fits past the next release.
        #expect(window.admits(6))
        #expect(!window.admits(7))
        window.put(output("4"), at: 4)
        window.put(output("3"), at: 3)
        #expect(window.takeReady().map(\.id) == ["3", "4"])
    }

    @Test("the work queue numbers inputs in order and reuses its storage once drained")
    func queue() {
        var queue = WorkQueue()
        #expect(queue.isEmpty)
        for id in ["a", "b", "c"] { queue.push(InputItem(id: id, path: "-", format: .text, content: .inline([]))) }
        #expect(queue.produced == 3)
        #expect(queue.pop().map { "\($0.sequence)\($0.item.id)" } == "0a")
        #expect(queue.pop().map { "\($0.sequence)\($0.item.id)" } == "1b")
        queue.push(InputItem(id: "d", path: "-", format: .text, content: .inline([])))
        #expect(queue.pop().map { "\($0.sequence)\($0.item.id)" } == "2c")
        #expect(queue.pop().map { "\($0.sequence)\($0.item.id)" } == "3d")
        #expect(queue.pop() == nil)
        #expect(queue.isEmpty)
    }

    @Test("lines are flushed once 64 KiB wait or the oldest has waited 100 ms, never when none waits")
    func flushPolicy() {
        var policy = FlushPolicy()
        let t0 = ContinuousClock.now
        #expect(!policy.isDue(pendingBytes: 0, now: t0))
        policy.willAppend(pendingBytes: 0, now: t0)
        #expect(!policy.isDue(pendingBytes: 10, now: t0 + .milliseconds(50)))
        #expect(policy.isDue(pendingBytes: 10, now: t0 + .milliseconds(100)))
        #expect(policy.isDue(pendingBytes: FlushPolicy.bytes, now: t0))
        // A later line does not restart the clock of the oldest.
        policy.willAppend(pendingBytes: 10, now: t0 + .milliseconds(90))
        #expect(policy.isDue(pendingBytes: 20, now: t0 + .milliseconds(100)))
        policy.flushed()
        #expect(!policy.isDue(pendingBytes: 20, now: t0 + .seconds(5)))
    }
}
