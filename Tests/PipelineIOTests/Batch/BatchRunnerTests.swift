import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO


/// Upper-cases the text: enough work to tell documents apart, and fails on demand.
private struct ShoutStage: Stage {
    let name = "shout"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.text]
    func process(_ document: inout Document) throws(DocumentError) {
        let text = String(decoding: document.source.bytes, as: UTF8.self)
        if text.hasPrefix("BAD") { throw DocumentError(.encoding, "bad document") }
        document.setText(text.uppercased(), sourceMap: nil)
    }
}

private struct ItemList: IteratorProtocol {
    var items: [InputItem]
    var index = 0
    mutating func next() -> InputItem? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}

@Suite("Batch runner", .serialized)
struct BatchRunnerTests {
    static func items(_ count: Int) -> [InputItem] {
        (0..<count).map { i in
            let text = i % 20 == 7 ? "BAD \(i)" : String(repeating: "word\(i) ", count: (i * 37) % 200 + 1)
            return InputItem(id: "doc\(i)", path: "-", format: .text, content: .inline(Array(text.utf8)))
        }
    }

    func run(jobs: Int, items: [InputItem], skip: Set<String> = [], to path: String, append: Bool = false) throws -> BatchSummary {
        guard case .success(let sink) = OutputSink.open(path: path, append: append) else {
            throw DocumentError(.unreadable, "cannot open \(path)")
        }
        let runner = BatchRunner(options: .init(jobs: jobs, skipIDs: skip)) {
            (try? Pipeline([ShoutStage()])) ?? { preconditionFailure("valid pipeline") }()
        }
        return runner.run(ItemList(items: items), into: sink)
    }

    @Test("parallel output is identical to serial output, in input order, one line per input")
    func parallelMatchesSerial() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let items = Self.items(300)
        let serial = try run(jobs: 1, items: items, to: dir.path + "/1.jsonl")
        let parallel = try run(jobs: 3, items: items, to: dir.path + "/3.jsonl")
        let one = try dir.read("1.jsonl")
        #expect(one == (try dir.read("3.jsonl")))
        let lines = one.split(separator: "\n")
        #expect(lines.count == 300)
        #expect(lines[5].contains(#""id":"doc5""#))
        #expect(serial.errors == 15 && parallel.errors == 15)
        #expect(parallel.errorsByKind == [.encoding: 15])
    }

    @Test("resume skips what is done and the result equals an uninterrupted run")
    func resume() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let items = Self.items(50)
        _ = try run(jobs: 2, items: items, to: dir.path + "/full.jsonl")
        // A first run that stopped after 20 documents, with a torn last line.
        _ = try run(jobs: 1, items: Array(items.prefix(20)), to: dir.path + "/part.jsonl")
        let handle = try #require(FileHandle(forWritingAtPath: dir.path + "/part.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"schema":"pipe/1","id":"doc20","sou"#.utf8))
        handle.closeFile()
        guard case .success(let done) = ResumeLog.prepare(path: dir.path + "/part.jsonl") else {
            Issue.record("resume log failed")
            return
        }
        #expect(done.count == 20)
        let summary = try run(jobs: 2, items: items, skip: done, to: dir.path + "/part.jsonl", append: true)
        #expect(summary.resumedSkipped == 20)
        #expect(try dir.read("part.jsonl") == (try dir.read("full.jsonl")))
    }
}
