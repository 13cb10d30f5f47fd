import Pipeline
import Testing

@testable import Stages

/// `JobTitles`' predicative and coordinated titles (`PredicativeTitles.swift`), on mentions made by hand.
@Suite("Entities: titles in the predicate and in coordination")
struct PredicativeTitlesTests {
    @Test("a verb of office or 'as' after a person gives a title, with its modifiers")
    func predicateTitles() throws {
        let m = try JobTitlesTests.run(
            "Tarn Velo was named chairman of Orvex. Ada Lind resigned as general manager. "
                + "Mr. Hobb, who is executive vice president, left.",
            [("Tarn Velo", .person), ("Orvex", .org), ("Ada Lind", .person), ("Hobb", .person)])
        #expect(m.contains("title chairman"))
        #expect(m.contains("title general manager"))
        #expect(m.contains("title executive vice president"))
    }

    @Test("an adverb of time before the title's article, after a verb of office or an apposition's comma")
    func timeAdverbs() throws {
        let m = try JobTitlesTests.run(
            "Tarn Velo, who is now an immunologist, left. Ada Lind, now a staff scientist, stayed. "
                + "Mr. Hobb, then the chairman, agreed, and Ana Ruiz is now retired.",
            [("Tarn Velo", .person), ("Ada Lind", .person), ("Hobb", .person), ("Ana Ruiz", .person)])
        #expect(m.contains("title immunologist"), "\(m)")
        #expect(m.contains("title staff scientist"), "\(m)")
        #expect(m.contains("title chairman"), "\(m)")
        #expect(m.filter { $0.hasPrefix("title") }.count == 3, "\(m)")
    }

    @Test("titles coordinated after a title are separate titles, in an apposition and in a predicate")
    func coordinatedTitles() throws {
        let m = try JobTitlesTests.run(
            "Pia Lorne, its chairman and chief executive, resigned. Rolf Amsel was named chairman, president and "
                + "chief executive officer of Verdan.",
            [("Pia Lorne", .person), ("Rolf Amsel", .person), ("Verdan", .org)])
        #expect(m.filter { $0 == "title chairman" }.count == 2)
        #expect(m.filter { $0 == "title chief executive" }.count == 1)
        #expect(m.contains("title president"))
        #expect(m.contains("title chief executive officer"))
        #expect(!m.contains { $0.contains(" and ") })
    }

    @Test("an age in commas opens an apposition whose title may end it")
    func agedApposition() throws {
        let m = try JobTitlesTests.run(
            "Nils Varga, 58, finance director, will retire.", [("Nils Varga", .person)])
        #expect(m.contains("title finance director"))
    }

    @Test("'as' that compares, a verb that gives no office and a job that is no title stay untagged")
    func notPredicateTitles() throws {
        let m = try JobTitlesTests.run(
            "Ola Brenn, as well as the manager, came. Ida Marsh was killed. Pavo Rins is a director's choice. "
                + "Tom Ekel was named in the report.",
            [("Ola Brenn", .person), ("Ida Marsh", .person), ("Pavo Rins", .person), ("Tom Ekel", .person)])
        #expect(!m.contains { $0.hasPrefix("title") })
    }
}

extension PredicativeTitlesTests {
    @Test("an apposition that describes the job first (a party, a place, a possessive name, an age) has its title")
    func describedApposition() throws {
        let m = try JobTitlesTests.run(
            "Eli Marr, a Verdant political consultant who left, spoke. Oda Kess, Brill's campaign manager, said no. "
                + "Tae Hoon, a 39-year-old Ostrava businessman, came. Ulla Fenn, former Morvian ambassador to Sarn, left.",
            [("Eli Marr", .person), ("Oda Kess", .person), ("Brill", .person), ("Tae Hoon", .person),
             ("Ostrava", .gpe), ("Ulla Fenn", .person), ("Morvian", .norp), ("Sarn", .gpe)])
        #expect(m.contains("title political consultant"))
        #expect(m.contains("title campaign manager"))
        #expect(m.contains("title businessman"))
        #expect(m.contains("title ambassador"))
    }
}

extension PredicativeTitlesTests {
    @Test("a portfolio before an office is part of the title; an ordinal, a known name and a run of names are not")
    func portfolios() throws {
        let m = try JobTitlesTests.run(
            "Tourism Minister Ada Lind spoke. Second Minister Ole Brun left. Hun Sen Minister Ari Tal came.",
            [("Minister", .title), ("Ada Lind", .person), ("Ole Brun", .person), ("Hun Sen", .person),
             ("Ari Tal", .person)])
        #expect(m.contains("title Tourism Minister"))
        #expect(m.filter { $0 == "title Minister" }.count == 2)
    }

    @Test("a court's level before 'Judge' is part of the title, after the country's name")
    func courtJudges() throws {
        let m = try FullRun.mentions("U.S. District Judge Ada Lind ruled. Circuit Judge Ole Brun agreed.")
        #expect(m.contains("TITLE District Judge"), "\(m)")
        #expect(m.contains("TITLE Circuit Judge"), "\(m)")
        #expect(m.contains("GPE U.S."), "\(m)")
    }

    @Test("a person's or an organization's unit before the job, and a lower-case office of general news")
    func unitsAndOffices() throws {
        let m = try JobTitlesTests.run(
            "Wes Orr, a former Lindqvist administration adviser on trade, spoke. Orla Penn, an immigration official "
                + "in Kell, said no.",
            [("Wes Orr", .person), ("Lindqvist", .person), ("Orla Penn", .person), ("Kell", .gpe)])
        #expect(m.contains("title adviser"))
        #expect(m.contains("title immigration official"))
    }
}

extension PredicativeTitlesTests {
    @Test("an office in the plural before names or in their apposition is their title; plural nouns of no job are not")
    func pluralTitles() throws {
        let m = try JobTitlesTests.run(
            "Orvex hired producers Ivo Marek and Pia Lorne. Ada Lind and Tom Ekel, attorneys for Brill, declined. "
                + "Players and fans cheered as Ola Brenn scored.",
            [("Orvex", .org), ("Ivo Marek", .person), ("Pia Lorne", .person), ("Ada Lind", .person),
             ("Tom Ekel", .person), ("Brill", .person), ("Ola Brenn", .person)])
        #expect(m.contains("title producers"))
        #expect(m.contains("title attorneys"))
        #expect(!m.contains { $0.hasPrefix("title Players") || $0.hasPrefix("title fans") })
    }
}
