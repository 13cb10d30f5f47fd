import Pipeline

/// One table of the flat export: its name (the file's stem), its header, and how a record becomes rows.
///
/// A table is a list of columns over an item type (the record, an entity, a relation), each column a
/// header and a function from the item to its cell; an empty cell means "no value". Adding a column is
/// one line in the table's list below; adding a table is one more `FlatTable` and an entry in `standard`.
public struct FlatTable: Sendable {
    public let name: String
    public let header: [String]
    private let makeRows: @Sendable (RecordView) -> [[String]]
    private let writeRows: @Sendable (RecordView, DelimitedFormat, inout [UInt8], (borrowing [UInt8]) throws(ExportError) -> Void) throws(ExportError) -> Int

    public init<Item>(
        name: String, items: @escaping @Sendable (RecordView) -> [Item], columns: [TableColumn<Item>]
    ) {
        self.name = name
        self.header = columns.map(\.name)
        let cells = columns.map(\.cell)
        self.makeRows = { view in items(view).map { item in cells.map { $0(item) } } }
        // The exporter's path: each row's cells go straight into one reused line buffer (building an
        // array of strings per row and a row array per record cost more than reading the record).
        self.writeRows = { view, format, line, emit throws(ExportError) in
            let rows = items(view)
            for item in rows {
                line.removeAll(keepingCapacity: true)
                for (i, cell) in cells.enumerated() {
                    if i > 0 { line.append(format.delimiter) }
                    format.appendCell(cell(item), to: &line)
                }
                try emit(line)
            }
            return rows.count
        }
    }

    /// The rows `record` gives in this table, in the record's order.
    public func rows(_ view: RecordView) -> [[String]] { makeRows(view) }

    /// Writes the rows of `view` as lines through `emit`, using `line` as scratch; returns how many.
    func write(
        _ view: RecordView, format: DelimitedFormat, line: inout [UInt8],
        emit: (borrowing [UInt8]) throws(ExportError) -> Void
    ) throws(ExportError) -> Int {
        try writeRows(view, format, &line, emit)
    }
}

/// A column: its header and its cell for an item ("" for no value).
public struct TableColumn<Item>: Sendable {
    public let name: String
    public let cell: @Sendable (Item) -> String

    public init(_ name: String, _ cell: @escaping @Sendable (Item) -> String) {
        self.name = name
        self.cell = cell
    }
}

/// A decoded record with the look-ups its rows need, computed once and shared by the tables (a class:
/// every row holds it, and a row copied a struct of a document and two dictionaries, retains and all).
public final class RecordView: Sendable {
    public let record: DecodedRecord
    /// The document, nil for an error record.
    public let document: Document?
    private let entityIndex: [String: Int]
    private let clusterIndex: [String: Int]

    public init(_ record: DecodedRecord) {
        self.record = record
        if case .document(let d) = record {
            document = d
            var index: [String: Int] = [:]
            index.reserveCapacity(d.entities.count)
            for (i, e) in d.entities.enumerated() where index[e.id] == nil { index[e.id] = i }
            entityIndex = index
            var clusters: [String: Int] = [:]
            for (i, c) in d.clusters.enumerated() where clusters[c.id] == nil { clusters[c.id] = i }
            clusterIndex = clusters
        } else {
            document = nil
            entityIndex = [:]
            clusterIndex = [:]
        }
    }

    public var id: String { record.id }

    public var source: Source? {
        switch record {
        case .document(let d): d.source
        case .error(_, let source, _): source
        }
    }

    /// The entity with this id ("T3"), if the document has it.
    public func entity(_ id: String) -> Entity? {
        guard let document, let i = entityIndex[id] else { return nil }
        return document.entities[i]
    }

    /// The name cluster with this id ("C2"), if the document has it.
    public func cluster(_ id: String?) -> EntityCluster? {
        guard let document, let id, let i = clusterIndex[id] else { return nil }
        return document.clusters[i]
    }

