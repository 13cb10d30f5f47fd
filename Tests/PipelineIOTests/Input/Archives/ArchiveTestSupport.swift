import CZlib
import Foundation
@testable import Pipeline
@testable import PipelineIO

/// Archives made in the tests: gzip members through zlib's deflate, WARC records by hand.
enum ArchiveMaker {
    /// One gzip member holding `bytes`.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard pipe_deflate_init_gzip(&stream, 6) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            var status = Z_OK
            repeat {
                chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(c.count)
                    status = deflate(&stream, Z_FINISH)
                    out.append(contentsOf: c[0..<(c.count - Int(stream.avail_out))])
                }
            } while status == Z_OK
        }
        return out
    }

    /// `count` zero bytes, compressed, made a chunk at a time (a gzip bomb: ~1000 to 1).
    static func zeroBomb(_ count: Int) -> [UInt8] {
        var stream = z_stream()
        guard pipe_deflate_init_gzip(&stream, 9) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var zeros = [UInt8](repeating: 0, count: 1 << 20)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var left = count
        while left >= 0 {
            let n = min(left, zeros.count)
            left -= n
            let flush = left == 0 ? Z_FINISH : Z_NO_FLUSH
            zeros.withUnsafeMutableBufferPointer { z in
                stream.next_in = z.baseAddress
                stream.avail_in = uInt(n)
                var status = Z_OK
                repeat {
                    chunk.withUnsafeMutableBufferPointer { c in
                        stream.next_out = c.baseAddress
                        stream.avail_out = uInt(c.count)
                        status = deflate(&stream, flush)
                        out.append(contentsOf: c[0..<(c.count - Int(stream.avail_out))])
                    }
                } while stream.avail_out == 0 || (flush == Z_FINISH && status == Z_OK)
            }
            if left == 0 { break }
        }
        return out
    }

    static func record(
        type: String, uri: String?, id: String, date: String = "2019-11-19T10:00:00Z", contentType: String,
        payload: [UInt8], claimedLength: Int? = nil
    ) -> [UInt8] {
        var head = "WARC/1.0\r\nWARC-Type: \(type)\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        head += "WARC-Date: \(date)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nContent-Type: \(contentType)\r\n"
        head += "Content-Length: \(claimedLength ?? payload.count)\r\n\r\n"
        return Array(head.utf8) + payload + Array("\r\n\r\n".utf8)
    }

    static func response(
        uri: String, id: String, body: [UInt8], type: String = "text/html; charset=utf-8", extraHeaders: String = "",
        date: String = "2019-11-19T10:00:00Z"
    ) -> [UInt8] {
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\n\(extraHeaders)\r\n".utf8) + body
        return record(type: "response", uri: uri, id: id, date: date, contentType: "application/http; msgtype=response", payload: http)
    }

    static func page(_ title: String, date: String? = nil) -> [UInt8] {
        let meta = date.map { "<meta property=\"article:published_time\" content=\"\($0)\">" } ?? ""
        return Array("""
            <html><head><title>\(title)</title>\(meta)</head><body><article><h1>\(title)</h1>
            <p>The council met on Tuesday to discuss the bridge, and decided after a long debate to close it for repairs.</p>
            <p>Engineers said the work would take a year; the mayor promised a shuttle bus for the people who cross it daily.</p>
            </article></body></html>
            """.utf8)
    }

    /// Every item of a stream, with the stream (for its skipped-record counts).
    static func items(_ stream: PipelineIO.InputStream) -> [InputItem] {
        var out: [InputItem] = []
        while let item = stream.next() { out.append(item) }
        return out
    }

    static func process(_ item: InputItem, maximumBytes: Int = 1 << 20) throws -> [String: Any] {
        let pipeline = try Pipeline([])
        let processor = DocumentProcessor(pipeline: pipeline, encoder: DocumentEncoder(), maximumBytes: maximumBytes)
        let line = processor.process(item).line
        return try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] ?? [:]
    }
}
