import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO

/// Issue 20, item 1: a UTF-8 byte-order mark opening a JSONL stream is skipped; it is not a line of its own,
/// and the first document says it was there.
@Suite("Byte-order mark before JSONL")
struct ByteOrderMarkTests {
    static func items(_ bytes: [UInt8]) throws -> [InputItem] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("stream.jsonl", Data(bytes))
        let stream = InputStream(entries: [.jsonlFile(path: path)], format: .jsonl, maximumBytes: 1 << 20)
        var items: [InputItem] = []
        while let item = stream.next() { items.append(item) }
        return items
    }

    static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test("a mark alone, or before a blank line, gives no item")
    func markAlone() throws {
        #expect(try Self.items(Self.mark).isEmpty)
        #expect(try Self.items(Self.mark + Array("\n  \n".utf8)).isEmpty)
    }

    @Test("a mark before the first line: that line is the document, with the warning; the next has none")
    func markBeforeDocuments() throws {
        let items = try Self.items(Self.mark + Array("\n{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n".utf8))
        #expect(items.map(\.id) == ["a", "b"])
        #expect(items[0].warnings == [InputStream.byteOrderMarkWarning])
        #expect(items[1].warnings.isEmpty)
    }

    @Test("a mark in the middle of the stream is not skipped: that line is invalid JSON")
    func markLater() throws {
        let items = try Self.items(Array("{\"id\":\"a\",\"text\":\"x\"}\n".utf8) + Self.mark + Array("{\"id\":\"b\",\"text\":\"y\"}\n".utf8))
        #expect(items.count == 2)
        if case .failure(let error) = items[1].content { #expect(error.kind == .unreadable) } else { Issue.record("line 2 parsed") }
    }
}
