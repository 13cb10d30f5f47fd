import Testing

@testable import Stages

/// The lexer lower-cases words of ASCII and Latin-1 letters on the bytes instead of through
/// `String.lowercased()`: for every Latin-1 letter, capital or small, alone and inside words, it must
/// give what `lowercased()` gives, and decline words it cannot do.
@Suite struct DateLexerLatin1Tests {
    private func lowered(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { DateLexer.latin1Lowered($0, 0, $0.count) }
    }

    @Test func everyLatin1LetterLowersAsStringDoes() {
        for value in UInt32(0xC0)...0xFF where value != 0xD7 && value != 0xF7 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for word in ["\(scalar)", "A\(scalar)Z", "Über\(scalar)ED", "un\(scalar)"] {
                #expect(lowered(word) == word.lowercased(), "\(word)")
            }
        }
        #expect(lowered("FÜR") == "für")
        #expect(lowered("Interoperabilität") == "interoperabilität")
    }

    @Test func wordsBeyondLatin1AreLeftToTheGeneralPath() {
        #expect(lowered("Łódź") == nil)
        #expect(lowered("Eugênio") == "eugênio")
        #expect(lowered("Straße") == "straße")
        #expect(lowered("İstanbul") == nil)
    }

    @Test func latin1WordsGetTheirLexiconFacts() {
        // "Sautéed" ends in "ed" and "Unité" starts with "un", as the general path found them.
        var text = "Sautéed Unité für"
        let tokens = text.withUTF8 { DateLexer.lex($0, lexicon: nil) }
        #expect(tokens.count == 3)
        #expect(tokens[0].endsEd && !tokens[0].startsUn && tokens[0].lowerCount == 8)
        #expect(tokens[1].startsUn && !tokens[1].endsEd)
        #expect(tokens[2].lowerCount == 4)
    }
}
