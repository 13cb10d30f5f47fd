/// Why a document could not be processed. Each becomes one error record in the output
/// (DESIGN.md: `unreadable`, `binary`, `too_large`, `empty`, `encoding`, `internal`).
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case unreadable
        case binary
        case tooLarge = "too_large"
        case empty
        case encoding
        case `internal`
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
