import Pipeline
import Testing

@testable import Stages

/// `PlaceNamedTeams` alone on mentions made by hand (`PassFixture`): the nicknames are invented, the places
/// are in the place table.
@Suite("Entities: teams named after a place")
struct PlaceNamedTeamsTests {
    @Test("a known place and a capitalized plural nickname is a team, of one or two words")
    func nicknames() throws {
        let m = try PassFixture.run(
            "Tickets for the Toronto Quellers sold out, and the St. Louis Grey Vardens signed him.",
            [("Toronto Quellers", .gpe), ("St. Louis Grey Vardens", .loc)]
        ) { tokens, bytes, mentions in
            PlaceNamedTeams(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == ["org Toronto Quellers", "org St. Louis Grey Vardens"])
    }

    @Test("places with plural names, a singular last word and unknown first words stay places")
    func places() throws {
        let m = try PassFixture.run(
            "From Colorado Springs to the Toronto Islands, the Congo Crisis and Quellvar Heights were news.",
            [("Colorado Springs", .gpe), ("Toronto Islands", .loc), ("Congo Crisis", .gpe), ("Quellvar Heights", .gpe)]
        ) { tokens, bytes, mentions in
            PlaceNamedTeams(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == ["gpe Colorado Springs", "loc Toronto Islands", "gpe Congo Crisis", "gpe Quellvar Heights"])
    }
}
