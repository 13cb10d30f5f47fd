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
        let lower = offsets.utf8Offset(scalar: span.start)
        let upper = offsets.utf8Offset(scalar: span.end)
        let utf8 = text.utf8
        guard lower >= 0, lower <= upper, upper <= utf8.count else { return "" }
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
        _ span: Span, label: EntityLabel, timex: Timex? = nil, origin: String? = nil
    ) {
        entities.append(
            Entity(
                start: span.start, end: span.end, label: label, text: text(of: span),
                src: sourceRange(of: span), timex: timex, origin: origin))
    }

    /// Sorts entities by span and numbers them T1, T2, ... in text order, rewriting relation arguments.
    public mutating func renumberEntities() {
        entities.sort { ($0.start, $0.end, $0.label.rawValue) < ($1.start, $1.end, $1.label.rawValue) }
        var renamed: [String: String] = [:]
        for i in entities.indices {
            let newID = "T\(i + 1)"
            if !entities[i].id.isEmpty { renamed[entities[i].id] = newID }
            entities[i].id = newID
        }
        guard !relations.isEmpty else { return }
        for i in relations.indices {
            if let h = renamed[relations[i].head] { relations[i].head = h }
            if let t = renamed[relations[i].tail] { relations[i].tail = t }
        }
    }
}
