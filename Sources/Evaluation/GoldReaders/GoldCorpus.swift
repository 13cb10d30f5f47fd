import Pipeline
import PipelineIO

/// Gold documents read from a file, whatever its format, with what the corpus annotates.
public struct GoldCorpus: Sendable {
    public var documents: [Document]
    /// The entity labels the corpus annotates: only these are scored.
    public var labels: [EntityLabel]
    /// The relation types the corpus annotates, or nil for our own gold, which annotates the types of
    /// ANNOTATION.md (`RelationType.annotationTypes`) and those it holds: a type beyond them that the gold
    /// never uses (`reported_from`) is not scored.
    public var relationTypes: [RelationType]?
    /// True when the corpus annotates relations at all (an absent layer is not "no relations").
    public var annotatesRelations: Bool
    public var format: GoldFormat

    public init(
        documents: [Document], labels: [EntityLabel], relationTypes: [RelationType]? = nil,
        annotatesRelations: Bool, format: GoldFormat
    ) {
        self.documents = documents
        self.labels = labels
        self.relationTypes = relationTypes
        self.annotatesRelations = annotatesRelations
        self.format = format
    }

    /// True when some gold mention carries a TIMEX3: then the dates are scored.
    public var annotatesDates: Bool {
        documents.contains { $0.entities.contains { $0.timex != nil } }
    }

    /// Keeps the first `count` documents (a fixed held-in split of a big corpus).
    public mutating func limit(to count: Int) {
        if documents.count > count { documents.removeSubrange(count...) }
    }
}

/// The gold file formats `pipe eval` reads.
public enum GoldFormat: String, Sendable, CaseIterable {
    /// Decided from the content: see `GoldReader.detect`.
    case auto
    /// The project's JSON (one document) or JSONL, with `labels` (and `relation_types`) at top level.
    case pipe
    /// Token-per-line columns with IOB1 or BIO tags (CoNLL-2003, wikigold, WNUT-17) or the GMB CSV.
    case conll
    /// SpERT JSON: a list of sentences `{tokens, entities, relations}` (CoNLL04).
    case spert
    /// TempEval-3 TBAQ as JSONL `{doc, dct, text, timexes}`.
    case tbaq
    /// Sentence-only JSONL `{id, text, sentences: [string]}` (the Golden Rules).
    case sentences
    /// Universal Dependencies CoNLL-U, for its sentences (UD English EWT).
    case conllu
    /// brat standoff: a folder of `.ann` and `.txt` files, or one `.ann` file (`pipe tables --format brat`).
    case brat
    /// CoNLL-U with GUM's `Entity=` coreference annotation in MISC: named mentions and their clusters.
    case gum
}

extension GoldFormat {
    /// What the format is, for `pipe help eval` (one entry per case: the help cannot miss a format).
    public var summary: String {
        switch self {
        case .auto: "decided from the content"
        case .pipe: "the project's JSON or JSONL, with 'labels'"
        case .conll: "token/tag columns, IOB1 or BIO, or the GMB CSV"
        case .spert: "CoNLL04 JSON"
        case .tbaq: "TempEval-3 JSONL"
        case .sentences: "{id,text,sentences:[string]}"
        case .conllu: "Universal Dependencies CoNLL-U: sentences (UD English EWT)"
        case .gum: "GUM CoNLL-U with Entity= coreference: named mentions and their clusters"
        case .brat: "brat standoff, a folder of .ann and .txt files (DATE/TIME values from TIMEX3 notes)"
        }
    }

    /// "pipe (the project's JSON ...), conll (...), ...": the formats a user can name, for help texts.
    public static var helpList: String {
        allCases.filter { $0 != .auto }.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: ", ")
    }
}

/// A gold file that cannot be read.
public struct GoldReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
