import Pipeline

/// Relations as text: the list under a crowded sentence, the page's full list, and the CSS that lights up
/// both arguments when a relation's arc or list item is hovered or focused.
enum RelationText {
    /// "has_title: Sergey Lavrov → Foreign Minister" (↔ for a symmetric type).
    static func describe(_ relation: Relation, page: DocumentPage) -> String {
        "\(relation.type.rawValue): \(argumentText(relation.head, page)) \(relation.type.isSymmetric ? "↔" : "→") "
            + argumentText(relation.tail, page)
    }

    static func argumentText(_ id: String, _ page: DocumentPage) -> String {
        guard let k = page.entityByID[id] else { return "?\(id)" }
        return EntityCard.flatten(page.document.entities[k].text)
    }

    /// One `<li>`: the type, then each argument as a link to its mark.
    static func item(_ r: Int, page: DocumentPage, where context: String?, into out: inout HTMLBuffer) {
        let relation = page.document.relations[r]
        out.raw("<li class=\"rel r")
        out.int(r)
        out.raw(" t")
        out.int(page.typeIndex[relation.type.rawValue] ?? 0)
        out.raw("\" tabindex=\"0\"><span class=\"rt\">")
        out.text(relation.type.rawValue)
        out.raw("</span> ")
        argument(relation.head, page: page, into: &out)
        out.raw(relation.type.isSymmetric ? " <span class=\"ar\">↔</span> " : " <span class=\"ar\">→</span> ")
        argument(relation.tail, page: page, into: &out)
        if let context {
            out.raw(" <span class=\"note\">")
            out.text(context)
            out.raw("</span>")
        }
        out.raw("</li>")
    }

    private static func argument(_ id: String, page: DocumentPage, into out: inout HTMLBuffer) {
        guard let k = page.entityByID[id] else {
            out.raw("<span class=\"note\">missing ")
            out.text(id)
            out.raw("</span>")
            return
        }
        out.raw("<a href=\"#")
        out.raw(generated: page.elementIDs[k])
        out.raw("\"")
        if page.containsRightToLeft(page.document.entities[k].span) { out.raw(" dir=\"auto\"") }
        out.raw(">")
        out.text(EntityCard.flatten(page.document.entities[k].text))
        out.raw("</a>")
    }

    /// The list shown under a sentence whose relations are not drawn.
    static func list(_ relations: [Int], page: DocumentPage, into out: inout HTMLBuffer) {
        out.raw("<ul class=\"rl\">")
        for r in relations { item(r, page: page, where: nil, into: &out) }
        out.raw("</ul>")
    }

    /// Hover rules: each relation's arc and list items (class `rN`) light up its two arguments.
    static func highlightRules(page: DocumentPage, limit: Int) -> String {
        var css = ""
        var count = 0
        for (r, relation) in page.document.relations.enumerated() {
            guard count < limit else { break }
            let ids = [relation.head, relation.tail].compactMap { page.elementID(ofArgument: $0) }
            guard !ids.isEmpty else { continue }
            count += 1
            css += "main:has(.r\(r):is(:hover,:focus)) :is(\(ids.map { "#" + $0 }.joined(separator: ",")))"
            css += "{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 6px rgba(255,200,0,.6)}\n"
        }
        return css
    }
}
