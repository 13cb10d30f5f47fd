import Pipeline

/// Turns the command line's PATH arguments into the ordered list of inputs.
///
/// Order is deterministic: arguments in the order given, folder entries by the bytes of their names.
/// An id is the path relative to the folder argument it was found under, or the path as given for a
/// file argument, so the same tree gives the same ids wherever it is mounted.
public struct InputDiscovery: Sendable {
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    public static let textExtensions: Set<String> = ["txt", "text", "md"]
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]

    /// One discovered entry: a document file, a JSONL stream of documents, or a failure to report.
    public enum Entry: Sendable {
        case document(InputItem)
        case jsonlFile(path: String)
        /// A WARC file (plain or gzip), read record by record; `id` names it in record ids without a URI.
        case warcFile(path: String, id: String)
    }

    public var format: InputFormat

    public init(format: InputFormat = .auto) {
        self.format = format
    }

    /// The entries under `paths`, plus notes for stderr about what was skipped.
    public func discover(_ paths: [String]) -> (entries: [Entry], notes: [String]) {
        var notes: [String] = []
        let walk = self.walk(paths) { notes.append($0) }
        var entries: [Entry] = []
        while let entry = walk.next() { entries.append(entry) }
        return (entries, notes)
    }

    /// The same entries in the same order, found as they are asked for: a folder is listed when the
    /// walk reaches it, so the first documents are processed while the rest of the tree is still
    /// being read. `note` receives what `discover` returns as notes, when it is found.
    public func walk(_ paths: [String], note: @escaping (String) -> Void) -> Walk {
        Walk(discovery: self, paths: paths, note: note)
    }

    /// A depth-first walk over the PATH arguments; folders in the byte order of their entries' names.
    public final class Walk: IteratorProtocol {
        private struct Frame {
            let root: String
            let relative: String
            let listing: [(name: String, type: FileSystem.EntryType)]
            var index = 0
        }

        private let discovery: InputDiscovery
        private let paths: [String]
        private var pathIndex = 0
        private var frames: [Frame] = []
        /// Device and inode of the folders walked under the current argument (symbolic link loops).
        private var visited: Set<[UInt64]> = []
        private var ready: [Entry] = []
        private var readyHead = 0
        private let note: (String) -> Void
        private var notes: [String] = []

        init(discovery: InputDiscovery, paths: [String], note: @escaping (String) -> Void) {
            self.discovery = discovery
            self.paths = paths
            self.note = note
        }

        public func next() -> Entry? {
            while true {
                for text in notes { note(text) }
                notes.removeAll(keepingCapacity: true)
                if readyHead < ready.count {
                    defer {
                        readyHead += 1
                        if readyHead == ready.count {
                            ready.removeAll(keepingCapacity: true)
                            readyHead = 0
                        }
                    }
                    return ready[readyHead]
                }
                if !frames.isEmpty {
                    step()
                    continue
                }
                guard pathIndex < paths.count else { return nil }
                start(paths[pathIndex])
                pathIndex += 1
            }
        }

        private func start(_ path: String) {
            let d = discovery
            switch FileSystem.status(path) {
            case .failure(let error):
                ready.append(.document(d.failure(id: path, path: path, error)))
            case .success(let status) where status.kind == .directory:
                visited = [[status.device, status.inode]]
                enter(root: path, relative: "")
            case .success:
                // A file named on the command line is read whatever its extension: the user asked for it.
                let inner = Archive.innerExtension(path).ext
                if d.format == .auto && inner == "warc" {
                    ready.append(.warcFile(path: path, id: path))
                } else if d.format == .jsonl || (d.format == .auto && InputDiscovery.jsonlExtensions.contains(inner)) {
                    ready.append(.jsonlFile(path: path))
                } else {
                    ready.append(.document(d.item(id: path, path: path, format: d.formatOf(path) ?? .text)))
                }
            }
        }

        /// Lists a folder and pushes it, or records why it cannot be listed.
        private func enter(root: String, relative: String) {
            let directory = relative.isEmpty ? root : InputDiscovery.join(root, relative)
            switch FileSystem.directoryListing(directory) {
            case .failure(let error):
                // A folder we cannot list may hold documents: say so in the output, not only on stderr.
                ready.append(.document(discovery.failure(id: relative.isEmpty ? root : relative, path: directory, error)))
            case .success(let listing):
                frames.append(Frame(root: root, relative: relative, listing: listing))
            }
        }

        /// Handles the next name of the innermost folder (or leaves the folder when it has no more).
        private func step() {
            let top = frames.count - 1
            guard frames[top].index < frames[top].listing.count else {
                frames.removeLast()
                return
            }
            let (name, type) = frames[top].listing[frames[top].index]
            frames[top].index += 1
            let root = frames[top].root
            let relative = frames[top].relative
            let d = discovery
            let rel = relative.isEmpty ? name : InputDiscovery.join(relative, name)
            let full = InputDiscovery.join(root, rel)
            // A regular file needs no stat: reading it reports any failure as its error record.
            if type == .file {
                d.addFile(name: name, rel: rel, full: full, entries: &ready, notes: &notes)
                return
            }
            if type == .other {
                notes.append("skipped \(full): not a regular file")
                return
            }
            switch FileSystem.status(full) {
            case .failure(let error):
                if InputDiscovery.isCandidate(name, format: d.format) {
                    ready.append(.document(d.failure(id: rel, path: full, error)))
                } else {
                    notes.append("skipped \(full): \(error.message)")
                }
            case .success(let status):
                switch status.kind {
                case .directory:
                    let key = [status.device, status.inode]
                    if visited.contains(key) {
                        notes.append("skipped \(full): a symbolic link back to a folder already read")
                        return
                    }
                    visited.insert(key)
                    enter(root: root, relative: rel)
                case .file:
                    d.addFile(name: name, rel: rel, full: full, entries: &ready, notes: &notes)
                case .other:
                    notes.append("skipped \(full): not a regular file")
                }
            }
        }
    }

    fileprivate func addFile(name: String, rel: String, full: String, entries: inout [Entry], notes: inout [String]) {
        // "a.html.gz" is an HTML page, "b.jsonl.gz" a JSONL stream, "c.warc.gz" a WARC archive.
        let ext = Archive.innerExtension(name).ext
        if format == .auto && ext == "warc" {
            entries.append(.warcFile(path: full, id: rel))
        } else if format == .jsonl || (format == .auto && Self.isJSONLExtension(ext)) {
            entries.append(.jsonlFile(path: full))
        } else if let detected = formatOf(extension: ext) {
            entries.append(.document(item(id: rel, path: full, format: detected)))
        } else {
            notes.append("skipped \(full): not an article file (.html .htm .xhtml .txt .text .md, .gz of them, .jsonl, .warc, .warc.gz)")
        }
    }

    /// The format a file gets: `--format` when it names one, else its extension (the one before ".gz"
    /// for a compressed file); nil for other files.
    public func formatOf(_ name: String) -> SourceFormat? {
        formatOf(extension: Archive.innerExtension(name).ext)
    }

    private func formatOf(extension ext: String) -> SourceFormat? {
        let byExtension = Self.articleFormat(ofExtension: ext)
        switch format {
        case .html: return byExtension == nil ? nil : .html
        case .text: return byExtension == nil ? nil : .text
        case .auto, .jsonl: return byExtension
        }
    }

    /// `htmlExtensions` and `textExtensions` as a switch: comparing small strings is far cheaper than
    /// hashing them into a Set, twice per file of a walk.
    static func articleFormat(ofExtension ext: String) -> SourceFormat? {
        switch ext {
        case "html", "htm", "xhtml": return .html
        case "txt", "text", "md": return .text
        default: return nil
        }
    }

    static func isJSONLExtension(_ ext: String) -> Bool { ext == "jsonl" || ext == "ndjson" }

    static func isKnownExtension(_ name: String) -> Bool {
        let ext = fileExtension(name)
        return htmlExtensions.contains(ext) || textExtensions.contains(ext)
    }

    static func isCandidate(_ name: String, format: InputFormat) -> Bool {
        let inner = Archive.innerExtension(name).ext
        return articleFormat(ofExtension: inner) != nil || jsonlExtensions.contains(inner) || inner == "warc"
    }

    /// Lower-cased extension without the dot ("" when there is none).
    public static func fileExtension(_ name: String) -> String {
        // ASCII names (nearly all) by bytes: the Character-level version below cost ~8,000 instructions
        // a name, most of a folder walk. For ASCII text bytes and Characters are the same units.
        var name = name
        if let ext = name.withUTF8({ asciiExtension($0) }) { return ext }
        return characterExtension(name)
    }

    /// The lower-cased extension of an all-ASCII name; nil when the name is not all ASCII.
    private static func asciiExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var baseStart = 0
        var dot = -1
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if b == UInt8(ascii: "/") {
                baseStart = i + 1
                dot = -1
            } else if b == UInt8(ascii: ".") {
                dot = i
            }
        }
        guard dot > baseStart else { return "" }
        var lowered = [UInt8](UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]))
        for k in lowered.indices where lowered[k] >= UInt8(ascii: "A") && lowered[k] <= UInt8(ascii: "Z") {
            lowered[k] |= 0x20
        }
        return String(decoding: lowered, as: UTF8.self)
    }

    private static func characterExtension(_ name: String) -> String {
        let base = name.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    fileprivate static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    fileprivate func item(id: String, path: String, format: SourceFormat) -> InputItem {
        InputItem(id: id, path: path, format: format, content: .file(path: path))
    }

    fileprivate func failure(id: String, path: String, _ error: DocumentError) -> InputItem {
        InputItem(id: id, path: path, format: formatOf(path) ?? .text, content: .failure(error))
    }
}
