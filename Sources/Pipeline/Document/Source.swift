/// The two kinds of input the pipeline reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case text
}

/// Where a document came from: the raw bytes and what is known about them.
public struct Source: Sendable, Hashable {
    /// Path as discovered, or "-" for standard input.
    public var path: String
    public var format: SourceFormat
    /// Size of the input in bytes (also set when the bytes were never read, e.g. too large).
    public var byteCount: Int
    /// Lower-case hex SHA-256 of the bytes, when they were read.
    public var sha256: String?
    /// The charset the bytes were decoded from ("utf-8", "windows-1252", ...), set by the normalizer.
    public var charset: String?
    /// The original bytes. Kept for the normalizer and to resolve `src` ranges; not serialized.
    public var bytes: [UInt8]

    public init(
        path: String, format: SourceFormat, bytes: [UInt8], byteCount: Int? = nil,
        sha256: String? = nil, charset: String? = nil
    ) {
        self.path = path
        self.format = format
        self.bytes = bytes
        self.byteCount = byteCount ?? bytes.count
        self.sha256 = sha256
        self.charset = charset
    }
}

/// Where the document creation time came from (DESIGN.md, "Date of the document").
public enum DCTSource: String, Sendable, Hashable, CaseIterable {
    case flag, input, meta, jsonld, url, none
}

/// Document-level metadata.
public struct Meta: Sendable, Hashable {
    public var title: String?
    public var url: String?
    /// Document creation time, "YYYY-MM-DD".
    public var dct: String?
    public var dctSource: DCTSource
    /// The text's language, ISO 639-1 ("en", "pt"), from the language identifier; nil when unknown.
    public var lang: String?

    public init(
        title: String? = nil, url: String? = nil, dct: String? = nil, dctSource: DCTSource = .none, lang: String? = nil
    ) {
        self.title = title
        self.url = url
        self.dct = dct
        self.dctSource = dctSource
        self.lang = lang
    }
}
