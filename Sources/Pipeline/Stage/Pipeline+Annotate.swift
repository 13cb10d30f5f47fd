/// Annotating a string in process: the library's front door.
///
/// ```swift
/// import Pipeline
/// import Stages
///
/// let pipeline = try Pipeline.standard()          // every stage of `pipe annotate`
/// let document = try pipeline.annotate(text: "Foreign Minister Sergey Lavrov met ...", dct: "2022-03-10")
/// for entity in document.entities { print(entity.label, entity.text) }
/// for relation in document.relations {
///     print(relation.type, document.entity(id: relation.head)?.text ?? "", document.entity(id: relation.tail)?.text ?? "")
/// }
/// ```
///
/// A `Pipeline` and its stages are not shareable between threads (stages keep scratch buffers and ICU
/// iterators): build one per thread; the language resources behind them load once per process and are
/// shared. The documents are values and can go anywhere.
extension Pipeline {
    /// Runs every stage on `text` and returns the annotated document, or throws the error a batch run
    /// would turn into an error record (`empty`, `binary`, `encoding`, `too_large`, `internal`).
    ///
    /// - Parameters:
    ///   - text: the article, as plain text or, with `format: .html`, as an HTML page.
    ///   - id: the document's id (`Document.id`); it appears in messages only.
    ///   - format: `.text` or `.html`; HTML is reduced to its article first, as for a `.html` file.
    ///   - dct: the document creation time, `YYYY-MM-DD`, that anchors relative dates ("on Monday").
    ///   - budget: caps and time allowance; unlimited by default (`Budget.standard` is the CLI's).
    public func annotate(
        text: String, id: String = "text", format: SourceFormat = .text, dct: String? = nil,
        budget: Budget = .unlimited
    ) throws(DocumentError) -> Document {
        let bytes = Array(text.utf8)
        var document = Document(
            id: id, source: Source(path: id, format: format, bytes: bytes),
            meta: Meta(dct: dct, dctSource: dct == nil ? .none : .input))
        document.budget = budget.started(inputBytes: bytes.count)
        try run(&document)
        document.source.bytes = []
        return document
    }
}

extension Document {
    /// The entity with this id ("T3"), as relations name their arguments; nil when there is none.
    public func entity(id: String) -> Entity? {
        // Ids are T1, T2, ... in order after `renumberEntities()`: try the position first.
        if id.utf8.first == UInt8(ascii: "T"), let n = Int(id.dropFirst()), n >= 1, n <= entities.count,
            entities[n - 1].id == id
        {
            return entities[n - 1]
        }
        return entities.first { $0.id == id }
    }
}
