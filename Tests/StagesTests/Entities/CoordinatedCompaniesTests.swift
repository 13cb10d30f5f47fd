import Pipeline
import Testing

@testable import Stages

/// `CoordinatedCompanies`: a name the tagger read as a person, listed among organizations, is one of them.
@Suite("Entities: a name listed with organizations")
struct CoordinatedCompaniesTests {
    @Test("a surname-shaped name between firms is a firm")
    func listed() throws {
        let m = try FullRun.mentions("Goldman Sachs, Velmoran and Merrill Lynch cut their forecasts.")
        #expect(m.contains("ORG Velmoran"), "\(m)")
    }

    @Test("a person with a given name, a surname the document gave a person, and a list of people stay persons")
    func persons() throws {
        let repeated = try FullRun.mentions(
            "Analyst Anna Tessane praised the deal. Goldman Sachs, Tessane and Merrill Lynch cut their forecasts.")
        #expect(repeated.contains("PERSON Tessane"), "\(repeated)")
        let given = try FullRun.mentions("Bill Gates, Microsoft and Apple were named.")
        #expect(given.contains("PERSON Bill Gates"), "\(given)")
        let people = try FullRun.mentions("Velmoran, Tessane and Halvorsen scored, and Microsoft lost.")
        #expect(!people.contains("ORG Velmoran") && !people.contains("ORG Tessane"), "\(people)")
    }
}
