import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO

/// Issue 20, item 13: long output lines wait in a temporary file, not in memory. The bytes that reach the
/// output must be exactly those of a line kept in memory, whatever the limit, the order and the jobs.
@Suite("Spilled output lines", .serialized)
struct SpilledLineTests {
    /// A document with text of every kind the writer treats apart (long clean runs, escapes, non-ASCII),
    /// sentences and many entities.
    static func document(_ i: Int) -> Document {
        var text = ""
        for k in 0..<(i * 7 % 60 + 1) {
            text += "Paragraph \(k) of \(i): Aliyev met \"Raisi\" in Bakı\\Tehran.\t"
            if k % 9 == 0 { text += String(repeating: "long clean run ", count: 40) }
            text += "\n"
        }
        var d = Document(id: "doc\(i)", source: Source(path: "doc\(i).txt", format: .text, bytes: Array(text.utf8)))
        d.setText(text, sourceMap: nil)
        let n = d.offsets.scalarCount
        d.sentences = stride(from: 0, to: n, by: 50).map { Span($0, min($0 + 50, n)) }
        for start in stride(from: 0, to: n - 6, by: 11) { d.addEntity(Span(start, start + 6), label: .gpe) }
        d.renumberEntities()
        d.layers = [.text, .sentences, .entities]
        return d
    }

    static func spilledBytes(_ file: SpillFile?) throws -> [UInt8] {
        guard let file else { return [] }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        guard case .success(let sink) = OutputSink.open(path: dir.path + "/copy", append: false) else { return [] }
        sink.append(line: [], spilledPrefix: file)
        try sink.flush()
        return Array(try dir.read("copy").utf8.dropLast())
    }

    @Test("the spilled beginning and the rest make exactly the line kept in memory", arguments: [64, 100, 1000, 1 << 20])
    func encoderSpill(limit: Int) throws {
        let encoder = DocumentEncoder(includeTokens: true, explain: true)
        for i in [1, 13, 40, 59] {
            let d = Self.document(i)
            let whole = encoder.encode(d)
            let (spilled, rest) = encoder.encode(d, spillingPast: limit)
            #expect(try Self.spilledBytes(spilled) + rest == whole, "document \(i), limit \(limit)")
            if whole.count > 2 * limit, limit >= 1000 { #expect(spilled != nil && rest.count <= limit, "the buffer stays small") }
        }
    }

    @Test("a batch with spilled lines writes the same file as one without, serially and in parallel")
    func batchSpill() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let documents = (0..<120).map(Self.document)
        let items = documents.map { d in
            InputItem(id: d.id, path: d.source.path, format: .text, content: .inline(d.source.bytes))
        }
        struct Given: IteratorProtocol {
            var items: [InputItem]
            mutating func next() -> InputItem? { items.isEmpty ? nil : items.removeFirst() }
        }
        var outputs: [String] = []
        for (jobs, spill) in [(1, nil), (1, 200), (3, 200), (3, 4096)] as [(Int, Int?)] {
            let path = dir.path + "/out-\(jobs)-\(spill ?? 0).jsonl"
            guard case .success(let sink) = OutputSink.open(path: path, append: false) else { return }
            var options = BatchRunner.Options(jobs: jobs, inputMayStall: false)
            options.spillBytes = spill
            let runner = BatchRunner(options: options) {
                (try? Pipeline([CopyTextStage()])) ?? { preconditionFailure("valid pipeline") }()
            }
            let summary = runner.run(Given(items: items), into: sink)
            #expect(summary.documents == 120 && summary.outputError == nil)
            outputs.append(try dir.read(path.split(separator: "/").last.map(String.init) ?? ""))
        }
        #expect(outputs[0].split(separator: "\n").count == 120)
        for other in outputs.dropFirst() { #expect(other == outputs[0]) }
    }
}

/// Copies the source bytes to the text, with sentences: enough for long lines.
private struct CopyTextStage: Stage {
    let name = "copy"
    let requires: Set<Layer> = []
    let adds: Set<Layer> = [.text, .sentences]
    func process(_ document: inout Document) throws(DocumentError) {
        let text = String(decoding: document.source.bytes, as: UTF8.self)
        document.setText(text, sourceMap: nil)
        let n = document.offsets.scalarCount
        document.sentences = stride(from: 0, to: n, by: 7).map { Span($0, min($0 + 7, n)) }
    }
}
