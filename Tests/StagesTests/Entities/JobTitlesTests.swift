import Pipeline
import Testing

@testable import Stages

/// `JobTitles` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: job titles")
struct JobTitlesTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            JobTitles(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
    }

    @Test("a name of two words after a lower-case job is a person, also where the tagger read a place")
    func nameAfterJob() throws {
        let m = try Self.run(
            "Fines went to Pittsburgh center Tavion Quell and to coach Boston Reyes.",
            [("Pittsburgh", .gpe), ("Tavion Quell", .gpe), ("Boston Reyes", .person)])
        #expect(m.contains("person Tavion Quell"))
        #expect(m.contains("title center"))
        #expect(m.contains("gpe Pittsburgh"))
    }

    @Test("a known place after a job stays a place")
    func placeAfterJob() throws {
        let m = try Self.run("The singer New York loved was there.", [("New York", .gpe)])
        #expect(m.contains("gpe New York"))
    }
}
