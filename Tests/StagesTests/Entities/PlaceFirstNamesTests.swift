import Pipeline
import Testing

@testable import Stages

/// `PlaceFirstNames` alone on mentions made by hand (`PassFixture`), with the gazetteer's real findings.
@Suite("Entities: places that are given names")
struct PlaceFirstNamesTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            let findings = (0..<tokens.count).map { Gazetteer.shared.findings(at: $0, in: tokens, bytes: bytes) }
            PlaceFirstNames(tokens: tokens, bytes: bytes, findings: findings).apply(&mentions)
        }
    }

    @Test("a place that is a given name, right before a person, opens the person's name")
    func joined() throws {
        let m = try Self.run(
            "Chad Edwin Marlowe pitched twice. Friends including Jordan Spiravo gathered.",
            [("Chad", .gpe), ("Edwin Marlowe", .person), ("Jordan", .gpe), ("Spiravo", .person)])
        #expect(m == ["person Chad Edwin Marlowe", "person Jordan Spiravo"])
    }

    @Test("a town that is a given name and one that is a surname, side by side, are one person")
    func twoTowns() throws {
        let m = try Self.run(
            "It houses the collection of Alma Gilbert. Fans filled the Georgia Dome. Troops marched to Sandy Hook, Maryland.",
            [("Alma", .gpe), ("Gilbert", .gpe), ("Georgia", .gpe), ("Dome", .gpe), ("Sandy", .gpe), ("Hook", .gpe),
             ("Maryland", .gpe)])
        #expect(m == [
            "person Alma Gilbert", "gpe Georgia", "gpe Dome", "gpe Sandy", "gpe Hook", "gpe Maryland",
        ], "\(m)")
    }

    @Test("after a preposition, across a comma, or when no given name, the place stays a place")
    func kept() throws {
        let m = try Self.run(
            "The envoy to Jordan Tomas Vell resigned. Jordan, Tomas Vell said. Special envoy Ukraine Kurt Volker left.",
            [("Jordan", .gpe), ("Tomas Vell", .person), ("Ukraine", .gpe), ("Kurt Volker", .person)])
        #expect(m == [
            "gpe Jordan", "person Tomas Vell", "gpe Jordan", "person Tomas Vell", "gpe Ukraine", "person Kurt Volker",
        ])
    }
}

extension PlaceFirstNamesTests {
    @Test("a nationality that is a given name opens a lone surname's name, not a whole name's")
    func nationalityFirstNames() throws {
        let m = try Self.run(
            "Christian Anderssen spoke. The German Angela Mertel replied.",
            [("Christian", .norp), ("Anderssen", .person), ("German", .norp), ("Angela Mertel", .person)])
        #expect(m == ["person Christian Anderssen", "norp German", "person Angela Mertel"])
    }
}
