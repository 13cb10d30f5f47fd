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
    /// Lines longer than this keep their beginning in a temporary file (`Output.spilled`); nil keeps every
    /// line in memory (for callers that read the line back).
    public let spillBytes: Int?

    public init(
        pipeline: Pipeline, encoder: DocumentEncoder, maximumBytes: Int, dct: String? = nil, budget: Budget = .standard,
        spillBytes: Int? = nil
    ) {
        self.pipeline = pipeline
        self.encoder = encoder
        self.maximumBytes = maximumBytes
        self.dct = dct
        self.budget = budget
        self.spillBytes = spillBytes
    }

    /// The result of processing one item.
    public struct Output: Sendable {
        public var id: String
        /// The line without its newline; when `spilled` is set, only the end of it.
        public var line: [UInt8]
        /// The beginning of a long line, in a temporary file (see `spillBytes`); the line is its content
        /// followed by `line`.
        public var spilled: SpillFile? = nil
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
        document.warnings = item.warnings
        if givenDateInvalid, let given = item.dct {
            document.warnings.append("the input's dct \"\(given)\" is not a YYYY-MM-DD calendar date; ignored")
        }
        document.budget = budget.started(inputBytes: bytes.count)
        do {
            if item.format == .html { try budget.checkMarkup(bytes) }
            try pipeline.run(&document)
        } catch {
            return failure(item, document.source, error)
        }
        document.source.bytes = []  // not serialized; free it before the line waits in the reorder buffer
        let scalars = document.offsets.scalarCount
        guard let spillBytes else {
            return Output(
                id: item.id, line: encoder.encode(document), errorKind: nil, inputBytes: source.byteCount,
                textScalars: scalars)
        }
        let (spilled, rest) = encoder.encode(document, spillingPast: spillBytes)
        return Output(
            id: item.id, line: rest, spilled: spilled, errorKind: nil, inputBytes: source.byteCount, textScalars: scalars)
    }

    private func failure(_ item: InputItem, _ source: Source, _ error: DocumentError) -> Output {
        var source = source
        source.bytes = []
        if let known = item.byteCount, source.byteCount == 0 { source.byteCount = known }
        return Output(
            id: item.id, line: encoder.encodeError(id: item.id, source: source, error: error),
            errorKind: error.kind, inputBytes: source.byteCount, textScalars: 0)
    }
}
