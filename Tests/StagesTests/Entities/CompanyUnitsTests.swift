import Pipeline
import Testing

@testable import Stages

/// `CompanyUnits` alone on mentions made by hand (`PassFixture`), with the gazetteers' findings: the name of a
/// company's arm between its owner's possessive and "unit", "subsidiary", "division" or "affiliate".
@Suite("Entities: a company's arm named before 'unit' or 'subsidiary'")
struct CompanyUnitsTests {
    private func run(_ text: String, _ marks: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, marks) { tokens, bytes, mentions in
            CompanyUnits(
                tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes),
                gazetteer: Gazetteer.shared
            ).apply(&mentions)
        }
    }

    @Test("the arm's name becomes one organization, and a person read as its owner an organization")
    func arms() throws {
        let m = try run(
            "Quorvex Co.'s Gulf Tessane unit may plead guilty. Halmstrek's Velmora subsidiary grew. It sold its "
                + "Ardent Brenna division.",
            [("Quorvex Co.", .org), ("Gulf Tessane", .loc), ("Halmstrek", .person)]
        )
        #expect(
            m == ["org Quorvex Co.", "org Gulf Tessane", "org Halmstrek", "org Velmora", "org Ardent Brenna"], "\(m)")
    }

    @Test("a known place or people qualifies the arm and stays; no possessive, no arm")
    func notArms() throws {
        let m = try run(
            "Quorvex said its European unit and its Latin America division grew. Halmstrek Velmora unit was sold. "
                + "France's Tessane unit grew.",
            [("Quorvex", .org), ("European", .norp), ("Latin America", .loc), ("France", .gpe)]
        )
        #expect(
            m == ["org Quorvex", "norp European", "loc Latin America", "gpe France", "org Tessane"], "\(m)")
    }
}
