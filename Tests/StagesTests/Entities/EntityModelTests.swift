import CEntityResources
import Pipeline
import Testing

@testable import Stages

/// The statistical tagger of the entity stage: its resource format, its features and how its mentions
/// combine with the rules' (sentences invented, none from the seed or the evaluation sets).
@Suite("Entities: tagger model and storage")
struct EntityModelStorageTests {
    @Test("rows are stored exactly: empty rows in one byte, small ones in bytes, large ones in 16 bits")
    func rowQuantizer() {
        let q = RowQuantizer(largest: 32000)  // one unit per weight
        let zero = [Float](repeating: 0, count: 8)
        // Rows decode into a wider stride (the runtime's 16-weight rows), the rest zero.
        let wide = q.decode(q.encode([1, 2, 3, 4, 5, 6, 7, 8][...]), rows: 1, width: 8, stride: 16)
        #expect(wide == [1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0])
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

    @Test("the overlap order packed into integers is the order of the key tuples, also where a key does not fit")
    func overlapOrder() {
        // Ties on length, priority and start (the index decides), all four priorities, and starts and
        // lengths past the packed fields' sizes (the tuple sort then decides alone).
        // A fixed sequence (the trainers' SplitMix64): the same candidates on every run.
        var generator = SplitMix(seed: 17)
        for round in 0..<50 {
            var candidates: [(mention: Mention, priority: Int, emitted: Bool)] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let start = round % 10 == 9 ? Int.random(in: 0...(1 << 29), using: &generator) : Int.random(in: 0...30, using: &generator)
                let length = round % 10 == 8 ? Int.random(in: 0...(1 << 17), using: &generator) : Int.random(in: 0...5, using: &generator)
                let m = Mention(startToken: 0, endToken: 1, startByte: start, endByte: start + length, label: .org, origin: "")
                candidates.append((m, Int.random(in: -1...2, using: &generator), true))
            }
            let tuples = candidates.indices.map { i in
                (candidates[i].mention.startByte - candidates[i].mention.endByte, -candidates[i].priority,
                 candidates[i].mention.startByte, i)
            }.sorted { $0 < $1 }.map { $0.3 }
            #expect(EntityTagger.overlapOrder(candidates) == tuples)
        }
    }

