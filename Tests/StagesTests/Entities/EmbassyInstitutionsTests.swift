import Pipeline
import Testing

@testable import Stages

/// `EmbassyInstitutions` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: an embassy is the mission where it acts or has people, the building where things happen at it")
struct EmbassyInstitutionsTests {
    private func run(_ text: String, _ marks: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, marks) { tokens, bytes, mentions in
            EmbassyInstitutions(tokens: tokens, bytes: bytes).apply(&mentions)
        }
    }

    @Test("its people after it, or the name as its sentence's subject before a verb of the mission: ORG")
    func missions() throws {
        #expect(try run("Quorvex Embassy staff left.", [("Quorvex Embassy", .fac)]) == ["org Quorvex Embassy"])
        #expect(
            try run("The Quorvex Embassy in Halden had no comment.", [("Quorvex Embassy", .fac), ("Halden", .gpe)])
                == ["org Quorvex Embassy", "gpe Halden"])
        #expect(try run("The Quorvex Consulate said so.", [("Quorvex Consulate", .fac)]) == ["org Quorvex Consulate"])
    }

    @Test("the building where things happen stays a FAC")
    func buildings() throws {
        #expect(
            try run("The bomb outside the Quorvex Embassy in Halden was powerful.", [("Quorvex Embassy", .fac), ("Halden", .gpe)])
                == ["fac Quorvex Embassy", "gpe Halden"])
        #expect(try run("Crowds gathered at Quorvex Embassy gates.", [("Quorvex Embassy", .fac)]) == ["fac Quorvex Embassy"])
    }
}
