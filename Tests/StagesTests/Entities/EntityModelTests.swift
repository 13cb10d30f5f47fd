import Pipeline
import Testing

@testable import Stages

/// The statistical tagger of the entity stage: its resource format, its features and how its mentions
/// combine with the rules' (sentences invented, none from the seed or the evaluation sets).
@Suite("Entities: tagger model and storage")
struct EntityModelStorageTests {
    @Test("base64 round-trips any bytes and skips line breaks")
    func base64() {
        var rng = SplitMix(seed: 7)
        for length in [0, 1, 2, 3, 4, 100, 1001] {
            let data = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let text = Base64.encode(data)
            #expect(Base64.decode(Substring(text)) == data)
            var wrapped = ""
            for (i, c) in text.enumerated() {
                if i > 0, i % 7 == 0 { wrapped.append("\n") }
                wrapped.append(c)
            }
            #expect(Base64.decode(Substring(wrapped)) == data)
        }
    }

    @Test("rows are stored exactly: empty rows in one byte, small ones in bytes, large ones in 16 bits")
    func rowQuantizer() {
        let q = RowQuantizer(largest: 32000)  // one unit per weight
        let zero = [Float](repeating: 0, count: 8)
        let small: [Float] = [1, -2, 3, 127, -127, 0, 5, -5]
        let large: [Float] = [3000, -31999, 0, 1, -1, 200, -128, 128]
        #expect(q.encode(zero[...]) == [0])
        #expect(q.encode(small[...]).count == 9)
        #expect(q.encode(large[...]).count == 17)
        let bytes = q.encode(zero[...]) + q.encode(small[...]) + q.encode(large[...])
        let decoded = q.decode(bytes, rows: 3, width: 8)
        #expect(decoded == (zero + small + large).map { Int16($0) })
        // Truncated or padded input is refused, never read past.
        #expect(q.decode(Array(bytes.dropLast()), rows: 3, width: 8) == nil)
        #expect(q.decode(bytes + [0], rows: 3, width: 8) == nil)
        #expect(q.decode([7] + bytes, rows: 3, width: 8) == nil)
    }

    @Test("a damaged resource gives an empty model, and the stage then runs on its rules alone")
    func damagedResource() throws {
        #expect(EntityModel(encoded: "").isEmpty)
        #expect(EntityModel(encoded: "rowq 12\nAAAA").isEmpty)
        #expect(EntityModel(encoded: "other 12\n" + Base64.encode([UInt8](repeating: 0, count: 64))).isEmpty)
        let text = "Pemberton said the talks would resume."
        let document = try TokenizeFixtures.split(text)
        let rulesOnly = EntityStage.tag(document, model: EntityModel(encoded: "")).mentions
        #expect(rulesOnly.allSatisfy { !$0.origin.hasPrefix("model:") })
    }

    // Its load time is start-up time, measured by scripts/bench ("first document"), not by a timed test.
    @Test("the shipped model loads and fits the feature layout")
    func shippedModel() {
        let model = EntityModel(encoded: EntityModelData.weights)
        #expect(!model.isEmpty)
        #expect(model.weights.count == TaggerFeatures.buckets * TaggerTag.count)
        #expect(!model.lexicon.bits.isEmpty)
    }

    @Test("the lexicon holds the hashes it was built from")
    func lexicon() {
        let words = ["said", "council", "nevertheless", "bridge"]
        let hashes = words.map { w in
            Array(w.utf8).withUnsafeBufferPointer { TaggerFeatures.wordHash($0, 0, $0.count) }
        }
        let lexicon = Lexicon(hashes: hashes)
        #expect(hashes.allSatisfy { lexicon.contains($0) })
        let shipped = EntityModel.shared.lexicon
        let said = Array("Said".utf8).withUnsafeBufferPointer { TaggerFeatures.wordHash($0, 0, $0.count) }
        #expect(shipped.contains(said), "word hashes fold case, and 'said' is a lower-case word of the training text")
    }

