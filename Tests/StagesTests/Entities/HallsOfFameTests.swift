import Pipeline
import Testing

@testable import Stages

/// `HallsOfFame` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: halls of fame")
struct HallsOfFameTests {
    @Test("the capitalized words before 'Hall of Fame', across 'and', name one organization that replaces the pieces")
    func halls() throws {
        let m = try PassFixture.run(
            "The band hopes for a Rock and Roll Hall of Fame Induction. He was inducted into the Hall of Fame. "
                + "A Hall of Fame vote is due.",
            [("Rock", .gpe), ("Fame Induction", .gpe), ("Hall", .person)]
        ) { tokens, bytes, mentions in
            HallsOfFame(tokens: tokens, bytes: bytes).apply(&mentions)
        }
        #expect(m == ["org Rock and Roll Hall of Fame", "org Hall of Fame", "person Hall"])
    }
}
