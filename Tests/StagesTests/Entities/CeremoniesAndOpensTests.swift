import Pipeline
import Testing

@testable import Stages

/// `CeremoniesAndOpens` alone on mentions made by hand (`PassFixture`), with the gazetteers' findings.
@Suite("Entities: award ceremonies, open tournaments, bowl games and their acronyms")
struct CeremoniesAndOpensTests {
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        try PassFixture.run(text, spans) { tokens, bytes, mentions in
            CeremoniesAndOpens(tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes))
                .apply(&mentions)
        }
    }

    @Test("awards held at, numbered after 'the' or followed by 'ceremony' are the ceremony; its initials are it again")
    func ceremonies() throws {
        let m = try Self.run(
            "Ana Ruiz sang at the Quorvex Music Awards on Sunday. The QMAs drew crowds. The 12th Halden Film Awards "
                + "and the Skarn Awards ceremony followed.",
            [("Ana Ruiz", .person), ("Quorvex", .org), ("QMAs", .gpe), ("Halden", .gpe)]
        )
        #expect(m == [
            "person Ana Ruiz", "event Quorvex Music Awards", "event QMAs", "event 12th Halden Film Awards",
            "event Skarn Awards",
        ], "\(m)")
    }

    @Test("a bowl played in, won or numbered is the game; one 'at the' is the stadium; one merely named stays")
    func bowls() throws {
        let m = try Self.run(
            "Velbury State played in the Quorvex Bowl and won the 2007 Halden Bowl. Fans met at the Skarn Bowl. "
                + "The Dunmore Bowl is a bowl.",
            [("Velbury State", .org), ("Quorvex", .org), ("Halden Bowl", .gpe), ("Skarn Bowl", .gpe), ("Dunmore Bowl", .gpe)]
        )
        #expect(m == [
            "org Velbury State", "event Quorvex Bowl", "event 2007 Halden Bowl", "fac Skarn Bowl", "gpe Dunmore Bowl",
        ], "\(m)")
    }

    @Test("a party's or a constitution's convention is the gathering, a denomination's the body, a treaty stays")
    func conventions() throws {
        let m = try Self.run(
            "She spoke at the Velbury National Convention. Delegates to the Constitutional Convention met. "
                + "The Quorvex Baptist State Convention voted. Both signed the Halden Convention.",
            [("Velbury National Convention", .law), ("Constitutional Convention", .law),
             ("Quorvex Baptist State Convention", .law), ("Halden Convention", .law)]
        )
        #expect(m == [
            "event Velbury National Convention", "event Constitutional Convention", "org Quorvex Baptist State Convention",
            "law Halden Convention",
        ], "\(m)")
    }

    @Test("awards won or counted are the awards, none of our labels")
    func awards() throws {
        let m = try Self.run(
            "She won three Quorvex Music Awards and a 2011 Halden Book Awards for Skarn.",
            [("Quorvex", .org), ("Halden", .gpe), ("Skarn", .person)]
        )
        #expect(m == ["org Quorvex", "gpe Halden", "person Skarn"], "\(m)")
    }

    @Test("'the' and a place's name before a capitalized Open make the tournament; a name running on or none does not")
    func opens() throws {
        let m = try Self.run(
            "Ana Ruiz won the Denver Open and the 2019 Halden Open, then taught at the Open University. "
                + "Into the Great Wide Open was her song.",
            [("Ana Ruiz", .person), ("Denver", .gpe), ("Open University", .org)]
        )
        #expect(m == ["person Ana Ruiz", "event Denver Open", "event 2019 Halden Open", "org Open University"], "\(m)")
    }
}
