import Pipeline

/// Trains the tagger's weights from annotated, tokenized documents with the runtime's own feature
/// extractor (the `ner-train` executable reads `scripts/ner_corpora.py`'s records and calls this). An
/// averaged perceptron with greedy decoding, the same decoding the stage runs.
///
/// Partial labels: each document says which classes its corpus annotates (its mask). A token outside every
/// gold span is "outside" only for those classes; for the others it is unknown. Each token therefore has
/// a set of acceptable tags, and the perceptron updates only when its choice is not acceptable, towards the
/// best-scoring acceptable tag (a latent-variable perceptron; the same handles a span whose class the
/// corpus leaves open, such as a MISC that is an EVENT or another name, and ignored spans).
package enum EntityModelTraining {
    /// One training document: the runtime view of its text plus the acceptable tags of every token.
    struct Example {
        var text: String
        var tokens: TokenTable
        var findings: [TokenFindings]
        var mentions: [Mention]
        /// Per token, a bit per acceptable tag (bit k: tag k); all bits set = anything goes.
        var acceptable: [UInt16]
        /// Per token, the tag scored on held-out data (the first acceptable; 0 for outside).
        var gold: [UInt8]
    }

    /// A gold name: code-point span and its possible classes.
    package struct Name: Sendable {
        package var start: Int
        package var end: Int
        package var classes: [String]
        package init(start: Int, end: Int, classes: [String]) {
            self.start = start
            self.end = end
            self.classes = classes
        }
    }

    /// A training or held-out document as `ner-train` hands it over: tokenized and split into sentences.
    package struct Annotated: Sendable {
        package var document: Document
        package var corpus: String
        package var mask: [String]
        package var names: [Name]
        package var ignored: [(Int, Int)]
        package init(document: Document, corpus: String, mask: [String], names: [Name], ignored: [(Int, Int)]) {
            self.document = document
            self.corpus = corpus
            self.mask = mask
            self.names = names
            self.ignored = ignored
        }
    }

    static let anything: UInt16 = (1 << UInt16(TaggerTag.count)) - 1

    static func example(_ item: Annotated) -> Example {
        var tokens = TokenTable(item.document)
        var text = item.document.text
        let (findings, mentions) = text.withUTF8 { bytes in
            tokens.demoteCodes(bytes)
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.run()
            tagger.resolveDocument()
            return (tagger.findings, tagger.mentions)
        }
        let n = tokens.count
        // Outside the gold spans: outside, or any tag of a class the corpus does not annotate.
        var outsideBits: UInt16 = 1
        let masked = Set(item.mask.compactMap(TaggerClass.init(name:)))
        for c in TaggerClass.allCases where !masked.contains(c) {
            outsideBits |= 1 << UInt16(TaggerTag.begin(c)) | 1 << UInt16(TaggerTag.inside(c))
        }
        var acceptable = [UInt16](repeating: outsideBits, count: n)
        var gold = [UInt8](repeating: 0, count: n)
        let scalarTokens = item.document.tokens
        // Token range of a code-point span: the tokens inside it.
        func tokenRange(_ start: Int, _ end: Int) -> Range<Int>? {
            var s = -1
            var e = -1
            for (i, token) in scalarTokens.enumerated() where token.start < end && token.end > start {
                if s < 0 { s = i }
                e = i + 1
            }
            return s >= 0 ? s..<e : nil
        }
        var candidate = [Bool](repeating: false, count: n)
        text.withUTF8 { bytes in
            let features = TaggerFeatures(
                bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: Lexicon(bits: []),
                clusters: .empty, training: true)
            candidate = features.candidates
        }
        for (a, b) in item.ignored {
            if let r = tokenRange(a, b) { for k in r { acceptable[k] = anything } }
        }
        for name in item.names {
            let classes = name.classes.compactMap(TaggerClass.init(name:))
            guard !classes.isEmpty, let r = tokenRange(name.start, name.end) else { continue }
            // Only candidates carry tags at run time. A span with a word that is no candidate (a year, a
            // lower-case descriptor: CrossNER's "2001 Italian general election", UNER's "tampa bay") does not
            // follow ANNOTATION.md's span rules; its words teach nothing.
            let (s, e) = (r.lowerBound, r.upperBound)
            if r.contains(where: { !candidate[$0] }) {
                for k in r { acceptable[k] = anything }
                continue
            }
            for k in s..<e {
                var bits: UInt16 = 0
                for c in classes {
                    bits |= 1 << UInt16(k == s ? TaggerTag.begin(c) : TaggerTag.inside(c))
                }
                acceptable[k] = bits
                gold[k] = k == s ? TaggerTag.begin(classes[0]) : TaggerTag.inside(classes[0])
            }
        }
        return Example(
            text: item.document.text, tokens: tokens, findings: findings, mentions: mentions, acceptable: acceptable,
            gold: gold)
    }

    /// Trains on `documents` and returns the resource bytes (see `EntityModel.init(bytes:)`); `log` gets
    /// per-epoch figures and the held-out scores per corpus.
    /// `weights` repeats a corpus's documents in every epoch (e.g. ["wikigold": 3]); 1 when absent.
    /// `runs` trains that many perceptrons, with seeds `seed`, `seed + 1`, ..., each on its own order of the
    /// documents, and ships the mean of their averaged weights: one perceptron's scores moved by a point
    /// on a corpus with the seed or with a change elsewhere in the data, and the mean of several is steadier
    /// (and no slower to run: it is one table).
    package static func train(
        documents: [Annotated], heldOut: [Annotated], epochs: Int, seed: UInt64, runs: Int = 1,
        weights: [String: Int] = [:], margin: Float = 0, note: String = "", log: (String) -> Void
    ) -> [UInt8] {
        let kept = documents.filter { !$0.document.tokens.isEmpty }
        let examples = kept.map(example)
        let held = heldOut.filter { !$0.document.tokens.isEmpty }.map { ($0.corpus, example($0)) }
        log("\(examples.count) training documents, \(held.count) held-out")
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
        var averaged = [Float](repeating: 0, count: size)
        for run in 0..<max(1, runs) {
            let one = perceptron(examples, kept: kept, epochs: epochs, seed: seed &+ UInt64(run), lexicon: lexicon,
                                 weights: weights, margin: margin) { log(runs > 1 ? "run \(run + 1), \($0)" : $0) }
            for i in 0..<size { averaged[i] += one[i] / Float(max(1, runs)) }
        }
        let largest = averaged.reduce(Float(0)) { max($0, abs($1)) }
        let codes = RowQuantizer(largest: Double(max(largest, 1)))
        var bytes: [UInt8] = []
        var used = 0
        for row in 0..<TaggerFeatures.buckets {
            let encoded = codes.encode(averaged[row * TaggerTag.count..<(row + 1) * TaggerTag.count])
            if encoded.count > 1 { used += 1 }
            bytes += encoded
        }
        log("quantized: largest weight \(largest), \(used) of \(TaggerFeatures.buckets) rows used, \(bytes.count) bytes")
        let decoded = (codes.decode(bytes, rows: TaggerFeatures.buckets, width: TaggerTag.count) ?? []).map { Float($0) }
        var corpora: [String] = []
        for (corpus, _) in held where !corpora.contains(corpus) { corpora.append(corpus) }
        for corpus in corpora {
            let part = held.filter { $0.0 == corpus }.map(\.1)
            log("held-out \(corpus) (\(part.count) documents), quantized weights: "
                + score(part, weights: decoded, lexicon: lexicon))
        }
        return EntityModel.encode(largest: Double(max(largest, 1)), lexicon: lexicon, rows: bytes, note: note)
    }

    /// One averaged perceptron over the documents (each repeated by its corpus's weight), in a new order each epoch;
    /// with a `margin`, a perceptron that also updates on right answers won by too little (Crammer et al.'s
    /// margin idea in its simplest form: a fixed margin, the perceptron's step).
    static func perceptron(
        _ examples: [Example], kept: [Annotated], epochs: Int, seed: UInt64, lexicon: Lexicon, weights: [String: Int],
        margin: Float, log: (String) -> Void
    ) -> [Float] {
        let size = TaggerFeatures.buckets * TaggerTag.count
        var w = [Float](repeating: 0, count: size)
        var u = [Double](repeating: 0, count: size)
        var c: Double = 1
        // Each document's place in an epoch comes from its text, its corpus and its copy number (a corpus's
        // weight repeats its documents), not from a shuffle of the list's indices: with a shuffle, a document
        // added to a corpus or dropped from it (a gold file written, a text the tokenizer now leaves empty)
        // reordered every other document, and the retrained tagger moved on its own.
        var order: [Int] = []
        var contents: [UInt64] = []
        for (i, d) in kept.enumerated() {
            let key = SplitMix.contentKey(d.document.text.utf8, seed: SplitMix.contentKey(d.corpus.utf8))
            for copy in 0..<max(1, weights[d.corpus] ?? 1) {
                order.append(i)
                contents.append(key &+ UInt64(copy) &* 0x9E37_79B9_7F4A_7C15)
            }
        }
        var rng = SplitMix(seed: seed)
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
        defer { buffer.deallocate() }
        /// The perceptron's step on the token's `count` features: up for `plus`, down for `minus` (and the
        /// running sums of the average).
        func step(toward plus: Int, from minus: Int, _ count: Int) {
            for k in 0..<count {
                let row = Int(buffer[k]) * TaggerTag.count
                w[row + plus] += 1
                u[row + plus] += c
                w[row + minus] -= 1
                u[row + minus] -= c
            }
        }
        for epoch in 1...max(1, epochs) {
            let epochOrder = SplitMix.epochOrder(contents, salt: rng.next())
            var errors = 0
            var scored = 0
            for index in epochOrder.map({ order[$0] }) {
                var ex = examples[index]
                let acceptable = ex.acceptable
                greedyWalk(&ex, lexicon: lexicon, training: true, buffer: buffer) { t, count, previous in
                    // The scores once; every choice below reads them (the weights change only after).
                    let scores = tagScores(rows: buffer, count: count, weights: w)
                    let best = bestTag(scores, after: previous, among: anything)
                    scored += 1
                    c += 1
                    if acceptable[t] & (1 << UInt16(best)) != 0 {
                        guard margin > 0 else { return best }
                        // Right, but by less than the margin over the best wrong tag: update all the same.
                        let wrong = anything & ~acceptable[t]
                        guard wrong != 0 else { return best }
                        let rival = bestTag(scores, after: previous, among: wrong)
                        guard scores[best] - scores[rival] < margin else { return best }
                        step(toward: best, from: rival, count)
                        return best
                    }
                    let truth = bestTag(scores, after: previous, among: acceptable[t])
                    guard truth != best else { return best }
                    errors += 1
                    step(toward: truth, from: best, count)
                    // The walk goes on from an acceptable tag, so the history stays consistent with the gold.
                    return truth
                }
            }
            log("epoch \(epoch): \(errors) errors in \(scored) scored tokens")
        }
        var averaged = [Float](repeating: 0, count: size)
        for i in 0..<size { averaged[i] = Float(Double(w[i]) - u[i] / c) }
        return averaged
    }
}

