import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO


/// Inputs found by the fuzz targets (scripts/fuzz, Fuzz/<target>) that broke the Pipeline module, kept
/// minimized and inline so the fixed behaviour stays fixed. Stage findings are in StagesTests.
@Suite("Fuzz regressions: Pipeline")
struct PipelineFuzzRegressionTests {
    /// Every item the stream yields for `bytes` written as one JSONL file with lines capped at `limit`.
    private func items(_ bytes: [UInt8], limit: Int) throws -> [InputItem] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("fuzz.jsonl", Data(bytes))
        let stream = InputStream(entries: [.jsonlFile(path: path)], format: .jsonl, maximumBytes: limit)
        var items: [InputItem] = []
        while let item = stream.next() { items.append(item) }
        return items
    }

    @Test("jsonl: a line over the limit that starts with blanks still gives its too_large record")
    func truncatedLineWithBlankPrefix() throws {
        let line = [UInt8](repeating: 0x20, count: 300) + Array(#"{"id":"x","text":"a"}"#.utf8) + [0x0A]
        let found = try items(line + Array(#"{"id":"y","text":"b"}"#.utf8), limit: 256)
        #expect(found.count == 2)
        guard case .failure(let error) = found.first?.content else {
            Issue.record("the long line should be an error item")
            return
        }
        #expect(error.kind == .tooLarge)
        #expect(found.last?.id == "y")
    }
}
