import Foundation
import Testing

/// The seed's two forms, the plain text and the HTML page, must score the same against the gold: the
/// HTML path adds only the headline (outside the gold text, not scored) and must keep the author's bio,
/// whose entities the gold annotates.
@Suite("seed: text and HTML paths score alike", .serialized)
struct SeedPathsCLITests {
    static func entities(_ run: [String]) throws -> [String: Any] {
        let result = try PipeBinary.run(["eval", "--gold", "gold/seed.gold.json", "--format", "json", "--run"] + run)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(PipeBinary.object(result.stdout), "eval --format json printed: \(result.stdout.prefix(200))")
        return try #require(json["entities"] as? [String: Any])
    }

    static func strictMicroF1(_ entities: [String: Any]) -> Double? {
        ((entities["micro"] as? [String: Any])?["strict"] as? [String: Any])?["f1"] as? Double
    }

    @Test func entityFiguresIdentical() throws {
        let html = try Self.entities(["gold/seed.html"])
        let text = try Self.entities(["gold/seed.txt", "--dct", "2021-12-01"])
        let htmlF1 = try #require(Self.strictMicroF1(html))
        let textF1 = try #require(Self.strictMicroF1(text))
        #expect(htmlF1 == textF1)
        #expect(htmlF1 > 0)
        // Every figure, per label and matching, not only the headline one; only the count of mentions
        // outside the gold text differs (the headline's, which the HTML path has and the text lacks).
        var scored = html
        var textScored = text
        scored["outside"] = nil
        textScored["outside"] = nil
        #expect(NSDictionary(dictionary: scored).isEqual(to: textScored))
        #expect(html["outside"] as? Int ?? 0 > 0, "the headline's mentions are predicted, outside the gold text")
    }
}
