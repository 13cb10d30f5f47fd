import Pipeline

/// Trains the relation classifier (`RelationModel`) on documents with gold entities and relations, with
/// the stage's own pattern matching, structure and features (`RelationStage.analyze`, `PairCandidates`),
/// so training and annotation cannot drift. Called by `rel-train` (scripts/train-relation-model).
///
/// One L2-regularised logistic regression per learned type, trained by AdaGrad over shuffled examples
/// (a seeded generator: the same data and seed give the same model). An example is a candidate pair of a
/// document whose corpus annotates the type exhaustively there (`Annotation.annotated`): positive when
/// it is a gold relation, negative otherwise, unless the corpus leaves the pair open (`ignore`). A corpus
/// says nothing about a type it does not annotate.
///
/// Thresholds per type (for pairs a pattern of the type matched, and for the others) are chosen on the dev
/// parts of the corpora whose negatives are those of running text (`tuningCorpora`), maximising F1 of the
/// decisions the stage would take (the structure applied, the override patterns deciding alone). A type
/// is learned only when the classifier so beats the patterns alone there. A pattern becomes an override
/// when, pooled over the dev sets, it fired at least `overrideMinimumFirings` times with precision at least
/// `overridePrecision`.
package enum RelationModelTraining {
    /// The gold of one document.
    package struct Annotation: Sendable {
        /// Relations between entities (indices into the document's entities).
        package var relations: [(type: RelationType, head: Int, tail: Int)]
        /// Types annotated exhaustively in this document, each optionally for one pair of coarse labels
        /// ("PERSON", "ORG", "PLACE"): its other candidate pairs are negatives.
        package var annotated: [(type: RelationType, head: String?, tail: String?)]
        /// Pairs that are neither positive nor negative for the type.
        package var ignore: [(type: RelationType, head: Int, tail: Int)]

        package init(
            relations: [(type: RelationType, head: Int, tail: Int)],
            annotated: [(type: RelationType, head: String?, tail: String?)],
            ignore: [(type: RelationType, head: Int, tail: Int)]
        ) {
            self.relations = relations
            self.annotated = annotated
            self.ignore = ignore
        }
    }

    package struct Corpus: Sendable {
        package var name: String
        /// Tokenized, split into sentences, with the gold entities.
        package var documents: [Document]
        package var annotations: [Annotation]

        package init(name: String, documents: [Document], annotations: [Annotation]) {
            self.name = name
            self.documents = documents
            self.annotations = annotations
        }
    }

    package struct Options: Sendable {
        package var epochs = 12
        package var seed: UInt64 = 16
        /// Models trained (seeds `seed`, `seed + 1`, ...) whose weights are averaged: one model's dev figures
        /// moved by up to two points with the seed or with a few training examples more or less, and the
        /// thresholds chosen on them with it; the mean of several is steadier.
        package var averaged = 5
        package var learningRate: Float = 0.2
        package var l2: Float = 3e-3
        /// A feature kept in the model must occur in at least this many training examples of its type.
        package var minimumCount = 2
        /// Weight of each corpus's examples (1 when absent).
        package var corpusWeights: [String: Float] = [:]
        /// The dev corpus the thresholds must include.
        package var tuningCorpus = "conll04"
        /// The dev corpora whose pattern firings are pooled to prove a pattern's precision.
        package var overrideCorpora: Set<String> = ["conll04", "knowledgenet", "re-docred", "re3d", "tbaq-news"]
        /// The dev corpora the thresholds are chosen on (their counts summed): those whose negatives are
        /// every other candidate pair of a sentence, as in running text (KnowledgeNet's mentions are only
        /// the facts' arguments, so it has almost no negatives to weigh a threshold against).
        package var tuningCorpora: Set<String> = ["conll04", "re-docred", "re3d", "tbaq-news"]
        /// The threshold is the highest whose dev F1 is within this of the best.
        /// The free threshold maximises F-beta on the tuning dev sets (see `chooseThreshold`).
        package var beta = 0.5
        /// Per type, the F-beta its free threshold maximises in place of `beta`.
        package var betaByType: [RelationType: Double] = [:]
        /// The F-beta the free threshold of `type` maximises.
        package func beta(for type: RelationType) -> Double { betaByType[type] ?? beta }
        /// Thresholds fixed in advance, per type, in place of the one `chooseThreshold` picks for the model
        /// being trained: the pick moved by a step (based_in 0.6 / 0.7) with the seed or with a few entities
        /// more or less in the training data, and every retraining moved the dev figures with it. Fixed,
        /// they are chosen once, as the most frequent pick over several seeds (scripts/train-relation-model).
        package var fixedThresholds: [RelationType: (free: Float, backed: Float)] = [:]
        /// The classifier vetoes pattern matches only where that gains more than this in dev F1.
        package var vetoMargin = 0.01
        /// A type is learned only when its tuning dev sets hold this many gold relations.
        package var minimumTuningRelations = 40
        package var overridePrecision: Double = 0.9
        package var overrideMinimumFirings = 5
        /// Types learned (when the training data has enough of them: `minimumPositives`).
        package var types: [RelationType] = [.worksFor, .basedIn, .locatedIn, .partOf, .livesIn, .killed]
        package var minimumPositives = 50
        /// Log every example with this word between its arguments (to see where a weight comes from).
        package var trace: String?
        package init() {}
    }

    /// One candidate pair for one type.
    struct Example {
        var features: [UInt64]
        var positive: Bool
        /// Whether the stage's structure and argument constraints allow the type for the pair.
        var allowed: Bool
        /// Whether the classifier may decide the pair without a pattern (`EntityFacts.mayDecideAlone`).
        var alone = true
        var fired: [Int32]
        var weight: Float
        /// Cached while thresholds are tuned.
        var probability: Float? = nil
    }

    /// Examples of one corpus, per type, with the count of gold relations no candidate reaches.
    struct Examples {
        var byType: [[Example]] = Array(repeating: [], count: RelationCode.types.count)
        var unreachable = [Int](repeating: 0, count: RelationCode.types.count)
        var positives = [Int](repeating: 0, count: RelationCode.types.count)
    }

    /// Trains on `train`, tunes on `dev`, and returns the model file's bytes. `log` receives the report.
    package static func train(train: [Corpus], dev: [Corpus], options: Options, log: (String) -> Void) -> [UInt8] {
        let stage = RelationStage(patterns: RelationPatterns.compiled)
        let wanted = options.types.reduce(UInt16(0)) { m, t in
            let c = RelationCode.of(t)
            return c >= 0 ? m | 1 << UInt16(c) : m
        }
        let trainExamples = train.map { examples(of: $0, stage: stage, wanted: wanted, options: options, log: log) }
        let devExamples = dev.map { examples(of: $0, stage: stage, wanted: wanted, options: options) }
        for (c, e) in zip(train, trainExamples) { describe("train", c.name, e, log) }
        for (c, e) in zip(dev, devExamples) { describe("dev", c.name, e, log) }

        var thresholds = [RelationModel.Threshold?](repeating: nil, count: RelationCode.types.count)
        var weights: [(UInt32, Float)] = []
        var overrides: Set<String> = []
        let tuning = dev.firstIndex { $0.name == options.tuningCorpus }
        if let tuning {
            let pooled = zip(dev, devExamples).filter { options.overrideCorpora.contains($0.0.name) }.map(\.1)
            overrides = chooseOverrides(pooled, alone: devExamples[tuning], options: options, log: log)
        }
        for code in RelationCode.types.indices where wanted & (1 << UInt16(code)) != 0 {
            let name = RelationCode.types[code].rawValue
            let examples = trainExamples.flatMap { $0.byType[code] }
            let positives = examples.filter(\.positive).count
            guard positives >= options.minimumPositives else {
                log("\(name): \(positives) training positives, fewer than \(options.minimumPositives): not learned")
                continue
            }
            let learned = fit(examples, code: code, options: options)
            let model = RelationModel(thresholds: [], overrides: [], weights: learned)
            // Tune on the dev corpora that annotate the type with natural negatives.
            let sets = zip(dev, devExamples).filter { c, e in
                e.positives[code] > 0 && options.tuningCorpora.contains(c.name)
            }.map(\.1)
            let tuningGold = sets.reduce(0) { $0 + $1.positives[code] }
            guard tuningGold >= options.minimumTuningRelations else {
                log("\(name): \(tuningGold) gold relations in the tuning dev sets, too few to choose a threshold: not learned")
                continue
            }
            let chosen = chooseThreshold(
                sets, code: code, model: model, overrides: overrides, stage: stage, beta: options.beta(for: RelationCode.types[code]),
                vetoMargin: options.vetoMargin)
            let fixed = options.fixedThresholds[RelationCode.types[code]].map { RelationModel.Threshold(free: $0.free, backed: $0.backed) }
            let threshold = fixed ?? chosen
            let alone = patternsAlone(sets, code: code)
            let tuned = scores(sets, code: code, model: model, threshold: threshold, overrides: overrides, stage: stage)
            // With a fixed threshold the log also says what this model's own choice would be: a fixed value
            // that drifts from it for several seeds is due for a new choice (scripts/train-relation-model).
            let how = fixed == nil ? "" : " (fixed; chosen here: free \(chosen.free.rounded2) backed \(chosen.backed.rounded2))"
            log(
                "\(name): \(examples.count) training examples (\(positives) positive), \(learned.count) weights, "
                    + "thresholds free \(threshold.free.rounded2) backed \(threshold.backed.rounded2)\(how); tuning dev: "
                    + "classifier \(tuned), patterns alone \(alone)")
            guard tuned.f1 > alone.f1 else {
                log("\(name): the classifier does not beat the patterns on the tuning dev sets: not learned")
                continue
            }
            thresholds[code] = threshold
            weights.append(contentsOf: learned)
            for (c, e) in zip(dev, devExamples) where e.positives[code] > 0 {
                let s = scores([e], code: code, model: model, threshold: threshold, overrides: overrides, stage: stage)
                log("  dev \(c.name) \(name): \(s)")
            }
        }
        log("overrides: \(overrides.sorted().joined(separator: ", "))")
        return RelationModelFile(thresholds: thresholds, overrides: overrides, weights: weights).bytes()
    }

    /// The corpus with the pipeline's own entities (the date and entity stages) in place of the gold's, so
    /// the classifier also learns from the mentions it will see: split titles, partial names, wrong or
    /// extra mentions. A predicted mention stands for the gold mentions it overlaps with the same coarse
    /// label; a gold relation holds between every pair of predicted mentions standing for its arguments,
    /// an ignored pair likewise; the annotated types stay. Relations whose arguments the stages missed are
    /// simply not there (the classifier cannot find them either).
    package static func withPredictedEntities(_ corpus: Corpus) -> Corpus {
        let dates = DateStage()
        let names = EntityStage()
        var documents: [Document] = []
        var annotations: [Annotation] = []
        for (gold, annotation) in zip(corpus.documents, corpus.annotations) {
            var d = gold
            d.entities = []
            d.relations = []
            do {
                try dates.process(&d)
                d.settleEntities()
                try names.process(&d)
            } catch {
                continue
            }
            // As the pipeline runner leaves them for the relation stage.
            d.settleEntities()
            // Gold entity → predicted entities standing for it.
            var standsFor: [[Int]] = Array(repeating: [], count: gold.entities.count)
            for (g, ge) in gold.entities.enumerated() {
                let gc = EntityFacts.Coarse.of(LabelMask(ge.label))
                for (p, pe) in d.entities.enumerated()
                where pe.start < ge.end && ge.start < pe.end && EntityFacts.Coarse.of(LabelMask(pe.label)) == gc {
                    standsFor[g].append(p)
                }
            }
            func mapped(_ pairs: [(type: RelationType, head: Int, tail: Int)]) -> [(type: RelationType, head: Int, tail: Int)] {
                var out: [(type: RelationType, head: Int, tail: Int)] = []
                for r in pairs {
                    for h in standsFor[r.head] {
                        for t in standsFor[r.tail] where h != t { out.append((r.type, h, t)) }
                    }
                }
                return out
            }
            documents.append(d)
            annotations.append(
                Annotation(
                    relations: mapped(annotation.relations), annotated: annotation.annotated,
                    ignore: mapped(annotation.ignore)))
        }
        return Corpus(name: corpus.name + "-predicted", documents: documents, annotations: annotations)
    }

    /// The candidate pairs of a corpus, labelled.
    static func examples(
        of corpus: Corpus, stage: RelationStage, wanted: UInt16, options: Options, log: (String) -> Void = { _ in }
    ) -> Examples {
        var out = Examples()
        let traced = options.trace.map { word -> (UInt64, UInt64) in
            let raw = PairFeatures.raw(.between, WordHash.of(word))
            return (PairFeatures.finish(raw, headFirst: true), PairFeatures.finish(raw, headFirst: false))
        }
        let weight = options.corpusWeights[corpus.name] ?? 1
        let candidates = PairCandidates()
        for (document, annotation) in zip(corpus.documents, corpus.annotations) {
            var gold: [UInt64: Bool] = [:]
            func key(_ code: Int, _ h: Int, _ t: Int) -> UInt64 { UInt64(code) << 48 | UInt64(h) << 24 | UInt64(t) }
            for r in annotation.relations {
                let code = RelationCode.of(r.type)
                guard code >= 0, wanted & (1 << UInt16(code)) != 0 else { continue }
                gold[key(code, r.head, r.tail)] = false
                out.positives[code] += 1
            }
            var ignored: Set<UInt64> = []
            for i in annotation.ignore {
                let code = RelationCode.of(i.type)
                if code >= 0 { ignored.insert(key(code, i.head, i.tail)) }
            }
            var annotatedTypes: [(Int, UInt8?, UInt8?)] = []
            for a in annotation.annotated {
                let code = RelationCode.of(a.type)
                guard code >= 0 else { continue }
                annotatedTypes.append((code, a.head.flatMap(coarse), a.tail.flatMap(coarse)))
            }
            var found = RelationCollector()
            var facts = EntityFacts(document)
            let entities = document.entities
            stage.analyze(document, &found, &facts) { _, facts, _, sentence, fired, _ in
                candidates.forEach(sentence, facts, fired: fired, wanted: wanted) { h, t, _, _, types, features in
                    var bits = types
                    while bits != 0 {
                        let code = bits.trailingZeroBitCount
                        bits &= bits - 1
                        let k = key(code, h, t)
                        let positive = gold[k] != nil
                        if positive {
                            gold[k] = true
                        } else {
                            if ignored.contains(k) { continue }
                            let annotated = annotatedTypes.contains { c, hl, tl in
                                c == code && (hl == nil || hl == facts.coarse[h]) && (tl == nil || tl == facts.coarse[t])
                            }
                            guard annotated else { continue }
                        }
                        let allowed = ArgumentConstraints.allowsLabelled(code, entities, head: h, tail: t)
                            && facts.allows(code, head: h, tail: t)
                        var own: [Int32] = []
                        fired.forEach(head: h, tail: t) { i in
                            if Int(fired.all[i].type) == code { own.append(fired.all[i].pattern) }
                        }
                        if let (a, b) = traced, features.contains(a) || features.contains(b) {
                            log(
                                "trace \(corpus.name) \(document.id) \(RelationCode.types[code].rawValue) "
                                    + "\(entities[h].text) -> \(entities[t].text): \(positive ? "positive" : "negative")")
                        }
                        out.byType[code].append(
                            Example(
                                features: Array(features), positive: positive, allowed: allowed,
                                alone: facts.mayDecideAlone(code, head: h, tail: t, in: document),
                                fired: own, weight: weight))
                    }
                }
            }
            for (k, reached) in gold where !reached { out.unreachable[Int(k >> 48)] += 1 }
        }
        return out
    }

    static func coarse(_ name: String) -> UInt8? {
        switch name {
        case "PERSON": EntityFacts.Coarse.person
        case "ORG": EntityFacts.Coarse.org
        case "PLACE", "GPE", "LOC", "FAC": EntityFacts.Coarse.place
        default: nil
        }
    }

    static func describe(_ split: String, _ name: String, _ e: Examples, _ log: (String) -> Void) {
        var parts: [String] = []
        for code in RelationCode.types.indices where !e.byType[code].isEmpty || e.positives[code] > 0 {
            let n = e.byType[code].count
            let p = e.byType[code].filter(\.positive).count
            parts.append("\(RelationCode.types[code].rawValue) \(p)+/\(n - p)- (\(e.unreachable[code]) of \(e.positives[code]) gold unreachable)")
        }
        log("\(split) \(name): " + parts.joined(separator: "; "))
    }

    /// Logistic regression by AdaGrad with L2, over the features that occur `minimumCount` times.
    static func fit(_ examples: [Example], code: Int, options: Options) -> [(UInt32, Float)] {
        var index: [UInt32: Int32] = [:]
        var counts: [Int32] = []
        var rows: [[Int32]] = []
        rows.reserveCapacity(examples.count)
        for e in examples {
            var row: [Int32] = []
            row.reserveCapacity(e.features.count)
            for f in e.features {
                let k = RelationModel.key(f, code)
                if let i = index[k] {
                    counts[Int(i)] += 1
                    row.append(i)
                } else {
                    let i = Int32(counts.count)
                    index[k] = i
                    counts.append(1)
                    row.append(i)
                }
            }
            rows.append(row)
        }
        let keep = counts.map { Int($0) >= options.minimumCount }
        let runs = max(1, options.averaged)
        var sum = [Float](repeating: 0, count: counts.count)
        // Each example's place in an epoch comes from its own content and the seed, not from a shuffle of
        // the list's indices: with a shuffle, one example more or less (a mention the entity stage now reads
        // otherwise in a training text) reordered every other example, and the retrained weights moved the
        // dev figures by up to .005 on their own. Now the others keep their order around it.
        let contents = examples.map(Self.contentKey)
        for run in 0..<runs {
            var w = [Float](repeating: 0, count: counts.count)
            var g2 = [Float](repeating: 1e-6, count: counts.count)
            var random = SplitMix(seed: (options.seed &+ UInt64(run)) &+ UInt64(code))
            for _ in 0..<options.epochs {
                for n in SplitMix.epochOrder(contents, salt: random.next()) {
                    let row = rows[n]
                    var z: Float = 0
                    for i in row where keep[Int(i)] { z += w[Int(i)] }
                    let p = RelationModel.probability(z)
                    let g = (p - (examples[n].positive ? 1 : 0)) * examples[n].weight
                    for i in row where keep[Int(i)] {
                        let j = Int(i)
                        let grad = g + options.l2 * w[j]
                        g2[j] += grad * grad
                        w[j] -= options.learningRate * grad / g2[j].squareRoot()
                    }
                }
            }
            for j in w.indices { sum[j] += w[j] }
        }
        let w = sum.map { $0 / Float(runs) }
        var out: [(UInt32, Float)] = []
        for (k, i) in index where keep[Int(i)] && abs(w[Int(i)]) >= 1e-3 { out.append((k, w[Int(i)])) }
        return out.sorted { $0.0 < $1.0 }
    }

    /// A hash of an example's features, label and weight (FNV-1a over the feature hashes).
    static func contentKey(_ e: Example) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for f in e.features { h = (h ^ f) &* 0x0000_0100_0000_01B3 }
        h = (h ^ (e.positive ? 1 : 2)) &* 0x0000_0100_0000_01B3
        return (h ^ UInt64(e.weight.bitPattern)) &* 0x0000_0100_0000_01B3
    }

    /// Decisions of the stage on labelled examples: an override pattern fired, or the probability reaches
    /// the threshold (backed by a pattern of the type or free); never when the structure forbids the pair.
    static func decide(
        _ e: Example, code: Int, model: RelationModel, threshold: RelationModel.Threshold, overrides: [Bool]
    ) -> Bool {
        guard e.allowed else { return false }
        if e.fired.contains(where: { overrides[Int($0)] }) { return true }
        let p = e.probability ?? e.features.withUnsafeBufferPointer { RelationModel.probability(model.score($0, code)) }
        return e.fired.isEmpty ? e.alone && p >= threshold.free : p >= threshold.backed
    }

    /// The patterns' own decisions: some pattern of the type fired on an allowed pair.
    static func patternsAlone(_ sets: [Examples], code: Int) -> Score {
        var s = Score()
        for e in sets {
            s.gold += e.positives[code]
            for x in e.byType[code] where x.allowed && !x.fired.isEmpty {
                s.predicted += 1
                if x.positive { s.matched += 1 }
            }
        }
        return s
    }

    struct Score: CustomStringConvertible {
        var gold = 0
        var predicted = 0
        var matched = 0
        var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        var f1: Double { fBeta(1) }
        func fBeta(_ beta: Double) -> Double {
            let b2 = beta * beta
            return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall)
        }
        var description: String {
            func f(_ x: Double) -> String {
                let r = (x * 1000).rounded() / 1000
                return "\(r)"
            }
            return "gold \(gold) pred \(predicted) match \(matched) P \(f(precision)) R \(f(recall)) F1 \(f(f1))"
        }
    }

    static func overrideFlags(_ overrides: Set<String>, _ stage: RelationStage) -> [Bool] {
        stage.patterns.map { overrides.contains($0.pattern.name) }
    }

    static func scores(
        _ sets: [Examples], code: Int, model: RelationModel, threshold: RelationModel.Threshold, overrides: Set<String>,
        stage: RelationStage
    ) -> Score {
        let flags = overrideFlags(overrides, stage)
        var s = Score()
        for e in sets {
            s.gold += e.positives[code]
            for x in e.byType[code] where decide(x, code: code, model: model, threshold: threshold, overrides: flags) {
                s.predicted += 1
                if x.positive { s.matched += 1 }
            }
        }
        return s
    }

    /// The thresholds, in two steps. First the patterns, vetoed by the classifier: the backed threshold
    /// (0 keeps every pattern match; then 0.05 steps to 0.9) of best F1 with no free decision, or the
    /// lowest within `vetoMargin` of it (dev sets are small: a veto must gain more than a relation or two
    /// to outweigh the evidence of a pattern written for the purpose). Then the
    /// classifier's own finds: the free threshold (0.05 steps from 0.2 to 0.95, or none) of best F-beta
    /// (`beta` < 1 weighs precision more): in running news, pairs of names that no pattern joins are far
    /// more numerous than in the dev sets, whose sentences were picked for holding relations, so a free
    /// false alarm costs more there than a miss; ties go to the higher free threshold.
    static func chooseThreshold(
        _ sets: [Examples], code: Int, model: RelationModel, overrides: Set<String>, stage: RelationStage,
        beta: Double, vetoMargin: Double
    ) -> RelationModel.Threshold {
        // Probabilities once, not once per grid point.
        var scored = sets
        for k in scored.indices {
            for i in scored[k].byType[code].indices {
                let e = scored[k].byType[code][i]
                scored[k].byType[code][i].probability = e.features.withUnsafeBufferPointer {
                    RelationModel.probability(model.score($0, code))
                }
            }
        }
        func measure(_ t: RelationModel.Threshold) -> Score {
            scores(scored, code: code, model: model, threshold: t, overrides: overrides, stage: stage)
        }
        let never: Float = 1.01
        var curve: [(Float, Double)] = []
        for step in 0...18 {
            let backed = Float(step) * 0.05
            curve.append((backed, measure(RelationModel.Threshold(free: never, backed: backed)).f1))
        }
        // A veto must earn its place: the lowest backed threshold within `vetoMargin` of the best F1.
        let top = curve.map(\.1).max() ?? 0
        let backed = curve.first { $0.1 >= top - vetoMargin - 1e-9 }?.0 ?? 0
        var best = (score: -1.0, threshold: RelationModel.Threshold(free: never, backed: backed))
        best = (measure(best.threshold).fBeta(beta), best.threshold)
        for step in 4...19 {
            let t = RelationModel.Threshold(free: Float(step) * 0.05, backed: backed)
            let f = measure(t).fBeta(beta)
            if f >= best.score - 1e-9 { best = (f, t) }
        }
        return best.threshold
    }

    /// The patterns precise enough on the tuning dev set to decide alone; logs every pattern's precision.
    /// Firings and correct firings of each pattern on labelled examples.
    static func firings(_ sets: [Examples]) -> [Int32: (Int, Int)] {
        var fired: [Int32: (Int, Int)] = [:]
        for dev in sets {
            for code in dev.byType.indices {
                for e in dev.byType[code] {
                    for p in Set(e.fired) {
                        fired[p, default: (0, 0)].0 += 1
                        if e.positive { fired[p, default: (0, 0)].1 += 1 }
                    }
                }
            }
        }
        return fired
    }

    /// Logs each pattern's precision on the tuning corpus's dev set and on all the dev sets pooled.
    static func chooseOverrides(
        _ sets: [Examples], alone: Examples, options: Options, log: (String) -> Void
    ) -> Set<String> {
        let fired = firings(sets)
        let own = firings([alone])
        var overrides: Set<String> = []
        log(
            "pattern precision (fired, correct, precision) on \(options.tuningCorpus) dev, then on the dev sets of "
                + "\(options.overrideCorpora.sorted().joined(separator: ", ")) pooled:")
        func ratio(_ x: (Int, Int)) -> String {
            x.0 == 0 ? "-" : "\((Double(x.1) / Double(x.0) * 1000).rounded() / 1000)"
        }
        for (p, (n, correct)) in fired.sorted(by: { ($0.value.0, $1.key) > ($1.value.0, $0.key) }) {
            let name = RelationPatterns.compiled[Int(p)].pattern.name
            let precision = Double(correct) / Double(n)
            let chosen = n >= options.overrideMinimumFirings && precision >= options.overridePrecision
            if chosen { overrides.insert(name) }
            let mine = own[p] ?? (0, 0)
            log(
                "  \(name)\t\(mine.0)\t\(mine.1)\t\(ratio(mine))\t\(n)\t\(correct)\t\(ratio((n, correct)))"
                    + (chosen ? "\toverride" : ""))
        }
        return overrides
    }
}

extension Float {
    /// For the training log: two decimals.
    var rounded2: Float { (self * 100).rounded() / 100 }
}
