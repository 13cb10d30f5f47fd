/// Converts between UTF-8 byte offsets and Unicode scalar offsets of one text.
///
/// Stages scan UTF-8 bytes (fast) but the output counts scalars (ANNOTATION.md). Storing one entry per
/// multi-byte scalar keeps the map empty for ASCII text and small for news text, where a few curly quotes
/// and dashes are all there is; lookups are binary searches.
public struct ScalarOffsetMap: Sendable, Equatable {
    /// UTF-8 offset at which each multi-byte scalar starts, ascending.
    @usableFromInline var multiByteUTF8Starts: [Int32] = []
    /// Scalar offset of each of those scalars.
    @usableFromInline var multiByteScalarIndices: [Int32] = []
    public private(set) var utf8Count: Int = 0
    /// The number of Unicode scalars of the text: the length in the unit of every offset of the output.
    public private(set) var scalarCount: Int = 0

    /// The map of the empty text.
    public init() {}

    /// The map of `text` (one pass over its UTF-8).
    public init(_ text: String) {
        var text = text
        let map = text.withUTF8 { ScalarOffsetMap(utf8: $0) }
        self = map
    }

    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var scalarIndex = 0
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time (no high bit set): each is one scalar, nothing to record.
            if i + 8 <= n, let base = bytes.baseAddress,
                UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                scalarIndex += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else {
                multiByteUTF8Starts.append(Int32(truncatingIfNeeded: i))
                multiByteScalarIndices.append(Int32(truncatingIfNeeded: scalarIndex))
                i += UTF8Width.ofLeadByte(b)
            }
            scalarIndex += 1
        }
        utf8Count = n
        scalarCount = scalarIndex
    }

    /// True when every scalar is one byte, so both offsets are the same.
    @inlinable public var isASCII: Bool { multiByteUTF8Starts.isEmpty }

    /// The scalar offset of the scalar that starts at (or contains) UTF-8 offset `offset`.
    package func scalarOffset(utf8 offset: Int) -> Int {
        if isASCII { return offset }
        let before = Self.count(of: multiByteUTF8Starts, below: offset)
        if before == 0 { return offset }
        let last = before - 1
        let start = Int(multiByteUTF8Starts[last])
        let scalar = Int(multiByteScalarIndices[last])
        let nextBoundary = start + widthOfMultiByte(at: last)
        if offset < nextBoundary { return scalar }  // inside the scalar
        return scalar + 1 + (offset - nextBoundary)
    }

    /// The UTF-8 offset at which scalar `offset` starts (or `utf8Count` for the end).
    package func utf8Offset(scalar offset: Int) -> Int {
        if isASCII { return offset }
        return utf8Offset(scalar: offset, entriesBelow: Self.count(of: multiByteScalarIndices, below: offset))
    }

    /// The UTF-8 offsets of both ends of a scalar span (as `utf8Offset(scalar:)` on each). The end's
    /// entry is found by stepping on from the start's: entity spans hold few multi-byte scalars, so the
    /// second binary search (half the cost of `Document.text(of:)` on news text) is saved.
    package func utf8Offsets(scalarStart: Int, scalarEnd: Int) -> (lower: Int, upper: Int) {
        if isASCII { return (scalarStart, scalarEnd) }
        guard scalarStart <= scalarEnd else { return (utf8Offset(scalar: scalarStart), utf8Offset(scalar: scalarEnd)) }
        var k = Self.count(of: multiByteScalarIndices, below: scalarStart)
        let lower = utf8Offset(scalar: scalarStart, entriesBelow: k)
        let n = multiByteScalarIndices.count
        var steps = 0
        while k < n, Int(multiByteScalarIndices[k]) < scalarEnd {
            k += 1
            steps += 1
            if steps == 8 {
                // A long span: search the rest (entries below `scalarEnd` are a prefix).
                var lo = k
                var hi = n
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if Int(multiByteScalarIndices[mid]) < scalarEnd { lo = mid + 1 } else { hi = mid }
                }
                k = lo
                break
            }
        }
        return (lower, utf8Offset(scalar: scalarEnd, entriesBelow: k))
    }

    /// `utf8Offset(scalar:)` given how many multi-byte scalars come before scalar `offset`.
    @inline(__always)
    private func utf8Offset(scalar offset: Int, entriesBelow before: Int) -> Int {
        if before == 0 { return offset }
        let last = before - 1
        let start = Int(multiByteUTF8Starts[last])
        let scalar = Int(multiByteScalarIndices[last])
        return start + widthOfMultiByte(at: last) + (offset - scalar - 1)
    }

    /// How many entries of an ascending array are below `value` (binary search).
    private static func count(of sorted: [Int32], below value: Int) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(sorted[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Width in bytes of the k-th multi-byte scalar, derived from its neighbours' positions.
    private func widthOfMultiByte(at k: Int) -> Int {
        let start = Int(multiByteUTF8Starts[k])
        let scalar = Int(multiByteScalarIndices[k])
        // The next scalar starts where either the next multi-byte scalar starts (if adjacent) or where
        // the ASCII run that follows begins; both give the same answer through the next entry's offsets.
        if k + 1 < multiByteUTF8Starts.count {
            let nextStart = Int(multiByteUTF8Starts[k + 1])
            let nextScalar = Int(multiByteScalarIndices[k + 1])
            return (nextStart - start) - (nextScalar - scalar - 1)
        }
        return (utf8Count - start) - (scalarCount - scalar - 1)
    }
}

/// UTF-8 facts used by every byte-level scanner.
package enum UTF8Width {
    /// Length of the sequence a lead byte starts (1 for ASCII and for stray continuation bytes).
    @inlinable
    package static func ofLeadByte(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }
}
