import Pipeline
import Testing

@testable import Stages

/// `SurnameRepeats` alone on mentions made by hand (`PassFixture`), with the gazetteers' findings and the
/// shipped lexicon.
@Suite("Entities: a person's surname repeated alone")
struct SurnameRepeatsTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            let findings = PassFixture.gazetteerFindings(tokens, bytes)
            SurnameRepeats(tokens: tokens, bytes: bytes, findings: findings, lexicon: EntityModel.shared.lexicon)
                .apply(&mentions)
        }
    }

    @Test("the surname of an earlier full name is the person after a quote, and a common word that is one before 'said'")
    func repeats() throws {
        let m = try Self.run(
            "said Mary Quellin and Ana Lovely. \"It is hard,\" Quellin writes. \"It is,\" Lovely said.",
            [("Mary Quellin", .person), ("Ana Lovely", .person)]
        )
        #expect(m == ["person Mary Quellin", "person Ana Lovely", "person Quellin", "person Lovely"], "\(m)")
    }

    @Test("no repeat before the full name, after an article, next to a capitalized word, or as a common word alone")
    func notRepeats() throws {
        let m = try Self.run(
            "Quellin rose. Then Mary Quellin spoke of the Quellin rifle and Quellin Park. It was a Lovely day for Ana Lovely.",
            [("Mary Quellin", .person), ("Ana Lovely", .person)]
        )
        #expect(m == ["person Mary Quellin", "person Ana Lovely"], "\(m)")
    }
}
