import Pipeline

/// Produces input items lazily, in order: discovered files, JSONL streams line by line, or stdin.
public final class InputStream: IteratorProtocol {
    private var nextEntry: () -> InputDiscovery.Entry?
    private var stream: (reader: LineReader, path: String, idPrefix: String)?
    private var stdin: LineReader?
    private var warc: (reader: WARCReader, path: String, idPrefix: String)?
    private let format: InputFormat
    private let maximumBytes: Int
    /// Archive records that are not pages (WARC request, metadata, images, ...), by kind: skipped, not
    /// documents, and counted for the run's summary.
    public private(set) var skippedRecords: [String: Int] = [:]
    public var skippedRecordCount: Int { skippedRecords.values.reduce(0, +) }

    /// Inputs from discovered entries.
    public init(entries: [InputDiscovery.Entry], format: InputFormat, maximumBytes: Int) {
        var index = 0
        self.nextEntry = {
            guard index < entries.count else { return nil }
            defer { index += 1 }
            return entries[index]
        }
        self.format = format
        self.maximumBytes = maximumBytes
    }

    /// Inputs from a walk that lists folders as it reaches them.
    public init(walk: InputDiscovery.Walk, format: InputFormat, maximumBytes: Int) {
        self.nextEntry = { walk.next() }
        self.format = format
        self.maximumBytes = maximumBytes
    }

    /// Inputs from standard input: JSONL documents, or one raw document when it is not JSONL.
    public init(standardInput fd: Int32 = 0, format: InputFormat, maximumBytes: Int) {
        self.nextEntry = { nil }
        self.format = format
        self.maximumBytes = maximumBytes
        // Gzip on stdin is inflated; a WARC archive (plain or gzip) is read record by record.
        let source = Archive.decompressing(FileDescriptorSource(fd: fd, name: "standard input"), name: "standard input")
        let reader = LineReader(source: source, maximumLineLength: maximumBytes)
        let firstByte = reader.firstNonBlankByte()
        let isJSONL = format == .jsonl || (format == .auto && firstByte == UInt8(ascii: "{"))
        if isJSONL {
            stream = (reader, "-", "stdin")
        } else if format == .auto, firstByte == UInt8(ascii: "W"), WARCReader.isWARC(reader.peek(5)) {
            warc = (WARCReader(source: reader.remainingSource(), maximumBytes: maximumBytes), "-", "stdin")
        } else {
            stdin = reader
        }
    }

    public func next() -> InputItem? {
        if let raw = stdin {
            stdin = nil
            return rawStandardInput(raw)
        }
        while true {
            if let current = warc {
                if let item = nextRecord(current.reader, path: current.path, idPrefix: current.idPrefix) { return item }
                warc = nil
            }
            if let current = stream {
                if let item = nextStreamItem(current.reader, path: current.path, idPrefix: current.idPrefix) {
                    return item
                }
                stream = nil
                if let error = current.reader.readError {
                    return InputItem(
                        id: "\(current.idPrefix):\(current.reader.lineNumber + 1)", path: current.path,
                        format: .text, content: .failure(error))
                }
            }
            guard let entry = nextEntry() else { return nil }
            switch entry {
            case .document(let item):
                return item
            case .warcFile(let path, let id):
                switch FileDescriptorSource.open(path: path) {
                case .success(let file):
                    let source = Archive.decompressing(file, name: path)
                    warc = (WARCReader(source: source, maximumBytes: maximumBytes), path, id)
                case .failure(let error):
                    return InputItem(id: id, path: path, format: .html, content: .failure(error))
                }
            case .jsonlFile(let path):
                switch LineReader.open(path: path, maximumLineLength: maximumBytes) {
                case .success(let reader): stream = (reader, path, path)
                case .failure(let error):
                    return InputItem(id: path, path: path, format: .text, content: .failure(error))
                }
            }
        }
    }

