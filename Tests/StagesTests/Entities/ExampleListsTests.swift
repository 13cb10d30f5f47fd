import Pipeline
import Testing

@testable import Stages

/// `ExampleLists` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: names given as examples of works or organizations")
struct ExampleListsTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            ExampleLists(tokens: tokens, bytes: bytes).apply(&mentions)
        }
    }

    @Test("the titles listed after films, albums or games are no names; an author's possessive and a name after 'by' stay")
    func works() throws {
        let m = try Self.run(
            "She starred in films such as Halden Road (1983), Velbury and The Skarn of the Lake. "
                + "He liked albums like Ana Ruiz's Quorvex Nights and songs including Orla Bay by Tom Hale.",
            [("Halden Road", .person), ("Velbury", .gpe), ("Skarn", .person), ("Lake", .loc), ("Ana Ruiz", .person),
             ("Quorvex Nights", .org), ("Orla Bay", .gpe), ("Tom Hale", .person)]
        )
        #expect(m == ["person Ana Ruiz", "person Tom Hale"], "\(m)")
    }

    @Test("the names listed after companies or universities are organizations, each a whole item")
    func organizations() throws {
        let m = try Self.run(
            "Public companies such as Halvard, Quorvex and Skarn Media cut jobs, as did such universities as Velbury.",
            [("Halvard", .person), ("Quorvex", .gpe), ("Skarn Media", .org), ("Velbury", .gpe)]
        )
        #expect(m == ["org Halvard", "org Quorvex", "org Skarn Media", "org Velbury"], "\(m)")
    }

    @Test("a company's models are its products; models alone may be people")
    func models() throws {
        let m = try Self.run(
            "It mimics newer Quorvex models like the Halden and Velbury. Agencies hired models such as Ana Ruiz.",
            [("Quorvex", .org), ("Halden", .gpe), ("Velbury", .gpe), ("Ana Ruiz", .person)]
        )
        #expect(m == ["org Quorvex", "person Ana Ruiz"], "\(m)")
    }

    @Test("a list ends at a lower-case word, at a sentence's end and at a comma after its 'and' item")
    func listEnds() throws {
        let m = try Self.run(
            "She made albums such as Halden Road and Velbury Nights, Ana Ruiz said. Games like these sold in Skarn. "
                + "Brands such as Quorvex grew.",
            [("Halden Road", .org), ("Velbury Nights", .org), ("Ana Ruiz", .person), ("Skarn", .gpe), ("Quorvex", .org)]
        )
        #expect(m == ["person Ana Ruiz", "gpe Skarn", "org Quorvex"], "\(m)")
    }
}
