import Pipeline

/// Reads the records of `pipe annotate` back, line by line, from files or standard input.
///
/// A line that is not a record (torn, not JSON, not the schema) still gives one record: an error record
/// of kind `unreadable` with id `FILE:LINE`, so an export never drops an input silently; `badLines`
/// counts them. Blank lines are skipped.
public final class RecordReader: IteratorProtocol {
    private var pending: [String]
    private var current: (reader: LineReader, name: String)?
    private let decoder = DocumentDecoder()
    /// Lines that were not records, and files that could not be read.
    public private(set) var badLines = 0
    /// Reads of files that failed, as messages.
    public private(set) var fileErrors: [String] = []

    /// - Parameter paths: JSONL files; "-" is standard input.
    public init(paths: [String]) {
        pending = paths.reversed()
    }

    public func next() -> DecodedRecord? {
        while true {
            if let (reader, name) = current {
                while let (bytes, truncated) = reader.nextLine() {
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    let id = "\(name):\(reader.lineNumber)"
                    if truncated { return bad(id, name, "line \(reader.lineNumber) is too long") }
                    do {
                        return try decoder.decode(line: String(decoding: bytes, as: UTF8.self))
                    } catch {
                        return bad(id, name, "line \(reader.lineNumber) is not a pipe record: \(error.description)")
                    }
                }
                if let error = reader.readError {
                    fileErrors.append("\(name): \(error.message)")
                }
                current = nil
            }
            guard let path = pending.popLast() else { return nil }
            if path == "-" {
                current = (LineReader(fd: 0), "stdin")
            } else {
                switch LineReader.open(path: path) {
                case .success(let reader): current = (reader, path)
                case .failure(let error): fileErrors.append("\(path): \(error.message)")
                }
            }
        }
    }

    private func bad(_ id: String, _ path: String, _ message: String) -> DecodedRecord {
        badLines += 1
        return .error(
            id: id, source: Source(path: path, format: .text, bytes: [], byteCount: 0),
            error: DocumentError(.unreadable, message))
    }
}
