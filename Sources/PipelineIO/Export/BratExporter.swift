import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a brat standoff collection: for each document `NAME.txt` (its text, exactly) and `NAME.ann`
/// (its entities and relations), with NAME from `BratNames`, and at the end `annotation.conf` declaring
/// every label and relation type seen, so brat opens the folder as it is.
///
/// In `.ann`: an entity is `T1<TAB>LABEL START END<TAB>TEXT` with code-point offsets (brat's unit and
/// ours); an entity that crosses a line break is written as fragments `START END;START END` around the
/// break, as brat requires. A DATE or TIME carries its TIMEX3 as a note,
/// `#1<TAB>AnnotatorNotes T7<TAB>TIMEX3 type=DURATION value=PXDE` (and ` mod=...`), which the brat gold
/// reader of `pipe eval` reads back. A relation is `R1<TAB>TYPE Arg1:T12 Arg2:T11`.
///
/// Error records have no text and are not written (the export says how many). The folder must be new
/// or empty: files are created exclusively, so two records with the same id cannot overwrite each other
/// (the first is kept and the export says so), without remembering every id.
public final class BratExporter: RecordExporter {
    public let directory: String
    private var labels: [String] = []
    private var relationTypes: [String] = []
    private var skippedErrors = 0
    private var duplicates: [String] = []
    private var danglingRelations = 0
    public private(set) var documentsWritten = 0

    public init(directory: String) throws(ExportError) {
        self.directory = directory
        try ExportFiles.makeDirectory(directory)
        if case .success(let names) = FileSystem.directoryEntries(directory), !names.isEmpty {
            throw ExportError("the brat folder \(directory) is not empty: give a new or empty folder")
        }
    }

    public func add(_ record: DecodedRecord) throws(ExportError) {
        guard case .document(let document) = record else {
            skippedErrors += 1
            return
        }
        let stem = BratNames.encode(document.id)
        if let slash = stem.lastIndex(of: "/") {
            try ExportFiles.makeDirectory(ExportFiles.join(directory, String(stem[..<slash])))
        }
        let base = ExportFiles.join(directory, stem)
        guard try ExportFiles.createNew(base + ".txt", Array(document.text.utf8)) else {
            duplicates.append(document.id)
            return
        }
        guard try ExportFiles.createNew(base + ".ann", annotations(document)) else {
            duplicates.append(document.id)
            return
        }
        documentsWritten += 1
    }

    /// The `.ann` file of one document.
    func annotations(_ document: Document) -> [UInt8] {
        var out = ""
        var bratIDs: [String: String] = [:]
        var note = 0
        let scalars = Array(document.text.unicodeScalars)
        for (i, entity) in document.entities.enumerated() {
            let id = "T\(i + 1)"
            if bratIDs[entity.id] == nil { bratIDs[entity.id] = id }
            let label = Self.typeName(entity.label.rawValue)
            remember(label, in: &labels)
            let fragments = Self.fragments(entity.start, entity.end, scalars)
            let offsets = fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")
            let text = fragments.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
                .joined(separator: " ")
            out += "\(id)\t\(label) \(offsets)\t\(text)\n"
            if let timex = entity.timex {
                note += 1
                var value = "TIMEX3 type=\(timex.type.rawValue) value=\(Self.noteValue(timex.value))"
                if let mod = timex.mod { value += " mod=\(Self.noteValue(mod))" }
                out += "#\(note)\tAnnotatorNotes \(id)\t\(value)\n"
            }
        }
        var r = 0
        for relation in document.relations {
            guard let head = bratIDs[relation.head], let tail = bratIDs[relation.tail] else {
                danglingRelations += 1
                continue
            }
            r += 1
            let type = Self.typeName(relation.type.rawValue)
            remember(type, in: &relationTypes)
            out += "R\(r)\t\(type) Arg1:\(head) Arg2:\(tail)\n"
        }
        return Array(out.utf8)
    }

    public func finish() throws(ExportError) -> [String] {
        var conf = "# Written by pipe: the labels and relation types of this collection.\n[entities]\n"
        for label in labels { conf += label + "\n" }
        conf += "\n[relations]\n"
        for type in relationTypes { conf += "\(type)\tArg1:<ENTITY>, Arg2:<ENTITY>\n" }
        // pipe may give overlapping mentions (a DATE inside an EVENT name): brat must allow them.
        conf += "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"
        let path = ExportFiles.join(directory, "annotation.conf")
        guard try ExportFiles.createNew(path, Array(conf.utf8)) else {
            throw ExportError("\(path) exists already (a document named annotation.conf?)")
        }
        var notes: [String] = []
        if skippedErrors > 0 {
            notes.append("\(skippedErrors) error record(s) have no text and were not written to the brat folder")
        }
        if !duplicates.isEmpty {
            notes.append(
                "\(duplicates.count) record(s) repeat an id already written (first: '\(duplicates[0])'); the first was kept")
        }
        if danglingRelations > 0 {
            notes.append("\(danglingRelations) relation(s) name an entity id the record lacks and were left out")
        }
        return notes
    }

    private func remember(_ name: String, in list: inout [String]) {
        if !list.contains(name) { list.append(name) }
    }

    /// brat type names cannot hold spaces or tabs.
    static func typeName(_ raw: String) -> String {
        String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == " " || $0 == "\t" || $0 == "\n" ? "_" : $0 }))
    }

    /// A note is one line; a value is one word of it.
    static func noteValue(_ raw: String) -> String {
        raw.isEmpty ? "\"\"" : typeName(raw)
    }

    /// `start..<end` split around line breaks, each piece without them; the whole span when none.
    static func fragments(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> [Span] {
        guard start >= 0, start <= end, end <= scalars.count else { return [Span(start, end)] }
        var pieces: [Span] = []
        var pieceStart: Int?
        for i in start..<end {
            if scalars[i] == "\n" || scalars[i] == "\r" {
                if let s = pieceStart { pieces.append(Span(s, i)) }
                pieceStart = nil
            } else if pieceStart == nil {
                pieceStart = i
            }
        }
        if let s = pieceStart { pieces.append(Span(s, end)) }
        return pieces.isEmpty ? [Span(start, end)] : pieces
    }
}

extension ExportFiles {
    /// Writes a new file; false when it exists already.
    static func createNew(_ path: String, _ bytes: [UInt8]) throws(ExportError) -> Bool {
        do {
            return try FileWriting.writeFile(path, bytes, exclusive: true) == .written
        } catch {
            let verb = error.step == .open ? "create" : "write"
            throw ExportError("cannot \(verb) \(path): \(error.reason)")
        }
    }
}
