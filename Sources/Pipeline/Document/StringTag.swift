/// A name from an open set (entity labels, relation types): gold files of other corpora bring their own
/// names (PER, Peop, Work_For), which the scorer maps onto ours, so a closed enum would not do.
public protocol StringTag: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String
{
    init(rawValue: String)
}

extension StringTag {
    @inlinable public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    @inlinable public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
