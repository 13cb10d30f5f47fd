import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an earlier output file for `--resume`: the ids of its whole lines, after cutting off a
/// trailing partial line (a run killed mid-write) so that appending continues on a line boundary.
public enum ResumeLog {
    public static func prepare(path: String) -> Result<Set<String>, OutputError> {
        switch FileSystem.status(path) {
        case .failure: return .success([])  // nothing to resume: start the file
        case .success: break
        }
        let reader: LineReader
        switch LineReader.open(path: path) {
        case .success(let r): reader = r
        case .failure(let error): return .failure(OutputError(message: error.message))
        }
        var ids: Set<String> = []
        var completeBytes = 0
        var total = 0
        while let (line, truncated) = reader.nextLine() {
            let lineBytes = line.count + 1
            total += lineBytes
            guard !truncated, case .success(let value) = Result(catching: { () throws(JSONParseError) in try JSONParser.parse(line) }),
                let id = value["id"]?.stringValue
            else { break }
            ids.insert(id)
            completeBytes = total
        }
        // Keep only the lines that parsed, in order; a torn last line is dropped and redone.
        if case .success(let status) = FileSystem.status(path), status.size != completeBytes {
            if truncate(path, off_t(completeBytes)) != 0 {
                return .failure(OutputError(message: "cannot truncate \(path) for --resume"))
            }
        }
        return .success(ids)
    }
}
