/// One document and every layer the stages have added to it.
///
/// A value type: each worker owns the document it is processing, stages mutate it in place through
/// `inout`, and nothing is shared between threads but read-only resources.
public struct Document: Sendable {
    /// The id the output carries: a path relative to the folder argument, the JSONL `id`, or one given by the caller.
    public var id: String
    /// Where the document came from: path, format, size, hash, charset, and the raw bytes the normalizer reads.
    public var source: Source
    /// Title, canonical URL and document date (dct), from the input, the caller or the HTML metadata.
    public var meta: Meta

    /// The normalized text every stage after normalization reads. Set with `setText(_:sourceMap:)`.
    public private(set) var text: String = ""
    /// Converts the stages' UTF-8 offsets into the scalar offsets of the output.
    public private(set) var offsets = ScalarOffsetMap()
    /// Where each text scalar came from in `source.bytes`; nil when the text has no source file.
    public private(set) var sourceMap: SourceMap?

    /// Tokens in text order (the `tokenize` stage); written to JSON only with `--tokens`.
    public var tokens: [Token] = []
    /// Sentence spans in text order (the `sentences` stage); relations and entity rows refer to them by index.
    public var sentences: [Span] = []
    /// Entities and dates, kept sorted by span; ids are assigned by `renumberEntities()`.
    public var entities: [Entity] = []
    /// Relations between entities of one sentence; `head` and `tail` are entity ids (`entity(id:)` finds them).
    public var relations: [Relation] = []
    /// Name clusters, in the order of their first mention; their ids are those of `Entity.cluster`.
    public var clusters: [EntityCluster] = []
    /// Problems met that did not stop the document (invalid bytes replaced, text nodes not located), one sentence each.
    public var warnings: [String] = []
    /// The layers present, maintained by the pipeline runner from each stage's declaration.
    public var layers: Set<Layer> = []
    /// Size caps and deadline for this document; stages may poll `budget.isExpired` between sentences.
    public var budget: Budget = .unlimited
    /// How sure the language identifier was of `meta.lang` (for `LanguageSelection`).
    public var languageEvidence = LanguageEvidence()

    /// A document before any stage ran: the `normalize` stage reads `source.bytes`. To annotate a string, `Pipeline.annotate(text:)` builds one.
    public init(id: String, source: Source, meta: Meta = Meta()) {
        self.id = id
        self.source = source
        self.meta = meta
    }

    /// Installs the normalized text. The source map, when given, must map every scalar of `text`.
    public mutating func setText(_ text: String, sourceMap: SourceMap?) {
        self.text = text
        self.offsets = ScalarOffsetMap(text)
        self.sourceMap = sourceMap
    }

    /// The text of a scalar span.
    public func text(of span: Span) -> String {
        let (lower, upper) = offsets.utf8Offsets(scalarStart: span.start, scalarEnd: span.end)
        return Self.text(text, utf8: lower, upper)
    }

    /// The text of UTF-8 bytes `lower..<upper` of `text` (scalar boundaries), "" when out of range. Static:
    /// called on `self`, the method was handed a copy of the whole document at each entity.
    static func text(_ text: String, utf8 lower: Int, _ upper: Int) -> String {
        let utf8 = text.utf8
        guard lower >= 0, lower <= upper, upper <= utf8.count else { return "" }
        // Scalar offsets map to scalar boundaries, so the bytes between are valid UTF-8: decoding them
        // straight from the contiguous storage avoids String index arithmetic (~800 instructions a call).
        if let copied = utf8.withContiguousStorageIfAvailable({ bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }) {
            return copied
        }
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        let to = utf8.index(from, offsetBy: upper - lower)
        return String(text[from..<to])
    }

    /// The source byte range of a scalar span, when the document has a source map.
    public func sourceRange(of span: Span) -> Range<Int>? {
        sourceMap?.sourceRange(of: span)
    }

    /// Adds an entity, filling its text and source range from the document.
    public mutating func addEntity(
        _ span: Span, label: EntityLabel, timex: consuming Timex? = nil, origin: consuming String? = nil
    ) {
        let (lower, upper) = offsets.utf8Offsets(scalarStart: span.start, scalarEnd: span.end)
        appendEntity(span, utf8: lower, upper, label: label, timex: timex, origin: origin)
    }

    /// `addEntity` for a caller that scanned the UTF-8 bytes of `text` and knows where the span lies in
    /// them: `utf8` must be the UTF-8 range of `span` (it saves converting the span back).
    package mutating func addEntity(
        _ span: Span, utf8: Range<Int>, label: EntityLabel, timex: consuming Timex? = nil,
        origin: consuming String? = nil
    ) {
        assert(offsets.utf8Offsets(scalarStart: span.start, scalarEnd: span.end) == (utf8.lowerBound, utf8.upperBound))
        appendEntity(span, utf8: utf8.lowerBound, utf8.upperBound, label: label, timex: timex, origin: origin)
    }

