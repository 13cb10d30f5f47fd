import Pipeline
import Testing

@testable import Stages

/// `CamelCaseNames` alone on mentions made by hand (`PassFixture`): the tagger's one-word persons
/// "ZapLoom", "McDonald", "Zapata" and its places "OrbitLane", "DeKalb". Invented names.
@Suite("Entities: camel-cased names")
struct CamelCaseNamesTests {
    /// Eight sentences: an article (`UnintroducedPersons.minimumSentences`).
    static let article = [
        "ZapLoom is reportedly being investigated by the state.", "ZapLoom said it would cooperate.",
        "Shares fell on Monday.", "Analysts were not surprised.", "The company has 12,000 employees.",
        "Ronan McDonald, a lawyer, said McDonald had seen the papers.", "The inquiry began in May.",
        "A hearing is set for June.",
    ].joined(separator: " ")

    static func relabelled(_ text: String) throws -> [String] {
        let spans: [(String, MentionLabel)] = [
            ("ZapLoom", .person), ("McDonald", .person), ("Zapata", .person), ("OrbitLane", .gpe), ("DeKalb", .gpe),
        ]
        return try PassFixture.run(text, spans) { tokens, bytes, mentions in
            CamelCaseNames(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
    }

    @Test("in an article a camel-cased one-word person or place is an organization; 'McDonald', 'Zapata' and 'DeKalb' stay")
    func camelCase() throws {
        let m = try Self.relabelled(Self.article + " Zapata agreed. Officials are investigating OrbitLane in DeKalb.")
        #expect(m.contains("org ZapLoom") && !m.contains("person ZapLoom"))
        #expect(m.contains("org OrbitLane"))
        #expect(m.contains("gpe DeKalb"))
        #expect(m.contains("person McDonald"))
        #expect(m.contains("person Zapata"))
    }

    @Test("outside an article (a tweet) a camel-cased word is left as the tagger read it")
    func tweets() throws {
        let m = try Self.relabelled("RT ZapLoom: sounds good to me mate!")
        #expect(m == ["person ZapLoom"])
    }
}
