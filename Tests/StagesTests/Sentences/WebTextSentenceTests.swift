import Pipeline
import Stages
import Testing

/// Web text (e-mail, reviews, forum posts) starts sentences in lower case; news writing does not, and
/// its quotes, names and abbreviations must keep their sentences whole.
@Suite("Sentence splitter: web text")
struct WebTextSentenceTests {
    typealias F = TokenizeFixtures

    @Test func lowerCaseStartsAfterABareMark() throws {
        #expect(try F.sentences("you don't know what that means? where did you grow up? india?") == [
            "you don't know what that means?", "where did you grow up?", "india?",
        ])
        #expect(try F.sentences("max and jen are looking for you. call them at 303-832-8160. they haven't heard from you.") == [
            "max and jen are looking for you.", "call them at 303-832-8160.", "they haven't heard from you.",
        ])
        #expect(try F.sentences("great place! the staff was friendly. i will be back.") == [
            "great place!", "the staff was friendly.", "i will be back.",
        ])
    }

    @Test func newsWritingKeepsItsSentences() throws {
        #expect(try F.sentences("“Why?” he asked. She works at Yahoo! in the accounting department.") == [
            "“Why?” he asked.", "She works at Yahoo! in the accounting department.",
        ])
        #expect(try F.sentences("Bring fruit, e.g. apples or pears, and arrive at 5 p.m. on Friday.") == [
            "Bring fruit, e.g. apples or pears, and arrive at 5 p.m. on Friday."
        ])
        #expect(try F.sentences("The index rose 2.5 percent to 1,234.5 points in early trading.") == [
            "The index rose 2.5 percent to 1,234.5 points in early trading."
        ])
    }
}
