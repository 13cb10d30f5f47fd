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
}
