/// The two kinds of input the pipeline reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case text
}

/// Where a document came from: the raw bytes and what is known about them.
public struct Source: Sendable, Hashable {
    /// Path as discovered, or "-" for standard input.
    public var path: String
    /// HTML or plain text: decides how the normalizer reads the bytes.
    public var format: SourceFormat
    /// Size of the input in bytes (also set when the bytes were never read, e.g. too large).
    public var byteCount: Int
    /// Lower-case hex SHA-256 of the bytes, when they were read.
    public var sha256: String?
    /// The charset the bytes were decoded from ("utf-8", "windows-1252", ...), set by the normalizer.
    public var charset: String?
    /// The original bytes. Kept for the normalizer and to resolve `src` ranges; not serialized.
    public var bytes: [UInt8]
    /// The archive record the document was read from (a WARC response); nil for a file or a stream.
    public var archive: ArchiveRecord?

    /// A source; `byteCount` defaults to the number of `bytes` (give it when the bytes were not read).
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

/// A document's place in an archive (DESIGN.md, "Archives"): `source.record` and `source.uri` in the
/// output, and the capture date, which dates the document when its page has no date of its own.
public struct ArchiveRecord: Sendable, Hashable {
    /// Ordinal of the record in its file, from 1 (every record counts, skipped ones too).
    public var record: Int
    /// `WARC-Target-URI`.
    public var uri: String?
    /// `WARC-Date` as YYYY-MM-DD, when it is one.
    public var date: String?

    public init(record: Int, uri: String? = nil, date: String? = nil) {
        self.record = record
        self.uri = uri
        self.date = date
    }
}

/// Where the document creation time came from (DESIGN.md, "Date of the document"); `archive` is the
/// capture date of a WARC record, used when the page itself gives none.
public enum DCTSource: String, Sendable, Hashable, CaseIterable {
    case flag, input, meta, jsonld, url, archive, none

    /// DESIGN.md's order, first found wins: `--dct`, the JSONL `dct`, the page's metadata (its own order
    /// decides between meta tags and JSON-LD), a date in the URL. Lower is stronger.
    package var rank: Int {
        switch self {
        case .flag: 0
        case .input: 1
        case .meta, .jsonld: 2
        case .url: 3
        case .archive: 4
        case .none: 5
        }
    }
}

/// What `Meta.offerDate` did with a proposed document date.
package enum DateOffer: Sendable, Hashable {
    /// The date is now the document's.
    case taken
    /// A stronger source had already given the date.
    case outranked
    /// Not a real calendar day in "YYYY-MM-DD"; nothing changed.
    case invalid
}

/// Document-level metadata.
public struct Meta: Sendable, Hashable {
    /// The page's headline (HTML only).
    public var title: String?
    /// The canonical URL: from the input (JSONL `url`) or the page metadata.
    public var url: String?
    /// Document creation time, "YYYY-MM-DD".
    public var dct: String?
    /// Where `dct` came from.
    public var dctSource: DCTSource
    /// The text's language, ISO 639-1 ("en", "pt"), from the language identifier; nil when unknown.
    public var lang: String?

    /// Metadata known before the pipeline runs; the normalizer may add to it.
    public init(
        title: String? = nil, url: String? = nil, dct: String? = nil, dctSource: DCTSource = .none, lang: String? = nil
    ) {
        self.title = title
        self.url = url
        self.dct = dct
        self.dctSource = dctSource
        self.lang = lang
    }

    /// The one place that decides the document date: every source (the batch runner for `--dct` and the
    /// JSONL field, the normalizer for the page's metadata and URL) offers its date here, and the
    /// strongest valid one stays, whatever order the offers come in.
    @discardableResult
    package mutating func offerDate(_ date: String, from source: DCTSource) -> DateOffer {
        guard source != .none, DocumentDate.isValid(date) else { return .invalid }
        guard source.rank < dctSource.rank else { return .outranked }
        dct = date
        dctSource = source
        return .taken
    }
}
