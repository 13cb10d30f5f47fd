import Pipeline
import Testing

@testable import Stages

/// `AppositiveOrganizations`: an unknown name that the apposition after it says is an organization ("Quorvex, a
/// startup that ..."). Invented names, so that no list can know them.
@Suite("Entities: organizations described by the apposition after them")
struct AppositiveOrganizationsTests {
    @Test("a startup, a company, a chipmaker after the comma make the name before it an organization")
    func described() throws {
        let m = try FullRun.mentions(
            "Google has bought Quorvexa, a startup that was once part of Microsoft. Halmstrek, a Seattle real estate "
                + "company, cut jobs. Velmora, the Dutch chipmaker, said sales rose.")
        #expect(m.contains("ORG Quorvexa"), "\(m)")
        #expect(m.contains("ORG Halmstrek"), "\(m)")
        #expect(m.contains("ORG Velmora"), "\(m)")
    }

    @Test("'which is based in' and 'headquartered in' after an untagged name")
    func basedIn() throws {
        let m = try FullRun.mentions("Quorvexa, which is based in Seattle, cut jobs. Halmstrek, headquartered in Oslo, grew.")
        #expect(m.contains("ORG Quorvexa"), "\(m)")
        #expect(m.contains("ORG Halmstrek"), "\(m)")
    }

    @Test("'a unit of', 'a subsidiary of', 'a division of' name an arm of the company after them")
    func arms() throws {
        let m = try FullRun.mentions(
            "Quorvexa, a unit of Halmstrek Corp., cut jobs. Velmoran, a wholly owned subsidiary of Tessane Inc., grew.")
        #expect(m.contains("ORG Quorvexa"), "\(m)")
        #expect(m.contains("ORG Velmoran"), "\(m)")
        let people = try FullRun.mentions("Ana Ruiz, a unit commander, said no.")
        #expect(people.contains("PERSON Ana Ruiz"), "\(people)")
    }

    @Test("a person's job, a member of a group and a sentence's opening word are no organization")
    func notOrganizations() throws {
        let m = try FullRun.mentions(
            "Ana Ruiz, a company spokeswoman, said no. Oren Talby, a member of the band, agreed. Moreover, the "
                + "company, whose shares fell, said so. However, a firm said no.")
        #expect(m.contains("PERSON Ana Ruiz"), "\(m)")
        #expect(m.contains("PERSON Oren Talby"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("ORG") }, "\(m)")
    }
}
