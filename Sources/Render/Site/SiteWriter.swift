import Pipeline
import PipelineIO

#if canImport(Glibc)
    import Glibc
#endif

/// Renders a stream of output lines into a folder: one page per line under `pages/`, and `index.html`.
///
/// Streaming: each line is rendered and written as it comes, and only small aggregates stay in memory
/// (`CorpusStatistics`); the index rows wait in a scratch file. Pages are written into a fresh folder
/// (`.pages-new`) that replaces `pages/` when the run finishes, so a page name taken twice in the run
/// is noticed on creation (`PageName`) and pages of an earlier run into the same folder do not linger.
/// A `pages/` folder this program did not write (no marker file) is never touched.
public final class SiteWriter {
    public struct Summary: Sendable {
        public var records = 0
        public var documents = 0
        public var errorRecords = 0
        /// Lines that were not records.
        public var unreadable = 0
    }

    public let directory: String
    public let options: RenderOptions
    public let title: String
    public let sources: [String]
    /// The first failure to write; the run stops rendering then (`finish` reports it).
    public private(set) var failure: RenderError?
    private let staging: String
    private let rowsPath: String
    private let rows: OutputSink
    private var statistics = CorpusStatistics()
    private var finished = false
    static let marker = ".pipe-render"
    static let rowsPerIndexPage = 1000

    public init(directory: String, options: RenderOptions = RenderOptions(), title: String = "pipe render", sources: [String] = [])
        throws(RenderError)
    {
        self.directory = directory
        self.options = options
        self.title = title
        self.sources = sources
        try FileOutput.makeDirectory(directory)
        let pages = directory + "/" + PageName.folder
        if FileOutput.exists(pages), !FileOutput.exists(pages + "/" + Self.marker) {
            throw RenderError(
                "\(pages) exists and was not written by 'pipe render'; move it away or render into another folder")
        }
        staging = directory + "/.pages-new"
        if FileOutput.exists(staging) { try FileOutput.removeTree(staging) }  // left by an interrupted run
        try FileOutput.makeDirectory(staging)
        try FileOutput.write(
            Array("Pages written by 'pipe render'; this folder is replaced by each run.\n".utf8),
            to: staging + "/" + Self.marker)
        rowsPath = directory + "/.index-rows.jsonl"
        switch OutputSink.open(path: rowsPath, append: false) {
        case .success(let sink): rows = sink
        case .failure(let error): throw RenderError(error.message)
        }
    }

    /// Renders one output line; `origin` ("FILE:LINE") names it when it is not a record.
    public func add(line: [UInt8], origin: String) {
        guard failure == nil, !finished else { return }
        let record = RenderRecord.read(line: line, origin: origin)
        do {
            try add(record)
        } catch {
            failure = error
        }
    }

    private func add(_ record: RenderRecord) throws(RenderError) {
        let ordinal = statistics.records + 1
        let (shard, file) = try place(record.id)
        let href = PageName.folder + "/" + shard + "/" + file
        let path = staging + "/" + shard + "/" + file
        let back = "../../index.html"
        var row = IndexRow(ordinal: ordinal, href: href, id: record.id)
        let page: [UInt8]
        switch record.content {
        case .document(let document):
            statistics.add(document)
            page = DocumentPage(record: record, document: document, options: options, indexHref: back).render()
            row.title = document.meta.title
            row.characters = document.offsets.scalarCount
            row.sentences = document.sentences.count
            row.entities = document.entities.count
            row.relations = document.relations.count
            row.warnings = document.warnings.count
            var counts: [String: Int] = [:]
            for e in document.entities { counts[e.label.rawValue, default: 0] += 1 }
            row.labels = counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .error(let source, let error):
            statistics.addError(unreadable: false)
            page = ErrorPage.render(
                id: record.id, source: source, kind: error.kind.rawValue, message: error.message, indexHref: back)
            row.errorKind = error.kind.rawValue
            row.message = error.message
        case .unreadable(let reason):
            statistics.addError(unreadable: true)
            page = ErrorPage.render(id: record.id, source: nil, kind: "record", message: reason, indexHref: back)
            row.errorKind = "record"
            row.message = "not a record: \(reason)"
        }
        try FileOutput.write(page, to: path)
        do {
            try rows.write(line: row.encoded())
        } catch {
            throw RenderError(error.message)
        }
    }

    /// Claims the page file of an id in this run's folder: its name, or the next free suffix.
    private func place(_ id: String) throws(RenderError) -> (String, String) {
        var attempt = 1
        while true {
            let (shard, file) = PageName.path(for: id, attempt: attempt)
            let folder = staging + "/" + shard
            if !FileOutput.isDirectory(folder) { try FileOutput.makeDirectory(folder) }
            // An empty file claims the name; the page replaces it.
            if try FileOutput.write([], to: folder + "/" + file, exclusive: true) == .written { return (shard, file) }
            attempt += 1
        }
    }

    /// Puts the pages in place and writes the index. Call once, after the last line.
    @discardableResult
    public func finish() throws(RenderError) -> Summary {
        if let failure { throw failure }
        guard !finished else { return summary }
        finished = true
        do {
            try rows.flush()
        } catch {
            throw RenderError(error.message)
        }
        let pages = directory + "/" + PageName.folder
        let old = directory + "/.pages-old"
        if FileOutput.exists(old) { try FileOutput.removeTree(old) }
        if FileOutput.exists(pages) { try FileOutput.rename(pages, to: old) }
        try FileOutput.rename(staging, to: pages)
        if FileOutput.exists(old) { try FileOutput.removeTree(old) }
        let index = IndexPage(title: title, sources: sources, statistics: statistics, rowsPerPage: Self.rowsPerIndexPage)
        try index.write(directory: directory, rowsPath: rowsPath)
        FileOutput.remove(rowsPath)
        return summary
    }

    public var summary: Summary {
        Summary(
            records: statistics.records, documents: statistics.documents, errorRecords: statistics.errorRecords,
            unreadable: statistics.unreadable)
    }
}
