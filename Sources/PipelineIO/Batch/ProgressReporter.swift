import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress on stderr: documents, MB, rate, ETA (when the total is known) and errors so far.
/// Never on stdout, which carries the JSON lines.
public final class ProgressReporter: @unchecked Sendable {
    private let totalDocuments: Int?
    private let live: Bool
    private let start = ContinuousClock.now
    private var lastDraw = -1.0

    /// `live`: redraw a status line (stderr is a terminal or `--progress always`).
    public init(totalDocuments: Int?, live: Bool) {
        self.totalDocuments = totalDocuments
        self.live = live
    }

    func update(_ summary: BatchSummary) {
        guard live else { return }
        let now = (ContinuousClock.now - start).seconds
        guard now - lastDraw >= 0.25 else { return }
        lastDraw = now
        let mb = Double(summary.inputBytes) / 1_000_000
        let rate = now > 0 ? Double(summary.documents) / now : 0
        var line = "\r\u{1B}[K\(summary.documents)"
        if let total = totalDocuments { line += "/\(total)" }
        line += " docs, \(Format.fixed(mb, 1)) MB, \(Format.fixed(rate, 1)) docs/s, \(Format.count(summary.errors, "error"))"
        if let total = totalDocuments, rate > 0 {
            line += ", ETA \(Format.fixed(Double(total - summary.documents) / rate, 0)) s"
        }
        Self.writeStderr(line)
    }

    func finish(_ summary: BatchSummary) {
        if live, lastDraw >= 0 { Self.writeStderr("\r\u{1B}[K") }
        Self.writeStderr(summary.line + "\n")
    }

    public static func writeStderr(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let n = write(2, base + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
