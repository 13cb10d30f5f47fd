import Pipeline

/// Turns the source bytes into the text every later stage reads, with a map back to the bytes.
///
/// Charset first (byte-order mark, declaration, then detection), decoded to UTF-8 with a map to the
/// original offsets; then plain text is cleaned in place, and HTML is reduced to its article. Every
/// output scalar maps to the original bytes it came from (the Document's SourceMap).
public struct NormalizeStage: CatalogStage {
    public static let stageName = "normalize"
    public static let summary = "HTML or text to clean text with a source map"
    public let requires: Set<Layer> = []
    public let adds: Set<Layer> = [.text]

    /// A stage; it keeps no state between documents.
    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        let bytes = document.source.bytes
        try InputSniffer.check(bytes)
        let isHTML = document.source.format == .html
        let decision = CharsetDetection.decide(bytes, html: isHTML)
        let decoded: DecodedSource
        do {
            decoded = try Decoder.decode(bytes, as: decision)
        } catch {
            throw DocumentError(.encoding, "cannot decode the input as \(error.charset)")
        }
        document.source.charset = decoded.charset
        if decoded.replacements > 0 {
            document.warnings.append(
                "\(decoded.replacements) invalid \(decoded.charset) sequence(s) replaced by U+FFFD")
        }
        if isHTML {
            let result = try HTMLNormalizer.normalize(decoded)
            if result.unmatchedTexts > 0 {
                document.warnings.append("\(result.unmatchedTexts) text node(s) not located in the source were left out")
            }
            HTMLMetadata.apply(result.metadata, to: &document.meta)
            guard result.visible > 0 else { throw DocumentError(.empty, "the page has no text") }
            document.setText(result.text, sourceMap: result.map)
        } else {
            let result = TextNormalizer.normalize(decoded)
            guard result.visible > 0 else { throw DocumentError(.empty, "the input has only whitespace") }
            document.setText(result.text, sourceMap: result.map)
        }
        // A page from an archive with no date of its own is dated by its capture (WARC-Date).
        if let captured = document.source.archive?.date { document.meta.offerDate(captured, from: .archive) }
        identifyLanguage(&document)
    }

    private static let identifier = LanguageIdentifier()

    /// `meta.lang` from the text, unless the input gave one.
    private func identifyLanguage(_ document: inout Document) {
        let verdict = Self.identifier.identify(document.text)
        document.languageEvidence = LanguageEvidence(
            reliable: verdict.reliable, englishPercent: verdict.englishPercent, letters: verdict.textBytes)
        if document.meta.lang == nil { document.meta.lang = verdict.language }
    }
}
