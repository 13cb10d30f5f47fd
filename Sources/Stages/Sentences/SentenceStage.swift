import Pipeline

/// Groups tokens into sentences and marks each sentence's first token with `.sentenceStart`.
public struct SentenceStage: CatalogStage {
    public static let stageName = "sentences"
    public static let summary = "rule-based sentence boundaries"
    public let requires: Set<Layer> = [.tokens]
    public let adds: Set<Layer> = [.sentences]

    /// A stage; it keeps no state between documents.
    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        let ranges = SentenceSplitter.split(text: document.text, tokens: document.tokens, offsets: document.offsets)
        var sentences: [Span] = []
        sentences.reserveCapacity(ranges.count)
        let sentenceStart = TokenFlags.sentenceStart
        for i in document.tokens.indices { document.tokens[i].flags.remove(sentenceStart) }
        for range in ranges where !range.isEmpty {
            document.tokens[range.lowerBound].flags.insert(sentenceStart)
            sentences.append(Span(document.tokens[range.lowerBound].start, document.tokens[range.upperBound - 1].end))
        }
        document.sentences = sentences
    }
}
