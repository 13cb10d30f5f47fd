import Pipeline
import Testing

@testable import Stages

/// `StreetAddresses`: addresses and streets of local news. Invented streets and people.
@Suite("Entities: street addresses")
struct StreetAddressesTests {
    @Test("a house number and its street are one FAC, and the number is no year")
    func numbered() throws {
        let doc = try FullRun.document(
            "Police arrested Tom Vale, 32, of 1119 Eighth St., and Ann Cole, 41, of 1909 Quillmore Drive. "
                + "The shooting happened at 2134 Caldwell Place on Monday.")
        let m = doc.entities.map { "\($0.label.rawValue) \($0.text)" }
        for address in ["1119 Eighth St.", "1909 Quillmore Drive", "2134 Caldwell Place"] {
            #expect(m.contains("FAC \(address)"), "\(address)")
        }
        #expect(!m.contains("DATE 1909") && !m.contains("GPE Caldwell"))
        #expect(m.contains("DATE Monday"))
    }

    @Test("two streets joined by 'and' are two; a person named Lane and a song's 'Way' are no streets")
    func unnumbered() throws {
        let m = try FullRun.mentions(
            "It happened near 17th Street and Quillmore Avenue. The singers were Kane Brown and Chris Lane. "
                + "His record In a Silent Way sold well, and he flew to St. Louis.")
        #expect(m.contains("FAC 17th Street"))
        #expect(m.contains("FAC Quillmore Avenue"))
        #expect(!m.contains("FAC Chris Lane") && !m.contains("FAC Silent Way"))
        #expect(!m.contains { $0.hasPrefix("FAC St.") })
    }
}
