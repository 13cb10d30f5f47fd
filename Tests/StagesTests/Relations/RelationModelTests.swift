import Pipeline
import Testing

@testable import Stages

/// The relation classifier's resources and training.
@Suite("Relations: classifier")
struct RelationModelTests {
    @Test("the shipped model loads, learns the types the corpora annotate, and names real patterns")
    func shippedModel() throws {
        let model = try #require(RelationModel.shared, "relation-model.bin is missing or of another feature version")
        #expect(model.count > 1000)
        for type in [RelationType.worksFor, .basedIn, .locatedIn, .livesIn, .killed] {
            #expect(model.thresholds[RelationCode.of(type)] != nil, "\(type) not learned")
        }
        // No training corpus annotates these: the patterns alone decide them.
        for type in [RelationType.hasTitle, .aliasOf, .metWith, .reportedFrom] {
            #expect(model.thresholds[RelationCode.of(type)] == nil)
        }
        let names = Set(RelationPatterns.table.map(\.name))
        #expect(model.overrides.isSubset(of: names))
        for t in model.thresholds.compactMap({ $0 }) {
            #expect((0...1.01).contains(t.free) && (0...1).contains(t.backed))
        }
    }

    @Test("the model file round-trips, and another feature version is refused")
    func fileFormat() throws {
        var thresholds = [RelationModel.Threshold?](repeating: nil, count: RelationCode.types.count)
        thresholds[1] = .init(free: 0.75, backed: 0.3)
        let file = RelationModelFile(
            thresholds: thresholds,
            overrides: ["place-comma-place"], weights: [(7, 1.5), (3, -0.25), (11, 0.001)])
        let bytes = file.bytes()
        let back = try #require(bytes.withUnsafeBytes { RelationModelFile($0) })
        #expect(back.thresholds == file.thresholds)
        #expect(back.overrides == file.overrides)
        #expect(back.weights.map(\.0) == [3, 7, 11])
        for ((_, a), (_, b)) in zip(back.weights, [(3, Float(-0.25)), (7, 1.5), (11, 0.001)]) {
            #expect(abs(a - b) < 1e-4)
        }
        var other = bytes
        other[4] &+= 1  // the feature version
        #expect(other.withUnsafeBytes { RelationModelFile($0) } == nil)
        #expect(Array("junk".utf8).withUnsafeBytes { RelationModelFile($0) } == nil)
    }

    @Test("the place hierarchy knows levels and containers")
    func placeHierarchy() {
        let places = PlaceHierarchy.shared
        #expect(places.entry("France").highest == .country)
        #expect(places.entry("Lyon").lowest == .city)
        #expect(places.entry("Texas").highest == .state)
        #expect(places.entry("N.Y.").highest == .state)
        #expect(places.entry("Europe").highest == .continent)
        #expect(places.entry("the United States").highest == .country)
        #expect(places.entry("Austria-Hungary").highest == .country)
        #expect(!places.entry("Qwertyville").isKnown)
        #expect(places.contains(places.entry("France"), places.entry("Lyon")))
        #expect(places.contains(places.entry("Texas"), places.entry("Dallas")))
        #expect(!places.contains(places.entry("Lyon"), places.entry("France")))
        #expect(!places.contains(places.entry("France"), places.entry("Dallas")))
        #expect(!places.contains(places.entry("Ohio"), places.entry("Dallas")))
    }

