import Pipeline
import Testing

@testable import Stages

/// `PersonNameOpeners`, through the whole entity stage.
@Suite("Entities: a name's first word that reads as something else")
struct PersonNameOpenersTests {
    @Test("an initial before a given name and a surname is part of the name; not before a lone surname")
    func initials() throws {
        let m = try FullRun.mentions(
            "In an interview, W. Brent Halvard, chairman, said the envoy, J. Lee Dunmore, met the minister, M. Chirac.")
        #expect(m.contains("PERSON W. Brent Halvard"))
        #expect(m.contains("PERSON J. Lee Dunmore"))
        #expect(m.contains("PERSON Chirac"))
        #expect(!m.contains("PERSON W.") && !m.contains("PERSON J."))
    }

    @Test("a month that is a given name, before a surname, opens the name; a date stays a date")
    func months() throws {
        let doc = try FullRun.document("The foreign minister, Jan Kavelmo, who lived in London, met him on Jan. 5.")
        let m = doc.entities.map { "\($0.label) \($0.text)" }
        #expect(m.contains("PERSON Jan Kavelmo"))
        #expect(m.contains("DATE Jan. 5"))
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a given name that is a common word too opens the name first in its sentence; 'Will' not in a question")
    func commonWordGivenNames() throws {
        let m = try FullRun.mentions("Will Moyle, chief executive of the group, said no. Grace Talby won the race.")
        #expect(m.contains("PERSON Will Moyle"), "\(m)")
        #expect(m.contains("PERSON Grace Talby"), "\(m)")
        let q = try FullRun.mentions("Will Moyle win the race?")
        #expect(!q.contains("PERSON Will Moyle"), "\(q)")
    }

    @Test("a surname's lower-case particles are part of a person named by the surname alone")
    func particles() throws {
        let m = try FullRun.mentions(
            "Ursula von der Halvorsen met Mayor Bill de Quorvo on Monday. Later, von der Halvorsen said de Quorvo "
                + "agreed, and Locksley and van Dunmore left.")
        #expect(m.contains("PERSON Ursula von der Halvorsen"), "\(m)")
        #expect(m.contains("PERSON Bill de Quorvo"), "\(m)")
        #expect(m.contains("PERSON von der Halvorsen"), "\(m)")
        #expect(m.contains("PERSON de Quorvo"), "\(m)")
        #expect(m.contains("PERSON van Dunmore"), "\(m)")
        #expect(!m.contains("PERSON Halvorsen") && !m.contains("PERSON Quorvo"), "\(m)")
        // Before an initial, "von" is the German preposition.
        let songs = try FullRun.mentions("Four settings were composed von L. van Dunmore in 1810.")
        #expect(songs.contains("PERSON L. van Dunmore"), "\(songs)")
    }
}
