/// One document and every layer the stages have added to it.
///
/// A value type: each worker owns the document it is processing, stages mutate it in place through
/// `inout`, and nothing is shared between threads but read-only resources.
public struct Document: Sendable {
    public var id: String
    public var source: Source
    public var meta: Meta

    /// The normalized text every stage after normalization reads. Set with `setText(_:sourceMap:)`.
    public private(set) var text: String = ""
    /// Converts the stages' UTF-8 offsets into the scalar offsets of the output.
    public private(set) var offsets = ScalarOffsetMap()
    /// Where each text scalar came from in `source.bytes`; nil when the text has no source file.
    public private(set) var sourceMap: SourceMap?

    public var tokens: [Token] = []
    public var sentences: [Span] = []
    /// Entities and dates, kept sorted by span; ids are assigned by `renumberEntities()`.
    public var entities: [Entity] = []
    public var relations: [Relation] = []
    public var warnings: [String] = []
    /// The layers present, maintained by the pipeline runner from each stage's declaration.
    public var layers: Set<Layer> = []
    /// Size caps and deadline for this document; stages may poll `budget.isExpired` between sentences.
    public var budget: Budget = .unlimited

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
        // News articles get dozens of entities: start with room for 32 rather than growing through
        // 1, 2, 4, ... (each growth copies every entity, retaining its strings).
        if entities.capacity == 0 { entities.reserveCapacity(32) }
        entities.append(
            Entity(
                start: span.start, end: span.end, label: label, text: text(of: span),
                src: sourceRange(of: span), timex: timex, origin: origin))
    }

    /// Sorts entities by span and numbers them T1, T2, ... in text order, rewriting relation arguments.
    public mutating func renumberEntities() {
        // Stages add entities mostly in order and renumber after each stage: skip the sort when nothing
        // is out of place (the sort is stable, so it would change nothing).
        if !Self.isSortedBySpan(entities) { entities = Self.sortedBySpan(entities) }
        var renamed: [String: String] = [:]
        let rewritesRelations = !relations.isEmpty
        for i in entities.indices {
            let newID = Self.entityID(i + 1)
            if rewritesRelations, !entities[i].id.isEmpty { renamed[entities[i].id] = newID }
            entities[i].id = newID
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

    /// A stable sort by `precedes`, done on indices: moving whole entities (strings, optionals) through
    /// the sort cost ten times as much as comparing them.
    static func sortedBySpan(_ entities: [Entity]) -> [Entity] {
        var order = Array(entities.indices)
        entities.withUnsafeBufferPointer { e in
            order.sort { a, b in
                if e[a].start != e[b].start { return e[a].start < e[b].start }
                if e[a].end != e[b].end { return e[a].end < e[b].end }
                if e[a].label != e[b].label { return e[a].label.rawValue < e[b].label.rawValue }
                return a < b  // equal keys keep their order, as a stable sort does
            }
        }
        return order.map { entities[$0] }
    }

    static func isSortedBySpan(_ entities: [Entity]) -> Bool {
        var i = 1
        while i < entities.count {
            if precedes(entities[i], entities[i - 1]) { return false }
            i += 1
        }
        return true
    }

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
