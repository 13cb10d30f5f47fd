import Pipeline
import Testing

@testable import Stages

/// `StateSchools`: an American state or town and "State" is a university, elsewhere a place.
@Suite("Entities: state schools")
struct StateSchoolsTests {
    @Test("an American state or town and 'State' is a university; other countries' states and the state's offices are places")
    func schools() throws {
        let m = try FullRun.mentions(
            "Researchers at Iowa State and Boise State found it. Violence rose in Rakhine State, and the Lagos State "
                + "government met. New York State has 62 counties. The Florida State court ruled on Monday.")
        #expect(m.contains("ORG Iowa State") && m.contains("ORG Boise State"))
        #expect(m.contains("GPE Rakhine State") && m.contains("GPE Lagos State") && m.contains("GPE New York State"))
        #expect(!m.contains("ORG Florida State"))
    }
}
