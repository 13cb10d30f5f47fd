#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which evidence the entity stage combines: both (the default), or, to measure what each adds, one alone.
/// Set by the environment variable `PIPE_ENTITY_EVIDENCE` (`model` or `rules`), read once per process;
/// any other value is the default. A measuring aid (`PIPE_ENTITY_EVIDENCE=model scripts/eval-all`), not an option
/// of the tool: the output of a normal run never depends on it.
enum EntityEvidence: Sendable {
    /// The rules' mentions and the tagger's, combined (`EntityTagger.applyModel`).
    case combined
    /// The tagger's spans alone: no rule mention is kept (places are still labelled GPE, LOC or FAC from
    /// the gazetteers and head nouns).
    case model
    /// The rules alone: the tagger does not run.
    case rules

    static let current: EntityEvidence = {
        guard let raw = getenv("PIPE_ENTITY_EVIDENCE") else { return .combined }
        switch String(cString: raw) {
        case "model": return .model
        case "rules": return .rules
        default: return .combined
        }
    }()
}
