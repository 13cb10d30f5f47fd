import Pipeline
import PipelineIO

#if canImport(Glibc)
    import Glibc
#endif

// The JSONL input side: the strict JSON parser, the record decoder (`pipe eval` reads outputs back with
// it), and InputStream's line handling, which must turn every non-blank line into exactly one item
// (a document or an error record) whatever the line holds. Lines are capped at 256 bytes here so that
// the too-long-line path is reached by small inputs.

let maximumLineBytes = 256
let path = "/dev/shm/pipe-fuzz-jsonl-\(getpid()).jsonl"

/// Lines the stream must answer: split at LF, a CR before the LF dropped, blank lines (spaces and tabs
/// only) skipped. A UTF-8 byte-order mark opening the stream belongs to no line (it is skipped).
func expectedItems(_ bytes: [UInt8]) -> Int {
    var count = 0
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    var lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for var line in lines {
        if line.last == 0x0D { line = line.dropLast() }
        if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { count += 1 }
    }
    return count
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)

    if let value = try? JSONParser.parse(bytes) {
        _ = value["id"]?.stringValue
    }
    let line = String(decoding: bytes, as: UTF8.self)
    if case .document(let document) = try? DocumentDecoder().decode(line: line) {
        _ = DocumentEncoder(includeTokens: true, explain: true).encode(document)
    }

    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    require(fd >= 0, "cannot create \(path)")
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    require(written == size, "short write to \(path)")
    let stream = InputStream(entries: [.jsonlFile(path: path)], format: .jsonl, maximumBytes: maximumLineBytes)
    var items = 0
    while let item = stream.next() {
        items += 1
        if case .inline(let content) = item.content {
            require(content.count <= maximumLineBytes, "an item larger than its line")
        }
        require(items <= size + 1, "more items than lines")
    }
    // A stream that starts with the gzip magic number is read inflated: its lines are not these bytes'
    // (the archives target checks that path).
    if !GzipSource.isGzip(bytes) {
        let expected = expectedItems(bytes)
        require(items == expected, "\(expected) non-blank line(s) gave \(items) item(s)")
    }
    return 0
}
