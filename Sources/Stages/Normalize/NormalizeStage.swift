import Pipeline

/// Turns the source bytes into the text every later stage reads, with a map back to the bytes.
///
/// Placeholder pass-through until the Normalize issue lands: UTF-8 only, no HTML extraction.
public struct NormalizeStage: Stage {
    public let name = "normalize"
    public let requires: Set<Layer> = []
    public let adds: Set<Layer> = [.text]

    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        let bytes = document.source.bytes
        if bytes.isEmpty { throw DocumentError(.empty, "the input has no bytes") }
        if bytes.contains(0) { throw DocumentError(.binary, "the input contains NUL bytes") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DocumentError(.encoding, "the input is not valid UTF-8")
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw DocumentError(.empty, "the input has only whitespace")
        }
        document.source.charset = "utf-8"
        document.setText(text, sourceMap: SourceMap.identity(utf8: text))
    }
}
