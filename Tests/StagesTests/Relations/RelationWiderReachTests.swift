import Pipeline
import Testing

@testable import Stages

/// Rows whose reach was widened keep their table example; each wider form has its own invented sentence here.
@Suite("Relations: widened pattern reach")
struct RelationWiderReachTests {
    @Test("role apposition reaches the first organization behind a longer description, not a later place")
    func roleAppositionLongDescription() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Rita Holm], counsel for the [NORP Chilean] copper mining group [ORG Andes Metal], spoke first.")
        #expect(r.contains("works_for Rita Holm → Andes Metal"))
        let place = try RelationFixtures.relations(
            "[PERSON Tom Reyes], an analyst at [ORG Dunmore Capital Inc.] in [GPE New York], expects a cut.")
        #expect(place.contains("works_for Tom Reyes → Dunmore Capital Inc."))
        #expect(!place.contains("works_for Tom Reyes → New York"))
    }

    @Test("a place apposition without a determiner")
    func placeAppositionWithoutDeterminer() throws {
        let r = try RelationFixtures.relations(
            "The summit met in [GPE Arequipa], second largest city in [GPE Peru], on Friday.")
        #expect(r.contains("located_in Arequipa → Peru"))
    }

    @Test("charged with the killing after a long charge")
    func chargedLongCharge() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Dale Hurst] is charged with robbery and gang assault in the [GPE Leeds] killing of [PERSON Owen Park].")
        #expect(r.contains("killed Dale Hurst → Owen Park"))
    }

    @Test("a pronoun clause after a longer lead")
    func pronounClauseLongerLead() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Dale Hurst] shocked the whole court by admitting he shot [PERSON Owen Park].")
        #expect(r.contains("killed Dale Hurst → Owen Park"))
    }

    @Test("a named killing after a longer lead")
    func namedKillingLongerLead() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Dale Hurst] had put himself in a trance during [PERSON Owen Park] 's 2019 slaying.")
        #expect(r.contains("killed Dale Hurst → Owen Park"))
    }

    @Test("kills far from the subject need a subject-controlled gerund and no other person between")
    func farGerund() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Dale Hurst] hoped to save the town by killing [PERSON Owen Park].")
        #expect(r.contains("killed Dale Hurst → Owen Park"))
        let other = try RelationFixtures.relations(
            "[PERSON Dale Hurst] told reporters that [PERSON Ana Ruiz] was arrested after shooting [PERSON Owen Park].")
        #expect(!other.contains("killed Dale Hurst → Owen Park"))
    }

    @Test("a copula role with a place or organization as its modifier")
    func copulaRoleEntityModifier() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Sam Odell] is [LOC Middle East] correspondent for [ORG Harbor Gazette].")
        #expect(r.contains("works_for Sam Odell → Harbor Gazette"))
    }

    @Test("an owner or leader after an age apposition")
    func leaderAfterAge() throws {
        let r = try RelationFixtures.relations("[PERSON Ed Warner], 70, who owned [ORG Home Savings Bank], sold it.")
        #expect(r.contains("works_for Ed Warner → Home Savings Bank"))
    }

    @Test("an assistant of an organization")
    func assistantRole() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Jo Mason], assistant for health at the [ORG Department of Health], spoke.")
        #expect(r.contains("works_for Jo Mason → Department of Health"))
    }

    @Test("coordinated places all lie in the place after them")
    func coordinatedPlacesIn() throws {
        let r = try RelationFixtures.relations(
            "The plane could have landed in [GPE Tarsk] or [GPE Velm] in [GPE Moldavia] instead.")
        #expect(r.contains("located_in Tarsk → Moldavia"))
        #expect(r.contains("located_in Velm → Moldavia"))
    }

    @Test("a framing place does not reach a place written 'inner, outer'")
    func framingPlaceNotBeforeComma() throws {
        let r = try RelationFixtures.relations(
            "In [GPE Wyoming], snow closed roads near [GPE Casper], [GPE Natrona], on Monday.")
        #expect(!r.contains("located_in Casper → Wyoming"))
    }

    @Test("a home in a place, after a comma")
    func homeInPlace() throws {
        let r = try RelationFixtures.relations(
            "[PERSON Ada Obi], speaking by telephone from her home in [GPE Enugu], said she was safe.")
        #expect(r.contains("lives_in Ada Obi → Enugu"))
    }
}

extension RelationWiderReachTests {
    @Test("works for across an auxiliary, an adverb or a time; the employer as the subject of a hiring verb")
    func worksForAcrossAdverbs() throws {
        for sentence in [
            "[PERSON Nick Varga] still works for [ORG Quorvex].", "[PERSON Nick Varga] now works for [ORG Quorvex].",
            "[PERSON Nick Varga] has been working at [ORG Quorvex] for a decade.",
            "[PERSON Nick Varga], who has worked for [ORG Quorvex] since 2010, spoke.",
            "Last year [ORG Quorvex] hired [PERSON Nick Varga].",
        ] {
            let r = try RelationFixtures.relations(sentence)
            #expect(r.contains("works_for Nick Varga → Quorvex"), "\(sentence): \(r)")
        }
        // "named" is no hiring verb here: a magazine names a person of the year.
        let named = try RelationFixtures.relations("[ORG Time] named [PERSON Nick Varga] its person of the year.")
        #expect(!named.contains("works_for Nick Varga → Time"))
    }

    @Test("two titles coordinated before or in the apposition are both the holder's")
    func coordinatedTitles() throws {
        let before = try RelationFixtures.relations(
            "The probe is about [ORG Quorvex]'s [TITLE founder] and former [TITLE chief executive], [PERSON Ana Ruiz].")
        #expect(before.contains("has_title Ana Ruiz → founder"), "\(before)")
        #expect(before.contains("has_title Ana Ruiz → chief executive"), "\(before)")
        let after = try RelationFixtures.relations(
            "[PERSON Ana Ruiz], the [TITLE founder] and former [TITLE chief executive] of [ORG Quorvex], left.")
        #expect(after.contains("has_title Ana Ruiz → founder"), "\(after)")
        #expect(after.contains("has_title Ana Ruiz → chief executive"), "\(after)")
    }
}
