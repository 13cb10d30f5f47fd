import Pipeline
import Testing

@testable import Stages

/// `EntityTagger.resolveDocument`: the rules' document-level decisions, which the tagger sees as features.
@Suite("Entities: the rules' document pass")
struct DocumentPassTests {
    /// The rules' mentions ("LABEL text") after the document pass, before the tagger.
    static func ruleMentions(_ text: String) throws -> [String] {
        try EntityFixtures.afterDocumentPass(text) { tagger, _, bytes in
            tagger.mentions.map { "\($0.label) \(String(decoding: bytes[$0.startByte..<$0.endByte], as: UTF8.self))" }
        }
    }

    @Test("a word of a person's full name alone is the person, not the town the gazetteer flags as a common word")
    func namesOfPersons() throws {
        // "Taylor" and "Marion" are towns in the place gazetteer, flagged as common words.
        let m = try Self.ruleMentions(
            "The singer Taylor Whitfield sang in Oslo on Sunday. \"At no point did we say Taylor could not perform,\" they said. "
                + "Fans in Marion cheered.")
        #expect(m.filter { $0 == "person Taylor" }.count == 1, "\(m)")
        #expect(!m.contains("gpe Taylor"), "\(m)")
        // No person of that name: the town stays.
        #expect(m.contains("gpe Marion"), "\(m)")
        #expect(m.contains("gpe Oslo"), "\(m)")
    }
}
