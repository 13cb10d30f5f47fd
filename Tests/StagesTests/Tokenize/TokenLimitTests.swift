import Pipeline
import Testing

@testable import Stages

/// Issue 20, item 13: the tokenizer keeps at most the token limit in memory, and the stage refuses a text
/// with more tokens as `too_large` without storing them all.
@Suite("Token limit")
struct TokenLimitTests {
    /// Lines and paragraphs, so the tokenizer keeps flagging the last token it stored (line and paragraph
    /// ends) while it starts over at the limit.
    static let text = String(repeating: "Aliyev met Raisi in Baku.\nThe talks went on.\n\n", count: 400)

    @Test("under the limit every token is kept; over it the stage throws too_large naming the limit")
    func stageRefuses() throws {
        var document = Document(id: "t", source: Source(path: "t", format: .text, bytes: []))
        document.setText(Self.text, sourceMap: nil)
        let all = Tokenizer.tokenize(Self.text)
        #expect(all.count == 400 * 11)
        document.budget = Budget(maximumTokens: all.count)
        try TokenizeStage().process(&document)
        #expect(document.tokens == all)
        document.budget = Budget(maximumTokens: 1000)
        document.tokens = []
        #expect(throws: DocumentError.self) { try TokenizeStage().process(&document) }
        do {
            try TokenizeStage().process(&document)
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.message.contains("more than 1000 tokens"))
        }
        #expect(document.tokens.isEmpty, "nothing half-done is left in the document")
    }

    @Test("at the limit the buffer starts over in its storage: flagged, and no bigger", arguments: [1, 2, 17, 1000, 4399])
    func bufferStaysBounded(limit: Int) {
        var text = Self.text
        let (tokens, overflowed) = text.withUTF8 { Tokenizer.tokenize($0, isASCII: true, segmenter: nil, limit: limit) }
        #expect(overflowed)
        #expect(tokens.count <= max(limit, 16) + 16, "\(tokens.count) tokens kept for a limit of \(limit)")
    }
}