    @inline(__always)
    private mutating func appendEntity(
        _ span: Span, utf8 lower: Int, _ upper: Int, label: EntityLabel, timex: consuming Timex?,
        origin: consuming String?
    ) {
        // News articles get dozens of entities: start with room for 32 rather than growing through
        // 1, 2, 4, ... (each growth copies every entity, retaining its strings).
        if entities.capacity == 0 { entities.reserveCapacity(32) }
        let entityText = Self.text(text, utf8: lower, upper)
        let src = sourceMap?.sourceRange(of: span)
        // The memberwise initializer: it builds the entity in place (see `Entity`).
        entities.append(
            Entity(
                start: span.start, id: "", end: span.end, label: label, text: entityText, src: src, timex: timex,
                origin: origin))
    }

    /// Sorts entities by span and numbers them T1, T2, ... in text order, rewriting relation arguments.
    public mutating func renumberEntities() {
        let n = entities.count
        let rewritesRelations = !relations.isEmpty
        var renamed: [String: String] = [:]
        // Small ids come from a table: building and validating each string was ~190 instructions an entity.
        let ids = Self.smallEntityIDs
        entities.withUnsafeMutableBufferPointer { e in
            Self.putInOrder(e)
            for i in 0..<n {
                let newID = i + 1 < ids.count ? ids[i + 1] : Self.entityID(i + 1)
                if rewritesRelations, !e[i].id.isEmpty { renamed[e[i].id] = newID }
                e[i].id = newID
            }
        }
        guard rewritesRelations else { return }
        for i in relations.indices {
            if let h = renamed[relations[i].head] { relations[i].head = h }
            if let t = renamed[relations[i].tail] { relations[i].tail = t }
        }
    }

    /// Text order: start, then end, then label (the order of the output and of the ids).
    @inline(__always)
    static func precedes(_ a: Entity, _ b: Entity) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.label.rawValue < b.label.rawValue
    }

    /// Sorts the entities by `precedes`, stably. Stages add entities in order after those of earlier
    /// stages: two sorted runs are merged in place (each entity moved once), anything else is sorted on
    /// indices and the order applied by swaps. Building a new array instead copied (retained) every
    /// entity and released the old one.
    static func putInOrder(_ e: UnsafeMutableBufferPointer<Entity>) {
        let n = e.count
        var k = 1
        while k < n, !precedes(e[k], e[k - 1]) { k += 1 }
        guard k < n else { return }
        var j = k + 1
        while j < n, !precedes(e[j], e[j - 1]) { j += 1 }
        if j == n {
            mergeRuns(e, at: k)
        } else {
            var order = sortedOrder(UnsafeBufferPointer(e))
            permute(e, by: &order)
        }
    }

    /// Merges the sorted runs `e[0..<k]` and `e[k...]`, ties to the first run as a stable sort does: the
    /// first run is moved aside, then each entity is moved once to its place (the place filled is always
    /// one already vacated).
    static func mergeRuns(_ e: UnsafeMutableBufferPointer<Entity>, at k: Int) {
        guard let base = e.baseAddress, k > 0, k < e.count else { return }
        let n = e.count
        let first = UnsafeMutablePointer<Entity>.allocate(capacity: k)
        defer { first.deallocate() }
        first.moveInitialize(from: base, count: k)
        var a = 0
        var b = k
        var o = 0
        while a < k, b < n {
            if precedes(base[b], first[a]) {
                (base + o).moveInitialize(from: base + b, count: 1)
                b += 1
            } else {
                (base + o).moveInitialize(from: first + a, count: 1)
                a += 1
            }
            o += 1
        }
        // What is left of the second run is in place already (o == b once the first run is used up).
        if a < k { (base + o).moveInitialize(from: first + a, count: k - a) }
    }

    /// A stable sort by `precedes`, done on indices: moving whole entities (strings, optionals) through
    /// the sort cost ten times as much as comparing them.
    static func sortedOrder(_ e: UnsafeBufferPointer<Entity>) -> [Int] {
        var order = Array(e.indices)
        order.sort { a, b in
            if e[a].start != e[b].start { return e[a].start < e[b].start }
            if e[a].end != e[b].end { return e[a].end < e[b].end }
            if e[a].label != e[b].label { return e[a].label.rawValue < e[b].label.rawValue }
            return a < b  // equal keys keep their order, as a stable sort does
        }
        return order
    }

    /// Puts entity `order[i]` at place i, following the cycles of the permutation with swaps (moves, no
    /// retains). `order` is used up.
    static func permute(_ e: UnsafeMutableBufferPointer<Entity>, by order: inout [Int]) {
        order.withUnsafeMutableBufferPointer { order in
            for i in 0..<order.count where order[i] != i {
                var cur = i
                while order[cur] != i {
                    let next = order[cur]
                    e.swapAt(cur, next)
                    order[cur] = cur
                    cur = next
                }
                order[cur] = cur
            }
        }
    }

    /// "", "T1" ... "T1023", built once: most documents have fewer entities.
    static let smallEntityIDs: [String] = (0..<1024).map { $0 == 0 ? "" : entityID($0) }

    /// "T" and the decimal number, built in place (a small string: no allocation, no interpolation).
    static func entityID(_ n: Int) -> String {
        guard n > 0, n < 100_000_000_000_000 else { return "T\(n)" }
        return String(unsafeUninitializedCapacity: 15) { buffer in
            var digits = 0
            var v = n
            while v > 0 {
                digits += 1
                v /= 10
            }
            buffer[0] = UInt8(ascii: "T")
            v = n
            var i = digits
            while v > 0 {
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                i -= 1
            }
            return digits + 1
        }
    }
}
