/// A relation type. A struct for the same reason as `EntityLabel`: corpora name theirs differently.
public struct RelationType: StringTag {
    /// The name as written in JSON ("works_for").
    public let rawValue: String
    @inlinable public init(rawValue: String) { self.rawValue = rawValue }

    public static let hasTitle: RelationType = "has_title"
    public static let worksFor: RelationType = "works_for"
    public static let basedIn: RelationType = "based_in"
    public static let locatedIn: RelationType = "located_in"
    public static let partOf: RelationType = "part_of"
    public static let aliasOf: RelationType = "alias_of"
    public static let metWith: RelationType = "met_with"
    public static let livesIn: RelationType = "lives_in"
    public static let killed: RelationType = "killed"
    /// A news agency and the place of its story's dateline ("NAIROBI (Reuters) -"): where the story was
    /// filed from, not where the agency is based (ANNOTATION.md's annotated news never makes that a
    /// `based_in`; CoNLL04 writes it as OrgBased_In).
    public static let reportedFrom: RelationType = "reported_from"

    /// The types ANNOTATION.md defines: what a gold file of ours annotates (`reported_from` is extra).
    public static let annotationTypes: [RelationType] = [
        .hasTitle, .worksFor, .basedIn, .locatedIn, .partOf, .aliasOf, .metWith, .livesIn, .killed,
    ]

    /// Types whose direction carries no meaning.
    public var isSymmetric: Bool { self == .metWith }
}

/// A directed relation between two entity mentions of one sentence.
public struct Relation: Sendable, Hashable {
    /// What the relation says (ANNOTATION.md lists the types).
    public var type: RelationType
    /// Entity ids ("T3").
    public var head: String
    /// The second argument (an entity id).
    public var tail: String
    /// Index of the sentence in `Document.sentences`, when known.
    public var sentence: Int?
    /// The words that licensed the relation ("spokesman for", "met with"); shown with `--explain`.
    public var trigger: Span?
    /// The pattern's confidence, 0...1; shown with `--explain`.
    public var confidence: Double?
    /// The pattern that matched; shown with `--explain`.
    public var origin: String?
    /// The classifier's strongest features for this relation ("between=of +1.32"); shown with `--explain`.
    public var features: [String]?

    /// A relation; arguments are entity ids of the same document.
    public init(
        type: RelationType, head: String, tail: String, sentence: Int? = nil,
        trigger: Span? = nil, confidence: Double? = nil, origin: String? = nil, features: [String]? = nil
    ) {
        self.type = type
        self.head = head
        self.tail = tail
        self.sentence = sentence
        self.trigger = trigger
        self.confidence = confidence
        self.origin = origin
        self.features = features
    }
}
