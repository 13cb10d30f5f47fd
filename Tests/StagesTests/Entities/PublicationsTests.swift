import Pipeline
import Testing

@testable import Stages

/// `Publications`, through the whole entity stage.
@Suite("Entities: publications named with their capital 'The'")
struct PublicationsTests {
    @Test("inside a sentence, 'The' and capitalized words ending in a publication's word: the words after 'The' are an ORG")
    func publications() throws {
        let doc = try FullRun.document(
            "Ana Ruiz tells The Halvard Reporter that it works, and she told The Quorvex Review so. "
                + "He wrote for The Magazine of Halvard Fiction and read The Essential Quorvex Daily Times Cookbook.")
        let m = doc.entities.map { "\($0.label) \($0.text)" }
        #expect(m.contains("ORG Halvard Reporter"), "\(m)")
        #expect(m.contains("ORG Quorvex Review"), "\(m)")
        // A title that runs on past a connector, or past four words, is not read here.
        #expect(!m.contains("ORG Magazine"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("ORG Essential") }, "\(m)")
        #expect(!m.contains { $0.hasPrefix("TITLE Reporter") }, "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a capitalized 'Today' right after a name inside a sentence ends a publication's title, not a date")
    func todayTitles() throws {
        let doc = try FullRun.document(
            "Ana Ruiz told Quorvex Today that it works, via USA Today. Storm Nears Halden Today With Rain. Today it rained.")
        let m = doc.entities.map { "\($0.label) \($0.text)" }
        #expect(m.contains("ORG Quorvex Today"), "\(m)")
        #expect(m.contains("ORG USA Today"), "\(m)")
        // A title-case heading and a sentence's first word keep the date.
        #expect(m.filter { $0 == "DATE Today" }.count == 2, "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }
}
