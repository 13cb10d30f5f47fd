import Pipeline
import Testing

@testable import Stages

/// Dated elections named after a place or a body are events, and so is a year before an event's name
/// (`DatedEvents`), and a head-noun name the
/// rules read on across "and" gives way to the two names the tagger found (`preferTaggerSplits`).
@Suite("Entities: named elections and names joined by 'and'")
struct NamedElectionsTests {
    @Test("a year, a place or a body and an election word make one event, the place it was held in included")
    func electionNames() throws {
        let doc = try FullRun.document(
            "Ruiz lost his seat in the 1997 Queensland state election and again in the 2009 Senate special election in Vermont.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("EVENT 1997 Queensland state election"))
        #expect(m.contains("EVENT 2009 Senate special election in Vermont"))
        // The year, the place and the body are the event's, not mentions of their own.
        #expect(!m.contains { $0.hasPrefix("DATE") || $0 == "GPE Vermont" || $0 == "ORG Senate" })
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a month before the year is part of the election's name")
    func monthAndYear() throws {
        let m = try FullRun.mentions("He was returned at the October 1974 Scotland general election by a wide margin.")
        #expect(m.contains("EVENT October 1974 Scotland general election"))
        #expect(!m.contains { $0.hasPrefix("DATE") })
    }

    @Test("the year of a longer date is the date's: the names after it stay")
    func yearOfLongerDate() throws {
        let doc = try FullRun.document("The vote of 1 January 1910 United Kingdom general election day was close.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("DATE 1 January 1910"))
        #expect(m.contains("GPE United Kingdom"))
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("the year before an event's name is part of it")
    func datedEdition() throws {
        let doc = try FullRun.document("She skated at the 2010 Winter Olympics and sang at the 2006 Asian Games.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("EVENT 2010 Winter Olympics"))
        #expect(m.contains("EVENT 2006 Asian Games"))
        #expect(!m.contains { $0.hasPrefix("DATE") })
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a war named after its length is an event, the date reading its number and unit with the article gives way")
    func warNamedAfterItsLength() throws {
        let doc = try FullRun.document(
            "Varnholm lost its colonies after the Nine Years' War, and the Four Months War followed in 1801.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("EVENT Nine Years' War"))
        #expect(m.contains("EVENT Four Months War"))
        #expect(!m.contains { $0.hasPrefix("DATE") && $0 != "DATE 1801" })
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("an election that names no place or body stays a date, and an election word inside a name stays there")
    func notNamed() throws {
        let m = try FullRun.mentions("The 2028 presidential election is near, the Election Commission of Palmora said.")
        #expect(m.contains("DATE 2028"))
        #expect(!m.contains { $0.hasPrefix("EVENT") })
        #expect(m.contains { $0.hasPrefix("ORG Election Commission") })
    }

    @Test("two organizations joined by 'and' stay two, though the first ends in a head noun")
    func coordinatedOrganizations() throws {
        let m = try FullRun.mentions(
            "Lena Ostrow played four seasons in the Northern Hockey League for the Kelso Lynx and Dunmore Rovers.")
        #expect(!m.contains { $0.contains(" and ") })
        #expect(m.contains("ORG Northern Hockey League"))
        #expect(m.contains("ORG Dunmore Rovers"))
    }

    @Test("a name the lists know whole, 'and', then a head-noun name are two names; a name with 'of' stays whole")
    func knownNameAndHeadNounName() throws {
        let m = try FullRun.mentions(
            "Envoys of the United Nations and European Union flew to Turkey and Harbor Town, and the Department of Health and Human Services paid.")
        #expect(m.contains("ORG United Nations") && m.contains("ORG European Union"))
        #expect(m.contains("GPE Turkey"))
        #expect(m.contains("ORG Department of Health and Human Services"))
        #expect(!m.contains { $0.contains(" and ") && !$0.contains("Human Services") })
    }

    @Test("the tagger's event needs a word that says so; a product read as one is no mention")
    func eventsNeedEvidence() throws {
        let m = try FullRun.mentions(
            "Fans bought the Portion Fix kit and the Beachbody Performance Recharge drink. The Velmora War ended before the Kesh Summit, and Ana Ruiz spoke at SIGGRAPH 2000.")
        #expect(m.contains("EVENT Velmora War"))
        #expect(m.contains("EVENT Kesh Summit"))
        #expect(m.contains("EVENT SIGGRAPH"))
        #expect(!m.contains { $0.contains("Portion") || $0.contains("Beachbody") })
        // A storm: its word is part of the name and evidence for the name alone later in the document.
        let storm = try FullRun.mentions("Hurricane Katrina slammed into southeast Florida Thursday, and Katrina had 185 km/h winds.")
        #expect(storm.contains("EVENT Hurricane Katrina"))
        #expect(storm.contains("EVENT Katrina"))
    }

    @Test("a name that holds 'for the' stays whole")
    func forTheInsideName() throws {
        let m = try FullRun.mentions("She chairs the Society for the Protection of Tidal Marshes in Norfolk.")
        #expect(m.contains("ORG Society for the Protection of Tidal Marshes"))
    }
}
