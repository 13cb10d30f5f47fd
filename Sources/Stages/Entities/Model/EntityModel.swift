import CEntityResources

/// The weights of the statistical tagger: one row of `TaggerTag.width` 16-bit weights per feature bucket
/// (one vector load per feature), and its lexicon, decoded once from the bytes embedded in the executable
/// (`CEntityResources`, include/entity-model.bin, written by `scripts/train-entity-model`).
final class EntityModel: Sendable {
    /// `TaggerFeatures.buckets` rows of `TaggerTag.width` weights; empty when the resource is missing or
    /// does not fit the feature layout (the stage then runs on its rules alone). Aligned, in huge pages
    /// (see `WeightTable`).
    let weights: WeightTable
    let lexicon: Lexicon

    static let shared = EntityModel(bytes: pipe_entity_model.rawBuffer)

    var isEmpty: Bool { weights.isEmpty }

    /// The resource's first four bytes.
    static let magic: [UInt8] = Array("EMD2".utf8)

    /// Reads "EMD2", UInt32 bucket bits, UInt32 feature layout (`TaggerFeatures.layout`: weights trained on
    /// other features would be read as noise), UInt32 length and UTF-8 text of a note (the data, licences
    /// and command that made the model, written by the trainer; `strings` shows it), Float64 largest weight,
    /// the lexicon's bits, then the rows (see `RowQuantizer`); integers little-endian.
    init(bytes: UnsafeRawBufferPointer) {
        var fields: (largest: Double, lexicon: Int, rows: Int)?
        if bytes.count > 16, Array(bytes[0..<4]) == Self.magic,
            Int(bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian) == TaggerFeatures.bits,
            bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == TaggerFeatures.layout
        {
            let note = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
            let lexicon = 16 + note + 8
            if note < bytes.count, lexicon + Lexicon.byteCount < bytes.count {
                let largest = Double(bitPattern: bytes.loadUnaligned(fromByteOffset: 16 + note, as: UInt64.self).littleEndian)
                fields = (largest, lexicon, lexicon + Lexicon.byteCount)
            }
        }
        guard let fields,
            let rows = WeightTable(count: TaggerFeatures.buckets * TaggerTag.width, fill: { out in
                let ok = RowQuantizer(largest: fields.largest).decode(
                    UnsafeRawBufferPointer(rebasing: bytes[fields.rows...]), into: out, rows: TaggerFeatures.buckets,
                    width: TaggerTag.count, stride: TaggerTag.width)
                // Stored as `RowSum` reads them.
                for i in out.indices { out[i] = RowSum.stored(out[i]) }
                return ok
            })
        else {
            weights = WeightTable()
            lexicon = Lexicon(bits: [])
            return
        }
        weights = rows
        lexicon = Lexicon(bits: Array(bytes[fields.lexicon..<fields.rows]))
    }

    /// The resource's bytes: header, `note`, `largest` (the quantizer's scale), the lexicon and the rows.
    static func encode(largest: Double, lexicon: Lexicon, rows: [UInt8], note: String = "") -> [UInt8] {
        var out = magic
        let text = Array(note.utf8)
        withUnsafeBytes(of: UInt32(TaggerFeatures.bits).littleEndian) { out += $0 }
        withUnsafeBytes(of: TaggerFeatures.layout.littleEndian) { out += $0 }
        withUnsafeBytes(of: UInt32(text.count).littleEndian) { out += $0 }
        out += text
        withUnsafeBytes(of: largest.bitPattern.littleEndian) { out += $0 }
        out += lexicon.bits
        out += rows
        return out
    }

