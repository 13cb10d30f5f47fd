import Pipeline
import Testing

@testable import Stages

/// `ProductVariants` alone on mentions made by hand (`PassFixture`).
@Suite("Entities: names ending in a product's variant word or a device noun")
struct ProductVariantsTests {
    @Test("a name ending in a variant word or a device noun is a product, and so is the name right before one")
    func products() throws {
        let m = try PassFixture.run(
            "Quorvex said the Veltrix Pro ships soon. Buy a Quorvex Halden Lite or a Skarn Controller, "
                + "and try Ondrel Ultra today.",
            [("Quorvex", .org), ("Veltrix Pro", .org), ("Lite", .person), ("Skarn Controller", .gpe), ("Ondrel", .org)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        // The maker read apart stays ("Quorvex" before "Halden Lite"): it may be a heading's verb's subject.
        #expect(m == ["org Quorvex", "org Quorvex"])
    }

    @Test("a variant word that a name runs on past, in capitals or in a title is no product's end, nor a surname like Max")
    func notProducts() throws {
        let m = try PassFixture.run(
            "The Pro Halvard Cup began. Ana Ruiz, Edition Manager, met Halvard MINI staff and Ana Max.",
            [("Pro Halvard Cup", .event), ("Ana Ruiz", .person), ("Edition Manager", .title), ("Halvard MINI", .org),
             ("Ana Max", .person)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == [
            "event Pro Halvard Cup", "person Ana Ruiz", "title Edition Manager", "org Halvard MINI", "person Ana Max",
        ])
    }

    @Test("a plus sign glued to a name, ending the word, names a streaming service; the company alone stays")
    func plusServices() throws {
        let m = try PassFixture.run(
            "Watch it on Quorvex+ or Halden TV+. Quorvex said Halden A+B grew.",
            [("Quorvex", .org), ("Halden TV", .org), ("Halden", .org)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == ["org Quorvex", "org Halden"], "\(m)")
    }

    @Test("the product's name is the product's where the document repeats it; a place before a variant word is not")
    func repeatedProductNames() throws {
        let m = try PassFixture.run(
            "The Veltrix Pro is fast. Veltrix owners like it, and Ondrel Ultra users too: Ondrel runs all day. "
                + "The UK Edition sold out in the UK.",
            [("Veltrix Pro", .org), ("Veltrix", .org), ("Ondrel", .org), ("UK", .gpe)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == ["gpe UK"], "\(m)")
    }

    @Test("an organization's name of two words before a device noun is a product's, also where repeated; one word is the maker")
    func deviceNouns() throws {
        let m = try PassFixture.run(
            "Plug the Quorvex Halden box into any Quorvex devices. The Quorvex Halden app is free, and the Skarn Veltrix "
                + "mouse clicks. Skarn Veltrix owners agree.",
            [("Quorvex Halden", .org), ("Quorvex", .org), ("Skarn Veltrix", .org)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.noFindings(tokens)).apply(&mentions)
        }
        #expect(m == ["org Quorvex"], "\(m)")
    }

    @Test("a company's head word or a name the gazetteers know keeps the organization before a device noun")
    func companiesBeforeDeviceNouns() throws {
        let m = try PassFixture.run(
            "Log in with the Bank of Halden app, the Quorvex Systems printers or the Human Rights Watch app.",
            [("Bank of Halden", .org), ("Quorvex Systems", .org), ("Human Rights Watch", .org)]
        ) { tokens, bytes, mentions in
            ProductVariants(tokens: tokens, bytes: bytes, findings: PassFixture.gazetteerFindings(tokens, bytes))
                .apply(&mentions)
        }
        #expect(m == ["org Bank of Halden", "org Quorvex Systems", "org Human Rights Watch"], "\(m)")
    }
}
