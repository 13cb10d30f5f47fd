import Pipeline
import PipelineIO

/// brat standoff: a folder (searched recursively) of `NAME.ann` files, each beside its `NAME.txt`, or a
/// single `.ann` file. The document id is NAME (a path relative to the folder) with `BratNames`'
/// percent-escapes undone, so a collection written by `pipe tables --format brat` scores against the
/// JSONL it came from.
///
/// Read: text-bound annotations `T1<TAB>TYPE START END[;START END...]<TAB>TEXT` (code-point offsets; a
/// mention in fragments covers its first to its last character), relations `R1<TAB>TYPE Arg1:T1 Arg2:T2`,
/// and notes `#1<TAB>AnnotatorNotes T1<TAB>TIMEX3 type=DATE value=2021-09-15 mod=END`, which give a
/// DATE or TIME mention its TIMEX3. Events, attributes, normalizations and equivalences are not scored
/// and are skipped. The text a `T` line quotes must be the text at its offsets (brat checks it too):
/// a mismatch is an error naming the file and line, as offsets counted in other units would give.
/// `annotation.conf`, when present at the top, lists the labels (its `[entities]`) and says that the
/// corpus annotates relations (a `[relations]` entry); else the labels are those present, and relations
/// are annotated when some `R` line exists.
enum BratGoldReader {
    static func read(path: String) throws(GoldReadError) -> GoldCorpus {
        guard case .success(let status) = FileSystem.status(path) else {
            throw GoldReadError("cannot read the gold: \(path) does not exist")
        }
        var annFiles: [(path: String, name: String)] = []
        var confPath: String?
        if status.kind == .directory {
            try collect(path, prefix: "", into: &annFiles)
            confPath = join(path, "annotation.conf")
        } else {
            guard path.hasSuffix(".ann") else { throw GoldReadError("a brat gold is a folder or an .ann file: \(path)") }
            let name = GoldReader.stem(of: path)
            annFiles = [(path, name)]
            if let slash = path.lastIndex(of: "/") { confPath = String(path[...slash]) + "annotation.conf" }
        }
        guard !annFiles.isEmpty else { throw GoldReadError("no .ann file found in \(path)") }
        var conf: (labels: [EntityLabel], relations: Bool)?
        if let confPath, case .success(let bytes) = FileSystem.readFile(confPath, limit: 1 << 20) {
            conf = parseConf(GoldReader.decodeText(bytes))
        }
        var documents: [Document] = []
        var anyRelation = false
        for file in annFiles {
            let (document, hasRelations) = try readDocument(ann: file.path, id: BratNames.decode(file.name))
            anyRelation = anyRelation || hasRelations
            documents.append(document)
        }
        let annotatesRelations = conf?.relations ?? anyRelation
        if annotatesRelations {
            for i in documents.indices { documents[i].layers.insert(.relations) }
        }
        let labels = conf.map(\.labels).flatMap { $0.isEmpty ? nil : $0 } ?? GoldReader.labelsInOrder(documents)
        return GoldCorpus(documents: documents, labels: labels, annotatesRelations: annotatesRelations, format: .brat)
    }

    /// `.ann` files under `folder`, by name, with their paths relative to the top without `.ann`.
    private static func collect(_ folder: String, prefix: String, into files: inout [(path: String, name: String)])
        throws(GoldReadError)
    {
        let listing: [(name: String, type: FileSystem.EntryType)]
        switch FileSystem.directoryListing(folder) {
        case .success(let l): listing = l
        case .failure(let error): throw GoldReadError("cannot list \(folder): \(error.message)")
        }
        for entry in listing {
            let path = join(folder, entry.name)
            var type = entry.type
            if type == .unknown, case .success(let s) = FileSystem.status(path) {
                type = s.kind == .directory ? .directory : s.kind == .file ? .file : .other
            }
            if type == .directory {
                try collect(path, prefix: prefix + entry.name + "/", into: &files)
            } else if entry.name.hasSuffix(".ann") {
                files.append((path, prefix + String(entry.name.dropLast(4))))
            }
        }
    }

