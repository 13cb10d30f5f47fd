import Pipeline
import Testing

@testable import Stages

/// `PossessiveNames`, through the whole entity stage.
@Suite("Entities: names that end in an 's")
struct PossessiveNamesTests {
    @Test("a word, its 's and a designator are one company, and its other 's mentions are the company too")
    func companies() throws {
        let m = try FullRun.mentions(
            "Halvard's Inc. agreed to buy Dunmore's Investors Service Inc. on Monday. Halvard's shares rose 3%, and "
                + "analysts expect Dunmore's to sell its stake to Orrin's Kesterly Inc. later.")
        #expect(m.contains("ORG Halvard's Inc."))
        #expect(m.contains("ORG Dunmore's Investors Service Inc."))
        #expect(m.contains("ORG Halvard's"))
        // Another company after the 's is no part of the name: the 's is the owner's possessive.
        #expect(!m.contains("ORG Orrin's Kesterly Inc."))
    }

    @Test("an 's that a verb of being follows is no possessive: the company; not a family after 'the'")
    func breakingVerbs() throws {
        let m = try FullRun.mentions("Rival Brantley's was also lower on Monday. The Halvard's were granted a title.")
        #expect(m.contains("ORG Brantley's"))
        #expect(!m.contains("ORG Halvard's"))
    }

    @Test("a collective or a saint's possessive opens a name with the words around it")
    func collectives() throws {
        let m = try FullRun.mentions(
            "The Kesterly People's Party met the Orrin Workers' Front near St. Halvard's Cathedral. It was "
                + "International Women's Day.")
        #expect(m.contains("ORG Kesterly People's Party"))
        #expect(m.contains("ORG Orrin Workers' Front"))
        #expect(m.contains("FAC St. Halvard's Cathedral"))
        #expect(!m.contains { $0.hasPrefix("ORG") && $0.contains("Women's Day") })
    }
}
