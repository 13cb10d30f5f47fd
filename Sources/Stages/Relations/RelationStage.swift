import Pipeline

/// Relations between entity mentions of one sentence (ANNOTATION.md: has_title, works_for, based_in,
/// located_in, part_of, alias_of, met_with, lives_in, killed; and reported_from, a wire story's dateline).
///
/// The declarative patterns of `RelationPatterns` run first. For the types the classifier learned
/// (`RelationModel`: works_for, based_in, located_in, part_of, lives_in, killed), a pattern match is a
/// feature of its pair, and the classifier decides every candidate pair of the sentence with the type's
/// threshold; the patterns whose precision was proven on dev still decide on their own (overrides). The
/// other types come from the patterns alone. Every relation, whatever its source, must agree with the
/// sentence's structure (`EntityFacts`: lists, place hierarchy, title order). Each relation keeps its
/// evidence: sentence, trigger span, confidence, the pattern or "model", and with `--explain` the
/// classifier's strongest features.
public struct RelationStage: CatalogStage {
    public static let stageName = "relations"
    public static let summary = "relations between entities of a sentence, from patterns and a classifier"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let adds: Set<Layer> = [.relations]
    /// Its rules and resources are English: other languages skip it (`--lang`).
    public let englishOnly = true

    let patterns: [CompiledPattern]
    let program: PatternProgram
    let model: RelationModel?
    let explain: Bool
    /// Per pattern: its type is decided by the classifier and it is no override.
    let deferred: [Bool]
    /// The learned types as bits of `RelationCode`.
    let learned: UInt16

    /// The stage with the pattern table and the shipped classifier.
    public init() { self.init(explain: false) }

    /// The stage with the pattern table and the shipped classifier; `explain` adds each classified
    /// relation's strongest features.
    public init(explain: Bool) {
        self.init(patterns: RelationPatterns.compiled, program: RelationPatterns.program, model: RelationModel.shared,
            explain: explain)
    }

    /// A stage running only the given patterns, without the classifier (tests check each pattern alone).
    init(patterns: [CompiledPattern]) {
        self.init(patterns: patterns, program: PatternProgram(patterns), model: nil, explain: false)
    }

    init(patterns: [CompiledPattern], program: PatternProgram, model: RelationModel?, explain: Bool) {
        self.patterns = patterns
        self.program = program
        self.model = model
        self.explain = explain
        var learned: UInt16 = 0
        for (code, t) in (model?.thresholds ?? []).enumerated() where t != nil { learned |= 1 << UInt16(code) }
        self.learned = learned
        deferred = patterns.map { p in
            p.typeCode >= 0 && learned & (1 << UInt16(p.typeCode)) != 0
                && !(model?.overrides.contains(p.pattern.name) ?? false)
        }
    }

    /// Reads the entities as the pipeline runner leaves them (`Document.settleEntities`: in text order,
    /// numbered), since relations name their arguments by id.
    public func process(_ document: inout Document) throws(DocumentError) {
        guard document.entities.count >= 2, !document.sentences.isEmpty else { return }
        var found = RelationCollector(deferred: deferred)
        var facts = EntityFacts(document)
        let candidates = PairCandidates()
        guard let model else {
            analyze(document, &found, &facts) { _, _, _, _, _, _ in }
            found.inferParenthesized(document, facts)
            found.inferCoordinated(document, facts)
            found.inferContainers(document, facts)
            document.relations.append(contentsOf: found.relations(document))
            return
        }
        // The per-document values the decisions read, behind one reference: the pair closure captures it
        // and the pair's sentence, facts and matches come back as arguments (`forEachPair`).
        let context = Decisions(stage: self, model: model, document: document)
        analyze(document, &found, &facts) { found, facts, index, sentence, fired, firedStart in
            candidates.forEachPair(sentence, facts, fired: fired, wanted: learned) { sentence, facts, fired, pair in
                context.decide(pair, &found, facts, sentence, fired, index: index, firedStart: firedStart)
            }
        }
        found.inferParenthesized(document, facts)
        found.inferCoordinated(document, facts)
        found.inferContainers(document, facts)
        document.relations.append(contentsOf: found.relations(document))
    }

