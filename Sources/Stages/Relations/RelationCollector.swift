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
    /// Place mentions written "inner, outer" ("Tampere, Finland"): inner entity → outer entities.
    private var commaContainers: [Int32: [Int32]] = [:]
    /// Mentions written "long ( short )" with one label ("Green Union ( GU )"):
    /// each entity → its partners.
    private var parenthesized: [Int32: [Int32]] = [:]

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

    static let open = WordHash.of("(")
    static let close = WordHash.of(")")

    /// Records the "PLACE, PLACE" pairs of a sentence, the candidates `inferContainers` may widen a tail to,
    /// and the "X ( Y )" pairs `inferParenthesized` may copy an argument to.
    mutating func noteSentence(_ items: [SentenceItem], _ range: Range<Int>) {
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            let a = items[i]
            let b = items[i + 2]
            if i + 3 < range.upperBound, a.entity >= 0, b.entity >= 0, a.label == b.label,
                items[i + 1].entity < 0, items[i + 1].word == Self.open,
                items[i + 3].entity < 0, items[i + 3].word == Self.close
            {
                parenthesized[a.entity, default: []].append(b.entity)
                parenthesized[b.entity, default: []].append(a.entity)
            }
            if a.entity >= 0, b.entity >= 0, items[i + 1].entity < 0, items[i + 1].word == PatternMatcher.comma,
                !a.label.isDisjoint(with: Self.placeLabels), !b.label.isDisjoint(with: Self.placeLabels)
            {
                commaContainers[a.entity, default: []].append(b.entity)
            }
            i += 1
        }
    }

    static let placeLabels: LabelMask = [.gpe, .loc, .fac]
    static let widenedTypes: Set<RelationType> = [.livesIn, .basedIn, .locatedIn]

    /// "born in Tampere, Finland", "Fjord Cable of Bergen, Norway": what lives, is based or lies in the
    /// inner place of "inner, outer" lies in the outer one too, when the stage found the outer place to
    /// contain the inner one (`located_in`). The widened relation keeps the evidence of the first, with a
    /// lower confidence. Repeated so a chain ("Coney Island, Brooklyn, N.Y.") reaches its last place.
    mutating func inferContainers(_ document: Document) {
        guard !commaContainers.isEmpty else { return }
        for _ in 0..<3 {
            var added: [(Key, Relation, Int32)] = []
            for (key, value) in inOrder() where Self.widenedTypes.contains(key.type) {
                guard let outers = commaContainers[key.tail] else { continue }
                for outer in outers {
                    let located = Key(type: .locatedIn, head: key.tail, tail: outer)
                    guard let evidence = best[located], outer != key.head else { continue }
                    let widened = Key(type: key.type, head: key.head, tail: outer)
                    if best[widened] != nil { continue }
                    let head = document.entities[Int(key.head)]
                    let tail = document.entities[Int(outer)]
                    guard ArgumentConstraints.allows(key.type, head: head, tail: tail) else { continue }
                    let r = value.relation
                    let confidence = 0.9 * min(r.confidence ?? 0, evidence.relation.confidence ?? 0)
                    added.append(
                        (widened,
                         Relation(
                            type: r.type, head: r.head, tail: tail.id, sentence: r.sentence, trigger: r.trigger,
                            confidence: confidence, origin: (r.origin ?? "") + "+container"),
                         key.head))
                }
            }
            if added.isEmpty { return }
            for (key, relation, head) in added where best[key] == nil {
                best[key] = (relation, order)
                entityIndex[key] = (head, key.tail)
                order += 1
            }
        }
    }

    static let copiedToPartner: Set<RelationType> = [.worksFor, .basedIn, .livesIn, .locatedIn]

    /// "candidate of the Green Union ( GU )": a relation of one of the two names
    /// holds for the other too, whichever of them the pattern reached.
    mutating func inferParenthesized(_ document: Document) {
        guard !parenthesized.isEmpty else { return }
        var added: [(Key, Relation)] = []
        for (key, value) in inOrder() where Self.copiedToPartner.contains(key.type) {
            for (side, entity) in [(0, key.head), (1, key.tail)] {
                for partner in parenthesized[entity] ?? [] {
                    let copy = side == 0
                        ? Key(type: key.type, head: partner, tail: key.tail)
                        : Key(type: key.type, head: key.head, tail: partner)
                    if best[copy] != nil || copy.head == copy.tail { continue }
                    let head = document.entities[Int(copy.head)]
                    let tail = document.entities[Int(copy.tail)]
                    guard ArgumentConstraints.allows(key.type, head: head, tail: tail) else { continue }
                    let r = value.relation
                    added.append(
                        (copy,
                         Relation(
                            type: r.type, head: head.id, tail: tail.id, sentence: r.sentence, trigger: r.trigger,
                            confidence: 0.9 * (r.confidence ?? 0), origin: (r.origin ?? "") + "+parenthesized")))
                }
            }
        }
        for (key, relation) in added where best[key] == nil {
            best[key] = (relation, order)
            entityIndex[key] = (key.head, key.tail)
            order += 1
        }
    }

    /// The relations found so far in the order they were found: the inferences walk them in this order, not
    /// in the dictionary's (which changes from run to run), so their output is the same on every run.
    private func inOrder() -> [(key: Key, value: (relation: Relation, order: Int))] {
        best.sorted { $0.value.order < $1.value.order }
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
