import Pipeline
import Testing

@testable import Stages

/// `TickerSymbols`: a ticker in brackets is no mention; the exchange and the listed company are organizations.
@Suite("Entities: tickers after an index or an exchange")
struct TickerSymbolsTests {
    @Test("the code in brackets after a market index's name is its ticker, no mention and no alias")
    func indexTickers() throws {
        let doc = try FullRun.document(
            "Quorvia's Tessane Index (TESSANE) fell 0.5%, and the Halden Vask Index (HVI) declined 0.3% on Tuesday.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG Tessane Index"), "\(m)")
        #expect(m.contains("ORG Halden Vask Index"), "\(m)")
        #expect(!m.contains { $0.hasSuffix("TESSANE") || $0.hasSuffix("HVI") }, "\(m)")
        #expect(!doc.relations.contains { $0.type == .aliasOf }, "\(doc.relations)")
        // An acronym after another organization's name stays its own mention.
        let party = try FullRun.mentions("The Quorvian Workers' Party (QWP) said no on Tuesday in Lyon.")
        #expect(party.contains("ORG QWP"), "\(party)")
    }

    @Test("'(NYSE: HD)': the exchange is an organization, the code nothing, the name before it a listed company")
    func listings() throws {
        let m = try FullRun.mentions("Shares of Garden Depot (NYSE: GDP) fell 5% on Tuesday in Atlanta.")
        #expect(m.contains("ORG Garden Depot"), "\(m)")
        #expect(m.contains("ORG NYSE"), "\(m)")
        #expect(!m.contains { $0.hasSuffix("GDP") }, "\(m)")
        // The name leaves out a leading "The" (ANNOTATION.md: no leading determiner).
        let the = try FullRun.mentions("Shares of The Garden Depot (NYSE: GDP) fell 5% on Tuesday in Atlanta.")
        #expect(the.contains("ORG Garden Depot"), "\(the)")
    }
}
