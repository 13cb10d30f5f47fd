/// An entity label. A struct rather than an enum because gold files of other corpora bring their own
/// label sets (PER, Peop, geo, ...), which the scorer maps onto ours.
public struct EntityLabel: StringTag {
    /// The label as written in JSON ("PERSON").
    public let rawValue: String
    @inlinable public init(rawValue: String) { self.rawValue = rawValue }

    public static let person: EntityLabel = "PERSON"
    public static let norp: EntityLabel = "NORP"
    public static let gpe: EntityLabel = "GPE"
    public static let loc: EntityLabel = "LOC"
    public static let fac: EntityLabel = "FAC"
    public static let org: EntityLabel = "ORG"
    public static let event: EntityLabel = "EVENT"
    public static let law: EntityLabel = "LAW"
    public static let title: EntityLabel = "TITLE"
    public static let date: EntityLabel = "DATE"
    public static let time: EntityLabel = "TIME"
    /// OntoNotes' label for a language ("in Spanish"); emitted, not asked for by ANNOTATION.md.
    public static let language: EntityLabel = "LANGUAGE"

    /// The labels ANNOTATION.md asks for, in its order.
    public static let annotated: [EntityLabel] = [
        .person, .norp, .gpe, .loc, .fac, .org, .event, .law, .title, .date, .time,
    ]
}

/// A TIMEX3 annotation (TimeML / TempEval-3).
public struct Timex: Sendable, Hashable {
    /// The TIMEX3 types.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }
    /// DATE, TIME, DURATION or SET.
    public var type: Kind
    /// The normalized value: "2021-09-15", "P5Y", "PRESENT_REF", "XXXX-09-15", ...
    public var value: String
    /// TIMEX3 `mod`: START, END, MID, EQUAL_OR_MORE, APPROX, ...
    public var mod: String?

    /// A TIMEX3 with its normalized value.
    public init(type: Kind, value: String, mod: String? = nil) {
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// One entity mention.
///
/// The initializer is declared in an extension, so the struct keeps its memberwise initializer, whose
/// labels start `start:id:` (the order of the stored properties) and so do not clash with the public
/// one. `Document.addEntity` builds entities with it: the declared initializer copied the finished
/// entity (retaining every string) and destroyed the original, ~260 instructions an entity.
public struct Entity: Sendable, Hashable {
    /// First scalar of the mention in the text.
    public var start: Int
    /// "T1", "T2", ... in text order; assigned by `Document.renumberEntities()`.
    public var id: String
    /// One past its last scalar.
    public var end: Int
    /// PERSON, GPE, DATE, ... (ANNOTATION.md).
    public var label: EntityLabel
    /// The covered text, `text[start..<end]`.
    public var text: String
    /// Byte range in the source file, when the document has a source map.
    public var src: Range<Int>?
    /// The TIMEX3 of a DATE or TIME mention.
    public var timex: Timex?
    /// Which rule or resource produced the mention; shown with `--explain` only.
    public var origin: String?
    /// The id of the name cluster within the document ("C1"), set by the clusters stage for PERSON, ORG,
    /// GPE, LOC, FAC, NORP, EVENT and LAW; gold files may carry their own ids.
    public var cluster: String?
    /// The GeoNames id of a GPE, LOC or FAC mention the clusters stage could link.
    public var geonames: Int?

    /// The mention's span.
    @inlinable public var span: Span { Span(start, end) }
}

extension Entity {
    /// A mention; `Document.addEntity` fills text and source range from the document instead.
    public init(
        id: String = "", start: Int, end: Int, label: EntityLabel, text: String,
        src: Range<Int>? = nil, timex: Timex? = nil, origin: String? = nil, cluster: String? = nil,
        geonames: Int? = nil
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.label = label
        self.text = text
        self.src = src
        self.timex = timex
        self.origin = origin
        self.cluster = cluster
        self.geonames = geonames
    }
}
