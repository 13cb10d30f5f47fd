import Pipeline

/// Trains the tagger's weights from gold-annotated, tokenized documents with the runtime's own feature
/// extractor (the `ner-train` executable reads the corpus and calls this). An averaged perceptron with
/// greedy decoding, the same decoding the stage runs.
package enum EntityModelTraining {
    /// One training sentence: the runtime view of its text plus the gold tag of every token.
    struct Example {
        var text: String
        var tokens: TokenTable
        var findings: [TokenFindings]
        var mentions: [Mention]
        var gold: [UInt8]
    }

    /// The tagger class of a gold label from any of the corpora (GMB, CoNLL, OntoNotes names); nil for
    /// labels the tagger does not learn (dates, times).
    static func taggerClass(goldLabel: String) -> TaggerClass? {
        switch goldLabel {
        case "per", "PERSON", "PER", "Peop", "B-per": .person
        case "org", "ORG", "Org": .org
        case "geo", "GPE", "LOC", "Loc", "FAC": .place
        case "gpe", "nat", "art", "eve", "NORP", "MISC", "EVENT", "LAW", "Other": .misc
        default: nil
        }
    }

    static func example(_ document: Document, gold: [Entity]) -> Example {
        var tokens = TokenTable(document)
        var text = document.text
        let (findings, mentions) = text.withUTF8 { bytes in
            tokens.demoteCodes(bytes)
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.run()
            tagger.resolveDocument()
            return (tagger.findings, tagger.mentions)
        }
        var tags = [UInt8](repeating: 0, count: tokens.count)
        let scalarTokens = document.tokens
        for entity in gold {
            guard let c = taggerClass(goldLabel: entity.label.rawValue) else { continue }
            var s = -1
            var e = -1
            for (i, token) in scalarTokens.enumerated() where token.start >= entity.start && token.end <= entity.end {
                if s < 0 { s = i }
                e = i + 1
            }
            guard s >= 0 else { continue }
            if c == .person {
                // GMB puts titles inside person spans ("President George Bush"); ANNOTATION.md keeps them apart.
                while s < e - 1 {
                    let f = findings[s]
                    if f.cues & (GazetteerKind.title.bit | GazetteerKind.honorific.bit) != 0 {
                        s += 1
                        continue
                    }
                    if f.labelEnd > 0, f.labelEntry >= 0, Gazetteer.shared.entries[Int(f.labelEntry)].kind == .title,
                        Int(f.labelEnd) < e
                    {
                        s = Int(f.labelEnd)
                        continue
                    }
                    break
                }
            }
            for k in s..<e { tags[k] = k == s ? TaggerTag.begin(c) : TaggerTag.inside(c) }
        }
        return Example(text: document.text, tokens: tokens, findings: findings, mentions: mentions, gold: tags)
    }

    /// Trains on `documents` (tokenized and split into sentences; `gold[i]` the gold entities of
    /// document i) and returns the generated resource text: base64 of the quantized weights.
    package static func train(
        documents: [Document], gold: [[Entity]], heldOut: [Document] = [], heldOutGold: [[Entity]] = [],
        epochs: Int, log: (String) -> Void
    ) -> String {
        var held: [Example] = []
        for (d, g) in zip(heldOut, heldOutGold) where !d.tokens.isEmpty { held.append(example(d, gold: g)) }
        var examples: [Example] = []
        examples.reserveCapacity(documents.count)
        for (d, g) in zip(documents, gold) where !d.tokens.isEmpty { examples.append(example(d, gold: g)) }
        log("\(examples.count) training documents")
        // The lexicon: words seen at least twice in lower case in the training text.
        var lowerCounts: [UInt64: Int] = [:]
        for var ex in examples {
            ex.text.withUTF8 { bytes in
                for t in 0..<ex.tokens.count where ex.tokens.isLower(t) {
                    lowerCounts[TaggerFeatures.wordHash(bytes, Int(ex.tokens.byteStart[t]), Int(ex.tokens.byteEnd[t])), default: 0] += 1
                }
            }
        }
        let lexicon = Lexicon(hashes: lowerCounts.filter { $0.value >= 2 }.keys)
        log("lexicon: \(lowerCounts.filter { $0.value >= 2 }.count) lower-case words")
        let size = TaggerFeatures.buckets * TaggerTag.count
        var w = [Float](repeating: 0, count: size)
        var u = [Double](repeating: 0, count: size)
        var c: Double = 1
        var order = Array(examples.indices)
        var rng = SplitMix(seed: 0x5EED)
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
        defer { buffer.deallocate() }
        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var errors = 0
            var scored = 0
            for index in order {
                var ex = examples[index]
                let gold = ex.gold
                greedyWalk(&ex, lexicon: lexicon, training: true, buffer: buffer) { t, count, previous in
                    let best = bestTag(rows: buffer, count: count, weights: w, after: previous)
                    let truth = Int(gold[t])
                    scored += 1
                    if best != truth {
                        errors += 1
                        for k in 0..<count {
                            let row = Int(buffer[k]) * TaggerTag.count
                            w[row + truth] += 1
                            u[row + truth] += c
                            w[row + best] -= 1
                            u[row + best] -= c
                        }
                    }
                    c += 1
                    return best
                }
            }
            log("epoch \(epoch): \(errors) errors in \(scored) scored tokens")
        }
        // Averaged weights, quantized to signed bytes on a logarithmic scale (see `EntityModel.decodeWeights`).
        var averaged = [Float](repeating: 0, count: size)
        for i in 0..<size { averaged[i] = Float(Double(w[i]) - u[i] / c) }
        let largest = averaged.reduce(Float(0)) { max($0, abs($1)) }
        let codes = RowQuantizer(largest: Double(max(largest, 1)))
        var bytes: [UInt8] = []
        for row in 0..<TaggerFeatures.buckets {
            bytes += codes.encode(averaged[row * TaggerTag.count..<(row + 1) * TaggerTag.count])
        }
        log("quantized: largest weight \(largest), \(bytes.count) bytes")
        let decoded = codes.decode(bytes, rows: TaggerFeatures.buckets, width: TaggerTag.count) ?? []
        if !held.isEmpty {
            log("held-out, float weights: " + score(held, weights: averaged, lexicon: lexicon))
            log("held-out, quantized weights: " + score(held, weights: decoded.map { Float($0) }, lexicon: lexicon))
        }
        return codes.header + Base64.encode(lexicon.bits + bytes)
    }
}