    @Test("word-list hashes agree with token hashes, so 'This' and 'Aug.' are found by hash")
    func sortedHashes() {
        let h = { (w: String) in Array(w.utf8).withUnsafeBufferPointer { TaggerFeatures.wordHash($0, 0, $0.count) } }
        #expect(TaggerFeatures.functionWordHashes.contains(h("This")))
        #expect(TaggerFeatures.calendarHashes.contains(h("Aug.")))
        #expect(TaggerFeatures.calendarHashes.contains(h("Monday")))
        #expect(!TaggerFeatures.calendarHashes.contains(h("Sun")))
        #expect(!TaggerFeatures.functionWordHashes.contains(h("Pemberton")))
    }
}

@Suite("Entities: tagger features and training examples")
struct EntityModelFeatureTests {
    /// The tagger's view of a tokenized text, after the rules ran.
    static func features<R>(_ text: String, _ body: (inout TaggerFeatures, TokenTable) -> R) throws -> R {
        let document = try TokenizeFixtures.split(text)
        let tokens = TokenTable(document)
        var t = document.text
        return t.withUTF8 { bytes in
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.run()
            tagger.resolveDocument()
            var f = TaggerFeatures(
                bytes: bytes, tokens: tokens, findings: tagger.findings, mentions: tagger.mentions,
                lexicon: EntityModel.shared.lexicon)
            return body(&f, tokens)
        }
    }

    @Test("only capitalized words outside trusted rule mentions, and connectors between them, are scored")
    func candidates() throws {
        let flags = try Self.features("This week Pemberton of Harwick met Iranian officials on Monday.") { f, _ in f.candidates }
        // This week Pemberton of Harwick met Iranian officials on Monday .
        #expect(flags == [false, false, true, true, true, false, false, false, false, false, false])
    }

    @Test("features are the same on every call, fit the buffer, and differ between tokens")
    func deterministic() throws {
        try Self.features("Pemberton met Harwick officials in Oslo.") { f, tokens in
            let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
            defer { buffer.deallocate() }
            let n1 = f.extract(0, previous: 0, previous2: 0, into: buffer)
            let first = Array(UnsafeBufferPointer(start: buffer, count: n1))
            let n2 = f.extract(0, previous: 0, previous2: 0, into: buffer)
            #expect(Array(UnsafeBufferPointer(start: buffer, count: n2)) == first)
            #expect(n1 <= TaggerFeatures.capacity)
            #expect(first.allSatisfy { $0 >= 0 && Int($0) < TaggerFeatures.buckets })
            let n3 = f.extract(2, previous: 0, previous2: 0, into: buffer)
            #expect(Array(UnsafeBufferPointer(start: buffer, count: n3)) != first)
            #expect(tokens.count == 7)
        }
    }

    @Test("GMB labels map to the tagger's classes, and titles are cut from the front of person spans")
    func trainingExample() throws {
        let text = "President George Bush visited Baghdad with British troops."
        var document = try TokenizeFixtures.split(text)
        document.entities = []
        let gold = [
            Entity(start: 0, end: 21, label: EntityLabel(rawValue: "per"), text: "President George Bush"),
            Entity(start: 30, end: 37, label: EntityLabel(rawValue: "geo"), text: "Baghdad"),
            Entity(start: 43, end: 50, label: EntityLabel(rawValue: "gpe"), text: "British"),
            Entity(start: 0, end: 0, label: EntityLabel(rawValue: "tim"), text: ""),
        ]
        let example = EntityModelTraining.example(document, gold: gold)
        let b = { TaggerTag.begin($0) }
        let i = { TaggerTag.inside($0) }
        // President George Bush visited Baghdad with British troops .
        #expect(example.gold == [0, b(.person), i(.person), 0, b(.place), 0, b(.misc), 0, 0])
        #expect(EntityModelTraining.taggerClass(goldLabel: "tim") == nil)
        #expect(EntityModelTraining.taggerClass(goldLabel: "ORG") == .org)
    }