extension EntityModelTraining {
    /// The score of every tag with float weights, summed over the token's `count` feature rows.
    static func tagScores(rows: UnsafeMutablePointer<Int32>, count: Int, weights w: [Float]) -> [Float] {
        var scores = [Float](repeating: 0, count: TaggerTag.count)
        for k in 0..<count {
            let row = Int(rows[k]) * TaggerTag.count
            for y in 0..<TaggerTag.count { scores[y] += w[row + y] }
        }
        return scores
    }

    /// The greedy decoder's choice with float weights: the highest-scoring tag allowed after `previous`
    /// among the tags of `among` (a bit per tag). Training and scoring share it.
    static func bestTag(_ scores: [Float], after previous: UInt8, among: UInt16) -> Int {
        var best = -1
        for y in 0..<TaggerTag.count
        where among & (1 << UInt16(y)) != 0 && TaggerTag.allowed(UInt8(y), after: previous)
            && (best < 0 || scores[y] > scores[best])
        {
            best = y
        }
        // No acceptable tag may follow `previous` (a span's inside after a wrong class): the best of `among`.
        if best < 0 {
            for y in 0..<TaggerTag.count where among & (1 << UInt16(y)) != 0 && (best < 0 || scores[y] > scores[best]) {
                best = y
            }
        }
        return max(best, 0)
    }

