import Pipeline

/// Turns pattern matches and classifier decisions into relations: one per argument pair of coordinated
/// captures, checked against `ArgumentConstraints` and the sentence structure (`EntityFacts`), deduplicated
/// (the most confident evidence wins; `met_with` in either direction; of located_in both ways between two
/// places, the more confident).
///
/// A match of a pattern whose type the classifier decides (`deferred`) is only recorded (`fired`), as a
/// feature of its pair; the other matches become relations at once.
///
/// The relations are kept in an array in the order they were first found (a key's number is its place
/// there), with a dictionary from key to place: the inferences walk them in that order without sorting, and
/// the keys hash three integers (`RelationCode`), not a type name.
struct RelationCollector {
    private struct Key: Hashable {
        var type: Int32
        var head: Int32
        var tail: Int32
    }

    private struct Found {
        var key: Key
        var relation: Relation
        /// Head and tail entity as first found (the output's order).
        var head: Int32
        var tail: Int32
    }

    private var found: [Found] = []
    private var place: [Key: Int] = [:]
    /// Per pattern index: its matches are features only (the classifier decides its type).
    private let deferred: [Bool]
    /// Every pattern match on an allowed pair, in sentence order.
    private(set) var fired: [FiredPattern] = []
    /// Trigger span of each fired match (scalar offsets; start > end when none), parallel to `fired`.
    private(set) var firedTriggers: [(Int32, Int32)] = []

    init(deferred: [Bool] = []) { self.deferred = deferred }
    /// Place mentions written "inner, outer" ("Tampere, Finland"): inner entity → outer entities.
    private var commaContainers: [Int32: [Int32]] = [:]
    /// Mentions written "long ( short )" with one label ("Green Union ( GU )"):
    /// each entity → its partners.
    private var parenthesized: [Int32: [Int32]] = [:]

    private mutating func insert(_ key: Key, _ relation: Relation, head: Int32, tail: Int32) {
        place[key] = found.count
        found.append(Found(key: key, relation: relation, head: head, tail: tail))
    }

    mutating func add(
        _ m: PatternMatcher.Match, _ pattern: CompiledPattern, index: Int, sentence: Int, items: [SentenceItem],
        document: Document, facts: EntityFacts
    ) {
        let code = pattern.typeCode
        guard code >= 0, let headTest = pattern.headTest, let tailTest = pattern.tailTest else { return }
        let trigger = m.triggerStart <= m.triggerEnd ? Span(Int(m.triggerStart), Int(m.triggerEnd)) : nil
        let confidence = pattern.pattern.confidence
        let onlyFired = index < deferred.count && deferred[index]
        for h in m.head where items[h].entity >= 0 && headTest.matches(items[h]) {
            for t in m.tail where items[t].entity >= 0 && tailTest.matches(items[t]) {
                let head = Int(items[h].entity)
                let tail = Int(items[t].entity)
                guard ArgumentConstraints.allows(code, document.entities, head: head, tail: tail) else { continue }
                fired.append(
                    FiredPattern(
                        head: Int32(head), tail: Int32(tail), pattern: Int32(index), type: Int32(code),
                        confidence: Int32((confidence * 10).rounded(.down))))
                firedTriggers.append((m.triggerStart, m.triggerEnd))
                guard !onlyFired, facts.allows(code, head: head, tail: tail),
                    pattern.headIsNamed(document.entities[head].text)
                else { continue }
                let relation = Relation(
                    type: pattern.pattern.type, head: document.entities[head].id, tail: document.entities[tail].id,
                    sentence: sentence, trigger: trigger, confidence: confidence, origin: pattern.pattern.name)
                add(relation, code: code, head: Int32(head), tail: Int32(tail))
            }
        }
    }

