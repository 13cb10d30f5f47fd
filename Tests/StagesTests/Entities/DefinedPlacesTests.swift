import Pipeline
import Testing

@testable import Stages

/// `DefinedPlaces` alone on mentions made by hand (`PassFixture`), with the shipped lexicon.
@Suite("Entities: names defined as settlements")
struct DefinedPlacesTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            DefinedPlaces(tokens: tokens, bytes: bytes, lexicon: EntityModel.shared.lexicon).apply(&mentions)
        }
    }

    @Test("a name that is 'a village' or 'a small town' in the sentence is a place, at its other mentions too")
    func defined() throws {
        let m = try Self.run(
            "Quarvick is a village and civil parish in Velbury. Quarvick had 318 people. Orlenbo, a small town in "
                + "Skarn, was hit. Dunmarrow was a hamlet near the river. Baatvel is a district of Skarn.",
            [("Quarvick", .person), ("Velbury", .gpe), ("Orlenbo", .org), ("Skarn", .gpe), ("Baatvel", .person)]
        )
        #expect(m == [
            "gpe Quarvick", "gpe Velbury", "gpe Quarvick", "gpe Orlenbo", "gpe Skarn", "gpe Dunmarrow", "gpe Baatvel",
            "gpe Skarn",
        ], "\(m)")
    }

    @Test("a settlement's noun that goes on to a person's role is no definition, nor is a common word a name")
    func notDefined() throws {
        let m = try Self.run(
            "Ana Ruiz, a town councillor, spoke. This is a small town. Nell met Brandt, a village elder. "
                + "Velmont is a school district in Ohio.",
            [("Ana Ruiz", .person), ("Nell", .person), ("Brandt", .person), ("Velmont", .org)]
        )
        #expect(m == ["person Ana Ruiz", "person Nell", "person Brandt", "org Velmont"], "\(m)")
    }
}
