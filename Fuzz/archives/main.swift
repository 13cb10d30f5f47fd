import Pipeline
import PipelineIO

#if canImport(Glibc)
    import Glibc
#endif

// The archive readers: any bytes as a WARC file (plain or, when they start with the gzip magic, inflated)
// and as a gzip document. Whatever the bytes, the readers end, never keep more than the limit for one
// page, and every item has an id; an error item is the last of its archive.

let maximumBytes = 4096
let path = "/dev/shm/pipe-fuzz-archives-\(getpid()).warc"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)

    // A gzip document: inflated within the limit, or an error.
    switch Archive.inflate(bytes, limit: maximumBytes, name: "fuzz") {
    case .success(let inflated): require(inflated.count <= maximumBytes, "inflated past the limit")
    case .failure(let error): require(error.kind == .tooLarge || error.kind == .unreadable, "unexpected \(error.kind)")
    }

    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    require(fd >= 0, "cannot create \(path)")
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    require(written == size, "short write to \(path)")
    let stream = InputStream(entries: [.warcFile(path: path, id: "fuzz.warc")], format: .auto, maximumBytes: maximumBytes)
    var items = 0
    var sawError = false
    while let item = stream.next() {
        items += 1
        require(!sawError, "an item after the archive's error")
        require(!item.id.isEmpty, "an item without an id")
        switch item.content {
        case .inline(let page): require(page.count <= maximumBytes, "a page larger than the limit")
        case .failure: sawError = true
        case .file: require(false, "a WARC record as a file")
        }
        // Inflated input can hold more records than its bytes, but never unboundedly many.
        require(items <= 64 * (size + 1), "too many items")
    }
    return 0
}
