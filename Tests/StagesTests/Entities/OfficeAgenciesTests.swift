import Pipeline
import Testing

@testable import Stages

/// `OfficeAgencies` alone on mentions made by hand (`PassFixture`), and the whole entity stage on invented
/// local news.
@Suite("Entities: an office named after its holder is an organization")
struct OfficeAgenciesTests {
    @Test("the holder's title, its possessive and the office make one organization with the place before them")
    func agencies() throws {
        let m = try PassFixture.run(
            "The Quorvex County Sheriff's Office said the Halden District Attorney's Office for the Eastern District of "
                + "Tessane agreed.",
            [("Quorvex", .person), ("Sheriff", .title), ("Office", .person), ("Halden", .gpe), ("District Attorney", .title),
             ("Office for the Eastern District of Tessane", .org)]
        ) { tokens, bytes, mentions in
            OfficeAgencies(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m == [
            "org Quorvex County Sheriff's Office",
            "org Halden District Attorney's Office for the Eastern District of Tessane",
        ], "\(m)")
    }

    @Test("a person's possessive before 'Office', or a holder without the possessive, is no agency")
    func notAgencies() throws {
        let m = try PassFixture.run(
            "Sheriff Ana Ruiz's Office opened. The Sheriff Office Quorvex said.",
            [("Sheriff", .title), ("Ana Ruiz", .person), ("Office", .org)]
        ) { tokens, bytes, mentions in
            OfficeAgencies(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m == ["title Sheriff", "person Ana Ruiz", "org Office", "title Sheriff", "org Office"], "\(m)")
    }

    @Test("end to end: local news names the sheriff's office and the medical examiner's office whole")
    func endToEnd() throws {
        let m = try FullRun.mentions(
            "A Quorvex County Sheriff's Department canine found the bag, and the Halden County Medical Examiner's Office said so.")
        #expect(m.contains("ORG Quorvex County Sheriff's Department"), "\(m)")
        #expect(m.contains("ORG Halden County Medical Examiner's Office"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("PERSON") || $0.hasPrefix("TITLE") }, "\(m)")
    }
}