    private static func readDocument(ann: String, id: String) throws(GoldReadError) -> (Document, Bool) {
        let txt = String(ann.dropLast(4)) + ".txt"
        let text: String
        switch FileSystem.readFile(txt, limit: GoldReader.maximumBytes) {
        case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
        case .failure(let error): throw GoldReadError("brat: \(ann) has no readable text beside it: \(error.message)")
        }
        let annText: String
        switch FileSystem.readFile(ann, limit: GoldReader.maximumBytes) {
        case .success(let bytes): annText = GoldReader.decodeText(bytes)
        case .failure(let error): throw GoldReadError("brat: cannot read \(ann): \(error.message)")
        }
        var document = Document(id: id, source: Source(path: txt, format: .text, bytes: []))
        document.setText(text, sourceMap: nil)
        document.layers = [.text, .entities]
        let scalars = Array(text.unicodeScalars)
        var mentions: [(id: String, span: Span, label: EntityLabel)] = []
        var timexes: [String: Timex] = [:]
        var relations: [Relation] = []
        for (number, line) in GoldReader.lines(annText).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let where_ = "\(ann):\(number + 1)"
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = fields[0].first else {
                throw GoldReadError("brat: \(where_): not an annotation line: '\(line)'")
            }
            let body = fields[1].split(separator: " ")
            switch kind {
            case "T":
                guard fields.count == 3, body.count >= 3 else {
                    throw GoldReadError("brat: \(where_): expected 'T<TAB>TYPE START END<TAB>TEXT'")
                }
                let span = try fragmentsSpan(body.dropFirst().joined(separator: " "), where_)
                guard span.end <= scalars.count else {
                    throw GoldReadError("brat: \(where_): offsets \(span) are past the end of the text (\(scalars.count) characters)")
                }
                let quoted = String(fields[2])
                let covered = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                if !matches(quoted: quoted, covered: covered) {
                    throw GoldReadError("brat: \(where_): the line quotes '\(quoted)' but the text at \(span) is '\(covered)'")
                }
                mentions.append((String(fields[0]), span, EntityLabel(String(body[0]))))
            case "R":
                guard body.count == 3, body[1].hasPrefix("Arg1:"), body[2].hasPrefix("Arg2:") else {
                    throw GoldReadError("brat: \(where_): expected 'R<TAB>TYPE Arg1:T1 Arg2:T2'")
                }
                relations.append(
                    Relation(type: RelationType(String(body[0])), head: String(body[1].dropFirst(5)), tail: String(body[2].dropFirst(5))))
            case "#":
                if body.count == 2, body[0] == "AnnotatorNotes", fields.count == 3, let timex = parseTimex(fields[2]) {
                    timexes[String(body[1])] = timex
                }
            case "E", "A", "M", "N", "*":
                continue
            default:
                throw GoldReadError("brat: \(where_): not an annotation line: '\(line)'")
            }
        }
        for m in mentions {
            document.addEntity(m.span, label: m.label, timex: timexes[m.id])
            document.entities[document.entities.count - 1].id = m.id
        }
        if !timexes.isEmpty { document.layers.insert(.dates) }
        let known = Set(mentions.map(\.id))
        for r in relations where !known.contains(r.head) || !known.contains(r.tail) {
            throw GoldReadError("brat: \(ann): relation \(r.type) names an unknown mention (\(r.head), \(r.tail))")
        }
        document.relations = relations
        document.renumberEntities()
        return (document, !relations.isEmpty)
    }

    /// "36 40" or "10 15;16 20": the span from the first start to the last end.
    private static func fragmentsSpan(_ text: String, _ where_: String) throws(GoldReadError) -> Span {
        var start = Int.max
        var end = Int.min
        for fragment in text.split(separator: ";") {
            let pair = fragment.split(separator: " ")
            guard pair.count == 2, let s = Int(pair[0]), let e = Int(pair[1]), s >= 0, s <= e else {
                throw GoldReadError("brat: \(where_): bad offsets '\(text)'")
            }
            start = min(start, s)
            end = max(end, e)
        }
        guard start <= end else { throw GoldReadError("brat: \(where_): no offsets") }
        return Span(start, end)
    }

    /// brat writes a fragmented mention's pieces joined by spaces, where the text has line breaks.
    private static func matches(quoted: String, covered: String) -> Bool {
        if quoted == covered { return true }
        func squeezed(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter { !$0.properties.isWhitespace } }
        return squeezed(quoted) == squeezed(covered)
    }

    /// "TIMEX3 type=DATE value=2021-09 mod=END".
    static func parseTimex(_ note: Substring) -> Timex? {
        let words = note.split(separator: " ")
        guard words.first == "TIMEX3" else { return nil }
        var type: Timex.Kind?
        var value = ""
        var mod: String?
        for word in words.dropFirst() {
            guard let eq = word.firstIndex(of: "=") else { continue }
            let key = word[..<eq]
            var v = String(word[word.index(after: eq)...])
            if v == "\"\"" { v = "" }
            switch key {
            case "type": type = Timex.Kind(rawValue: v)
            case "value": value = v
            case "mod": mod = v
            default: continue
            }
        }
        return type.map { Timex(type: $0, value: value, mod: mod) }
    }

    /// `[entities]` names (one per line, indented ones are subtypes: all count) and whether `[relations]`
    /// declares anything besides brat's `<OVERLAP>` rule.
    static func parseConf(_ text: String) -> (labels: [EntityLabel], relations: Bool) {
        var section = ""
        var labels: [EntityLabel] = []
        var relations = false
        for raw in GoldReader.lines(text) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                section = String(line)
                continue
            }
            let name = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            if section == "[entities]", !name.hasPrefix("!") {
                labels.append(EntityLabel(name))
            } else if section == "[relations]", !name.hasPrefix("<") {
                relations = true
            }
        }
        return (labels, relations)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
