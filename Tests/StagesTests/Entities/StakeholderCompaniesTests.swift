import Pipeline
import Testing

@testable import Stages

/// `StakeholderCompanies`, through the whole entity stage.
@Suite("Entities: unknown names before what a company has")
struct StakeholderCompaniesTests {
    @Test("an unknown name right before a company's investors, customers or shares is the company")
    func companies() throws {
        let m = try FullRun.mentions(
            "The music was free online, and Quorvex investors are nervous. Microsoft wooed Tandrelia customers, "
                + "and Velmoria shares rose 4%.")
        #expect(m.contains("ORG Quorvex"))
        #expect(m.contains("ORG Tandrelia"))
        #expect(m.contains("ORG Velmoria"))
    }

    @Test("a name no source read right after a company noun is the company; a title that runs on is left")
    func afterCompanyNouns() throws {
        let m = try FullRun.mentions(
            "Scientists wrote in the journal Quorvex Letters on Monday. Google has bought the startup Tandrelia and the firm Zentrix. "
                + "He founded the journal Velmoria Poetry in Translation.")
        #expect(m.contains("ORG Quorvex Letters"))
        #expect(m.contains("ORG Tandrelia") && m.contains("ORG Zentrix"))
        #expect(!m.contains("ORG Velmoria Poetry"))
    }

    @Test("not a verb's subject, a word opening a sentence, a place, a nationality or a name's head noun")
    func notCompanies() throws {
        let m = try FullRun.mentions(
            "Quorvex shares the formula he used. Speculative investors sold. Texas shareholders and Chinese investors "
                + "agreed, and Embassy employees left.")
        #expect(!m.contains("ORG Quorvex"))
        #expect(!m.contains { $0.hasPrefix("ORG Speculative") || $0.hasPrefix("ORG Embassy") })
        #expect(m.contains("GPE Texas") && m.contains("NORP Chinese"))
    }
}
