import Pipeline

/// What a batch did: the figures of the closing line on stderr.
public struct BatchSummary: Sendable {
    public var documents = 0
    public var errorsByKind: [DocumentError.Kind: Int] = [:]
    public var inputBytes = 0
    public var seconds = 0.0
    /// Inputs skipped because `--resume` found them in the output already.
    public var resumedSkipped = 0
    /// Archive records that are not pages (WARC requests, metadata, images): skipped, not documents.
    public var skippedRecords = 0
    public var interrupted = false
    public var outputError: OutputError?
    /// The process's peak resident memory at the end of the run (`ProcessMemory`), when known.
    public var peakResidentBytes: Int?

    public init() {}

    public var errors: Int { errorsByKind.values.reduce(0, +) }

    public var line: String {
        let mb = Double(inputBytes) / 1_000_000
        let rate = seconds > 0 ? mb / seconds : 0
        var parts = [Format.count(documents, "document"), Format.count(errors, "error")]
        if !errorsByKind.isEmpty {
            let kinds = errorsByKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            parts[1] += " (" + kinds.joined(separator: ", ") + ")"
        }
        parts.append("\(Format.fixed(mb, 2)) MB in \(Format.fixed(seconds, 2)) s")
        parts.append("\(Format.fixed(rate, 2)) MB/s")
        if let peak = peakResidentBytes { parts.append("peak \(Format.fixed(Double(peak) / 1_048_576, 0)) MiB") }
        if resumedSkipped > 0 { parts.append("\(resumedSkipped) already done") }
        if skippedRecords > 0 { parts.append("\(skippedRecords) archive records skipped (not HTML pages)") }
        if interrupted { parts.append("interrupted") }
        return "pipe: " + parts.joined(separator: ", ")
    }
}

/// Number formatting without Foundation.
public enum Format {
    /// "1 document", "2 documents", "0 errors": a count and its noun, plural unless the count is one.
    public static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }

    public static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded - Double(whole) * scale)
        let sign = value < 0 && rounded != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        var f = String(fraction)
        while f.count < digits { f = "0" + f }
        return sign + String(whole) + "." + f
    }
}
