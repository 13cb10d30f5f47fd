import Pipeline
import Testing

@testable import Stages

/// `DiseaseNames` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: a name before 'disease', 'syndrome' or 'virus' names the illness")
struct DiseaseNamesTests {
    private func run(_ text: String, _ marks: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, marks) { tokens, bytes, mentions in
            DiseaseNames(tokens: tokens, bytes: bytes).apply(&mentions)
        }
    }

    @Test("the name before the noun goes, also with a possessive between")
    func illnesses() throws {
        let m = try run(
            "Ana had Quorvex Lung disease, then Tessane's disease and the Halden virus.",
            [("Ana", .person), ("Quorvex Lung", .org), ("Tessane", .person), ("Halden", .gpe)]
        )
        #expect(m == ["person Ana"], "\(m)")
    }

    @Test("a name before another noun, a capitalized noun or a line end stays")
    func notIllnesses() throws {
        let m = try run(
            "Quorvex Lung staff met Tessane. Halden Disease Center opened.",
            [("Quorvex Lung", .org), ("Tessane", .person), ("Halden", .gpe)]
        )
        #expect(m == ["org Quorvex Lung", "person Tessane", "gpe Halden"], "\(m)")
    }
}