    @Test("a damaged resource gives an empty model, and the stage then runs on its rules alone")
    func damagedResource() throws {
        let empty = EntityModel(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
        #expect(empty.isEmpty)
        let wrongMagic = [UInt8](repeating: 7, count: 40_000)
        wrongMagic.withUnsafeBytes { #expect(EntityModel(bytes: $0).isEmpty) }
        // The right header over rows cut short.
        let header = EntityModel.encode(largest: 1, lexicon: Lexicon(hashes: [1, 2]), rows: [0, 0, 1])
        header.withUnsafeBytes { #expect(EntityModel(bytes: $0).isEmpty) }
        let text = "Pemberton said the talks would resume."
        let document = try TokenizeFixtures.split(text)
        let rulesOnly = EntityStage.tag(document, model: empty).mentions
        #expect(rulesOnly.allSatisfy { !$0.origin.hasPrefix("model:") })
    }

    // Its load time is start-up time, measured by scripts/bench ("first document"), not by a timed test.
    @Test("the shipped model and clusters load from the embedded bytes and fit the feature layout")
    func shippedModel() {
        let model = EntityModel(bytes: pipe_entity_model.rawBuffer)
        #expect(!model.isEmpty)
        #expect(model.weights.count == TaggerFeatures.buckets * TaggerTag.width)
        #expect(Int(bitPattern: model.weights.base) % WeightTable.alignment == 0)
        #expect(!model.lexicon.bits.isEmpty)
        let h = { (w: String) in Array(w.utf8).withUnsafeBufferPointer { TaggerFeatures.wordHash($0, 0, $0.count) } }
        #expect(WordClusters.shared.count > 10_000)
        // Words of one kind share a coarse cluster more often than words of different kinds.
        let monday = WordClusters.shared.lookup(h("Monday"))
        #expect(monday != 0)
        #expect(monday >> 24 == WordClusters.shared.lookup(h("Tuesday")) >> 24)
        #expect(WordClusters.shared.lookup(h("zzqxw")) == 0)
    }

    @Test("the gazetteers embedded as bytes are the generated lines, and every resource has its checksum line")
    func embeddedGazetteers() {
        let curated = String(decoding: GazetteerData.curated, as: UTF8.self)
        #expect(curated.hasPrefix("NORP\tl\t"))
        #expect(curated.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(GazetteerData.places.count > 400_000 && GazetteerData.surnames.count > 300_000)
        #expect(GazetteerData.givenNames.last != 0x0A, "no final newline: the text the loader always read")
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
        try EntityFixtures.afterDocumentPass(text) { tagger, tokens, bytes in
            var f = TaggerFeatures(
                bytes: bytes, tokens: tokens, findings: tagger.findings, mentions: tagger.mentions,
                lexicon: EntityModel.shared.lexicon)
            return body(&f, tokens)
        }
    }

    @Test("every capitalized word and the connectors between them are scored; the pronoun I and dates never")
    func candidates() throws {
        let flags = try Self.features("This week Pemberton of Harwick met Iranian officials on Monday. I agreed.") { f, _ in f.candidates }
        // This week Pemberton of Harwick met Iranian officials on Monday . I agreed .
        #expect(flags == [false, false, true, true, true, false, true, false, false, false, false, false, false, false])
    }

    @Test("a run of capitalized words ends at its last word, and never crosses a line end or a sentence start")
    func runs() throws {
        try Self.features("Fans of the Harwick Suns cheered.\nBank of Pemberton\nMoulton Rovers won. Oslo agreed.") { f, tokens in
            // Fans of the Harwick Suns cheered . Bank of Pemberton Moulton Rovers won . Oslo agreed .
            // 0    1  2   3       4    5       6 7    8  9         10      11     12  13 14   15
            #expect(tokens.count == 17)
            #expect(f.run(3) == 3...4)
            #expect(f.run(4) == 3...4)
            #expect(f.run(7) == 7...9)
            #expect(f.run(9) == 7...9)
            #expect(f.run(10) == 10...11)
            #expect(f.run(14) == 14...14)
            #expect(f.run(5) == 5...5)
        }
    }

    @Test("a title-case heading and an all-caps line are told apart from running text by their casing")
    func casing() throws {
        try Self.features("Harwick Suns Beat Moulton In Cup Final\nTHE MAYOR OF OSLO SPEAKS\nPemberton met the mayor of Oslo on the quay.") { f, tokens in
            let casing = f.sentenceCasing
            #expect(casing.count == tokens.count)
            #expect(casing[0] == 2 && casing[6] == 2)
            #expect(casing[7] == 3 && casing[11] == 3)
            #expect(casing[12] == 0 && casing[tokens.count - 1] == 0)
        }
    }

    @Test("features are the same on every call, fit the buffer, and differ between tokens and histories")
    func deterministic() throws {
        try Self.features("Pemberton met Harwick officials in Oslo.") { f, tokens in
            let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
            defer { buffer.deallocate() }
            let n1 = f.extract(0, previous: 0, previous2: 0, history: 0, into: buffer)
            let first = Array(UnsafeBufferPointer(start: buffer, count: n1))
            let n2 = f.extract(0, previous: 0, previous2: 0, history: 0, into: buffer)
            #expect(Array(UnsafeBufferPointer(start: buffer, count: n2)) == first)
            #expect(n1 <= TaggerFeatures.capacity)
            #expect(first.allSatisfy { $0 >= 0 && Int($0) < TaggerFeatures.buckets })
            let n3 = f.extract(2, previous: 0, previous2: 0, history: 0, into: buffer)
            #expect(Array(UnsafeBufferPointer(start: buffer, count: n3)) != first)
            let n4 = f.extract(0, previous: 0, previous2: 0, history: 2, into: buffer)
            #expect(Array(UnsafeBufferPointer(start: buffer, count: n4)) != first)
            #expect(tokens.count == 7)
        }
    }

    @Test("the features without the tags and the tag and history features make up the features, bucket for bucket")
    func taggedParts() throws {
        try Self.features("Pemberton met Harwick officials in Oslo.\nTHE MAYOR OF OSLO SPEAKS") { f, tokens in
            let capacity = TaggerFeatures.capacity
            let all = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            let parts = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * capacity)
            defer {
                all.deallocate()
                parts.deallocate()
            }
            let decided: [(UInt8, UInt8, UInt64)] = [(0, 0, 0), (3, 1, 2), (5, 0, 7)]
            for t in 0..<tokens.count {
                for (previous, previous2, history) in decided {
                    let n = f.extract(t, previous: previous, previous2: previous2, history: history, into: all)
                    let fixed = f.extract(t, previous: 0, previous2: 0, history: 0, into: parts, includeTagged: false)
                    var tagged = BucketList(out: parts + fixed)
                    f.extractTagged(t, previous: previous, previous2: previous2, history: history, into: &tagged)
                    #expect(tagged.count == 10)
                    #expect(
                        Array(UnsafeBufferPointer(start: all, count: n)).sorted()
                            == Array(UnsafeBufferPointer(start: parts, count: fixed + tagged.count)).sorted())
                }
            }
        }
    }

    @Test("the document history reports the most frequent earlier decision for a word")
    func history() {
        var h = DocumentHistory()
        #expect(h.code(42) == 0)
        h.record(42, tag: TaggerTag.begin(.person))
        h.record(42, tag: TaggerTag.inside(.person))
        h.record(42, tag: 0)
        #expect(h.code(42) == 2)  // 1 + (1 + person's class index 0)
        #expect(h.code(43) == 0)
    }

    static func annotated(_ text: String, corpus: String, mask: [String], names: [(String, [String])], ignored: [String] = [])
        throws -> EntityModelTraining.Annotated
    {
        var document = try TokenizeFixtures.split(text)
        document.entities = []
        let scalars = Array(text.unicodeScalars)
        func span(_ s: String) -> (Int, Int) {
            let needle = Array(s.unicodeScalars)
            for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
                return (i, i + needle.count)
            }
            return (0, 0)
        }
        return .init(
            document: document, corpus: corpus, mask: mask,
            names: names.map { let (a, b) = span($0.0); return .init(start: a, end: b, classes: $0.1) },
            ignored: ignored.map(span))
    }

