/// One step of the pipeline.
///
/// A stage declares the layers it reads and the layers it adds; `Pipeline` checks the declarations
/// when it is built, so a bad `--stages` list fails before any document is read. A stage is owned by
/// one worker: it may keep scratch state (ICU iterators, buffers) that is not thread-safe, while its
/// language resources are immutable and shared.
public protocol Stage {
    /// The name used by `--stages` and in messages ("normalize", "tokenize", ...).
    var name: String { get }
    var requires: Set<Layer> { get }
    var adds: Set<Layer> { get }
    /// Adds the stage's layers to `document`. A thrown error turns the document into an error record.
    func process(_ document: inout Document) throws(DocumentError)
    /// True for a stage written for English text only (default false).
    var englishOnly: Bool { get }
}

extension Stage {
    /// Stages whose rules and resources are English (dates, entities, relations) say so: `Pipeline` runs
    /// them only on documents of the selected languages (`--lang`).
    public var englishOnly: Bool { false }
}
