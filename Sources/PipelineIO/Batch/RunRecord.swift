import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an output file was made with, kept beside it as `FILE.pipe-run.json`, so that `--resume` does not
/// append records made another way to records made one way (5 records with entities, 85 without).
///
/// A side file rather than a first line of the JSONL: the output keeps exactly one line per input.
/// The record holds the configuration of the run that wrote the file (`configuration`), and, when a
/// resume with a different one was forced, the earlier ones with the number of documents each had made
/// (`earlier`), so the mix stays documented.
public struct RunRecord: Sendable {
    public static let schema = "pipe-run/1"

    /// The settings that change what a record says, as ordered JSON members: compared one by one.
    public var configuration: [(String, JSONValue)]
    /// Configurations of earlier runs on the same file, oldest first, with `documents` (how many ids the
    /// file held when the next configuration took over).
    public var earlier: [JSONValue] = []

    public init(configuration: [(String, JSONValue)], earlier: [JSONValue] = []) {
        self.configuration = configuration
        self.earlier = earlier
    }

    /// The configuration of an annotate run. `resources` is a digest of the built-in models and word lists.
    public static func configuration(
        stages: [String], tokens: Bool, explain: Bool, dct: String?, format: String, lang: String, resources: String
    ) -> [(String, JSONValue)] {
        [
            ("pipe", .string(PipeVersion.current)),
            ("resources", .string(resources)),
            ("stages", .array(stages.map { .string($0) })),
            ("tokens", .bool(tokens)),
            ("explain", .bool(explain)),
            ("dct", dct.map { .string($0) } ?? .null),
            ("format", .string(format)),
            ("lang", .string(lang)),
        ]
    }

    /// A digest of the resources `forEach` yields (name and bytes, in order): the SHA-256 of each, then the
    /// SHA-256 of the list of names, sizes and digests. About 7 MB hashed once per `-o` run.
    public static func digest(_ forEach: ((String, UnsafeRawBufferPointer) -> Void) -> Void) -> String {
        var list: [UInt8] = []
        forEach { name, bytes in
            let hex = SHA256.hex(UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count))
            list.append(contentsOf: "\(name)\t\(bytes.count)\t\(hex)\n".utf8)
        }
        return "sha256:" + SHA256.hex(list)
    }

    /// Where the record of `output` lives.
    public static func path(for output: String) -> String { output + ".pipe-run.json" }

    /// Whether `output` gets a record: a regular file, or a path not created yet. A FIFO or a device
    /// (`-o /dev/stdout`) holds nothing to resume.
    public static func applies(to output: String) -> Bool {
        switch FileSystem.status(output) {
        case .success(let status): return status.kind == .file
        case .failure: return true
        }
    }

    /// The differences between a recorded configuration and this one, as "KEY was X, now Y" phrases.
    public func differences(from recorded: [(String, JSONValue)]) -> [String] {
        var out: [String] = []
        let old = Dictionary(recorded, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        for (key, value) in configuration {
            seen.insert(key)
            let before = old[key]
            if before != value {
                out.append("\(key) was \(before.map(Self.show) ?? "not recorded"), now \(Self.show(value))")
            }
        }
        for (key, value) in recorded where !seen.contains(key) {
            out.append("\(key) was \(Self.show(value)), now not set")
        }
        return out
    }

    /// A value as a user would type it: arrays joined by commas, strings bare.
    static func show(_ value: JSONValue) -> String {
        switch value {
        case .null: return "none"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .number(let d): return Format.fixed(d, d == d.rounded() ? 0 : 3)
        case .array(let items): return items.map(show).joined(separator: ",")
        case .object: var w = JSONWriter(); w.value(value); return String(decoding: w.bytes, as: UTF8.self)
        }
    }

    /// Reads the record of `output`: nil when there is none; an error when it cannot be read or parsed.
    public static func read(for output: String) -> Result<RunRecord?, OutputError> {
        let path = path(for: output)
        if case .failure = FileSystem.status(path) { return .success(nil) }
        let bytes: [UInt8]
        switch FileSystem.readFile(path, limit: 1 << 20) {
        case .success(let b): bytes = b
        case .failure(let error): return .failure(OutputError(message: "cannot read the run record \(error.message)"))
        }
        guard let value = try? JSONParser.parse(bytes), value["schema"]?.stringValue == schema,
            let members = value["configuration"]?.objectMembers
        else {
            return .failure(OutputError(message: "\(path) is not a run record of this version of pipe (\(schema))"))
        }
        return .success(RunRecord(configuration: members, earlier: value["earlier"]?.arrayValue ?? []))
    }

    /// The record as one JSON line.
    public var json: [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.rawKey("schema"); w.string(Self.schema)
        w.rawKey("configuration"); w.value(.object(configuration))
        w.rawKey("earlier"); w.value(.array(earlier))
        w.endObject()
        return w.bytes + [0x0A]
    }

    /// Writes the record beside `output`, through a temporary file renamed over the old record, so a
    /// record is never half written.
    public func write(for output: String) -> Result<Void, OutputError> {
        let path = Self.path(for: output)
        let temporary = path + ".tmp"
        switch OutputSink.open(path: temporary, append: false) {
        case .failure(let error):
            return .failure(error)
        case .success(let sink):
            do {
                try sink.write(line: Array(json.dropLast()))
                try sink.flush()
            } catch {
                unlink(temporary)
                return .failure(error)
            }
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return .failure(OutputError(message: "cannot write \(path): \(reason)"))
        }
        return .success(())
    }
}
