import Pipeline
import Testing

@testable import Stages

/// `NamedServices`: a name the story calls a service is no mention anywhere in it.
@Suite("Entities: a name the document calls a service")
struct NamedServicesTests {
    @Test("'the Velmora service' makes every mention of Velmora a service, in a story about it")
    func services() throws {
        let m = try FullRun.mentions(
            "Google launched the Velmora service on Tuesday. Velmora costs $10 a month, and Velmora will reach Europe "
                + "next year.")
        #expect(!m.contains { $0.hasSuffix("Velmora") }, "\(m)")
        #expect(m.contains("ORG Google"), "\(m)")
    }

    @Test("a passing phrase, a company the gazetteers know and a person's name are left alone")
    func notServices() throws {
        let passing = try FullRun.mentions("The city runs the Velmora service. Velmora buses are cheap.")
        #expect(passing.contains { $0.hasSuffix("Velmora") }, "\(passing)")
        let company = try FullRun.mentions(
            "Users left the Google app on Monday. Google said Google would fix it, and Google apologized.")
        #expect(company.filter { $0 == "ORG Google" }.count >= 3, "\(company)")
    }
}