    /// The classifier's decisions on the candidate pairs of a document.
    private final class Decisions {
        let stage: RelationStage
        let model: RelationModel
        let document: Document

        init(stage: RelationStage, model: RelationModel, document: Document) {
            self.stage = stage
            self.model = model
            self.document = document
        }

        /// The relations of the pair's types that the classifier accepts, into `found`.
        func decide(
            _ pair: PairCandidates.Pair, _ found: inout RelationCollector, _ facts: EntityFacts,
            _ sentence: PairFeatures.Sentence, _ fired: FiredPairs, index: Int, firedStart: Int
        ) {
            let (h, t) = (pair.head, pair.tail)
            var bits = pair.types
            while bits != 0 {
                let code = bits.trailingZeroBitCount
                bits &= bits - 1
                guard let threshold = model.thresholds[code],
                    ArgumentConstraints.allowsLabelled(code, document.entities, head: h, tail: t),
                    facts.allows(code, head: h, tail: t)
                else { continue }
                let p = RelationModel.probability(model.score(pair.features, code))
                let backed = fired.first(head: h, tail: t, type: code) != nil
                guard p >= (backed ? threshold.backed : threshold.free),
                    backed || facts.mayDecideAlone(code, head: h, tail: t, in: document)
                else { continue }
                let relation = stage.describe(
                    code, h, t, pair.headPosition, pair.tailPosition, sentence: index, probability: p, view: sentence,
                    fired: fired, firedStart: firedStart, found: found, facts: facts, document: document, model: model)
                found.add(relation, code: code, head: Int32(h), tail: Int32(t))
            }
        }
    }

    /// The work per sentence shared by annotation and training: the sentence's structure into `facts`, its
    /// pattern matches into `found`, then `visit(found, facts, sentence index, view, the sentence's fired
    /// matches, index of the first in found.fired)` for each sentence with two argument mentions.
    func analyze(
        _ document: Document, _ found: inout RelationCollector, _ facts: inout EntityFacts,
        _ visit: (inout RelationCollector, EntityFacts, Int, PairFeatures.Sentence, FiredPairs, Int)
            -> Void
    ) {
        let sentences = SentenceItems(document, vocabulary: program.vocabulary)
        let items = sentences.items
        let width = program.patternWords
        var passed = [UInt64](repeating: 0, count: program.requiredWords)
        var viable = [UInt64](repeating: 0, count: width)
        var matcher = PatternMatcher(items: items, bounds: 0..<0, program: program)
        let scratch = PairFeatures.Scratch(capacity: sentences.ranges.reduce(0) { max($0, $1.count) })
        // A sentence without two argument mentions has an empty range (`SentenceItems`).
        for (index, range) in sentences.ranges.enumerated() where !range.isEmpty {
            // Past the deadline the runner turns the document into an error record: stop here, not after
            // the remaining sentences.
            if document.budget.isExpired { return }
            facts.note(items, range, document)
            let firstFired = found.fired.count
            // The patterns this sentence has the labels and words for.
            let any = items.withUnsafeBufferPointer { items in
                passed.withUnsafeMutableBufferPointer { passed in
                    viable.withUnsafeMutableBufferPointer { viable in
                        program.viable(items, range, passed: passed, into: viable)
                    }
                }
            }
            if any {
                found.noteSentence(items, range)
                matcher.bounds = range
                for position in range {
                    // Only the viable patterns whose opening element can match this item, in table order.
                    let row = program.kind(of: items[position]) * width
                    for w in 0..<width {
                        var bits = program.candidates[row + w] & viable[w]
                        while bits != 0 {
                            let p = w * 64 + bits.trailingZeroBitCount
                            bits &= bits - 1
                            guard let m = matcher.match(pattern: p, at: position) else { continue }
                            found.add(
                                m, patterns[p], index: p, sentence: index, items: items, document: document, facts: facts)
                        }
                    }
                }
            }
            items.withUnsafeBufferPointer { buffer in
                let view = PairFeatures.Sentence(
                    items: buffer, range: range, classMasks: program.classMasks, scratch: scratch)
                visit(&found, facts, index, view, FiredPairs(found.fired[firstFired...]), firstFired)
            }
        }
    }

