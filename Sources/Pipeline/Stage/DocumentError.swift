/// Why a document could not be processed. Each becomes one error record in the output
/// (DESIGN.md: `unreadable`, `binary`, `too_large`, `empty`, `encoding`, `internal`).
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error kinds of the output, as written in JSON.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case unreadable
        case binary
        case tooLarge = "too_large"
        case empty
        case encoding
        case `internal`
    }

    /// Which kind of failure: the `error.kind` of the record.
    public var kind: Kind
    /// What happened, for a person: the `error.message` of the record.
    public var message: String

    /// An error of `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// "kind: message".
    public var description: String { "\(kind.rawValue): \(message)" }
}
