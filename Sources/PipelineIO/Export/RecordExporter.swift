import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Something that turns a stream of records into files: flat tables, brat standoff, CoNLL.
///
/// Records arrive one at a time in output order and nothing is kept from one to the next beyond what a
/// file needs (a set of labels seen), so memory stays flat whatever the corpus size.
public protocol RecordExporter: AnyObject {
    /// Writes what `record` contributes.
    func add(_ record: DecodedRecord) throws(ExportError)
    /// Writes what is left and closes the files. Returns notes for the user (records that the format
    /// cannot hold), one sentence each.
    func finish() throws(ExportError) -> [String]
}

/// An export that cannot be written: the folder cannot be made, a file cannot be opened or written.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The export formats, as `--format` names them.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// `documents.tsv`, `entities.tsv`, `relations.tsv`.
    case tsv
    /// The same tables as `.csv`.
    case csv
    /// brat standoff: `ID.txt` and `ID.ann` per document, and `annotation.conf`.
    case brat
    /// `entities.conll`: token and BIO tag per line, the format `pipe eval --gold` reads back.
    case conll

    /// Makes the exporter writing into `directory` (created when missing).
    public func exporter(directory: String) throws(ExportError) -> any RecordExporter {
        switch self {
        case .tsv: try TableExporter(directory: directory, format: .tsv)
        case .csv: try TableExporter(directory: directory, format: .csv)
        case .brat: try BratExporter(directory: directory)
        case .conll: try ConllExporter(directory: directory)
        }
    }

    /// True when the exporter needs tokens and sentences on every document (see `ConllExporter`).
    public var needsTokens: Bool { self == .conll }
}

/// Folder and file helpers shared by the exporters.
enum ExportFiles {
    /// Creates `path` and its missing parents, like `mkdir -p`.
    static func makeDirectory(_ path: String) throws(ExportError) {
        guard !path.isEmpty else { return }
        if case .success(let status) = FileSystem.status(path) {
            if status.kind == .directory { return }
            throw ExportError("\(path) exists and is not a folder")
        }
        var parent = path
        while parent.hasSuffix("/") { parent.removeLast() }
        if let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
            try makeDirectory(String(parent[..<slash]))
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw ExportError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func open(_ path: String) throws(ExportError) -> OutputSink {
        switch OutputSink.open(path: path, append: false, flushThreshold: 1 << 16) {
        case .success(let sink): return sink
        case .failure(let error): throw ExportError(error.message)
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

extension OutputSink {
    /// Writes a line, mapping the error to the exporters' error.
    func writeExport(_ line: [UInt8]) throws(ExportError) {
        do {
            try write(line: line)
        } catch {
            throw ExportError(error.message)
        }
    }

    func flushExport() throws(ExportError) {
        do {
            try flush()
        } catch {
            throw ExportError(error.message)
        }
    }
}
