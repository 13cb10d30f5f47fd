import Pipeline

/// How pages are rendered.
public struct RenderOptions: Sendable {
    /// Sentence boundaries shown when the page opens (a toggle on the page switches them).
    public var showSentences: Bool
    /// Width of a row of a sentence drawn with arcs, in hundredths of an em.
    public var arcRowWidth: Int
    /// Relations (and name clusters) whose hover highlighting gets a CSS rule, at most; a page with many
    /// entities gets fewer (`DocumentPage.highlightBudget`), as each rule slows the page.
    public var maximumHighlightRules: Int

    public init(showSentences: Bool = false, arcRowWidth: Int = 4200, maximumHighlightRules: Int = 3000) {
        self.showSentences = showSentences
        self.arcRowWidth = arcRowWidth
        self.maximumHighlightRules = maximumHighlightRules
    }
}

/// One document as a standalone HTML page: header with the metadata, warnings, a legend that filters by
/// label, the text with every entity marked, relations drawn as arcs over their sentence (or listed
/// under it when arcs would be crowded, see `ArcLayout`), and all relations and name clusters at the end.
///
/// Layout: the text is cut into paragraphs (blank lines) and units (the sentences, or the paragraphs when
/// the record has no sentences). A unit whose relations can be drawn is laid out word by word with arcs
/// (`ArcDiagram`); every other unit is running text. Entities, units and paragraphs are nested with
/// `MarkWalk`, so overlapping spans still give well-formed markup.
struct DocumentPage {
    let record: RenderRecord
    let document: Document
    let options: RenderOptions
    /// Link from the page back to the index, relative; nil for none.
    let indexHref: String?

    let utf8: [UInt8]
    /// Entity indices in text order (start, then longer first).
    let order: [Int]
    let elementIDs: [String]
    let labels: [String]
    let labelIndex: [String: Int]
    let labelCounts: [Int]
    let types: [String]
    let typeIndex: [String: Int]
    let entityByID: [String: Int]
    let clusterIndex: [String: Int]
    let clusterByID: [String: NameCluster]
    let paragraphs: [Span]
    let units: [Span]
    let unitsAreSentences: Bool
    /// Relations of each unit whose two arguments lie in it.
    let unitRelations: [[Int]]
    var plans: [UnitPlan] = []

    enum UnitPlan {
        case inline
        /// Running text followed by a list of its relations.
        case list
        case arcs(ArcDiagram)
    }

