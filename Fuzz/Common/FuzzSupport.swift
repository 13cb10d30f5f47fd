import Pipeline
import PipelineIO

#if canImport(Glibc)
    import Glibc
#endif

// Shared by every fuzz target (compiled into each one by scripts/fuzz). A violated invariant aborts with
// a message, so libFuzzer records the input as a crash just as it does for a trap or a sanitizer report.

/// The fuzzer's input as a Swift array (inputs are small: libFuzzer's -max_len).
func fuzzBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        let text = "fuzz invariant violated: \(message())\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        abort()
    }
}

/// Spans must be non-empty, inside the text, and (for tokens and sentences) in order without overlap.
func checkSpans(_ spans: [Span], within scalars: Int, ordered: Bool, _ what: String) {
    var previousEnd = 0
    for (i, span) in spans.enumerated() {
        require(span.start >= 0 && span.start < span.end && span.end <= scalars,
            "\(what)[\(i)] = \(span.start)..<\(span.end) outside 0..<\(scalars) or empty")
        if ordered {
            require(span.start >= previousEnd, "\(what)[\(i)] starts at \(span.start) before the previous end \(previousEnd)")
            previousEnd = span.end
        }
    }
}

/// What every stage promises about the document it leaves behind.
func checkDocument(_ document: Document) {
    let scalars = document.offsets.scalarCount
    require(scalars == document.text.unicodeScalars.count, "offset map counts \(scalars) scalars, text has \(document.text.unicodeScalars.count)")
    require(document.offsets.utf8Count == document.text.utf8.count, "offset map counts \(document.offsets.utf8Count) UTF-8 bytes")
    if let map = document.sourceMap {
        require(map.count == scalars, "source map covers \(map.count) scalars of \(scalars)")
        let byteCount = document.source.bytes.count
        for k in 0..<scalars {
            guard let r = map.sourceRange(ofScalar: k) else { require(false, "scalar \(k) has no source range"); return }
            require(r.lowerBound >= 0 && r.upperBound <= byteCount, "scalar \(k) maps to \(r) outside \(byteCount) source bytes")
        }
    }
    checkSpans(document.tokens.map { Span($0.start, $0.end) }, within: scalars, ordered: true, "tokens")
    checkSpans(document.sentences, within: scalars, ordered: true, "sentences")
    checkSpans(document.entities.map { Span($0.start, $0.end) }, within: scalars, ordered: false, "entities")
    for entity in document.entities {
        require(entity.text == document.text(of: Span(entity.start, entity.end)), "entity text differs from its span")
        if let src = entity.src {
            require(src.lowerBound >= 0 && src.upperBound <= document.source.bytes.count, "entity src \(src) outside the source")
        }
    }
}