    /// The next page or unreadable record of a WARC archive; skipped records are counted, not returned.
    /// Ids are `<WARC-Target-URI>#<WARC-Record-ID>`, or the archive's id and the record's ordinal.
    private func nextRecord(_ reader: WARCReader, path: String, idPrefix: String) -> InputItem? {
        while let item = reader.next() {
            switch item {
            case .skipped(let kind):
                skippedRecords[kind, default: 0] += 1
            case .page(let page):
                let record = ArchiveRecord(record: page.record, uri: page.uri, date: page.date.flatMap(Self.captureDate))
                return InputItem(
                    id: Self.recordID(uri: page.uri, recordID: page.recordID, prefix: idPrefix, ordinal: page.record),
                    path: path, format: .html, content: .inline(page.html), url: page.uri, archive: record)
            case .failure(let ordinal, let uri, let recordID, let error):
                return InputItem(
                    id: Self.recordID(uri: uri, recordID: recordID, prefix: idPrefix, ordinal: ordinal), path: path,
                    format: .html, content: .failure(error), url: uri, archive: ArchiveRecord(record: ordinal, uri: uri))
            }
        }
        return nil
    }

    static func recordID(uri: String?, recordID: String?, prefix: String, ordinal: Int) -> String {
        guard let uri, !uri.isEmpty else { return "\(prefix)#\(ordinal)" }
        return "\(uri)#\(recordID ?? String(ordinal))"
    }

    /// "2019-11-19T10:00:00Z" -> "2019-11-19", when it starts with a calendar date.
    static func captureDate(_ value: String) -> String? {
        let date = String(value.prefix(10))
        return DocumentDate.isValid(date) ? date : nil
    }

    private func rawStandardInput(_ reader: LineReader) -> InputItem {
        switch reader.readRest(limit: maximumBytes, name: "standard input") {
        case .success(let bytes):
            let sourceFormat: SourceFormat
            switch format {
            case .html: sourceFormat = .html
            case .text: sourceFormat = .text
            case .auto, .jsonl: sourceFormat = Self.looksLikeHTML(bytes) ? .html : .text
            }
            return InputItem(id: "stdin", path: "-", format: sourceFormat, content: .inline(bytes))
        case .failure(let error):
            return InputItem(id: "stdin", path: "-", format: .text, content: .failure(error))
        }
    }

    /// True when the first non-blank character opens a tag (`<!doctype`, `<html`, `<p>`, ...).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
        let next = bytes[i + 1] | 0x20
        return (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || bytes[i + 1] == UInt8(ascii: "!")
    }

    /// The warning the first document of a stream that opened with a byte-order mark carries.
    static let byteOrderMarkWarning = "a UTF-8 byte-order mark before the first JSONL line was skipped"

    private func nextStreamItem(_ reader: LineReader, path: String, idPrefix: String) -> InputItem? {
        guard var item = nextStreamLine(reader, path: path, idPrefix: idPrefix) else { return nil }
        if reader.takeByteOrderMarkNotice() { item.warnings.append(Self.byteOrderMarkWarning) }
        return item
    }

    private func nextStreamLine(_ reader: LineReader, path: String, idPrefix: String) -> InputItem? {
        while let (line, truncated) = reader.nextLine() {
            let lineNumber = reader.lineNumber
            let fallbackID = "\(idPrefix):\(lineNumber)"
            // A cut line is never blank, whatever its kept prefix holds (fuzzing found a long line opened by
            // spaces skipped as blank: a lost document).
            if truncated {
                return InputItem(
                    id: fallbackID, path: path, format: .text,
                    content: .failure(
                        DocumentError(.tooLarge, "line \(lineNumber) has \(reader.lastLineLength) bytes, over the limit of \(maximumBytes)")),
                    byteCount: reader.lastLineLength)
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines separate nothing
            let value: JSONValue
            do {
                value = try JSONParser.parse(line)
            } catch {
                return InputItem(
                    id: fallbackID, path: path, format: .text,
                    content: .failure(DocumentError(.unreadable, "line \(lineNumber): \(error.description)")))
            }
            let id = value["id"]?.stringValue ?? fallbackID
            let dct = value["dct"]?.stringValue
            let url = value["url"]?.stringValue
            if let html = value["html"]?.stringValue {
                return InputItem(id: id, path: path, format: .html, content: .inline(Array(html.utf8)), dct: dct, url: url)
            }
            if let text = value["text"]?.stringValue {
                let sourceFormat: SourceFormat = format == .html ? .html : .text
                return InputItem(id: id, path: path, format: sourceFormat, content: .inline(Array(text.utf8)), dct: dct, url: url)
            }
            return InputItem(
                id: id, path: path, format: .text,
                content: .failure(DocumentError(.unreadable, "line \(lineNumber): a JSON document needs \"text\" or \"html\"")))
        }
        return nil
    }
}