    /// The greedy decoder's walk over one example, shared by training and scoring: the features of each
    /// candidate token given the two tags before it and the document's history go into `buffer`, and
    /// `choose(t, featureCount, previousTag)` returns the tag kept; a token that is no candidate is tag 0.
    static func greedyWalk(
        _ ex: inout Example, lexicon: Lexicon, training: Bool, buffer: UnsafeMutablePointer<Int32>,
        choose: (Int, Int, UInt8) -> Int
    ) {
        let (tokens, findings, mentions) = (ex.tokens, ex.findings, ex.mentions)
        ex.text.withUTF8 { bytes in
            var features = TaggerFeatures(
                bytes: bytes, tokens: tokens, findings: findings, mentions: mentions, lexicon: lexicon,
                training: training)
            var history = DocumentHistory()
            var previous: UInt8 = 0
            var previous2: UInt8 = 0
            for t in 0..<tokens.count {
                guard features.candidates[t] else {
                    previous2 = previous
                    previous = 0
                    continue
                }
                if features.startsAfresh(t) {
                    previous = 0
                    previous2 = 0
                }
                let word = features.word(t)
                let count = features.extract(
                    t, previous: previous, previous2: previous2, history: history.code(word), into: buffer)
                let best = choose(t, count, previous)
                history.record(word, tag: UInt8(best))
                previous2 = previous
                previous = UInt8(best)
            }
        }
    }