    /// A relation decided by the classifier (already checked against the constraints and the structure).
    mutating func add(_ relation: Relation, code: Int, head: Int32, tail: Int32) {
        var key = Key(type: Int32(code), head: head, tail: tail)
        if RelationCode.symmetric[code], key.head > key.tail { swap(&key.head, &key.tail) }
        let confidence = relation.confidence ?? 0
        if let previous = place[key] {
            if (found[previous].relation.confidence ?? 0) < confidence { found[previous].relation = relation }
            return
        }
        insert(key, relation, head: head, tail: tail)
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
    /// By `RelationCode`: located_in. Not lives_in or based_in: ANNOTATION.md's gold names the nearer place
    /// only ("Ciba-Geigy, based in Basel, Switzerland" is based_in Basel; 51 of the 51 such pairs of
    /// gold/tbaq-news and gold/aeb-news dev), which the located_in between the places completes. CoNLL04
    /// writes both; its label map scores our output in its convention (`LabelMap.relationsReachContainers`).
    static let widenedTypes: [Bool] = RelationCode.types.map { [.locatedIn].contains($0) }

    /// "Coney Island, Brooklyn, N.Y.": what lies in the inner place of "inner, outer" lies in the outer one
    /// too, when the stage found the outer place to contain the inner one (`located_in`). The widened
    /// relation keeps the evidence of the first, with a lower confidence. Repeated so a chain reaches its
    /// last place.
    mutating func inferContainers(_ document: Document, _ facts: EntityFacts) {
        guard !commaContainers.isEmpty else { return }
        let widenedTypes = Self.widenedTypes
        for _ in 0..<3 {
            var added: [(Key, Relation, Int32)] = []
            for f in found.indices where widenedTypes[Int(found[f].key.type)] {
                let key = found[f].key
                guard let outers = commaContainers[key.tail] else { continue }
                for outer in outers {
                    let located = Key(type: Int32(RelationCode.locatedIn), head: key.tail, tail: outer)
                    guard let evidence = place[located], outer != key.head else { continue }
                    let widened = Key(type: key.type, head: key.head, tail: outer)
                    if place[widened] != nil { continue }
                    guard ArgumentConstraints.allows(Int(key.type), document.entities, head: Int(key.head), tail: Int(outer)),
                        facts.allows(Int(key.type), head: Int(key.head), tail: Int(outer))
                    else { continue }
                    let r = found[f].relation
                    let confidence = 0.9 * min(r.confidence ?? 0, found[evidence].relation.confidence ?? 0)
                    added.append(
                        (widened,
                         Self.inferred(
                            from: r, head: r.head, tail: document.entities[Int(outer)].id, confidence: confidence,
                            mark: "+container"),
                         key.head))
                }
            }
            if added.isEmpty { return }
            for (key, relation, head) in added where place[key] == nil {
                insert(key, relation, head: head, tail: key.tail)
            }
        }
    }

    /// A relation inferred from `r`: the same type, sentence and trigger between other arguments, with the
    /// confidence given and `mark` after its origin (the inferences below share it).
    private static func inferred(from r: Relation, head: String, tail: String, confidence: Double, mark: String) -> Relation {
        Relation(
            type: r.type, head: head, tail: tail, sentence: r.sentence, trigger: r.trigger, confidence: confidence,
            origin: (r.origin ?? "") + mark)
    }

    /// By `RelationCode`: works_for, based_in, lives_in, located_in.
    static let copiedToPartner: [Bool] = RelationCode.types.map {
        [.worksFor, .basedIn, .livesIn, .locatedIn].contains($0)
    }

    /// "candidate of the Green Union ( GU )": a relation of one of the two names
    /// holds for the other too, whichever of them the pattern reached.
    mutating func inferParenthesized(_ document: Document, _ facts: EntityFacts) {
        guard !parenthesized.isEmpty else { return }
        let copiedToPartner = Self.copiedToPartner
        var added: [(Key, Relation)] = []
        for f in found.indices where copiedToPartner[Int(found[f].key.type)] {
            let key = found[f].key
            for (side, entity) in [(0, key.head), (1, key.tail)] {
                for partner in parenthesized[entity] ?? [] {
                    let copy = side == 0
                        ? Key(type: key.type, head: partner, tail: key.tail)
                        : Key(type: key.type, head: key.head, tail: partner)
                    if place[copy] != nil || copy.head == copy.tail { continue }
                    guard
                        ArgumentConstraints.allows(
                            Int(key.type), document.entities, head: Int(copy.head), tail: Int(copy.tail)),
                        facts.allows(Int(key.type), head: Int(copy.head), tail: Int(copy.tail))
                    else { continue }
                    let r = found[f].relation
                    added.append(
                        (copy,
                         Self.inferred(
                            from: r, head: document.entities[Int(copy.head)].id, tail: document.entities[Int(copy.tail)].id,
                            confidence: 0.9 * (r.confidence ?? 0), mark: "+parenthesized")))
                }
            }
        }
        for (key, relation) in added where place[key] == nil {
            insert(key, relation, head: key.head, tail: key.tail)
        }
    }

    /// By `RelationCode`: works_for, based_in, lives_in (not located_in: a list of places is no chain).
    static let sharedByCoordination: [Bool] = RelationCode.types.map { [.worksFor, .basedIn, .livesIn].contains($0) }

    /// "Analysts at Barclays and HSBC in London": a relation of the last member of a coordination to a tail
    /// written after the whole list holds for every member (the classifier, reading pairs, found the one next
    /// to the tail). Not for a tail inside or before the list ("Ana Ruiz of Lumen and Owen Park").
    mutating func inferCoordinated(_ document: Document, _ facts: EntityFacts) {
        let shared = Self.sharedByCoordination
        var added: [(Key, Relation)] = []
        for f in found.indices where shared[Int(found[f].key.type)] {
            let key = found[f].key
            let head = Int(key.head)
            let tail = Int(key.tail)
            guard facts.coordination(head) >= 0, tail > head, head + 1 >= tail || !facts.coordinated(head + 1, head)
            else { continue }
            var member = head - 1
            while member >= 0, facts.coordinated(member, head) {
                let copy = Key(type: key.type, head: Int32(member), tail: key.tail)
                if place[copy] == nil, document.entities[member].label == document.entities[head].label,
                    ArgumentConstraints.allows(Int(key.type), document.entities, head: member, tail: tail),
                    facts.allows(Int(key.type), head: member, tail: tail)
                {
                    let r = found[f].relation
                    added.append(
                        (copy,
                         Self.inferred(
                            from: r, head: document.entities[member].id, tail: r.tail,
                            confidence: 0.9 * (r.confidence ?? 0), mark: "+coordinated")))
                }
                member -= 1
            }
        }
        for (key, relation) in added where place[key] == nil {
            insert(key, relation, head: key.head, tail: key.tail)
        }
    }

    /// In text order of the head, then the tail (then the order found). Of located_in both ways between
    /// two places, only the more confident (the first found on a tie).
    func relations(_ document: Document) -> [Relation] {
        let located = Int32(RelationCode.locatedIn)
        let order = found.indices.filter { i in
            let k = found[i].key
            guard k.type == located, let reverse = place[Key(type: located, head: k.tail, tail: k.head)] else {
                return true
            }
            let mine = found[i].relation.confidence ?? 0
            let theirs = found[reverse].relation.confidence ?? 0
            return mine > theirs || (mine == theirs && i < reverse)
        }.sorted { a, b in
            (found[a].head, found[a].tail, a) < (found[b].head, found[b].tail, b)
        }
        return order.map { found[$0].relation }
    }
}
