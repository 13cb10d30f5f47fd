import Pipeline
import PipelineIO
import Testing

@testable import Stages

/// Every gold date of the seed article must be found with its gold span and TIMEX3.
@Suite("Date seed gold")
struct DateSeedGoldTests {
    static let goldPath = TokenizeFixtures.repositoryRoot + "/gold/seed.gold.json"

    @Test("all 15 seed dates with their gold values")
    func seed() throws {
        let bytes = try FileSystem.readFile(Self.goldPath, limit: 10_000_000).get()
        let gold = try JSONParser.parse(bytes)
        let text = try #require(gold["text"]?.stringValue)
        let dct = gold["dct"]?.stringValue
        let golds = (gold["entities"]?.arrayValue ?? []).filter { $0["timex"] != nil }
        #expect(golds.count == 15)
        let found = try dateEntities(text, dct: dct)
        for g in golds {
            let start = try #require(g["start"]?.intValue)
            let end = try #require(g["end"]?.intValue)
            let p = found.first { $0.start == start && $0.end == end }
            #expect(p != nil, "missed \(g["text"]?.stringValue ?? "")")
            #expect(p?.timex?.type.rawValue == g["timex"]?["type"]?.stringValue)
            #expect(p?.timex?.value == g["timex"]?["value"]?.stringValue)
            #expect(p?.timex?.mod == g["timex"]?["mod"]?.stringValue)
        }
        #expect(found.count == golds.count, "extra: \(found.map(\.text))")
    }
}
