/// The layers a document can carry. Stages declare which layers they require and which they add, so a
/// pipeline can be checked before it runs (as spaCy checks `requires`/`assigns`).
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Normalized text with its map back to the source bytes.
    case text
    case tokens
    case sentences
    /// DATE and TIME mentions with TIMEX3 values; they live in the entity list.
    case dates
    /// Named entities (PERSON, ORG, GPE, ...).
    case entities
    case relations
    /// Name clusters within the document (`Document.clusters`, `Entity.cluster`) and GeoNames ids.
    case clusters

    /// Position in the canonical order of the pipeline, which is the order of the cases (the dates stage
    /// runs before the entity stage, which may read the dates).
    public var order: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// Canonical pipeline order (`order`).
    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.order < rhs.order }
}