    /// A made-up verb marks works_for in a small invented corpus: the trainer must learn it from the
    /// data alone (no pattern knows it), and twice from the same data and seed give the same bytes.
    @Test("training learns a cue from the data, reproducibly")
    func trainingLearns() throws {
        func corpus(_ sentences: [(String, Bool)], name: String) throws -> RelationModelTraining.Corpus {
            var documents: [Document] = []
            var annotations: [RelationModelTraining.Annotation] = []
            for (markup, related) in sentences {
                let marked = try RelationFixtures.marked(markup)
                let d = marked.document
                let h = try #require(d.entities.firstIndex { $0.id == marked.head })
                let t = try #require(d.entities.firstIndex { $0.id == marked.tail })
                documents.append(d)
                annotations.append(
                    .init(
                        relations: related ? [(.worksFor, h, t)] : [], annotated: [(.worksFor, "PERSON", "ORG")],
                        ignore: []))
            }
            return .init(name: name, documents: documents, annotations: annotations)
        }
        let people = ["Ann Lee", "Bo Park", "Cy Diaz", "Di Roy", "Ed Moss", "Fay Wu", "Gus Hall", "Hal Finn"]
        let orgs = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]
        var train: [(String, Bool)] = []
        for (i, p) in people.enumerated() {
            for (j, o) in orgs.enumerated() {
                let related = (i + j) % 2 == 0
                let verb = related ? "zorbs" : "visited"
                train.append(("Yesterday [PERSON:h \(p)] \(verb) [ORG:t \(o)] again.", related))
            }
        }
        let dev = [
            ("Today [PERSON:h Ivy Kent] zorbs [ORG:t Cyberdyne] again.", true),
            ("Today [PERSON:h Jo Lund] visited [ORG:t Tyrell] again.", false),
        ]
        var options = RelationModelTraining.Options()
        options.types = [.worksFor]
        options.minimumPositives = 10
        options.minimumTuningRelations = 1
        options.tuningCorpora = ["toy"]
        options.overrideCorpora = ["toy"]
        options.tuningCorpus = "toy"
        let trainCorpus = try corpus(train, name: "toy")
        let devCorpus = try corpus(dev + dev + dev, name: "toy")
        let bytes = RelationModelTraining.train(train: [trainCorpus], dev: [devCorpus], options: options) { _ in }
        let again = RelationModelTraining.train(train: [trainCorpus], dev: [devCorpus], options: options) { _ in }
        #expect(bytes == again)
        let model = try #require(bytes.withUnsafeBytes { RelationModel(bytes: $0) })
        let threshold = try #require(model.thresholds[RelationCode.worksFor])
        let stage = RelationStage(
            patterns: RelationPatterns.compiled, program: RelationPatterns.program, model: model, explain: true)
        var yes = try RelationFixtures.marked("Later [PERSON Kim Ash] zorbs [ORG Wonka] again.").document
        try stage.process(&yes)
        let found = try #require(yes.relations.first { $0.type == .worksFor }, "threshold \(threshold)")
        #expect(found.origin == "model")
        #expect(found.features?.contains { $0.hasPrefix("between=zorbs +") } == true, "\(found.features ?? [])")
        var no = try RelationFixtures.marked("Later [PERSON Kim Ash] visited [ORG Wonka] again.").document
        try stage.process(&no)
        #expect(!no.relations.contains { $0.type == .worksFor })
        // A fixed threshold stands in for the trainer's pick, and the weights stay the same.
        options.fixedThresholds[.worksFor] = (free: 0.45, backed: 0.2)
        let fixedBytes = RelationModelTraining.train(train: [trainCorpus], dev: [devCorpus], options: options) { _ in }
        let fixed = try #require(fixedBytes.withUnsafeBytes { RelationModel(bytes: $0) })
        #expect(fixed.thresholds[RelationCode.worksFor] == RelationModel.Threshold(free: 0.45, backed: 0.2))
        #expect(fixed.count == model.count)
    }

    @Test("a type's own F-beta stands in for the common one")
    func betaByType() {
        var options = RelationModelTraining.Options()
        options.beta = 0.5
        options.betaByType[.livesIn] = 1
        #expect(options.beta(for: .livesIn) == 1)
        #expect(options.beta(for: .worksFor) == 0.5)
    }

    @Test("--explain adds the classifier's features; without it none are computed")
    func explainFeatures() throws {
        let markup = "Protests spread to [GPE Lyon], [GPE France], on Sunday."
        var plain = try RelationFixtures.marked(markup).document
        try RelationStage().process(&plain)
        var explained = try RelationFixtures.marked(markup).document
        try RelationStage(explain: true).process(&explained)
        let r = try #require(explained.relations.first { $0.type == .locatedIn })
        #expect(r.origin?.hasPrefix("model") == true)
        #expect((r.features?.count ?? 0) > 0)
        #expect(plain.relations.allSatisfy { $0.features == nil })
        #expect(plain.relations.map(\.type) == explained.relations.map(\.type))
    }
}