    /// Greedy left-to-right decoding over the candidate tokens; every other token is outside. The tag of
    /// every token, and by how much its tag's score beat the outside tag's. The document's earlier
    /// decisions for the same word are a feature of each decision (`DocumentHistory`).
    ///
    /// The weight rows (8 MB, one per bucket, read at random) are the cost: read as each feature was
    /// hashed, the decoder waited for memory most of its time. So the features that read no decided tag
    /// are listed one candidate ahead and their rows requested then (`RowPrefetch`); when the candidate's
    /// turn comes they are in cache, and only the tag and history features are hashed then. Their rows
    /// are requested before the listed rows are added, not read as hashed: the (previous tag, word) row was
    /// a miss per candidate, a quarter of the decision's time. The sum is the same (wrapping integer
    /// additions, in any order).
    func decode(_ features: inout TaggerFeatures) -> (tags: [UInt8], margins: [Int32]) {
        let n = features.tokens.count
        var tags = [UInt8](repeating: 0, count: n)
        var margins = [Int32](repeating: 0, count: n)
        guard !weights.isEmpty else { return (tags, margins) }
        let candidates = features.candidates
        var history = DocumentHistory()
        // The listed buckets of the current candidate and of the next, swapped at each candidate, then
        // the current candidate's tagged buckets.
        var lists = [Int32](repeating: 0, count: 2 * TaggerFeatures.capacity + TaggerFeatures.taggedCapacity)
        do {
            let base = weights.base
            tags.withUnsafeMutableBufferPointer { tags in
                margins.withUnsafeMutableBufferPointer { margins in
                    candidates.withUnsafeBufferPointer { candidates in
                        lists.withUnsafeMutableBufferPointer { lists in
                            guard let listBase = lists.baseAddress else { return }
                            let m = min(n, candidates.count)
                            var current = listBase
                            var ahead = listBase + TaggerFeatures.capacity
                            let taggedList = listBase + 2 * TaggerFeatures.capacity
                            var aheadCount = 0
                            /// Lists the untagged features of the first candidate from `t` on, into `ahead`, and
                            /// requests their rows; returns that candidate (m when none).
                            func lookAhead(from t: Int) -> Int {
                                var u = t
                                while u < m, !candidates[u] { u += 1 }
                                guard u < m else { return m }
                                var list = RowPrefetch(base: base, out: ahead)
                                features.extract(u, previous: 0, previous2: 0, history: 0, into: &list, includeTagged: false)
                                aheadCount = list.count
                                return u
                            }
                            var next = lookAhead(from: 0)
                            var previous: UInt8 = 0
                            var previous2: UInt8 = 0
                            for t in 0..<m {
                                guard candidates[t] else {
                                    previous2 = previous
                                    previous = 0
                                    continue
                                }
                                // `next` is t (the candidates come in order, each listed once ahead).
                                swap(&current, &ahead)
                                var count = aheadCount
                                if next != t {
                                    var list = RowPrefetch(base: base, out: current)
                                    features.extract(t, previous: 0, previous2: 0, history: 0, into: &list, includeTagged: false)
                                    count = list.count
                                }
                                next = lookAhead(from: t + 1)
                                // A name never runs across a sentence start or a line end: the walk starts afresh.
                                if features.startsAfresh(t) {
                                    previous = 0
                                    previous2 = 0
                                }
                                let word = features.word(t)
                                // The tagged rows first: requested now, they arrive while the listed rows
                                // (in cache since the look-ahead) are added.
                                var tagged = RowPrefetch(base: base, out: taggedList)
                                features.extractTagged(
                                    t, previous: previous, previous2: previous2, history: history.code(word), into: &tagged)
                                var sum = RowSum(base: base)
                                for k in 0..<count { sum.add(current[k]) }
                                for k in 0..<tagged.count { sum.add(taggedList[k]) }
                                let scores = sum.scores
                                let tag = Self.best(scores, after: previous)
                                tags[t] = tag
                                margins[t] = scores[Int(tag)] &- scores[0]
                                history.record(word, tag: tag)
                                previous2 = previous
                                previous = tag
                            }
                        }
                    }
                }
            }
        }
        return (tags, margins)
    }

    /// The highest-scoring tag that may follow `previous` (ties go to the lower tag, outside first).
    @inline(__always)
    static func best(_ scores: SIMD16<Int32>, after previous: UInt8) -> UInt8 {
        var bestTag: UInt8 = 0
        var bestScore = scores[0]
        for k in 1..<TaggerTag.count where scores[k] > bestScore && TaggerTag.allowed(UInt8(k), after: previous) {
            bestScore = scores[k]
            bestTag = UInt8(k)
        }
        return bestTag
    }
}

/// The tagger's earlier decisions in a document, per word: the non-local "prediction history" feature of
/// Ratinov & Roth (2009). A later "Kennedy" learns from "John Kennedy" tagged a person; a heading word
/// tagged outside twice is likely outside again.
///
/// An open-addressing table on the word hashes (never 0: see `TaggerFeatures.analyzed`), which are hashes
/// already: a `Dictionary` hashed them again with SipHash, a tenth of the entity stage.
struct DocumentHistory {
    /// Word hashes (0: empty slot) and, per slot, seven 4-bit counters (outside and the six classes),
    /// saturating at 15.
    private var keys: [UInt64]
    private var counts: [UInt32]
    private var used = 0
    private var shift: UInt64

