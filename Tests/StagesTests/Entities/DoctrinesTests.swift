import Pipeline
import Testing

@testable import Stages

/// `Doctrines` alone on mentions made by hand (`PassFixture`), with the shipped gazetteers and lexicon.
@Suite("Entities: religions and doctrines")
struct DoctrinesTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            Doctrines(
                tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes),
                lexicon: EntityModel.shared.lexicon
            ).apply(&mentions)
        }
    }

    @Test("a faith's or a doctrine's name is NORP, whatever the tagger read, and where it left it untagged")
    func doctrines() throws {
        let m = try Self.run(
            "She converted to Quarnism in 1808. Velbrism rose again. He studied Ostrellism at Dunmore. "
                + "The rally was hostile to Islam.",
            [("Quarnism", .org), ("Ostrellism", .person), ("Dunmore", .org), ("Islam", .gpe)]
        )
        #expect(m == [
            "norp Quarnism", "norp Velbrism", "norp Ostrellism", "org Dunmore", "norp Islam",
        ], "\(m)")
    }

    @Test("a branch before the doctrine joins it; a person's name, a longer name and a common word stay")
    func branchesAndOthers() throws {
        let m = try Self.run(
            "Sunni Islam and Tibetan Quarnism differ. Tourism is up. The Ministry of Tourism said so. "
                + "Darvel Islam spoke. Velbrism Today is a magazine.",
            [("Sunni Islam", .person), ("Tibetan", .norp), ("Ministry of Tourism", .org), ("Darvel Islam", .person)]
        )
        #expect(m == [
            "norp Sunni Islam", "norp Tibetan Quarnism", "org Ministry of Tourism", "person Darvel Islam",
        ], "\(m)")
    }
}
