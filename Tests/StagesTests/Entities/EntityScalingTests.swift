import Pipeline
import Testing

@testable import Stages

/// The entity stage's document pass grows linearly with the document: checked on a deterministic work
/// count (`EntityTagger.documentWork`), never on a clock. A pass that scanned every mention per title or
/// per unresolved name would do 256 times the work on 16 times the text.
@Suite("Entities: linear scaling")
struct EntityScalingTests {
    /// Invented clause with every path of the document pass: titles attached before a name
    /// ("Azerbaijani spokesman Leyla Abdullayeva"), after a comma and a nationality ("Marco Rinaldi,
    /// Italian spokesman"), surnames of earlier full names, and an unresolved name.
    static let clause =
        "Azerbaijani spokesman Leyla Abdullayeva met the Iranian foreign minister Hossein Amir Abdollahian in "
        + "Baku on Monday, and Marco Rinaldi, Italian spokesman, said that Abdullayeva and Rinaldi would visit "
        + "Tabriz with Kessler"

    static func run(_ text: String) throws -> (mentions: [Mention], work: Int) {
        let document = try TokenizeFixtures.split(text)
        let (mentions, work) = EntityStage.tag(document)
        return (mentions, work)
    }

    static func check(unit: String) throws {
        let small = try run(String(repeating: unit, count: 4))
        let large = try run(String(repeating: unit, count: 64))
        let attached = { (ms: [Mention]) in ms.filter { $0.origin.hasSuffix("+attached-to-person") }.count }
        // Same output per copy of the unit, so the work count is compared on equal footing.
        #expect(attached(small.mentions) == 4 * 3)
        #expect(large.mentions.count == 16 * small.mentions.count)
        #expect(attached(large.mentions) == 16 * attached(small.mentions))
        #expect(small.work > 0)
        #expect(large.work <= 16 * small.work + 16, "work \(small.work) on 4 copies, \(large.work) on 64")
    }

    @Test("one long sentence: 16 times the text, at most 16 times the document-pass work")
    func oneSentence() throws {
        try Self.check(unit: Self.clause + ", ")
    }

    @Test("many sentences: 16 times the text, at most 16 times the document-pass work")
    func manySentences() throws {
        try Self.check(unit: Self.clause + ". ")
    }
}
