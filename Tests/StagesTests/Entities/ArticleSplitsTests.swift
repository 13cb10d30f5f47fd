import Pipeline
import Testing

@testable import Stages

/// `ArticleSplits` alone on mentions made by hand (`PassFixture`), with the gazetteers' findings and the lexicon.
@Suite("Entities: names glued across 'the'")
struct ArticleSplitsTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            ArticleSplits(
                tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes),
                lexicon: EntityModel.shared.lexicon
            ).apply(&mentions)
        }
    }

    @Test("a name, 'the' and another name are two names")
    func split() throws {
        let m = try Self.run(
            "About ten miles from Velbarre the Quorvex Plateau ends. They fetched Dorrant the Halden Film Prize.",
            [("Velbarre the Quorvex Plateau", .loc), ("Dorrant the Halden Film Prize", .person)]
        )
        #expect(m == ["loc Velbarre", "loc Quorvex Plateau", "person Dorrant", "person Halden Film Prize"], "\(m)")
    }

    @Test("an epithet, a verb or a preposition before 'the', or common words after it, keep the name whole")
    func whole() throws {
        let m = try Self.run(
            "Alexander the Great came. Save the Children Fund helped. People For the American Way sued. "
                + "Bank of the West paid. Wincing the Night Away sold.",
            [
                ("Alexander the Great", .person), ("Save the Children Fund", .org), ("People For the American Way", .org),
                ("Bank of the West", .org), ("Wincing the Night Away", .org),
            ]
        )
        #expect(m == [
            "person Alexander the Great", "org Save the Children Fund", "org People For the American Way",
            "org Bank of the West", "org Wincing the Night Away",
        ], "\(m)")
    }
}
