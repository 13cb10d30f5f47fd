import Pipeline
import Testing

@testable import Stages

/// The classifier's pair features (`PairFeatures`) on marked sentences.
@Suite("Relations: pair features")
struct RelationFeatureTests {
    /// The named features of the pair marked `:h` and `:t`.
    static func features(_ markup: String) throws -> [(feature: UInt64, template: PairFeatures.Template)] {
        let marked = try RelationFixtures.marked(markup)
        let d = marked.document
        let h = try #require(d.entities.firstIndex { $0.id == marked.head })
        let t = try #require(d.entities.firstIndex { $0.id == marked.tail })
        let stage = RelationStage(patterns: RelationPatterns.compiled)
        var found = RelationCollector()
        var facts = EntityFacts(d)
        var out: [(UInt64, PairFeatures.Template)] = []
        stage.analyze(d, &found, &facts) { _, facts, _, sentence, fired, _ in
            let positions = sentence.range.filter { sentence.items[$0].entity >= 0 }
            guard let hp = positions.first(where: { Int(sentence.items[$0].entity) == h }),
                let tp = positions.first(where: { Int(sentence.items[$0].entity) == t })
            else { return }
            out = PairCandidates.named(sentence, head: hp, tail: tp, facts, fired: fired).map { ($0.feature, $0.template) }
        }
        return out
    }

    static func shape(_ markup: String) throws -> [UInt64] {
        try features(markup).filter { $0.template == .gapShape }.map(\.feature)
    }

    /// "X 's president Y" and "X 's former chief executive Y" say the same; the role words become one kind,
    /// the possessive stays itself.
    @Test("the gap's shape is one feature for role words of any kind and number")
    func gapShape() throws {
        let president = try Self.shape("Yesterday [GPE:t Rochester] 's president [PERSON:h Ann Lee] spoke.")
        let chief = try Self.shape("Yesterday [GPE:t Rochester] 's former chief executive [PERSON:h Bo Park] spoke.")
        #expect(president.count == 1)
        #expect(president == chief)
        let of = try Self.shape("Yesterday [PERSON:h Ann Lee] , president of [GPE:t Rochester] , spoke.")
        let from = try Self.shape("Yesterday [PERSON:h Ann Lee] , mayor from [GPE:t Rochester] , spoke.")
        #expect(of.count == 1)
        #expect(of != from)
        #expect(of != president)
        // A gap of more than `PairFeatures.shapeGap` items has no shape.
        let long = try Self.shape(
            "[PERSON:h Ann Lee] said on Monday that the new rules would be read again by [GPE:t Rochester] .")
        #expect(long.isEmpty)
    }
}
