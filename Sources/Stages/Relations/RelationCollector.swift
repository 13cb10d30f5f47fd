import Pipeline

/// Turns pattern matches into relations: one per argument pair of coordinated captures, checked against
/// `ArgumentConstraints`, deduplicated (the most confident evidence wins; `met_with` in either direction).
struct RelationCollector {
    private struct Key: Hashable {
        var type: RelationType
        var head: Int32
        var tail: Int32
    }

    private var best: [Key: (relation: Relation, order: Int)] = [:]
    private var order = 0
    private var entityIndex: [Key: (Int32, Int32)] = [:]

    mutating func add(
        _ m: PatternMatcher.Match, _ pattern: CompiledPattern, sentence: Int, items: [SentenceItem],
        document: Document
    ) {
        let headTest = pattern.elements.first { $0.capture == .head }?.tests[0]
        let tailTest = pattern.elements.first { $0.capture == .tail }?.tests[0]
        let trigger = m.triggerStart <= m.triggerEnd ? Span(Int(m.triggerStart), Int(m.triggerEnd)) : nil
        for h in m.head where items[h].entity >= 0 && headTest?.matches(items[h]) == true {
            for t in m.tail where items[t].entity >= 0 && tailTest?.matches(items[t]) == true {
                let head = document.entities[Int(items[h].entity)]
                let tail = document.entities[Int(items[t].entity)]
                let type = pattern.pattern.type
                guard ArgumentConstraints.allows(type, head: head, tail: tail) else { continue }
                var key = Key(type: type, head: items[h].entity, tail: items[t].entity)
                if type.isSymmetric, key.head > key.tail { swap(&key.head, &key.tail) }
                let relation = Relation(
                    type: type, head: head.id, tail: tail.id, sentence: sentence, trigger: trigger,
                    confidence: pattern.pattern.confidence, origin: pattern.pattern.name)
                if let previous = best[key] {
                    if (previous.relation.confidence ?? 0) >= pattern.pattern.confidence { continue }
                    best[key] = (relation, previous.order)
                } else {
                    best[key] = (relation, order)
                    entityIndex[key] = (items[h].entity, items[t].entity)
                    order += 1
                }
            }
        }
    }

    /// In text order of the head, then the tail.
    func relations(_ document: Document) -> [Relation] {
        best.sorted { a, b in
            let x = entityIndex[a.key] ?? (0, 0)
            let y = entityIndex[b.key] ?? (0, 0)
            return (x.0, x.1, a.value.order) < (y.0, y.1, b.value.order)
        }.map(\.value.relation)
    }
}