    init() {
        keys = [UInt64](repeating: 0, count: 64)
        counts = [UInt32](repeating: 0, count: 64)
        shift = 64 - 6
    }

    @inline(__always)
    private func slot(_ word: UInt64) -> Int {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[s] != 0, keys[s] != word { s = (s + 1) & mask }
        return s
    }

    /// 0 when the word had no decision yet; else 1 + the most frequent class (0 = outside, ties to the lower).
    @inline(__always)
    func code(_ word: UInt64) -> UInt64 {
        let s = slot(word)
        guard keys[s] != 0 else { return 0 }
        let c = counts[s]
        var best = 0
        var bestCount: UInt32 = 0
        for k in 0..<7 {
            let v = c >> UInt32(4 * k) & 15
            if v > bestCount {
                best = k
                bestCount = v
            }
        }
        return UInt64(best + 1)
    }

    @inline(__always)
    mutating func record(_ word: UInt64, tag: UInt8) {
        let k = tag == 0 ? 0 : Int((tag - 1) / 2) + 1
        let s = slot(word)
        if keys[s] == 0 {
            keys[s] = word
            used += 1
        }
        let c = counts[s]
        if c >> UInt32(4 * k) & 15 < 15 { counts[s] = c &+ (1 << UInt32(4 * k)) }
        if used * 2 > keys.count { grow() }
    }

    /// Doubles the table (kept at most half full).
    private mutating func grow() {
        let oldKeys = keys
        let oldCounts = counts
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        counts = [UInt32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            let s = slot(key)
            keys[s] = key
            counts[s] = oldCounts[i]
        }
    }
}

/// Adds up the weight rows of the buckets as `TaggerFeatures.extract` finds them (wrapping sums, so the
/// order does not matter).
///
/// A row is sixteen little-endian 16-bit weights stored offset by 32768 (`stored`: the weight with its top
/// bit flipped, 0...65535), read as eight 32-bit lanes: lane i holds weight 2i in its low half and weight
/// 2i + 1 in its high half. Per row, the lanes are added whole and their high halves (a logical shift)
/// apart; the even tags' sums are what the whole lanes hold beyond the high halves, and both lose the
/// offset once per row at the end. Exact while fewer than 32768 rows are added (a token has about sixty):
/// every sum then fits its lane. Sign-extending each half of each row (two shifts more per half) cost a
/// quarter of the decoder's instructions for the sums.
struct RowSum: BucketSink {
    let base: UnsafeRawPointer
    private var whole = SIMD8<UInt32>()
    private var high = SIMD8<UInt32>()
    private var rows: UInt32 = 0

    init(base: UnsafeRawPointer) { self.base = base }

    /// A weight as the table stores it: offset by 32768, i.e. its top bit flipped.
    @inline(__always)
    static func stored(_ weight: Int16) -> Int16 { weight ^ Int16(bitPattern: 0x8000) }

    @inline(__always)
    mutating func add(_ bucket: Int32) {
        let row = base.loadUnaligned(fromByteOffset: Int(bucket) &* (2 * TaggerTag.width), as: SIMD8<UInt32>.self)
        whole &+= row
        high &+= row &>> 16
        rows &+= 1
    }

    /// The score of every tag (lanes 13...15 unused).
    var scores: SIMD16<Int32> {
        let offset = SIMD8<UInt32>(repeating: 0x8000 &* rows)
        let odd = high &- offset
        let even = whole &- (high &<< 16) &- offset
        var s = SIMD16<Int32>()
        for i in 0..<8 {
            s[2 * i] = Int32(bitPattern: even[i])
            s[2 * i + 1] = Int32(bitPattern: odd[i])
        }
        return s
    }
}

/// The buckets in a `BucketList`, each weight row requested from memory as its bucket is listed (`pipe_prefetch`):
/// the decoder lists a candidate's buckets while it decides the one before.
struct RowPrefetch: BucketSink {
    let base: UnsafeRawPointer
    var list: BucketList
    var count: Int { list.count }

    init(base: UnsafeRawPointer, out: UnsafeMutablePointer<Int32>) {
        self.base = base
        list = BucketList(out: out)
    }

    @inline(__always)
    mutating func add(_ bucket: Int32) {
        list.add(bucket)
        // One line: the rows are aligned to their size (`WeightTable`), none ends in the next line.
        pipe_prefetch(base + Int(bucket) &* (2 * TaggerTag.width))
    }
}

