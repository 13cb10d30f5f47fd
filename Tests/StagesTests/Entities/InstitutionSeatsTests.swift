import Pipeline
import Testing

@testable import Stages

/// `InstitutionSeats`: a seat that stands for its institution is an ORG, a FAC only after a preposition
/// of place.
@Suite("Entities: seats of institutions")
struct InstitutionSeatsTests {
    @Test("a seat acting, owning or qualifying is the institution; in or at it, the place")
    func seats() throws {
        let m = try FullRun.mentions(
            "The White House said on Monday that Pentagon officials and the Kremlin agreed, and Wall Street "
                + "rallied. Later the envoy met aides in the White House, and a speech was delivered at the Pentagon.")
        #expect(m.filter { $0 == "ORG White House" }.count == 1)
        #expect(m.contains("ORG Pentagon") && m.contains("ORG Kremlin") && m.contains("ORG Wall Street"))
        #expect(m.contains("FAC White House") && m.contains("FAC Pentagon"))
        // Other facilities keep their label.
        #expect(try FullRun.mentions("The bridge near the Eiffel Tower closed.").contains("FAC Eiffel Tower"))
    }
}

extension InstitutionSeatsTests {
    /// "the rock band Sum-41": `DescribedOrganizations` made an empty mention of a name with a number (its
    /// end before its start), which crashed this rule's text slice on the bench corpus.
    @Test("a company noun before a name with a number makes no empty mention")
    func noEmptyMentions() throws {
        let mentions = try FullRun.mentions(
            "Derek Whibley of the Canadian rock band Sum-41 paid about $9.5 million for the home.")
        #expect(mentions.contains("PERSON Derek Whibley"))
        #expect(!mentions.contains { $0.hasPrefix("ORG") })
        // The stage's own list before the last rules: no mention ends before it starts.
        let doc = try FullRun.document("Derek Whibley of the Canadian rock band Sum-41 paid about $9.5 million.")
        #expect(EntityStage.tag(doc).mentions.allSatisfy { $0.startToken < $0.endToken && $0.startByte < $0.endByte })
    }
}
