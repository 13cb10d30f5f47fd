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
