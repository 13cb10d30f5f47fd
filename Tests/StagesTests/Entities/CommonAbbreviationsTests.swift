import Pipeline
import Testing

@testable import Stages

/// `EntityTagger.isCommonAbbreviation`, through the whole entity stage.
@Suite("Entities: abbreviations of common nouns")
struct CommonAbbreviationsTests {
    @Test("technology, medicine and finance abbreviations are no organization")
    func commonNouns() throws {
        let m = try FullRun.mentions(
            """
            The Quorvex X2 phone has GPS, NFC and an OLED screen with 8GB of RAM.
            Doctors at Halvard General Hospital ordered an MRI and an ECG after his ICU stay.
            GDP grew while the CPI rose, and the IPO of Dunmore Holdings drew ETF buyers.
            """)
        #expect(m.contains("ORG Halvard General Hospital"), "\(m)")
        #expect(m.contains("ORG Dunmore Holdings"), "\(m)")
        for term in ["GPS", "NFC", "OLED", "RAM", "MRI", "ECG", "ICU", "GDP", "CPI", "IPO", "ETF"] {
            #expect(!m.contains { $0.hasSuffix(" \(term)") }, "\(term) in \(m)")
        }
    }

    @Test("an abbreviation the document spells out as a name's in brackets is that name everywhere")
    func definedAsName() throws {
        let m = try FullRun.mentions(
            "The Global Placement Society (GPS) met in Halvard on Monday. GPS members voted for a new board.")
        #expect(m.contains("ORG Global Placement Society"), "\(m)")
        #expect(m.filter { $0 == "ORG GPS" }.count == 2, "\(m)")
    }
}