    @Test("a class the corpus does not annotate is unknown on its untagged words, not outside")
    func partialLabels() throws {
        let item = try Self.annotated(
            "Pemberton visited Harwick with Zorbian troops.", corpus: "btc", mask: ["PERSON", "ORG", "PLACE"],
            names: [("Pemberton", ["PERSON"]), ("Harwick", ["PLACE"])])
        let ex = EntityModelTraining.example(item)
        let bit = { (tag: UInt8) in UInt16(1) << UInt16(tag) }
        // Pemberton visited Harwick with Zorbian troops .
        #expect(ex.acceptable[0] == bit(TaggerTag.begin(.person)))
        #expect(ex.acceptable[2] == bit(TaggerTag.begin(.place)))
        // "Zorbian": outside for the corpus's classes, but NORP, EVENT or MISC would not be wrong.
        let z = ex.acceptable[4]
        #expect(z & bit(0) != 0)
        #expect(z & bit(TaggerTag.begin(.norp)) != 0 && z & bit(TaggerTag.begin(.misc)) != 0)
        #expect(z & bit(TaggerTag.begin(.person)) == 0 && z & bit(TaggerTag.begin(.org)) == 0)
        // A span whose class the corpus leaves open accepts each; an ignored span accepts anything.
        let open = try Self.annotated(
            "The Zorb Cup began.", corpus: "wikigold", mask: ["PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"],
            names: [("Zorb Cup", ["EVENT", "MISC"])], ignored: ["The"])
        let ex2 = EntityModelTraining.example(open)
        #expect(ex2.acceptable[1] == bit(TaggerTag.begin(.event)) | bit(TaggerTag.begin(.misc)))
        #expect(ex2.acceptable[2] == bit(TaggerTag.inside(.event)) | bit(TaggerTag.inside(.misc)))
        #expect(ex2.acceptable[0] == EntityModelTraining.anything)
    }

    @Test("a span with a word the tagger never scores (a year, a lower-case descriptor) teaches nothing")
    func unrepresentableSpan() throws {
        let item = try Self.annotated(
            "He won the 2001 Zorbian general election easily.", corpus: "crossner",
            mask: ["PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"], names: [("2001 Zorbian general election", ["EVENT"])])
        let ex = EntityModelTraining.example(item)
        // He won the 2001 Zorbian general election easily .
        #expect(ex.acceptable[3...6].allSatisfy { $0 == EntityModelTraining.anything })
        #expect(ex.gold.allSatisfy { $0 == 0 })
    }

