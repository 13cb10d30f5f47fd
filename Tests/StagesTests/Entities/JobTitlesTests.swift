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

extension JobTitlesTests {
    @Test("a sport's player and position, an athletic office, and a title chained across 'former' are titles")
    func sportsAndChains() throws {
        let m = try Self.run(
            "Varsk soccer player Tavion Quell met running back Oren Talby and Merov athletic director Ilse Maren. "
                + "Corvel founder and former CEO Ana Ruiz was there.",
            [("Varsk", .org), ("Tavion Quell", .person), ("Oren Talby", .person), ("Merov", .org),
             ("Ilse Maren", .person), ("Corvel", .org), ("CEO", .title), ("Ana Ruiz", .person)])
        #expect(m.contains("title soccer player"))
        #expect(m.contains("title running back"))
        #expect(m.contains("title athletic director"))
        #expect(m.contains("title founder"))
        // "former" stays outside the title, as before a single one.
        #expect(!m.contains { $0.hasPrefix("title") && $0.contains("former") })
        // "back" alone is a common word, no position.
        let n = try Self.run("He came back Tavion Quell said.", [("Tavion Quell", .person)])
        #expect(!n.contains { $0.hasPrefix("title") })
    }
}

extension JobTitlesTests {
    @Test("an apposition opened by a dash, or by the employer's name, holds the person's title")
    func dashAndOrganizationAppositions() throws {
        let m = try Self.run(
            "Ilse Maren — project manager for the port — spoke. Oren Talby, Varsk Harbour Police spokesman, agreed. "
                + "Ana Ruiz, Corvel chief economist, said so.",
            [("Ilse Maren", .person), ("Oren Talby", .person), ("Varsk Harbour Police", .org), ("Ana Ruiz", .person),
             ("Corvel", .org)])
        #expect(m.contains("title project manager"))
        #expect(m.contains("title spokesman"))
        #expect(m.contains("title chief economist"))
        // The organization's name and a job that goes on into more words is no apposition of hers.
        let n = try Self.run("Ana Ruiz, Corvel spokesman training begins.", [("Ana Ruiz", .person), ("Corvel", .org)])
        #expect(!n.contains { $0.hasPrefix("title") })
    }
}

extension JobTitlesTests {
    @Test("a word of time after the apposition's article, or opening a coordinated title, stays outside the title")
    func formerInApposition() throws {
        let m = try Self.run(
            "Oren Talby, a former deputy director of Varsk, spoke. Ana Ruiz, former director of the port, "
                + "agreed. Ilse Maren, the founder and former chief executive of Corvel, left.",
            [("Oren Talby", .person), ("Varsk", .org), ("Ana Ruiz", .person), ("Ilse Maren", .person), ("Corvel", .org)])
        #expect(m.contains("title deputy director"))
        #expect(m.contains("title director"))
        #expect(m.contains("title founder"))
        #expect(m.contains("title chief executive"))
        #expect(!m.contains { $0.hasPrefix("title") && $0.contains("former") })
        // Without a job after it, "former" makes no title.
        let n = try Self.run("Oren Talby, a former Varsk resident, spoke.", [("Oren Talby", .person), ("Varsk", .gpe)])
        #expect(!n.contains { $0.hasPrefix("title") })
    }
}

extension JobTitlesTests {
    @Test("a job with its determiner or a possessive, named in the closed apposition after it, is the title")
    func namedHolders() throws {
        let m = try Self.run(
            "Vacco's campaign manager, Oren Talby, said no. The team's goaltender, Ana Ruiz, stopped 30 shots.",
            [("Oren Talby", .person), ("Ana Ruiz", .person)])
        #expect(m.contains("title campaign manager"))
        #expect(m.contains("title goaltender"))
        // The name does not close an apposition: it opens the next clause.
        let n = try Self.run("Unlike the goaltender, Ana Ruiz said no.", [("Ana Ruiz", .person)])
        #expect(!n.contains { $0.hasPrefix("title") })
    }
}

extension JobTitlesTests {
    @Test("a position that is a common word is a title between a team's name and the player")
    func ambiguousPositions() throws {
        let m = try Self.run(
            "Capitals forward Tavion Quell was ejected. Lakers guard Ana Ruiz scored 20.",
            [("Tavion Quell", .person), ("Ana Ruiz", .person)])
        #expect(m.contains("title forward"))
        #expect(m.contains("title guard"))
        // No team before it: an adverb, or a sentence's verb.
        let n = try Self.run("Going forward Ana Ruiz said no. He moved forward Ana Ruiz said.", [("Ana Ruiz", .person)])
        #expect(!n.contains { $0.hasPrefix("title") })
    }
}
