import Pipeline
@testable import Stages
import Testing

/// Token offsets are scalar offsets: checked against the text's own scalar view on texts that mix long
/// ASCII stretches with multi-byte scalars, where the tokenizer's cursor converts most offsets by a
/// subtraction and counts bytes only across a multi-byte scalar.
@Suite("Tokenizer offsets")
struct TokenizerOffsetTests {
    static let pieces = [
        "The talks", " resumed", " in Moscow", " on 3 May", ".", "\n\n", " “quoted”", " — dash", " café", " Łódź",
        " 😀", " naïve", " e\u{301}", " 東京", " U.S.", " don’t", " 10%", " x", "  ", "\t",
    ]

    @Test("every token's scalar offsets cover exactly its text, on mixed ASCII and multi-byte texts")
    func offsetsMatchScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                text += Self.pieces.randomElement(using: &generator) ?? "x"
            }
            let scalars = Array(text.unicodeScalars)
            let utf8 = Array(text.utf8)
            var previousEnd = 0
            for token in Tokenizer.tokenize(text) {
                #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count)
                previousEnd = token.end
                // The token's scalars, re-encoded, must appear in the UTF-8 at the matching byte offset.
                let before = String(String.UnicodeScalarView(scalars[0..<token.start])).utf8.count
                let covered = Array(String(String.UnicodeScalarView(scalars[token.start..<token.end])).utf8)
                #expect(Array(utf8[before..<(before + covered.count)]) == covered)
                #expect(!covered.isEmpty && covered.first.map { $0 != 0x20 } == true)
            }
        }
    }
}