    @Test("training on a few sentences learns them, and the bytes it writes load as a model")
    func smallTraining() throws {
        let texts = ["Pemberton said the plan failed.", "Harwick said the talks failed.", "Officials said the plan failed."]
        var items: [EntityModelTraining.Annotated] = []
        for (k, text) in texts.enumerated() {
            let first = String(text.prefix { $0 != " " })
            items.append(try Self.annotated(text, corpus: "gmb", mask: ["PERSON", "ORG", "PLACE"], names: k < 2 ? [(first, ["PERSON"])] : []))
        }
        var lines: [String] = []
        let bytes = EntityModelTraining.train(documents: items, heldOut: items, epochs: 5, seed: 1) { lines.append($0) }
        let model = bytes.withUnsafeBytes { EntityModel(bytes: $0) }
        #expect(!model.isEmpty)
        #expect(lines.contains { $0.hasPrefix("epoch 5:") })
        #expect(lines.contains { $0.hasPrefix("held-out gmb") })
        let tagged = EntityStage.tag(items[0].document, model: model).mentions
        #expect(tagged.contains { $0.label == .person && $0.startToken == 0 && $0.endToken == 1 })
        let officials = EntityStage.tag(items[2].document, model: model).mentions
        #expect(!officials.contains { $0.startToken == 0 })
        // The same data and seed give the same bytes.
        #expect(EntityModelTraining.train(documents: items, heldOut: [], epochs: 5, seed: 1) { _ in } == bytes)
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

    @Test("an award named after an organization or a person is neither")
    func awards() throws {
        let m = try Self.tagged(
            "Harwick won the Pemberton Peace Prize in May, and the Moulton Foundation Life Achievement Award followed.")
        let awardWords = ["Prize", "Award"]
        #expect(!m.contains { e in awardWords.contains { e.text.hasSuffix($0) } })
        // The same names without the award noun are still found.
        let plain = try Self.tagged("The Moulton Foundation paid for the study.")
        #expect(plain.contains { $0.text == "Moulton Foundation" && $0.label == "ORG" })
    }

    @Test("an abbreviated office before a name is a title, not part of a person or of the place before it")
    func abbreviatedTitles() throws {
        let m = try Self.tagged("Ohio Gov. Ana Ruiz signed the bill, and Maj. Gen. Owen Hale agreed with Det. Sam Cole.")
        for title in ["Gov.", "Maj. Gen.", "Det."] {
            #expect(m.contains { $0.text == title && $0.label == "TITLE" }, "\(title): \(m)")
        }
        #expect(m.contains { $0.text == "Ohio" && $0.label == "GPE" })
        #expect(m.contains { $0.text == "Ana Ruiz" && $0.label == "PERSON" })
        #expect(!m.contains { $0.label == "PERSON" && ($0.text.contains("Gov.") || $0.text.contains("Gen.")) })
    }

    @Test("a place, an office and a name the tagger read as one name up to the name's first word come apart")
    func officeInsideTaggerSpan() throws {
        // The tagger reads these as ORG "U.S. President-elect Barack" and PERSON "Obama" (the sentences depend
        // on the model; with the model of the sixteenth session both are misread this way).
        let m = try Self.tagged(
            "The prince has repeatedly expressed his wish to accompany his regiment to Iraq. U.S. President-elect "
                + "Barack Obama is urging Congress to move quickly on a plan.")
        #expect(m.contains { $0.text == "President-elect" && $0.label == "TITLE" }, "\(m)")
        #expect(m.contains { $0.text == "Barack Obama" && $0.label == "PERSON" }, "\(m)")
        #expect(m.contains { $0.text == "U.S." && $0.label == "GPE" }, "\(m)")
        // Not over a word the tagger left out: "Thursday" stays the date's.
        let dated = try Self.tagged("U.S. District Judge Ana Ruiz Thursday questioned the plan.")
        #expect(!dated.contains { $0.label == "PERSON" && $0.text.hasSuffix("Thursday") }, "\(dated)")
    }

    @Test("a lone capitalized common word no gazetteer knows is no place unless the tagger is sure")
    func loneCommonWordPlace() throws {
        // The tagger reads "Vault" as a place here, below the margin it must reach (the sentence depends on
        // the model: each retraining moved it; the tagger of the fifteenth session reads "met in Crypt" as a
        // place with margin to spare, and "moved the boxes to Vault" below the margin).
        let m = try Self.tagged("They moved the boxes to Vault before noon.")
        #expect(!m.contains { $0.text == "Vault" }, "\(m)")
        // Known places named by common words stay.
        let known = try Self.tagged("The train from Reading stopped in Bath.")
        #expect(known.contains { $0.text == "Reading" && $0.label == "GPE" }, "\(known)")
        #expect(known.contains { $0.text == "Bath" && $0.label == "GPE" }, "\(known)")
    }

    @Test("a heading's capitalized common words are no names, and no name reads on across a verb of saying")
    func headings() throws {
        let m = try Self.tagged("Oslo Allies Worry as Shares Slide Again\n\nThe company said sales fell.")
        #expect(!m.contains { $0.text.contains("Allies") || $0.text.contains("Shares") }, "\(m)")
        #expect(m.contains { $0.text == "Oslo" && $0.label == "GPE" }, "\(m)")
        let said = try Self.tagged("Harwick House Says Supreme Court Ruling Hurts Oslo Banks\n\nThe bank gave no date.")
        #expect(!said.contains { $0.text.contains("Says") }, "\(said)")
        #expect(said.contains { $0.text == "Harwick House" }, "\(said)")
        #expect(said.contains { $0.text == "Supreme Court" && $0.label == "ORG" }, "\(said)")
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
