import Pipeline
import Testing

@testable import Stages

/// Relations copied to the other name of "long ( short )", and appositions that belong to the next person.
@Suite("Relations: parenthesized partners and name lists")
struct RelationPartnerTests {
    @Test("a relation to one name of 'X ( Y )' holds for the other")
    func parenthesizedPartner() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Ilse Maren], candidate of the [ORG GU] ([ORG Green Union]), won 9 percent.")
        #expect(r.contains("works_for Ilse Maren → GU"))
        #expect(r.contains("works_for Ilse Maren → Green Union"))
    }

    @Test("an organization's partner name is based where it is")
    func parenthesizedHead() throws {
        let r = try RelationFixtures.relations(
            "Engineers at the [ORG Baltic Energy Institute] ([ORG BEI]) in [GPE Riga] tested it.")
        #expect(r.contains("based_in Baltic Energy Institute → Riga"))
        #expect(r.contains("based_in BEI → Riga"))
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
            "Envoys from [GPE Chile], [GPE Peru], [GPE Bolivia], and the [GPE UAE] signed the accord.")
        #expect(!r.contains { $0.hasPrefix("located_in") })
    }

    @Test("in a list of names, 'X, Texas Rep. Y' gives the place to Y, not X")
    func listedPremodifier() throws {
        let r = try RelationFixtures.relations(
            "[GPE Ohio] Sen. [PERSON Lena Ortiz], [GPE Texas] Rep. [PERSON Omar Haddad] and others spoke.")
        #expect(r.contains("lives_in Omar Haddad → Texas"))
        #expect(r.contains("lives_in Lena Ortiz → Ohio"))
        #expect(!r.contains("lives_in Lena Ortiz → Texas"))
        let o = try RelationFixtures.relations(
            "[PERSON Anna Lee], [ORG Reuters] reporter [PERSON Tom Baker] and others signed the letter.")
        #expect(!o.contains("works_for Anna Lee → Reuters"))
    }
}
