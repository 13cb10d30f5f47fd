import Pipeline
import Testing

@testable import Stages

/// `CamelCaseNames`: a one-word "person" with a capital inside is a company in an article. Invented names.
@Suite("Entities: camel-cased names")
struct CamelCaseNamesTests {
    /// Eight sentences: an article (`UnintroducedPersons.minimumSentences`).
    static let article = [
        "ZapLoom is reportedly being investigated by the state.", "ZapLoom said it would cooperate.",
        "Shares fell on Monday.", "Analysts were not surprised.", "The company has 12,000 employees.",
        "Ronan McDonald, a lawyer, said McDonald had seen the papers.", "The inquiry began in May.",
        "A hearing is set for June.",
    ].joined(separator: " ")

    /// The pass alone on the tagger's one-word persons "ZapLoom", "McDonald", "Zapata" and places "OrbitLane",
    /// "DeKalb" of `text`.
    static func relabelled(_ text: String) throws -> [String: String] {
        var doc = Document(id: "t", source: Source(path: "-", format: .text, bytes: Array(text.utf8)))
        for stage in try StageCatalog.stages(named: ["normalize", "tokenize", "sentences"]) { try stage.process(&doc) }
        var walk: OffsetWalk?
        let tokens = TokenTable(doc, walk: &walk)
        var copy = doc.text
        return copy.withUTF8 { bytes in
            func word(_ t: Int) -> String {
                String(decoding: bytes[Int(tokens.byteStart[t])..<Int(tokens.byteEnd[t])], as: UTF8.self)
            }
            // "OrbitLane" and "DeKalb" as the tagger's places, the others as its persons.
            var mentions = (0..<tokens.count).filter { ["ZapLoom", "McDonald", "Zapata", "OrbitLane", "DeKalb"].contains(word($0)) }.map {
                Mention($0..<($0 + 1), of: tokens, label: ["OrbitLane", "DeKalb"].contains(word($0)) ? .gpe : .person, origin: "model:tagger")
            }
            CamelCaseNames(tokens: tokens, bytes: bytes, findings: []).apply(&mentions)
            var labels: [String: String] = [:]
            for m in mentions { labels[word(m.startToken)] = "\(m.label)" }
            return labels
        }
    }

    @Test("in an article a camel-cased one-word person or place is an organization; 'McDonald', 'Zapata' and 'DeKalb' stay")
    func camelCase() throws {
        let m = try Self.relabelled(Self.article + " Zapata agreed. Officials are investigating OrbitLane in DeKalb.")
        #expect(m["ZapLoom"] == "org")
        #expect(m["OrbitLane"] == "org")
        #expect(m["DeKalb"] == "gpe")
        #expect(m["McDonald"] == "person")
        #expect(m["Zapata"] == "person")
    }

    @Test("outside an article (a tweet) a camel-cased word is left as the tagger read it")
    func tweets() throws {
        let m = try Self.relabelled("RT ZapLoom: sounds good to me mate!")
        #expect(m["ZapLoom"] == "person")
    }
}
