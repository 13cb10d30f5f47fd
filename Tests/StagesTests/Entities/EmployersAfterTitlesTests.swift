import Pipeline
import Testing

@testable import Stages

/// `EmployersAfterTitles`: a firm named like a person, right after a title and "at" or "of". Invented
/// names that the tagger reads as persons without the rule.
@Suite("Entities: employers after titles")
struct EmployersAfterTitlesTests {
    @Test("a person-looking name after a title and 'at' or 'of' is the employer, at its other mentions too")
    func firms() throws {
        let m = try FullRun.mentions(
            "Ana Ruiz, an equity strategist at Dalton Merrow, said the shares could fall. Dalton Merrow declined to comment.")
        #expect(m.contains("PERSON Ana Ruiz") && m.contains("TITLE equity strategist"))
        #expect(m.filter { $0 == "ORG Dalton Merrow" }.count == 2)
        #expect(!m.contains("PERSON Dalton Merrow"))
        // A person addressed by an honorific keeps the name, also where the firm bears it.
        let n = try FullRun.mentions("Tom Brandt, managing director of Kessler Vance, said on Monday. Mr. Vance agreed.")
        #expect(n.contains("ORG Kessler Vance"))
        #expect(n.contains("PERSON Vance"))
    }

    @Test("an untagged name after a firm's job and 'of' or 'at', ending the clause, is the employer; a department is not")
    func untaggedEmployers() throws {
        let m = try FullRun.mentions("Tom Brandt, CEO of Vell-Six, adds that it works. Ana Ruiz, director of Operations, said so.")
        #expect(m.contains("ORG Vell-Six"), "\(m)")
        #expect(!m.contains { $0.hasSuffix(" Operations") }, "\(m)")
    }

    @Test("untagged capitals before a firm's job in lower case or capitals and a person are the employer; a common word or an office is not")
    func untaggedEmployersBefore() throws {
        let m = try FullRun.mentions(
            "Vell-Six CEO Tom Brandt said so. Former coach Ana Ruiz agreed. Quorvia President Nell Hark spoke.")
        #expect(m.contains("ORG Vell-Six"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("ORG Former") || $0.hasPrefix("ORG Quorvia") }, "\(m)")
        #expect(m.contains("PERSON Tom Brandt") && m.contains("PERSON Ana Ruiz"), "\(m)")
    }

    @Test("a person who owns what follows, a name after 'the' and other prepositions stay persons")
    func persons() throws {
        #expect(try FullRun.mentions("said Ana Ruiz, director of Tom Brandt's campaign.").contains("PERSON Tom Brandt"))
        #expect(try FullRun.mentions("said Ana Ruiz, director of the Clara Barton camp.").contains("PERSON Clara Barton"))
        #expect(try FullRun.mentions("said Ana Ruiz, a spokeswoman for Tom Brandt.").contains("PERSON Tom Brandt"))
    }

    @Test("a place no gazetteer knows after a firm's job and 'at' or 'of' is the employer; after a place's office it stays")
    func unknownPlaces() throws {
        let m = try FullRun.mentions(
            "Kesterly Dunmore, an analyst at Quorvex, said sales fell. Quorvex shares rose. Tom Orr, chief executive "
                + "of Velbury, resigned. Ann Hale, mayor of Orrindale, and an analyst at London Capital agreed.")
        #expect(m.filter { $0 == "ORG Quorvex" }.count == 2, "\(m)")
        #expect(m.contains("ORG Velbury"), "\(m)")
        #expect(m.contains("GPE Orrindale"), "\(m)")
        #expect(!m.contains("GPE Quorvex") && !m.contains("GPE Velbury"), "\(m)")
    }
}
