import Pipeline

/// Turns one input item into one output line, whatever happens: the unit of work of a batch.
public struct DocumentProcessor {
    public let pipeline: Pipeline
    public let encoder: DocumentEncoder
    /// Inputs over this many bytes are refused with `too_large` before they are read.
    public let maximumBytes: Int
    /// `--dct`: overrides every other source of the document date.
    public let dct: String?
    /// Caps and time allowance per document (`--timeout`); its clock starts when the bytes are read.
    public let budget: Budget

    public init(
        pipeline: Pipeline, encoder: DocumentEncoder, maximumBytes: Int, dct: String? = nil, budget: Budget = .standard
    ) {
        self.pipeline = pipeline
        self.encoder = encoder
        self.maximumBytes = maximumBytes
        self.dct = dct
        self.budget = budget
    }

    /// The result of processing one item.
    public struct Output: Sendable {
        public var id: String
        public var line: [UInt8]
        /// Nil for a document, the error's kind for an error record.
        public var errorKind: DocumentError.Kind?
        public var inputBytes: Int
        public var textScalars: Int
    }

    public func process(_ item: InputItem) -> Output {
        var source = Source(path: item.path, format: item.format, bytes: [], byteCount: 0)
        source.archive = item.archive
        var bytes: [UInt8]
        switch item.content {
        case .failure(let error):
            return failure(item, source, error)
        case .inline(let inline):
            bytes = inline
        case .file(let path):
            switch FileSystem.readFile(path, limit: maximumBytes) {
            case .success(let read): bytes = read
            case .failure(let error):
                if error.kind == .tooLarge, case .success(let status) = FileSystem.status(path) {
                    source.byteCount = status.size
                }
                return failure(item, source, error)
            }
        }
        // A gzip file (found by its first bytes, whatever its name) is its inflated content, within the same
        // limit: `src` ranges are offsets into the inflated bytes.
        if case .file(let path) = item.content, GzipSource.isGzip(bytes) {
            switch Archive.inflate(bytes, limit: maximumBytes, name: path) {
            case .success(let inflated): bytes = inflated
            case .failure(let error):
                source.byteCount = bytes.count
                return failure(item, source, error)
            }
        }
        if bytes.count > maximumBytes {
            source.byteCount = bytes.count
            return failure(item, source, DocumentError(.tooLarge, "\(bytes.count) bytes, over the limit of \(maximumBytes)"))
        }
        source = Source(path: item.path, format: item.format, bytes: bytes, sha256: SHA256.hex(bytes))
        source.archive = item.archive
        var meta = Meta(url: item.url)
        if let dct { meta.offerDate(dct, from: .flag) }
        let givenDateInvalid = item.dct.map { meta.offerDate($0, from: .input) == .invalid } ?? false
        var document = Document(id: item.id, source: source, meta: meta)
        if givenDateInvalid, let given = item.dct {
            document.warnings.append("the input's dct \"\(given)\" is not a YYYY-MM-DD calendar date; ignored")
        }
        document.budget = budget.started(inputBytes: bytes.count)
        do {
            try pipeline.run(&document)
        } catch {
            return failure(item, document.source, error)
        }
        document.source.bytes = []  // not serialized; free it before the line waits in the reorder buffer
        return Output(
            id: item.id, line: encoder.encode(document), errorKind: nil, inputBytes: source.byteCount,
            textScalars: document.offsets.scalarCount)
    }

    private func failure(_ item: InputItem, _ source: Source, _ error: DocumentError) -> Output {
        var source = source
        source.bytes = []
        return Output(
            id: item.id, line: encoder.encodeError(id: item.id, source: source, error: error),
            errorKind: error.kind, inputBytes: source.byteCount, textScalars: 0)
    }
}
