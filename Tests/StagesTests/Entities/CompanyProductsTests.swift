import Pipeline
import Testing

@testable import Stages

/// `CompanyProducts` alone on mentions made by hand (`PassFixture`), with the gazetteers' cues and the
/// tagger's lexicon.
@Suite("Entities: a known company's name before common words in capitals names its product")
struct CompanyProductsTests {
    private func run(_ text: String, _ marks: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, marks) { tokens, bytes, mentions in
            CompanyProducts(
                tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes),
                lexicon: EntityModel.shared.lexicon
            ).apply(&mentions)
        }
    }

    @Test("a known company, then common words in capitals: the product's name goes")
    func products() throws {
        let m = try run(
            "The Apple Lantern and the Samsung Quiet Paper Lantern sell well, as does Google Paper Clock.",
            [("Apple Lantern", .org), ("Samsung Quiet Paper Lantern", .org), ("Google Paper Clock", .org)]
        )
        #expect(m == [], "\(m)")
    }

    @Test("Watch and TV after a company's single name are its products; after a longer name they stay heads")
    func productHeads() throws {
        let m = try run(
            "The Apple Watch and a Samsung TV beat the Sony Music TV.",
            [("Apple Watch", .org), ("Samsung TV", .org), ("Sony Music TV", .org)]
        )
        #expect(m == ["org Sony Music TV"], "\(m)")
    }

    @Test("a head, an arm, a plural, a person's or a place's name, a compass word or an unknown word keep the organization")
    func organizations() throws {
        let text = "Samsung Electronics, Google Ventures, Samsung Students, Google Jones, Apple Canada, "
            + "Google West and Apple Quorvexa met."
        let marks: [(String, MentionLabel)] = [
            ("Samsung Electronics", .org), ("Google Ventures", .org), ("Samsung Students", .org), ("Google Jones", .org),
            ("Apple Canada", .org), ("Google West", .org), ("Apple Quorvexa", .org),
        ]
        let m = try run(text, marks)
        #expect(m == marks.map { "org \($0.0)" }, "\(m)")
    }

    @Test("a company that is also a common word, and product words that are also surnames")
    func commonWords() throws {
        let m = try run(
            "Sign up for Amazon Music Unlimited or the Samsung Smart Lantern, said Shell Oil and the Senate Lantern Panel.",
            [("Amazon Music Unlimited", .org), ("Samsung Smart Lantern", .org), ("Shell Oil", .org),
             ("Senate Lantern Panel", .org)]
        )
        #expect(m == ["org Shell Oil", "org Senate Lantern Panel"], "\(m)")
    }

    @Test("an unknown first word is no known company, even where the document names it alone")
    func unknownCompany() throws {
        let m = try run(
            "Quorvex said Quorvex Lantern sales rose.",
            [("Quorvex Lantern", .org), ("Quorvex", .org)]
        )
        #expect(m == ["org Quorvex", "org Quorvex Lantern", "org Quorvex"], "\(m)")
    }
}
