import Pipeline
import Testing

@testable import Stages

/// `ServicePlatforms` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: social platforms as services")
struct ServicePlatformsTests {
    @Test("a platform named as the service is no mention; the company stays an organization")
    func serviceOrCompany() throws {
        let m = try PassFixture.run(
            "She posted on Twitter on Monday, and the party's Instagram account was renamed. A viral Weibo post spread. "
                + "Facebook said it would act.",
            [("Twitter", .org), ("Instagram", .org), ("Weibo", .gpe), ("Facebook", .org)]
        ) { tokens, bytes, mentions in
            ServicePlatforms(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m == ["org Facebook"])
    }
}