    /// Span P/R/F1 (over the tagger's classes, on the tokens whose gold is known) of `weights` on `examples`.
    static func score(_ examples: [Example], weights w: [Float], lexicon: Lexicon) -> String {
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: TaggerFeatures.capacity)
        defer { buffer.deallocate() }
        var tp = 0
        var fp = 0
        var fn = 0
        for var ex in examples {
            var tags = [UInt8](repeating: 0, count: ex.tokens.count)
            greedyWalk(&ex, lexicon: lexicon, training: false, buffer: buffer) { t, count, previous in
                let best = bestTag(tagScores(rows: buffer, count: count, weights: w), after: previous, among: anything)
                tags[t] = UInt8(best)
                return best
            }
            // Predicted spans count only where the gold says something: on tokens not left unknown, and of
            // classes the gold could have (an acceptable tag).
            let predicted = spans(tags).filter { span in
                let (a, b, c) = (span[0], span[1], span[2])
                if (a..<b).contains(where: { ex.acceptable[$0] == anything }) { return false }
                // A class the corpus does not annotate, predicted outside its spans, is neither right nor wrong.
                let beginBit = UInt16(1) << UInt16(1 + 2 * c)
                return ex.gold[a] != 0 || ex.acceptable[a] & beginBit == 0
            }
            let gold = spans(ex.gold)
            tp += predicted.intersection(gold).count
            fp += predicted.subtracting(gold).count
            fn += gold.subtracting(predicted).count
        }
        let p = Double(tp) / Double(max(1, tp + fp))
        let r = Double(tp) / Double(max(1, tp + fn))
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        return "span P \(rounded(p)) R \(rounded(r)) F1 \(rounded(f))"
    }

    static func rounded(_ x: Double) -> String {
        let v = Int((x * 1000).rounded())
        return "0.\(String(repeating: "0", count: v < 10 ? 2 : v < 100 ? 1 : 0))\(v)"
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


