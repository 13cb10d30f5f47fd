import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO


/// Copies the input bytes to the text: the cheapest stage, so the batch machinery is what is tested.
private struct EchoStage: Stage {
    let name = "echo"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.text]
    func process(_ document: inout Document) throws(DocumentError) {
        document.setText(String(decoding: document.source.bytes, as: UTF8.self), sourceMap: nil)
    }
}

/// Hands out `count` items; before item k (k >= `waitFrom`) it waits until the output file holds k
/// lines, as a quiet input stream would: the run must write what is done while it waits for input.
private struct StallingInput: IteratorProtocol {
    let count: Int
    let waitFrom: Int
    let outputPath: String
    var index = 0

    mutating func next() -> InputItem? {
        guard index < count else { return nil }
        if index >= waitFrom {
            for _ in 0..<500 {  // up to 5 s
                let lines = (try? String(contentsOfFile: outputPath, encoding: .utf8))?.split(separator: "\n").count ?? 0
                if lines >= index { break }
                usleep(10_000)
            }
        }
        defer { index += 1 }
        return InputItem(id: "d\(index)", path: "-", format: .text, content: .inline(Array("doc \(index)".utf8)))
    }
}

@Suite("Batch throughput", .serialized)
struct BatchThroughputTests {
    func runner(jobs: Int, inputMayStall: Bool = true) -> BatchRunner {
        BatchRunner(options: .init(jobs: jobs, inputMayStall: inputMayStall)) {
            (try? Pipeline([EchoStage()])) ?? { preconditionFailure("valid pipeline") }()
        }
    }

    @Test("lines done while the input stalls are written, not held in the buffer", arguments: [1, 2, 3])
    func flushWhileInputStalls(jobs: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path + "/out.jsonl"
        guard case .success(let sink) = OutputSink.open(path: path, append: false) else {
            Issue.record("cannot open the output")
            return
        }
        let input = StallingInput(count: 12, waitFrom: 4, outputPath: path)
        let summary = runner(jobs: jobs).run(input, into: sink)
        #expect(summary.documents == 12)
        let lines = try dir.read("out.jsonl").split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines.enumerated().allSatisfy { $0.element.contains(#""id":"d\#($0.offset)""#) })
        // The stall waits up to 5 s per item when lines are held back: a run this fast saw every line.
        #expect(summary.seconds < 4, "lines were held in the buffer while the input stalled")
    }

    @Test("thousands of small documents: same bytes with 1, 2 and 4 jobs, in input order")
    func manySmallDocuments() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let items = (0..<5_000).map { i in
            InputItem(
                id: "doc\(i)", path: "-", format: .text,
                content: .inline(Array(String(repeating: "w\(i) \"q\"\n", count: i % 97 + 1).utf8)))
        }
        var outputs: [String] = []
        for jobs in [1, 2, 4] {
            let name = "\(jobs).jsonl"
            guard case .success(let sink) = OutputSink.open(path: dir.path + "/" + name, append: false) else {
                Issue.record("cannot open the output")
                return
            }
            var iterator = items.makeIterator()
            let summary = runner(jobs: jobs, inputMayStall: false).run(AnyIterator { iterator.next() }, into: sink)
            #expect(summary.documents == 5_000)
            outputs.append(try dir.read(name))
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        let lines = outputs[0].split(separator: "\n")
        #expect(lines.count == 5_000)
        #expect(lines[4_321].contains(#""id":"doc4321""#))
    }

    @Test("workers that feed themselves skip resumed ids and match a serial run", arguments: [2, 3])
    func selfFeedingResume(jobs: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let items = (0..<300).map { i in
            InputItem(id: "doc\(i)", path: "-", format: .text, content: .inline(Array("text \(i)".utf8)))
        }
        let skip = Set((0..<300).filter { $0 % 7 == 3 }.map { "doc\($0)" })
        var outputs: [String] = []
        for (name, jobs) in [("serial", 1), ("parallel", jobs)] {
            guard case .success(let sink) = OutputSink.open(path: dir.path + "/" + name, append: false) else {
                Issue.record("cannot open the output")
                return
            }
            let runner = BatchRunner(options: .init(jobs: jobs, skipIDs: skip, inputMayStall: false)) {
                (try? Pipeline([EchoStage()])) ?? { preconditionFailure("valid pipeline") }()
            }
            var iterator = items.makeIterator()
            let summary = runner.run(AnyIterator { iterator.next() }, into: sink)
            #expect(summary.resumedSkipped == skip.count)
            #expect(summary.documents == 300 - skip.count)
            outputs.append(try dir.read(name))
        }
        #expect(outputs[0] == outputs[1])
        #expect(!outputs[1].contains(#""id":"doc3""#) && outputs[1].contains(#""id":"doc4""#))
    }
}
