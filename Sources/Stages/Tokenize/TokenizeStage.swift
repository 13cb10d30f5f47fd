import Pipeline

/// Splits the text into tokens with their scalar spans and the flags later stages test.
///
/// Each instance owns its ICU word-break clone (for scripts without spaces), so an instance belongs to
/// one worker; the abbreviation tables are shared.
public struct TokenizeStage: CatalogStage {
    public static let stageName = "tokenize"
    public static let summary = "rule-based tokens with spans and flags"
    public let requires: Set<Layer> = [.text]
    public let adds: Set<Layer> = [.tokens]
    private let segmenter: UnspacedSegmenter

    /// A stage with its own ICU word-break iterator (for scripts written without spaces).
    public init() {
        segmenter = UnspacedSegmenter()
    }

    public func process(_ document: inout Document) throws(DocumentError) {
        var text = document.text
        let isASCII = document.offsets.isASCII
        let segmenter = self.segmenter
        let limit = document.budget.maximumTokens
        let (tokens, overflowed) = text.withUTF8 {
            Tokenizer.tokenize($0, isASCII: isASCII, segmenter: segmenter, limit: limit)
        }
        // Checked here rather than by the runner after the stage: the tokens beyond the limit were never
        // stored, so their count is unknown.
        if overflowed || tokens.count > limit {
            throw DocumentError(.tooLarge, Budget.tokenLimitMessage(limit))
        }
        document.tokens = tokens
    }
}
