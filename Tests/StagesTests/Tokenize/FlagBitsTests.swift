import Pipeline
import Testing

@testable import Stages

@Suite("Flag constants")
struct FlagBitsTests {
    @Test("the tokenizer's flag constants equal TokenFlags'")
    func equal() {
        #expect(FlagBits.alphabetic == TokenFlags.alphabetic)
        #expect(FlagBits.numeric == TokenFlags.numeric)
        #expect(FlagBits.punctuation == TokenFlags.punctuation)
        #expect(FlagBits.capitalized == TokenFlags.capitalized)
        #expect(FlagBits.allCaps == TokenFlags.allCaps)
        #expect(FlagBits.lowercase == TokenFlags.lowercase)
        #expect(FlagBits.sentenceStart == TokenFlags.sentenceStart)
        #expect(FlagBits.hyphenated == TokenFlags.hyphenated)
        #expect(FlagBits.abbreviation == TokenFlags.abbreviation)
        #expect(FlagBits.clitic == TokenFlags.clitic)
        #expect(FlagBits.quote == TokenFlags.quote)
        #expect(FlagBits.webLike == TokenFlags.webLike)
        #expect(FlagBits.spaceBefore == TokenFlags.spaceBefore)
        #expect(FlagBits.lineEndAfter == TokenFlags.lineEndAfter)
        #expect(FlagBits.paragraphEndAfter == TokenFlags.paragraphEndAfter)
        #expect(FlagBits.terminal == TokenFlags.terminal)
        #expect(FlagBits.bracket == TokenFlags.bracket)
        #expect(FlagBits.unspacedScript == TokenFlags.unspacedScript)
        #expect(FlagBits.opening == TokenFlags.opening)
        #expect(FlagBits.closing == TokenFlags.closing)
        #expect(FlagBits.ellipsis == TokenFlags.ellipsis)
        #expect(FlagBits.prepositive == TokenFlags.prepositive)
        #expect(FlagBits.bullet == TokenFlags.bullet)
    }
}
