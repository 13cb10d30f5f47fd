/// A half-open range of Unicode scalar offsets into a document's text.
///
/// Scalars, not grapheme clusters or UTF-16 units, because that is what Python `str`, spaCy, brat and
/// the W3C TextPositionSelector count, and what ANNOTATION.md prescribes.
public struct Span: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { end <= start }

    @inlinable
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    @inlinable
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
