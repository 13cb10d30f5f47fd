/// A half-open range of Unicode scalar offsets into a document's text.
///
/// Scalars, not grapheme clusters or UTF-16 units, because that is what Python `str`, spaCy, brat and
/// the W3C TextPositionSelector count, and what ANNOTATION.md prescribes.
public struct Span: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    @inlinable
    /// The span `start..<end`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    @inlinable public var length: Int { end - start }
    /// True when it covers nothing.
    @inlinable public var isEmpty: Bool { end <= start }

    @inlinable
    /// True when `other` lies within this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    @inlinable
    /// True when the two spans share a scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Text order: by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// "[start, end)".
    public var description: String { "[\(start), \(end))" }
}
