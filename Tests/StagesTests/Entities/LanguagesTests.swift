import Pipeline
import Testing

@testable import Stages

/// Languages after "in" (`readLanguagesAndSourceLines`) and the town and station of a monitored report's
/// source line.
@Suite("Entities: languages and monitoring source lines")
struct LanguagesTests {
    @Test("a nationality's word after 'in' and before no noun is the language; before a noun it stays NORP")
    func languages() throws {
        let m = try FullRun.mentions("The letters survive only in German. Patrols in Spanish waters rose, and she wrote in Czech and Polish.")
        #expect(m.contains("LANGUAGE German"))
        #expect(m.contains("NORP Spanish"))
        #expect(m.contains("LANGUAGE Czech"))
        #expect(m.contains("LANGUAGE Polish"))
    }

    @Test("after a verb of speaking or translating, before a function word or an adverb, or before 'language'")
    func spokenLanguages() throws {
        let m = try FullRun.mentions(
            "Classes are in English for most pupils. Switching to French, he thanked them; she speaks German fluently "
                + "on the Polish language service, and met Czech officials.")
        #expect(m.contains("LANGUAGE English"))
        #expect(m.contains("LANGUAGE French"))
        #expect(m.contains("LANGUAGE German"))
        #expect(m.contains("LANGUAGE Polish"))
        #expect(m.contains("NORP Czech"))
    }

    @Test("the town at the front of a monitored station's source line is the town, the rest the station")
    func sourceLine() throws {
        let m = try FullRun.mentions("QX1203114494 Guatemala City Canal Nueve Television in Spanish 0300 GMT 12 Mar 94")
        #expect(m.contains("GPE Guatemala City"))
        #expect(m.contains("ORG Canal Nueve Television"))
        #expect(m.contains("LANGUAGE Spanish"))
    }

    @Test("a town that opens an organization's name elsewhere stays inside it")
    func townInName() throws {
        let m = try FullRun.mentions("The Guatemala City Council met in Spanish and English sessions last year.")
        #expect(m.contains("ORG Guatemala City Council"))
    }
}
