import Pipeline
import Testing

@testable import Stages

/// `JobTitles` alone on mentions made by hand (the tagger's reading of an invented name cannot be chosen).
@Suite("Entities: job titles")
struct JobTitlesTests {
    /// The labels after the pass, as "LABEL text", with `spans` (text, label) as the tagger's mentions.
    static func run(_ text: String, _ spans: [(String, MentionLabel)]) throws -> [String] {
        var doc = Document(id: "t", source: Source(path: "-", format: .text, bytes: Array(text.utf8)))
        for stage in try StageCatalog.stages(named: ["normalize", "tokenize", "sentences"]) { try stage.process(&doc) }
        var walk: OffsetWalk?
        let tokens = TokenTable(doc, walk: &walk)
        var copy = doc.text
        return copy.withUTF8 { bytes in
            func text(_ m: Mention) -> String { String(decoding: bytes[m.startByte..<m.endByte], as: UTF8.self) }
            var mentions: [Mention] = []
            for (surface, label) in spans {
                let words = surface.split(separator: " ").count
                for t in 0..<(tokens.count - words + 1) {
                    let m = Mention(t..<(t + words), of: tokens, label: label, origin: "model:tagger")
                    if text(m) == surface { mentions.append(m) }
                }
            }
            mentions.sort { $0.startByte < $1.startByte }
            let findings = [TokenFindings](repeating: TokenFindings(), count: tokens.count)
            JobTitles(tokens: tokens, bytes: bytes, findings: findings).apply(&mentions)
            return mentions.map { "\($0.label) \(text($0))" }
        }
    }

    @Test("a name of two words after a lower-case job is a person, also where the tagger read a place")
    func nameAfterJob() throws {
        let m = try Self.run(
            "Fines went to Pittsburgh center Tavion Quell and to coach Boston Reyes.",
            [("Pittsburgh", .gpe), ("Tavion Quell", .gpe), ("Boston Reyes", .person)])
        #expect(m.contains("person Tavion Quell"))
        #expect(m.contains("title center"))
        #expect(m.contains("gpe Pittsburgh"))
    }

    @Test("a known place after a job stays a place")
    func placeAfterJob() throws {
        let m = try Self.run("The singer New York loved was there.", [("New York", .gpe)])
        #expect(m.contains("gpe New York"))
    }
}
