import Pipeline
import Testing

@testable import Stages

/// A place argument written "inner, outer" ("Tampere, Finland"): the relation names the inner place, and a
/// place's containment reaches the outer one.
@Suite("Relations: comma containers")
struct RelationContainerTests {
    @Test("a birthplace written city, state is the city, which lies in the state (ANNOTATION.md's gold)")
    func livesInNearerPlace() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Maria Lopez] was born in [GPE Tampere], [GPE Finland], in 1958.")
        #expect(r.contains("lives_in Maria Lopez → Tampere"))
        #expect(r.contains("located_in Tampere → Finland"))
        #expect(!r.contains("lives_in Maria Lopez → Finland"))
    }

    @Test("an organization of a city, state is based in the city")
    func basedInNearerPlace() throws {
        let r = try RelationFixtures.relations("The suit named [ORG Fjord Cable] of [GPE Bergen], [GPE Norway].")
        #expect(r.contains("based_in Fjord Cable → Bergen"))
        #expect(!r.contains("based_in Fjord Cable → Norway"))
    }

    @Test("a building in a city, country lies in the country too; the widened relation is less confident")
    func evidence() throws {
        var document = try RelationFixtures.marked(
            "The [FAC Harbor Embassy] in [GPE Pretoria], [GPE South Africa], had no comment.").document
        try RelationStage().process(&document)
        let byID = Dictionary(document.entities.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let pairs = document.relations.map { "\($0.type.rawValue) \(byID[$0.head] ?? "") → \(byID[$0.tail] ?? "")" }
        let direct = try #require(
            document.relations.first { $0.type == .locatedIn && byID[$0.head] == "Harbor Embassy" && byID[$0.tail] == "Pretoria" },
            "\(pairs)")
        let widened = try #require(
            document.relations.first { $0.type == .locatedIn && byID[$0.head] == "Harbor Embassy" && byID[$0.tail] == "South Africa" },
            "\(pairs)")
        #expect((widened.confidence ?? 1) < (direct.confidence ?? 0))
        #expect(widened.origin?.hasSuffix("+container") == true)
    }

    @Test("no widening without a found containment, nor across a list")
    func noWidening() throws {
        let list = try RelationFixtures.relations(
            "[PERSON Maria Lopez] was born in [GPE Lyon], [GPE Nantes] and [GPE Lille] each have a bank.")
        #expect(!list.contains("lives_in Maria Lopez → Nantes"))
        let other = try RelationFixtures.relations("[PERSON Maria Lopez] met [PERSON Ana Ruiz] in [GPE Lyon], [GPE France].")
        #expect(!other.contains { $0.hasPrefix("lives_in") })
    }

    @Test("a list whose last member has a direction word is still a list, a preposition ends it")
    func listWithModifier() throws {
        let list = try RelationFixtures.relations(
            "Rain fell over [GPE Ulster], [GPE Munster] and western [GPE Connacht] overnight.")
        #expect(!list.contains("located_in Ulster → Munster"))
        let notList = try RelationFixtures.relations(
            "She studied in [GPE Benton], [GPE Tenn.] and from [ORG Tennessee Tech] got a degree.")
        #expect(notList.contains("located_in Benton → Tenn."))
    }
}