    /// Index of the sentence holding scalar offset `offset`, nil without a sentence layer or between
    /// sentences.
    public func sentence(containing offset: Int) -> Int? {
        guard let sentences = document?.sentences, !sentences.isEmpty else { return nil }
        var low = 0
        var high = sentences.count
        while low < high {  // the first sentence starting after `offset`
            let mid = (low + high) / 2
            if sentences[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset < sentences[low - 1].end else { return nil }
        return low - 1
    }
}

/// An entity row: the mention and the record it belongs to.
public struct EntityRow: Sendable {
    public let view: RecordView
    public let entity: Entity
}

/// A cluster row: one name cluster of a record.
public struct ClusterRow: Sendable {
    public let view: RecordView
    public let cluster: EntityCluster
}

/// A relation row: the relation with both arguments resolved, so no join is needed.
public struct RelationRow: Sendable {
    public let view: RecordView
    public let relation: Relation
    public let head: Entity?
    public let tail: Entity?
}

extension FlatTable {
    /// One row per record, documents and error records alike.
    public static let documents = FlatTable(name: "documents", items: { [$0] }, columns: documentColumns)

    /// The columns of `documents`.
    public static let documentColumns: [TableColumn<RecordView>] = [
        TableColumn("doc") { $0.id },
        TableColumn("path") { $0.source?.path ?? "" },
        TableColumn("format") { $0.source?.format.rawValue ?? "" },
        TableColumn("bytes") { $0.source.map { String($0.byteCount) } ?? "" },
        TableColumn("sha256") { $0.source?.sha256 ?? "" },
        TableColumn("charset") { $0.source?.charset ?? "" },
        TableColumn("title") { $0.document?.meta.title ?? "" },
        TableColumn("url") { $0.document?.meta.url ?? "" },
        TableColumn("dct") { $0.document?.meta.dct ?? "" },
        TableColumn("dct_source") { $0.document.map { $0.meta.dctSource.rawValue } ?? "" },
        TableColumn("chars") { $0.document.map { String($0.offsets.scalarCount) } ?? "" },
        TableColumn("sentences") { count($0.document, .sentences) { $0.sentences.count } },
        TableColumn("entities") { count($0.document, .entities) { $0.entities.count } },
        TableColumn("relations") { count($0.document, .relations) { $0.relations.count } },
        TableColumn("warnings") { $0.document.map { String($0.warnings.count) } ?? "" },
        TableColumn("error_kind") { if case .error(_, _, let e) = $0.record { e.kind.rawValue } else { "" } },
        TableColumn("error_message") { if case .error(_, _, let e) = $0.record { e.message } else { "" } },
    ]

    /// One row per entity mention (names, dates and times). Entities carry no sentence of their own:
    /// it is the sentence their first character lies in.
    public static let entities = FlatTable(
        name: "entities", items: { view in (view.document?.entities ?? []).map { EntityRow(view: view, entity: $0) } },
        columns: entityColumns)

    /// The columns of `entities`: the list, then the name cluster (id and its most complete name)
    /// and the GeoNames id of a linked place, which the clusters stage adds.
    public static let entityColumns: [TableColumn<EntityRow>] = [
        TableColumn("doc") { $0.view.id },
        TableColumn("id") { $0.entity.id },
        TableColumn("label") { $0.entity.label.rawValue },
        TableColumn("text") { $0.entity.text },
        TableColumn("start") { String($0.entity.start) },
        TableColumn("end") { String($0.entity.end) },
        TableColumn("src_start") { $0.entity.src.map { String($0.lowerBound) } ?? "" },
        TableColumn("src_end") { $0.entity.src.map { String($0.upperBound) } ?? "" },
        TableColumn("sentence") { $0.view.sentence(containing: $0.entity.start).map { String($0) } ?? "" },
        TableColumn("timex_type") { $0.entity.timex?.type.rawValue ?? "" },
        TableColumn("timex_value") { $0.entity.timex?.value ?? "" },
        TableColumn("timex_mod") { $0.entity.timex?.mod ?? "" },
        TableColumn("cluster") { $0.entity.cluster ?? "" },
        TableColumn("cluster_name") { $0.view.cluster($0.entity.cluster)?.name ?? "" },
        TableColumn("geonames") { $0.entity.geonames.map { String($0) } ?? "" },
    ]

    /// One row per relation, with the label and text of both arguments beside their ids.
    public static let relations = FlatTable(
        name: "relations",
        items: { view in
            (view.document?.relations ?? []).map {
                RelationRow(view: view, relation: $0, head: view.entity($0.head), tail: view.entity($0.tail))
            }
        },
        columns: relationColumns)

    /// The columns of `relations`.
    public static let relationColumns: [TableColumn<RelationRow>] = [
        TableColumn("doc") { $0.view.id },
        TableColumn("type") { $0.relation.type.rawValue },
        TableColumn("head") { $0.relation.head },
        TableColumn("head_label") { $0.head?.label.rawValue ?? "" },
        TableColumn("head_text") { $0.head?.text ?? "" },
        TableColumn("tail") { $0.relation.tail },
        TableColumn("tail_label") { $0.tail?.label.rawValue ?? "" },
        TableColumn("tail_text") { $0.tail?.text ?? "" },
        TableColumn("sentence") { $0.relation.sentence.map { String($0) } ?? "" },
    ]

    /// One row per name cluster (DESIGN.md: the record's `clusters`): its label, most complete name,
    /// number of mentions and GeoNames id. Its mentions are the entity rows with this `cluster`.
    public static let clusters = FlatTable(
        name: "clusters",
        items: { view in (view.document?.clusters ?? []).map { ClusterRow(view: view, cluster: $0) } },
        columns: clusterColumns)

    /// The columns of `clusters`.
    public static let clusterColumns: [TableColumn<ClusterRow>] = [
        TableColumn("doc") { $0.view.id },
        TableColumn("cluster") { $0.cluster.id },
        TableColumn("label") { $0.cluster.label.rawValue },
        TableColumn("name") { $0.cluster.name },
        TableColumn("mentions") { String($0.cluster.mentions.count) },
        TableColumn("geonames") { $0.cluster.geonames.map { String($0) } ?? "" },
    ]

    /// The tables `pipe tables` and `pipe annotate --tables` write, in this order.
    public static let standard: [FlatTable] = [.documents, .entities, .relations, .clusters]

    /// A layer's count, or an empty cell when the record does not carry the layer (a `--stages` prefix).
    private static func count(_ document: Document?, _ layer: Layer, _ n: (Document) -> Int) -> String {
        guard let document, document.layers.contains(layer) else { return "" }
        return String(n(document))
    }
}
