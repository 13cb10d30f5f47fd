import Testing

@testable import Stages

/// The gazetteer origins are written out as literals (`MentionOrigin` names are static strings): they must
/// stay "gazetteer:" and each resource's name, in raw-value order.
@Suite struct GazetteerOriginsTests {
    @Test("each resource's origin is gazetteer: and its name")
    func literalsMatchNames() {
        #expect(Gazetteer.origins.count == GazetteerResource.allCases.count)
        for r in GazetteerResource.allCases {
            #expect(Gazetteer.origins[Int(r.rawValue)] == "gazetteer:" + r.name)
        }
    }
}
