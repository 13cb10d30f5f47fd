import Foundation
import Testing

@testable import Pipeline
@testable import PipelineIO

/// gzip files and WARC archives as input (issue 17): every archive here is made by the test.
@Suite("Input: gzip and WARC archives")
struct ArchiveInputTests {
    typealias A = ArchiveMaker

    /// A WARC with every kind of record: only HTML pages become documents, the rest is counted.
    static func mixedWARC() -> [UInt8] {
        let chunkedGzip: [UInt8] = {
            let z = A.gzip(A.page("Chunked and compressed"))
            let hex = String(z.count, radix: 16)
            return Array("\(hex)\r\n".utf8) + z + Array("\r\n0\r\n\r\n".utf8)
        }()
        return A.record(type: "warcinfo", uri: nil, id: "0", contentType: "application/warc-fields", payload: Array("software: test\r\n".utf8))
            + A.record(type: "request", uri: "https://news.example/a", id: "1", contentType: "application/http; msgtype=request",
                       payload: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8))
            + A.response(uri: "https://news.example/a", id: "2", body: A.page("First page", date: "2021-03-04T08:00:00Z"))
            + A.response(uri: "https://news.example/logo.png", id: "3", body: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2], type: "image/png")
            + A.record(type: "metadata", uri: "https://news.example/a", id: "4", contentType: "application/warc-fields", payload: Array("via: x\r\n".utf8))
            + A.record(type: "revisit", uri: "https://news.example/a", id: "5", contentType: "application/http; msgtype=response", payload: [])
            + A.record(type: "resource", uri: "https://archive.example/b", id: "6", date: "2018-01-02T00:00:00Z", contentType: "text/html", payload: A.page("Second page"))
            + A.response(uri: "https://news.example/c", id: "7", body: chunkedGzip, extraHeaders: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")
    }

    static func warcStream(_ bytes: [UInt8], name: String) throws -> (PipelineIO.InputStream, TemporaryDirectory) {
        let dir = try TemporaryDirectory()
        try dir.write(name, Data(bytes))
        let (entries, _) = InputDiscovery().discover([dir.path])
        return (PipelineIO.InputStream(entries: entries, format: .auto, maximumBytes: 1 << 20), dir)
    }

    @Test(arguments: [false, true])
    func mixedRecordsGivePagesAndCountTheRest(compressed: Bool) throws {
        let records = Self.mixedWARC()
        // WARC.gz: one gzip member per record, as archives write them.
        var bytes = records
        if compressed {
            bytes = []
            var rest = records[...]
            while let start = rest.firstRange(of: Array("WARC/1.0".utf8))?.lowerBound {
                let next = rest[(start + 1)...].firstRange(of: Array("WARC/1.0".utf8))?.lowerBound ?? rest.endIndex
                bytes += A.gzip(Array(rest[start..<next]))
                rest = rest[next...]
            }
        }
        let (stream, dir) = try Self.warcStream(bytes, name: compressed ? "crawl.warc.gz" : "crawl.warc")
        defer { dir.remove() }
        let items = A.items(stream)
        #expect(items.map(\.id) == [
            "https://news.example/a#<urn:uuid:2>", "https://archive.example/b#<urn:uuid:6>", "https://news.example/c#<urn:uuid:7>",
        ])
        #expect(stream.skippedRecordCount == 5)
        #expect(items.map { $0.archive?.record } == [3, 7, 8])
        let first = try A.process(items[0])
        let source = try #require(first["source"] as? [String: Any])
        #expect(source["record"] as? Int == 3)
        #expect(source["uri"] as? String == "https://news.example/a")
        #expect(source["format"] as? String == "html")
        // The pages are the HTTP bodies (de-chunked and inflated for the third), with their capture dates.
        func inline(_ item: InputItem) -> [UInt8] { if case .inline(let b) = item.content { b } else { [] } }
        #expect(inline(items[0]) == A.page("First page", date: "2021-03-04T08:00:00Z"))
        #expect(inline(items[1]) == A.page("Second page"))
        #expect(inline(items[2]) == A.page("Chunked and compressed"))
        #expect(items.map { $0.archive?.date } == ["2019-11-19", "2018-01-02", "2019-11-19"])
        #expect(items[0].url == "https://news.example/a")
    }

    @Test func aTruncatedWARCEndsWithAnErrorRecord() throws {
        let whole = A.response(uri: "https://news.example/a", id: "1", body: A.page("One"))
            + A.response(uri: "https://news.example/b", id: "2", body: A.page("Two"))
        // Cut inside the second record's payload: plain and as gzip members cut inside the second.
        let cut = Array(whole[0..<(whole.count - 120)])
        let first = A.response(uri: "https://news.example/a", id: "1", body: A.page("One"))
        let gz = A.gzip(first) + Array(A.gzip(Array(whole[first.count...])).dropLast(40))
        for (bytes, name) in [(cut, "cut.warc"), (gz, "cut.warc.gz")] {
            let (stream, dir) = try Self.warcStream(bytes, name: name)
            defer { dir.remove() }
            let items = A.items(stream)
            #expect(items.count == 2, "\(name)")
            #expect(items.first.map { if case .inline = $0.content { true } else { false } } == true)
            guard case .failure(let error) = items.last?.content else {
                Issue.record("\(name): no error record")
                continue
            }
            #expect(error.kind == .unreadable)
            #expect(error.message.contains("truncated"), "\(error.message)")
            #expect(items.last?.id == "https://news.example/b#<urn:uuid:2>" || name.hasSuffix(".gz"))
        }
    }

    /// A gzip bomb (64 MiB of zeros in ~64 KB) gives a `too_large` record as soon as the limit is passed:
    /// as a page, inside a WARC record that claims its real size, and in a JSONL stream.
    @Test func gzipBombsStopAtTheLimit() throws {
        let bomb = A.zeroBomb(64 << 20)
        #expect(bomb.count < 1 << 20)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("bomb.html.gz", Data(bomb))
        let html = InputItem(id: "bomb.html.gz", path: dir.path + "/bomb.html.gz", format: .html, content: .file(path: dir.path + "/bomb.html.gz"))
        let record = try A.process(html, maximumBytes: 1 << 20)
        let error = try #require(record["error"] as? [String: Any])
        #expect(error["kind"] as? String == "too_large")
        #expect((error["message"] as? String)?.contains("decompressed") == true)

        // In a WARC.gz: the record's payload is passed over without being kept; the next page is read.
        let zeros = [UInt8](repeating: 0x20, count: 8 << 20)
        let big = A.response(uri: "https://news.example/big", id: "9", body: Array("<html><body>".utf8) + zeros)
        let after = A.response(uri: "https://news.example/after", id: "10", body: A.page("After the bomb"))
        let (stream, warcDir) = try Self.warcStream(A.gzip(big) + A.gzip(after), name: "bomb.warc.gz")
        defer { warcDir.remove() }
        let items = A.items(stream)
        #expect(items.map(\.id) == ["https://news.example/big#<urn:uuid:9>", "https://news.example/after#<urn:uuid:10>"])
        guard case .failure(let tooLarge) = items.first?.content else {
            Issue.record("the oversized record is not an error")
            return
        }
        #expect(tooLarge.kind == .tooLarge)

        // A JSONL.gz whose one line inflates past the limit: an error record for that line.
        try dir.write("lines.jsonl.gz", Data(A.gzip(Array("{\"id\":\"a\",\"text\":\"short\"}\n".utf8)) + bomb))
        let jsonl = PipelineIO.InputStream(entries: [.jsonlFile(path: dir.path + "/lines.jsonl.gz")], format: .auto, maximumBytes: 1 << 20)
        let lines = A.items(jsonl)
        #expect(lines.first?.id == "a")
        #expect(lines.count == 2)
        if case .failure(let lineError) = lines.last?.content { #expect(lineError.kind == .tooLarge) } else { Issue.record("no error for the bomb line") }
    }

    @Test func foldersAndNamedFilesReadCompressedArticles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("a.html.gz", Data(A.gzip(A.page("Compressed page"))))
        try dir.write("b.txt.gz", Data(A.gzip(Array("Plain text, compressed.".utf8))))
        // Two members: `cat x.gz y.gz` is one stream.
        try dir.write("c.jsonl.gz", Data(A.gzip(Array("{\"id\":\"c1\",\"text\":\"one\"}\n".utf8)) + A.gzip(Array("{\"id\":\"c2\",\"text\":\"two\"}\n".utf8))))
        try dir.write("d.warc.gz", Data(A.gzip(A.response(uri: "https://news.example/d", id: "d", body: A.page("Archived")))))
        let (entries, notes) = InputDiscovery().discover([dir.path])
        #expect(notes.isEmpty, "\(notes)")
        let items = A.items(PipelineIO.InputStream(entries: entries, format: .auto, maximumBytes: 1 << 20))
        #expect(items.map(\.id) == ["a.html.gz", "b.txt.gz", "c1", "c2", "https://news.example/d#<urn:uuid:d>"])
        #expect(items.map(\.format) == [.html, .text, .text, .text, .html])
        // The document's bytes are the inflated page: its size and hash are those of the page.
        let page = try #require(A.process(items[0])["source"] as? [String: Any])
        #expect(page["bytes"] as? Int == A.page("Compressed page").count)
        #expect(page["sha256"] as? String == SHA256.hex(A.page("Compressed page")))
        // A corrupt .gz is an error record, not a crash.
        try dir.write("e.html.gz", Data(Array(A.gzip(A.page("x")).prefix(30))))
        let broken = try A.process(InputItem(id: "e", path: dir.path + "/e.html.gz", format: .html, content: .file(path: dir.path + "/e.html.gz")))
        #expect((broken["error"] as? [String: Any])?["kind"] as? String == "unreadable")
    }

    @Test func standardInputMayCarryAWARCArchive() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let warc = A.gzip(A.response(uri: "https://news.example/s", id: "s", body: A.page("From stdin")))
            + A.gzip(A.record(type: "request", uri: "https://news.example/s", id: "r", contentType: "application/http; msgtype=request", payload: Array("GET / HTTP/1.1\r\n\r\n".utf8)))
        #expect(warc.count < 16_000)
        _ = warc.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        defer { close(fds[0]) }
        let stream = PipelineIO.InputStream(standardInput: fds[0], format: .auto, maximumBytes: 1 << 20)
        let items = A.items(stream)
        #expect(items.map(\.id) == ["https://news.example/s#<urn:uuid:s>"])
        #expect(stream.skippedRecordCount == 1)
    }
}
