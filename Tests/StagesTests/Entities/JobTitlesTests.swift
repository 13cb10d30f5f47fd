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

    @Test("a job introduced as a definite office is a title without a name next to it")
    func definiteHolders() throws {
        let m = try Self.run(
            "The bank and its chairman, Oren Talby, met. Varsk's spokesman declined. The Merovian leader said no.",
            [("Oren Talby", .person), ("Varsk", .org), ("Merovian", .norp)])
        #expect(m.contains("title chairman"))
        #expect(m.contains("title spokesman"))
        #expect(m.contains("title leader"))
    }

    @Test("an indefinite or plural office, an adjective and an office as an organization stay untagged")
    func notDefiniteHolders() throws {
        let m = try Self.run(
            "A spokesman declined. Chairmen met. The chief objective was clear. The mayor's office said so. "
                + "He was at the head of the march.",
            [])
        #expect(!m.contains { $0.hasPrefix("title") })
    }

    @Test("a definite office takes its modifiers, and a compound office is one title")
    func definiteHolderModifiers() throws {
        let m = try Self.run("The Orvell campaign spokesman quit. Its chief executive resigned.", [])
        #expect(m.contains("title campaign spokesman"))
        #expect(m.contains("title chief executive"))
        #expect(m.count == 2)
    }
}