    @Test("training on a few sentences learns them, and the weights it writes load as a model")
    func smallTraining() throws {
        let texts = [
            "Pemberton said the plan failed.", "Harwick said the talks failed.", "Officials said the plan failed.",
        ]
        var documents: [Document] = []
        var gold: [[Entity]] = []
        for (k, text) in texts.enumerated() {
            var d = try TokenizeFixtures.split(text)
            d.entities = []
            documents.append(d)
            let end = text.unicodeScalars.firstIndex(of: " ").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0
            gold.append(k < 2 ? [Entity(start: 0, end: end, label: EntityLabel(rawValue: "per"), text: "")] : [])
        }
        var lines: [String] = []
        let encoded = EntityModelTraining.train(documents: documents, gold: gold, epochs: 5) { lines.append($0) }
        let model = EntityModel(encoded: encoded)
        #expect(!model.isEmpty)
        #expect(lines.contains { $0.hasPrefix("epoch 5:") })
        let tagged = EntityStage.tag(documents[0], model: model).mentions
        #expect(tagged.contains { $0.label == .person && $0.startToken == 0 && $0.endToken == 1 })
        let officials = EntityStage.tag(documents[2], model: model).mentions
        #expect(!officials.contains { $0.startToken == 0 })
    }
}

@Suite("Entities: tagger combined with the rules")
struct EntityModelCombinationTests {
    static func tagged(_ text: String) throws -> [(label: String, text: String, origin: String)] {
        try EntityFixtures.tagged(text).entities.map { ($0.label.rawValue, $0.text, $0.origin ?? "") }
    }

    @Test("a lone unknown surname before a verb is a person")
    func loneSurname() throws {
        let m = try Self.tagged("Pemberton said the talks in Oslo would resume next week.")
        #expect(m.contains { $0.label == "PERSON" && $0.text == "Pemberton" && $0.origin.hasPrefix("model:") })
        #expect(m.contains { $0.label == "GPE" && $0.text == "Oslo" })
    }

    @Test("sentence-initial adverbs and function words are no names")
    func sentenceInitialWords() throws {
        #expect(try Self.tagged("Likewise, the council agreed to delay the vote.").isEmpty)
        #expect(try Self.tagged("This was the third time the bridge closed this year.").isEmpty)
    }

    @Test("a surname that is also a place follows its use as a person across the document")
    func personNotPlace() throws {
        let m = try Self.tagged("Kennedy met reporters after the speech, and Kennedy later flew to Boston.")
        let kennedy = m.filter { $0.text == "Kennedy" }
        #expect(kennedy.count == 2)
        #expect(kennedy.allSatisfy { $0.label == "PERSON" })
    }

    @Test("trusted rule mentions stay as the rules made them")
    func rulesKept() throws {
        let m = try Self.tagged("The deal was signed by Harrowgate Capital Partners and the Iranian Foreign Ministry.")
        #expect(m.contains { $0.text == "Harrowgate Capital Partners" && $0.label == "ORG" })
        #expect(m.contains { $0.text == "Iranian Foreign Ministry" && $0.label == "ORG" && $0.origin == "rule:head-noun" })
    }

    @Test("no tagger mention crosses a line break or ends on a connector")
    func spanEdges() throws {
        let m = try Self.tagged("OPEN RUN\nTickets at the Grand Theater box office.\nShares of Blue Origin and Brightwater rose.")
        #expect(m.allSatisfy { !$0.text.contains("\n") })
        #expect(m.allSatisfy { !$0.text.hasSuffix(" and") && !$0.text.hasPrefix("and ") })
    }

    @Test("the tagger stays silent on a document that is not English")
    func notEnglish() throws {
        let text = "Die Versicherung und der Arzt besprechen die Gesundheitsakte im Krankenhaus, sagte die Sprecherin"
            + " der Klinik am Montag. Die Patienten sollen ihre Daten künftig selbst verwalten können."
        let m = try Self.tagged(text)
        #expect(m.allSatisfy { !$0.origin.hasPrefix("model:") })
    }

    @Test("two person names side by side are one name")
    func touchingPersons() throws {
        var tokens = try TokenizeFixtures.split("Reporters met Marie Oyelaran Ferraro yesterday.")
        try EntityStage().process(&tokens)
        let persons = tokens.entities.filter { $0.label == .person }
        #expect(persons.map(\.text) == ["Marie Oyelaran Ferraro"])
    }
}