    init(record: RenderRecord, document: Document, options: RenderOptions, indexHref: String?) {
        self.record = record
        self.document = document
        self.options = options
        self.indexHref = indexHref
        utf8 = Array(document.text.utf8)
        let entities = document.entities
        order = entities.indices.sorted { a, b in
            let x = entities[a]
            let y = entities[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            return a < b
        }
        var ids = EntityIDs()
        elementIDs = entities.indices.map { ids.assign(entities[$0].id, index: $0) }
        var byID: [String: Int] = [:]
        for (k, e) in entities.enumerated() where !e.id.isEmpty && byID[e.id] == nil { byID[e.id] = k }
        entityByID = byID
        var counts: [String: Int] = [:]
        for e in entities { counts[e.label.rawValue, default: 0] += 1 }
        labels = LabelPalette.sorted(counts.keys)
        labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        labelCounts = labels.map { counts[$0] ?? 0 }
        types = Array(Set(document.relations.map(\.type.rawValue))).sorted()
        typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        var clusterIDs: [String] = record.clusters.map(\.id)
        for k in entities.indices { if let c = record.cluster(ofEntity: k) { clusterIDs.append(c) } }
        var clusterIndex: [String: Int] = [:]
        for id in clusterIDs where clusterIndex[id] == nil { clusterIndex[id] = clusterIndex.count }
        self.clusterIndex = clusterIndex
        var clusterByID: [String: NameCluster] = [:]
        for c in record.clusters where clusterByID[c.id] == nil { clusterByID[c.id] = c }
        self.clusterByID = clusterByID

        paragraphs = Paragraphs.ranges(of: document.text)
        let sentences = document.sentences.filter { $0.start < $0.end && $0.end <= document.offsets.scalarCount }
        unitsAreSentences = !sentences.isEmpty
        units = unitsAreSentences ? sentences.sorted() : paragraphs
        var unitRelations: [[Int]] = Array(repeating: [], count: units.count)
        for (k, relation) in document.relations.enumerated() {
            guard let h = byID[relation.head], let t = byID[relation.tail],
                let u = Self.unit(containing: entities[h].span, in: units),
                units[u].contains(entities[t].span)
            else { continue }
            unitRelations[u].append(k)
        }
        self.unitRelations = unitRelations
        plans = planUnits()
    }

    /// The unit holding a whole span (binary search over units sorted by start).
    static func unit(containing span: Span, in units: [Span]) -> Int? {
        var lo = 0
        var hi = units.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if units[mid].start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        let u = lo - 1
        return u >= 0 && units[u].contains(span) ? u : nil
    }

    /// Arcs, a list or plain text for each unit.
    private func planUnits() -> [UnitPlan] {
        var plans = [UnitPlan](repeating: .inline, count: units.count)
        // Units cut by an entity (it starts in one and ends in another, or in a gap) are never drawn.
        var cut = Set<Int>()
        for e in document.entities where e.start < e.end {
            let a = Self.unit(containing: Span(e.start, e.start + 1), in: units)
            let b = Self.unit(containing: Span(e.end - 1, e.end), in: units)
            if a != b {
                if let a { cut.insert(a) }
                if let b { cut.insert(b) }
            }
        }
        var entityCursor = 0
        for (u, unit) in units.enumerated() where !unitRelations[u].isEmpty {
            plans[u] = .list
            guard !cut.contains(u), let p = Self.unit(containing: Span(unit.start, unit.start + 1), in: paragraphs),
                paragraphs[p].contains(unit)
            else { continue }
            // Entities inside the unit, in text order.
            while entityCursor < order.count, document.entities[order[entityCursor]].start < unit.start { entityCursor += 1 }
            var inside: [Int] = []
            var k = entityCursor
            while k < order.count, document.entities[order[k]].start < unit.end {
                if document.entities[order[k]].end <= unit.end { inside.append(order[k]) }
                k += 1
            }
            if let diagram = ArcDiagram(page: self, unit: u, entities: inside) { plans[u] = .arcs(diagram) }
        }
        return plans
    }

    // MARK: - Helpers shared by the parts of the page

    /// Appends the escaped text of scalar range `a..<b`.
    func appendText(_ a: Int, _ b: Int, into out: inout HTMLBuffer) {
        guard a < b else { return }
        let (lower, upper) = document.offsets.utf8Offsets(scalarStart: a, scalarEnd: b)
        guard lower >= 0, lower <= upper, upper <= utf8.count else { return }
        utf8.withUnsafeBufferPointer { out.text(utf8: UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    func containsRightToLeft(_ span: Span) -> Bool {
        let (lower, upper) = document.offsets.utf8Offsets(scalarStart: span.start, scalarEnd: span.end)
        guard lower >= 0, lower <= upper, upper <= utf8.count else { return false }
        return utf8.withUnsafeBufferPointer { Bidi.containsRightToLeft(utf8: UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// The opening tag of an entity's mark. The first piece carries the element id, focus and the card;
    /// pieces of a split entity (`continued`) carry the card for hover only. `width` (hundredths of an
    /// em) and `gap` are for word boxes of an arc diagram.
    func openMark(_ k: Int, continued: Bool, width: Int? = nil, gap: Bool = false, into out: inout HTMLBuffer) {
        let e = document.entities[k]
        out.raw("<mark class=\"e l")
        out.int(labelIndex[e.label.rawValue] ?? 0)
        if let c = record.cluster(ofEntity: k), let ci = clusterIndex[c] {
            out.raw(" k")
            out.int(ci)
        }
        if width != nil { out.raw(" w") }
        if gap { out.raw(" g") }
        if continued { out.raw(" cont") }
        out.raw("\"")
        if !continued {
            out.raw(" id=\"")
            out.raw(generated: elementIDs[k])
            out.raw("\" tabindex=\"0\"")
        }
        out.attribute("data-e", e.id)
        out.attribute("data-l", e.label.rawValue)
        if containsRightToLeft(e.span) { out.raw(" dir=\"auto\"") }
        let clusterID = record.cluster(ofEntity: k)
        out.attribute(
            "data-tip",
            EntityCard.text(
                e, sourcePath: document.source.path, cluster: clusterID.flatMap { clusterByID[$0] },
                clusterID: clusterID, geonames: record.geonames(ofEntity: k)))
        if let width {
            out.raw(" style=\"width:")
            out.hundredths(width)
            out.raw("em\"")
        }
        out.raw(">")
    }

    /// The element id of the entity a relation argument names, if it is in the page.
    func elementID(ofArgument id: String) -> String? { entityByID[id].map { elementIDs[$0] } }
}
