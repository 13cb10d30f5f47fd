import Pipeline
import Testing

@testable import Stages

/// Relations copied to the other name of "long ( short )", and appositions that belong to the next person.
@Suite("Relations: parenthesized partners and name lists")
struct RelationPartnerTests {
    @Test("a relation to one name of 'X ( Y )' holds for the other")
    func parenthesizedPartner() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Cuauhtemoc Cardenas], candidate of the [ORG PRD] ([ORG Party of the Democratic Revolution]), won 9 percent.")
        #expect(r.contains("works_for Cuauhtemoc Cardenas → PRD"))
        #expect(r.contains("works_for Cuauhtemoc Cardenas → Party of the Democratic Revolution"))
    }

    @Test("an organization's partner name is based where it is")
    func parenthesizedHead() throws {
        let r = try RelationFixtures.relations(
            "Scientists at the [ORG Centro Nacional de Microelectronica] ([ORG CNM]) in [GPE Barcelona] built it.")
        #expect(r.contains("based_in Centro Nacional de Microelectronica → Barcelona"))
        #expect(r.contains("based_in CNM → Barcelona"))
    }

    @Test("no copy between parenthesized mentions of different labels")
    func differentLabels() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Ned Price], spokesman for the [ORG State Department] ([GPE Washington]), declined to comment.")
        #expect(!r.contains("works_for Ned Price → Washington"))
    }

    @Test("a list ending in ', and the Z' is no chain of places")
    func listWithArticle() throws {
        let r = try RelationFixtures.relations(
            "Envoys from [GPE Russia], [GPE Japan], [GPE Poland], and the [GPE PRC] signed the accord.")
        #expect(!r.contains { $0.hasPrefix("located_in") })
    }

    @Test("in a list of names, 'X, Hawaii Rep. Y' gives the place to Y, not X")
    func listedPremodifier() throws {
        let r = try RelationFixtures.relations(
            "[GPE New Jersey] Sen. [PERSON Cory Booker], [GPE Hawaii] Rep. [PERSON Tulsi Gabbard] and others spoke.")
        #expect(r.contains("lives_in Tulsi Gabbard → Hawaii"))
        #expect(r.contains("lives_in Cory Booker → New Jersey"))
        #expect(!r.contains("lives_in Cory Booker → Hawaii"))
        let o = try RelationFixtures.relations(
            "[PERSON Anna Lee], [ORG Reuters] reporter [PERSON Tom Baker] and others signed the letter.")
        #expect(!o.contains("works_for Anna Lee → Reuters"))
    }
}
