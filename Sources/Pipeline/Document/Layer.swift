/// The layers a document can carry. Stages declare which layers they require and which they add, so a
/// pipeline can be checked before it runs (as spaCy checks `requires`/`assigns`).
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Normalized text with its map back to the source bytes.
    case text
    case tokens
    case sentences
    /// Named entities (PERSON, ORG, GPE, ...).
    case entities
    /// DATE and TIME mentions with TIMEX3 values; they live in the entity list.
    case dates
    case relations
    /// Name clusters within the document (`Document.clusters`, `Entity.cluster`) and GeoNames ids.
    case clusters

    /// Position in the canonical order of the pipeline.
    public var order: Int {
        switch self {
        case .text: 0
        case .tokens: 1
        case .sentences: 2
        case .entities: 3
        case .dates: 4
        case .relations: 5
        case .clusters: 6
        }
    }

    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.order < rhs.order }
}
