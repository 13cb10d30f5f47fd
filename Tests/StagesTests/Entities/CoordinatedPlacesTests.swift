import Pipeline
import Testing

@testable import Stages

/// `CoordinatedPlaces`, through the whole entity stage.
@Suite("Entities: two places or peoples joined by 'and'")
struct CoordinatedPlacesTests {
    @Test("a people and a place, or two places, read as one name are two mentions; a name known whole stays whole")
    func coordinated() throws {
        let doc = try FullRun.document(
            "Halvard is appeasing Russia at the expense of the Kurds and Ukraine. "
                + "The talks between the Kurds and Turkey stalled. He flew to Bosnia and Herzegovina.")
        let m = doc.entities.map { "\($0.label) \($0.text)" }
        #expect(m.filter { $0 == "NORP Kurds" }.count == 2, "\(m)")
        #expect(m.contains("GPE Ukraine") && m.contains("GPE Turkey"), "\(m)")
        #expect(m.contains("GPE Bosnia and Herzegovina"), "\(m)")
        #expect(!m.contains { $0.contains(" and Ukraine") || $0.contains(" and Turkey") }, "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }
}
