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

    public init(
        id: String, path: String, format: SourceFormat, content: Content, dct: String? = nil, url: String? = nil,
        archive: ArchiveRecord? = nil
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.content = content
        self.dct = dct
        self.url = url
        self.archive = archive
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
