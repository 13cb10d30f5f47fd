import Pipeline

/// What the index says about the whole run, gathered document by document in memory that does not grow
/// with the number of documents: totals, per-label totals, and the most frequent entities per label
/// (`HeavyHitters`, a fixed number of counters per label).
struct CorpusStatistics {
    /// Counters kept per label: the top ten are exact unless a label has more distinct names than this,
    /// and even then any name above 1/capacity of the label's mentions is kept.
    static let countersPerLabel = 2000
    /// Labels tracked for top entities (a corpus with more label names lumps the rest out of the lists).
    static let maximumLabels = 64

    var records = 0
    var documents = 0
    var errorRecords = 0
    var unreadable = 0
    var withWarnings = 0
    var characters = 0
    var entities = 0
    var relations = 0
    var labelTotals: [String: Int] = [:]
    var labelDocuments: [String: Int] = [:]
    var top: [String: HeavyHitters] = [:]

    mutating func add(_ document: Document) {
        records += 1
        documents += 1
        characters += document.offsets.scalarCount
        entities += document.entities.count
        relations += document.relations.count
        if !document.warnings.isEmpty { withWarnings += 1 }
        var seenLabels = Set<String>()
        var seenKeys = Set<String>()
        for e in document.entities {
            let label = e.label.rawValue
            labelTotals[label, default: 0] += 1
            if seenLabels.insert(label).inserted { labelDocuments[label, default: 0] += 1 }
            if top[label] == nil {
                guard top.count < Self.maximumLabels else { continue }
                top[label] = HeavyHitters(capacity: Self.countersPerLabel)
            }
            let key = EntityKey.key(e)
            guard !key.isEmpty else { continue }
            let fresh = seenKeys.insert(label + "\u{1F}" + key).inserted
            top[label]?.add(key, display: EntityKey.display(e), newDocument: fresh)
        }
    }

    mutating func addError(unreadable isUnreadable: Bool) {
        records += 1
        if isUnreadable { unreadable += 1 } else { errorRecords += 1 }
    }
}
