import Pipeline
import Testing

@testable import Stages

/// `HeadFirstNames` alone on mentions made by hand (`PassFixture`), with the gazetteers' cues.
@Suite("Entities: an organization's name opening with its head noun takes the capitalized word before it")
struct HeadFirstNamesTests {
    private func run(_ text: String, _ marks: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, marks) { tokens, bytes, mentions in
            HeadFirstNames(tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes))
                .apply(&mentions)
        }
    }

    @Test("the word before a head that opens the name joins it, and a title of that word alone goes")
    func joins() throws {
        let m = try run(
            "He said Major League Soccer grew and Quorvex League Hockey too.",
            [("Major", .title), ("League Soccer", .org), ("League Hockey", .org)]
        )
        #expect(m == ["org Major League Soccer", "org Quorvex League Hockey"], "\(m)")
    }

    @Test("an article, a sentence opener, another mention, a head before 'of' or a name of one word stay apart")
    func staysApart() throws {
        #expect(try run("The League Soccer grew.", [("League Soccer", .org)]) == ["org League Soccer"])
        #expect(
            try run("In Halden Council Staff met.", [("Halden", .gpe), ("Council Staff", .org)])
                == ["gpe Halden", "org Council Staff"]
        )
        #expect(try run("Then Major League grew.", [("League", .org)]) == ["org League"])
        #expect(try run("Then Quorvex League of Nations met.", [("League of Nations", .org)]) == ["org League of Nations"])
    }
}