extension EntityModelTraining {
    /// The greedy decoder's choice with float weights: the highest-scoring tag allowed after `previous`
    /// (the runtime's `EntityModel.decode` does the same over quantized rows). Training and scoring share it
    /// so the weights are judged by the decision they were trained for.
    static func bestTag(rows: UnsafeMutablePointer<Int32>, count: Int, weights w: [Float], after previous: UInt8) -> Int {
        var scores = [Float](repeating: 0, count: TaggerTag.count)
        for k in 0..<count {
            let row = Int(rows[k]) * TaggerTag.count
            for y in 0..<TaggerTag.count { scores[y] += w[row + y] }
        }
        var best = 0
        for y in 1..<TaggerTag.count where scores[y] > scores[best] && TaggerTag.allowed(UInt8(y), after: previous) {
            best = y
        }
        return best
    }

    /// The greedy decoder's walk over one example, shared by training and scoring: the features of each
    /// candidate token given the two tags before it go into `buffer`, and `choose(t, featureCount,
    /// previousTag)` returns the tag kept; a token that is no candidate is tag 0.
    static func greedyWalk(
        _ ex: inout Example, lexicon: Lexicon, training: Bool, buffer: UnsafeMutablePointer<Int32>,
        choose: (Int, Int, UInt8) -> Int
    ) {
        let (tokens, findings, mentions) = (ex.tokens, ex.findings, ex.mentions)
        ex.text.withUTF8 { bytes in
            var features = TaggerFeatures(
                bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: lexicon,
                training: training)
            var previous: UInt8 = 0
            var previous2: UInt8 = 0
            for t in 0..<tokens.count {
                guard features.candidates[t] else {
                    previous2 = previous
                    previous = 0
                    continue
                }
                let count = features.extract(t, previous: previous, previous2: previous2, into: buffer)
                let best = choose(t, count, previous)
                previous2 = previous
                previous = UInt8(best)
            }
        }
    }

    /// Tag accuracy and span F1 (over the tagger's classes) of `weights` on `examples`.
    static func score(_ examples: [Example], weights w: [Float], lexicon: Lexicon) -> String {
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
        defer { buffer.deallocate() }
        var right = 0
        var total = 0
        var tp = 0
        var fp = 0
        var fn = 0
        for var ex in examples {
            var tags = [UInt8](repeating: 0, count: ex.tokens.count)
            let truth = ex.gold
            greedyWalk(&ex, lexicon: lexicon, training: false, buffer: buffer) { t, count, previous in
                let best = bestTag(rows: buffer, count: count, weights: w, after: previous)
                tags[t] = UInt8(best)
                total += 1
                if best == Int(truth[t]) { right += 1 }
                return best
            }
            let predicted = spans(tags)
            let gold = spans(ex.gold)
            tp += predicted.intersection(gold).count
            fp += predicted.subtracting(gold).count
            fn += gold.subtracting(predicted).count
        }
        let p = Double(tp) / Double(max(1, tp + fp))
        let r = Double(tp) / Double(max(1, tp + fn))
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        return "tag accuracy \(Double(right) / Double(max(1, total))), span P \(p) R \(r) F1 \(f)"
    }

    static func spans(_ tags: [UInt8]) -> Set<[Int]> {
        var result: Set<[Int]> = []
        var t = 0
        while t < tags.count {
            guard tags[t] != 0, let c = TaggerTag.taggerClass(tags[t]) else { t += 1; continue }
            var e = t + 1
            while e < tags.count, TaggerTag.isInside(tags[e]), TaggerTag.taggerClass(tags[e]) == c { e += 1 }
            result.insert([t, e, Int(c.rawValue)])
            t = e
        }
        return result
    }
}

/// A small deterministic generator, so a retrained model is the same model.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
