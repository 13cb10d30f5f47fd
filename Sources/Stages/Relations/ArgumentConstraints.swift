import Pipeline

/// The argument labels ANNOTATION.md allows per relation type. Checked on every candidate whatever
/// pattern produced it, so a loose pattern can never emit a NORP argument or a PERSON located in a place.
enum ArgumentConstraints {
    static let table: [RelationType: (head: LabelMask, tail: LabelMask)] = [
        .hasTitle: (.person, .title),
        .worksFor: (.person, [.org, .gpe]),
        .basedIn: (.org, .place),
        .locatedIn: ([.fac, .loc, .gpe], .place),
        .partOf: (.org, .org),
        .aliasOf: ([.org, .person], [.org, .person]),
        .metWith: (.person, .person),
        .livesIn: (.person, .place),
        .killed: (.person, .person),
        .reportedFrom: (.org, .place),
    ]

    static func allows(_ type: RelationType, head: Entity, tail: Entity) -> Bool {
        guard let allowed = table[type] else { return false }
        let h = LabelMask(head.label)
        let t = LabelMask(tail.label)
        guard allowed.head.contains(h), allowed.tail.contains(t), head.span != tail.span else { return false }
        if type == .aliasOf {
            // The short form names the same thing as the long one: same label, fewer letters.
            return h == t && head.end - head.start < tail.end - tail.start
        }
        if type == .locatedIn || type == .partOf { return head.text != tail.text }
        return true
    }

    /// `allows` by type code (`RelationCode`) on entities read in place, for the collector's inner loop:
    /// the same checks without hashing the type's name or copying the entities out.
    static func allows(_ code: Int, _ entities: [Entity], head: Int, tail: Int) -> Bool {
        guard code >= 0 else { return false }
        let allowed = RelationCode.constraints[code]
        let h = LabelMask(entities[head].label)
        let t = LabelMask(entities[tail].label)
        guard allowed.head.contains(h), allowed.tail.contains(t), entities[head].span != entities[tail].span else {
            return false
        }
        if code == RelationCode.aliasOf {
            return h == t && entities[head].end - entities[head].start < entities[tail].end - entities[tail].start
        }
        if code == RelationCode.locatedIn || code == RelationCode.partOf {
            return entities[head].text != entities[tail].text
        }
        return true
    }
}

extension ArgumentConstraints {
    /// `allows` for a candidate whose labels are known to fit the type (`PairCandidates.typesByLabels`):
    /// the other checks only, without reading the labels again.
    @inline(__always)
    static func allowsLabelled(_ code: Int, _ entities: [Entity], head: Int, tail: Int) -> Bool {
        if entities[head].start == entities[tail].start, entities[head].end == entities[tail].end { return false }
        if code == RelationCode.aliasOf {
            return entities[head].label == entities[tail].label
                && entities[head].end - entities[head].start < entities[tail].end - entities[tail].start
        }
        if code == RelationCode.locatedIn || code == RelationCode.partOf {
            return entities[head].text != entities[tail].text
        }
        return true
    }
}

/// The relation types of `ArgumentConstraints.table` as small numbers, so that the collector's keys hash
/// three integers instead of a type name; -1 for a type the table does not know (never emitted).
enum RelationCode {
    static let types: [RelationType] = RelationType.annotationTypes + [.reportedFrom]
    static let hasTitle = 0
    static let worksFor = 1
    static let basedIn = 2
    static let locatedIn = 3
    static let partOf = 4
    static let aliasOf = 5
    static let metWith = 6
    static let livesIn = 7
    static let killed = 8
    static let reportedFrom = 9

    static func of(_ type: RelationType) -> Int {
        guard ArgumentConstraints.table[type] != nil else { return -1 }
        return types.firstIndex(of: type) ?? -1
    }

    static let constraints: [(head: LabelMask, tail: LabelMask)] = types.map {
        ArgumentConstraints.table[$0] ?? ([], [])
    }
    static let symmetric: [Bool] = types.map(\.isSymmetric)
}
