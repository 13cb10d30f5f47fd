import Pipeline
import Testing

@testable import Stages

/// Every row of the pattern table, run alone on its own example sentence.
@Suite("Relations: pattern table")
struct RelationPatternTableTests {
    @Test("every pattern compiles")
    func compiles() {
        #expect(RelationPatterns.compileErrors == [])
        #expect(RelationPatterns.compiled.count == RelationPatterns.table.count)
    }

    @Test("pattern names are unique")
    func uniqueNames() {
        #expect(Set(RelationPatterns.table.map(\.name)).count == RelationPatterns.table.count)
    }

    @Test("each pattern yields its relation on its example", arguments: RelationPatterns.compiled.map(\.pattern.name))
    func example(name: String) throws {
        let compiled = try #require(RelationPatterns.compiled.first { $0.pattern.name == name })
        let pattern = compiled.pattern
        let marked = try RelationFixtures.marked(pattern.example)
        let head = try #require(marked.head, "example of \(name) marks no head")
        let tail = try #require(marked.tail, "example of \(name) marks no tail")
        var alone = marked.document
        try RelationStage(patterns: [compiled]).process(&alone)
        let hit = alone.relations.first { $0.type == pattern.type && $0.head == head && $0.tail == tail }
        #expect(hit != nil, "\(name) found \(RelationFixtures.describe(alone)) in: \(pattern.example)")
        #expect(hit?.origin == name)
        #expect(hit?.confidence == pattern.confidence)
        #expect(hit?.sentence == 0)
        // With the whole table the relation is still there (possibly on better evidence).
        var full = marked.document
        try RelationStage().process(&full)
        #expect(full.relations.contains { $0.type == pattern.type && $0.head == head && $0.tail == tail })
    }

    @Test("the notation rejects malformed rows")
    func malformed() {
        #expect(throws: PatternSyntaxError.self) { try PatternCompiler.compile("PERSON:h , TITLE") }
        #expect(throws: PatternSyntaxError.self) { try PatternCompiler.compile("PERSON:h @nosuchclass TITLE:t") }
        #expect(throws: PatternSyntaxError.self) { try PatternCompiler.compile("PERSON:h? TITLE:t") }
        #expect(throws: PatternSyntaxError.self) { try PatternCompiler.compile("of:h TITLE:t") }
    }
}
