import Pipeline
import PipelineIO

/// Reads a gold file in any supported format into a `GoldCorpus`.
public enum GoldReader {
    /// Files up to this size are read; gold corpora are far smaller.
    public static let maximumBytes = 1 << 30

    public static func read(path: String, format: GoldFormat = .auto) throws(GoldReadError) -> GoldCorpus {
        // A folder or an .ann file is a brat collection; brat is the only format spread over files.
        var isFolder = false
        if case .success(let status) = FileSystem.status(path) { isFolder = status.kind == .directory }
        if format == .brat || (format == .auto && (isFolder || path.hasSuffix(".ann"))) {
            return try BratGoldReader.read(path: path)
        }
        if isFolder { throw GoldReadError("\(path) is a folder: only a brat gold (--gold-format brat) is a folder") }
        let bytes: [UInt8]
        switch FileSystem.readFile(path, limit: maximumBytes) {
        case .success(let b): bytes = b
        case .failure(let error): throw GoldReadError("cannot read the gold file: \(error.message)")
        }
        return try read(bytes: bytes, name: stem(of: path), format: format)
    }

    /// - Parameter name: used to build document ids when the format has none ("wikigold:3").
    public static func read(bytes: [UInt8], name: String, format: GoldFormat = .auto) throws(GoldReadError)
        -> GoldCorpus
    {
        let text = decodeText(bytes)
        let resolved = format == .auto ? detect(text) : format
        switch resolved {
        case .auto, .pipe: return try PipeGoldReader.read(text)
        case .conll:
            return GMBGoldReader.looksLikeGMB(text)
                ? try GMBGoldReader.read(text, name: name) : try ConllGoldReader.read(text, name: name)
        case .spert: return try SpertGoldReader.read(text, name: name)
        case .tbaq: return try TBAQGoldReader.read(text)
        case .sentences: return try SentenceGoldReader.read(text)
        case .conllu: return try ConlluGoldReader.read(text, name: name)
        case .brat: throw GoldReadError("a brat gold is read from its folder or .ann file, not from bytes")
        case .gum: return try GUMGoldReader.read(text)
        }
    }

    /// JSON starting with `[` is SpERT; JSON objects are TBAQ when they carry `timexes`, sentence-only when
    /// their `sentences` are strings, else the project's format; anything else is CoNLL columns.
    public static func detect(_ text: String) -> GoldFormat {
        let scalars = text.unicodeScalars
        guard let first = scalars.first(where: { !TextAlignment.isWhitespace($0) }) else { return .pipe }
        if first == "[" { return .spert }
        guard first == "{" else {
            let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(4096)))
            // CoNLL-U with GUM's entity annotation: "# global.Entity = GRP-etype-..." in the header.
            if head.contains("# global.Entity") { return .gum }
            // Other CoNLL-U: comment lines with sentence ids or texts before the token lines.
            if first == "#", head.hasPrefix("# newdoc") || head.hasPrefix("# sent_id") || head.contains("\n# text = ") {
                return .conllu
            }
            return .conll
        }
        let firstLine = lines(text).first.map(String.init) ?? text
        // A pretty-printed single document does not parse line by line; then parse the whole text.
        let value = (try? JSONParser.parse(firstLine)) ?? (try? JSONParser.parse(text))
        guard let value else { return .pipe }
        if value["timexes"] != nil { return .tbaq }
        if let sentences = value["sentences"]?.arrayValue, sentences.first?.stringValue != nil { return .sentences }
        return .pipe
    }

    /// UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else Latin-1 (the GMB CSV is Latin-1).
    public static func decodeText(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        var view = String.UnicodeScalarView()
        for b in body { view.append(Unicode.Scalar(b)) }
        return String(view)
    }

    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.firstIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    /// Labels in the order first seen.
    static func labelsInOrder(_ documents: [Document]) -> [EntityLabel] {
        var seen: Set<EntityLabel> = []
        var labels: [EntityLabel] = []
        for d in documents {
            for e in d.entities where seen.insert(e.label).inserted { labels.append(e.label) }
        }
        return labels
    }

    /// The JSON value of each non-blank line, with its 1-based line number; a line that is not JSON is an
    /// error "`what` line N: ...".
    static func jsonLines(_ text: String, what: String) throws(GoldReadError) -> [(number: Int, value: JSONValue)] {
        var values: [(number: Int, value: JSONValue)] = []
        for (index, line) in lines(text).enumerated() where !line.allSatisfy({ $0 == " " }) {
            do {
                values.append((index + 1, try JSONParser.parse(String(line))))
            } catch {
                throw GoldReadError("\(what) line \(index + 1): \(error.description)")
            }
        }
        return values
    }

    /// Splits text into lines without their terminators. "\r\n" is one `Character`, hence the two tests;
    /// other line separators (U+2028) are left alone because JSON strings may hold them raw.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