    /// A classified relation with its evidence: the trigger of a pattern of its type on the pair, else the
    /// words between the arguments; "model" plus that pattern's name; with `explain`, the strongest features.
    fileprivate func describe(
        _ code: Int, _ h: Int, _ t: Int, _ hp: Int, _ tp: Int, sentence index: Int, probability: Float,
        view: PairFeatures.Sentence, fired: FiredPairs, firedStart: Int, found: RelationCollector,
        facts: EntityFacts, document: Document, model: RelationModel
    ) -> Relation {
        var origin = "model"
        var trigger: Span?
        if let i = fired.first(head: h, tail: t, type: code) {
            origin += "+" + patterns[Int(fired.all[i].pattern)].pattern.name
            let (s, e) = found.firedTriggers[i]
            if s <= e { trigger = Span(Int(s), Int(e)) }
        }
        let (a, b) = (min(hp, tp), max(hp, tp))
        if trigger == nil, b - a > 1 {
            trigger = Span(Int(view.items[a + 1].start), Int(view.items[b - 1].end))
        }
        var relation = Relation(
            type: RelationCode.types[code], head: document.entities[h].id, tail: document.entities[t].id,
            sentence: index, trigger: trigger, confidence: (Double(probability) * 1000).rounded() / 1000,
            origin: origin)
        if explain {
            relation.features = strongest(code, hp, tp, view: view, fired: fired, facts: facts, document: document, model)
        }
        return relation
    }

    /// The five features that weigh most for or against the decision, "template=value +weight", strongest
    /// first.
    private func strongest(
        _ code: Int, _ hp: Int, _ tp: Int, view: PairFeatures.Sentence, fired: FiredPairs,
        facts: EntityFacts, document: Document, _ model: RelationModel
    ) -> [String] {
        let named = PairCandidates.named(view, head: hp, tail: tp, facts, fired: fired)
        let weighed = named.map { (model.weight($0.feature, code), $0.template, $0.note) }
            .filter { $0.0 != 0 }
            .sorted { abs($0.0) > abs($1.0) }
        return weighed.prefix(5).map { w, template, note in
            let value = FeatureNames.describe(note, view: view, facts: facts, document: document, patterns: patterns)
            let sign = w >= 0 ? "+" : "-"
            let magnitude = (abs(Double(w)) * 100).rounded() / 100
            return "\(template.name)=\(value) \(sign)\(magnitude)"
        }
    }
}

/// Names of feature values for `--explain`.
enum FeatureNames {
    static func describe(
        _ note: PairFeatures.Note, view: PairFeatures.Sentence, facts: EntityFacts, document: Document,
        patterns: [CompiledPattern]
    ) -> String {
        func text(_ i: Int) -> String {
            guard view.range.contains(i) else { return "<edge>" }
            let item = view.items[i]
            if item.entity >= 0 { return "<" + EntityFacts.Coarse.names[Int(facts.coarse[Int(item.entity)])] + ">" }
            return document.text(of: Span(Int(item.start), Int(item.end)))
        }
        switch note {
        case .none: return "yes"
        case .item(let i): return text(i)
        case .items(let a, let b):
            return a <= b ? (a...b).map(text).joined(separator: " ") : ""
        case .number(let n): return "\(n)"
        case .wordClass(let c): return c < WordClasses.names.count ? "@" + WordClasses.names[c] : "?"
        case .pattern(let p): return p < patterns.count ? patterns[p].pattern.name : "?"
        case .labels(let h, let t):
            return EntityFacts.Coarse.names[Int(h)] + ">" + EntityFacts.Coarse.names[Int(t)]
        case .levels(let h, let t):
            let names = ["unknown", "city", "county", "state", "country", "continent"]
            return names[Int(min(h, 5))] + ">" + names[Int(min(t, 5))]
        case .type(let c): return c < RelationCode.types.count ? RelationCode.types[c].rawValue : "?"
        case .lastWord(let e):
            guard e < document.entities.count else { return "?" }
            return String(document.entities[e].text.split(separator: " ").last ?? "")
        }
    }
}
