import Pipeline
import Testing

@testable import Stages

/// `DescribedOrganizations`: a name right after a noun of organizations ("the research firm X"). Invented
/// names, so that no list can know them.
@Suite("Entities: organizations introduced by what they are")
struct DescribedOrganizationsTests {
    @Test("a name after 'firm', 'carrier', 'website' or 'band' is an organization")
    func described() throws {
        let m = try FullRun.mentions(
            "Jeffrey Halley, a market analyst with the research firm Quorvex, wrote in a note. The order came from "
                + "the Turkish-based carrier Skyvela Air. The fact-checking website Truthmill said so, and the band "
                + "Velvet Marrow played.")
        #expect(m.contains("ORG Quorvex"))
        #expect(m.contains("ORG Skyvela Air"))
        #expect(m.contains("ORG Truthmill"))
        #expect(m.contains("ORG Velvet Marrow"))
    }

    @Test("a maker of goods glued to them, with a hyphen or not, introduces a company; a lawmaker is a person")
    func goodsMakers() throws {
        let m = try FullRun.mentions("The toymaker Quorvexa and the vehicle-maker Halmstrek grew. The lawmaker Ana Ruiz spoke.")
        #expect(m.contains("ORG Quorvexa") && m.contains("ORG Halmstrek"), "\(m)")
        #expect(m.contains("PERSON Ana Ruiz"), "\(m)")
    }

    @Test("the article before a band's name is no name of its own")
    func articleAlone() throws {
        let m = try FullRun.mentions("She joined the band The Quellers.")
        #expect(!m.contains("ORG The"))
    }
}
