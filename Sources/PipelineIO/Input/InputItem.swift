import Pipeline

/// One document to process, before its bytes are read.
///
/// Files are read by the worker that processes them, so discovery stays cheap and reading runs in
/// parallel; documents from a JSONL stream carry their text inline.
public struct InputItem: Sendable {
    public enum Content: Sendable {
        case file(path: String)
        case inline([UInt8])
        /// The input was found but cannot become a document; it still yields one error record.
        case failure(DocumentError)
    }

    public var id: String
    /// The `source.path` of the output: the file's path as discovered, or "-" for standard input.
    public var path: String
    public var format: SourceFormat
    public var content: Content
    /// Document creation time given with the input (JSONL `dct`).
    public var dct: String?
    public var url: String?
    /// The record of an archive (WARC) this document came from.
    public var archive: ArchiveRecord?
    /// What reading the input noticed (a byte-order mark skipped before a JSONL stream), for the
    /// document's `warnings`.
    public var warnings: [String]
    /// The input's size when it is known without its bytes (a JSONL line too long to keep), so the
    /// error record and the summary count it.
    public var byteCount: Int?

    public init(
        id: String, path: String, format: SourceFormat, content: Content, dct: String? = nil, url: String? = nil,
        archive: ArchiveRecord? = nil, warnings: [String] = [], byteCount: Int? = nil
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.content = content
        self.dct = dct
        self.url = url
        self.archive = archive
        self.warnings = warnings
        self.byteCount = byteCount
    }
}

/// How to read the inputs' format (`--format`).
public enum InputFormat: String, Sendable, CaseIterable {
    /// By extension for files; JSONL or raw text (HTML when it starts with a tag) for stdin.
    case auto
    case text
    case html
    /// Every input is a stream of JSONL documents `{"id","text"|"html","dct"?,"url"?}`.
    case jsonl
}