/// Weights as 16-bit integers on one linear scale (the largest weight of the table at 32000), stored per row
/// in the fewest bytes that hold it exactly: a tag byte 0 (all zero), 1 (nine signed bytes) or 2 (nine
/// little-endian 16-bit words).
///
/// What decides a tag is often a small difference between large weights, so the scale must be linear and
/// fine: one byte per weight on one scale rounded most weights to zero (held-out span F1 0.73 with float
/// weights, 0.53), a logarithmic byte blurred the large ones (0.23), a byte per weight with a scale per row
/// still lost the small weights of the few heavy rows (0.63). Few rows need 16 bits.
struct RowQuantizer {
    let largest: Double
    private let unit: Double

    init(largest: Double) {
        self.largest = largest
        unit = largest > 0 && largest.isFinite ? 32000 / largest : 0
    }

    var header: String { "rowq \(largest)\n" }

    func encode(_ row: ArraySlice<Float>) -> [UInt8] {
        let values = row.map { Int(max(-32000, min(32000, (Double($0) * unit).rounded()))) }
        if values.allSatisfy({ $0 == 0 }) { return [0] }
        if values.allSatisfy({ $0 >= -127 && $0 <= 127 }) {
            return [1] + values.map { UInt8(bitPattern: Int8($0)) }
        }
        var out: [UInt8] = [2]
        for v in values {
            let u = UInt16(bitPattern: Int16(v))
            out += [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        return out
    }

    /// Decodes `rows` rows of `width` weights, each row `stride` weights apart (the rest zero); nil when
    /// the bytes do not hold exactly that.
    ///
    /// Run once per process on the shipped model (4.8 MB into 8 MB): each row is written whole, zeros
    /// included, into uninitialized storage (no separate zero fill of the table), and 16-bit weights are
    /// read as one unaligned little-endian load each (byte by byte with bounds checks, the decode was a
    /// fifth of the start-up's instructions).
    func decode(_ bytes: [UInt8], rows: Int, width: Int, stride: Int? = nil) -> [Int16]? {
        bytes.withUnsafeBytes { decode($0, rows: rows, width: width, stride: stride) }
    }

    /// `decode` on bytes read in place (the model's rows inside the executable: no copy of them first).
    func decode(_ raw: UnsafeRawBufferPointer, rows: Int, width: Int, stride: Int? = nil) -> [Int16]? {
        let stride = stride ?? width
        guard rows >= 0, width >= 0, stride >= width else { return nil }
        var ok = true
        let out = [Int16](unsafeUninitializedCapacity: rows * stride) { out, initialized in
            ok = decode(raw, into: out, rows: rows, width: width, stride: stride)
            initialized = rows * stride
        }
        return ok ? out : nil
    }

    /// `decode` into uninitialized memory of `rows * stride` weights (`WeightTable`), every one of them
    /// written whatever the bytes hold; false when they do not hold exactly the rows.
    func decode(
        _ raw: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<Int16>, rows: Int, width: Int, stride: Int
    ) -> Bool {
        guard rows >= 0, width >= 0, stride >= width, out.count == rows * stride else {
            if let base = out.baseAddress { base.initialize(repeating: 0, count: out.count) }
            return false
        }
        guard let base = out.baseAddress else { return rows == 0 && raw.count == 0 }
        var r = 0
        defer {
            // Whatever happens, every slot is initialized: the rows not read are zero.
            (base + r * stride).initialize(repeating: 0, count: (rows - r) * stride)
        }
        guard let src = raw.baseAddress else { return false }
        let n = raw.count
        var p = 0
        // Offsets within the bounds checked per row: wrapping arithmetic, no overflow traps.
        while r < rows {
            guard p < n else { return false }
            let tag = src.load(fromByteOffset: p, as: UInt8.self)
            p &+= 1
            let row = base + r &* stride
            var y = 0
            switch tag {
            case 0: break
            case 1:
                guard width <= n &- p else { return false }
                while y < width {
                    row[y] = Int16(src.load(fromByteOffset: p &+ y, as: Int8.self))
                    y &+= 1
                }
                p &+= width
            case 2:
                guard 2 &* width <= n &- p else { return false }
                while y < width {
                    let u = src.loadUnaligned(fromByteOffset: p &+ 2 &* y, as: UInt16.self)
                    row[y] = Int16(bitPattern: UInt16(littleEndian: u))
                    y &+= 1
                }
                p &+= 2 &* width
            default: return false
            }
            while y < stride {
                row[y] = 0
                y &+= 1
            }
            r &+= 1
        }
        return p == n
    }
}
