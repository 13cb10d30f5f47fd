/// Maps every scalar of a normalized text to the byte range of the source file it came from.
///
/// Stored as runs of consecutive scalars whose source bytes are contiguous and of equal width, so the
/// common cases cost one run per stretch: ASCII text, a Cyrillic paragraph in UTF-8 (2 bytes each), a
/// Windows-1252 file (1 byte each). A scalar that stands for more than its own bytes (an `&amp;`
/// reference, a whitespace run collapsed into one space) is a run of its own.
///
/// A run stores its four numbers in 32 bits each (16 bytes, not 32): text whose scalars alternate in width
/// ("a\r\n" lines, no-break spaces) has a run per scalar, and the map was then the largest thing in memory
/// (400 MB for 8 MB of CRLF lines). Offsets therefore stay below 4 GiB: `pipe annotate --max-bytes` is
/// capped there, and every text comes from one input.
public struct SourceMap: Sendable, Equatable {
    @usableFromInline
    struct Run: Sendable, Equatable {
        @usableFromInline var storedTextStart: UInt32
        @usableFromInline var storedCount: UInt32
        @usableFromInline var storedSourceStart: UInt32
        @usableFromInline var storedWidth: UInt32

        @inlinable var textStart: Int { Int(storedTextStart) }
        @inlinable var count: Int {
            get { Int(storedCount) }
            set { storedCount = UInt32(truncatingIfNeeded: newValue) }
        }
        @inlinable var sourceStart: Int { Int(storedSourceStart) }
        @inlinable var width: Int { Int(storedWidth) }

        @usableFromInline
        init(textStart: Int, count: Int, sourceStart: Int, width: Int) {
            storedTextStart = UInt32(truncatingIfNeeded: textStart)
            storedCount = UInt32(truncatingIfNeeded: count)
            storedSourceStart = UInt32(truncatingIfNeeded: sourceStart)
            storedWidth = UInt32(truncatingIfNeeded: width)
        }
    }

    /// The largest offset a map can hold.
    public static let maximumOffset = Int(UInt32.max)

    @usableFromInline var runs: [Run] = []
    @usableFromInline var mappedCount: Int = 0
    /// Number of text scalars mapped so far.
    public var count: Int { mappedCount }

    /// An empty map; the normalizer appends one source range per text scalar.
    public init() {}

    /// Appends the next text scalar, which came from `source` bytes of the original input.
    /// Inlinable: normalizers call it once per scalar, and across modules an opaque call (with its
    /// array uniqueness check) cost more than the normalization around it.
    @inlinable
    package mutating func append(_ source: Range<Int>) {
        let width = source.count
        let n = runs.count
        if n > 0 {
            let last = runs[n - 1]
            if last.width == width, last.sourceStart &+ last.count &* last.width == source.lowerBound {
                runs[n - 1].storedCount &+= 1
                mappedCount &+= 1
                return
            }
        }
        runs.append(Run(textStart: mappedCount, count: 1, sourceStart: source.lowerBound, width: width))
        mappedCount &+= 1
    }

    /// Appends `n` text scalars that copy source bytes one-for-one with a fixed width each.
    package mutating func appendContiguous(count n: Int, sourceStart: Int, width: Int) {
        guard n > 0 else { return }
        if let last = runs.last, last.width == width, last.sourceStart + last.count * last.width == sourceStart {
            runs[runs.count - 1].count += n
        } else {
            runs.append(Run(textStart: mappedCount, count: n, sourceStart: sourceStart, width: width))
        }
        mappedCount += n
    }

    /// The map of a text that is its own source, encoded as UTF-8.
    package static func identity(utf8 text: String) -> SourceMap {
        var map = SourceMap()
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            map.append(offset..<(offset + width))
            offset += width
        }
        return map
    }

    /// Source bytes of text scalar `index`.
    public func sourceRange(ofScalar index: Int) -> Range<Int>? {
        guard index >= 0, index < count, let r = runIndex(containing: index) else { return nil }
        let run = runs[r]
        let start = run.sourceStart + (index - run.textStart) * run.width
        return start..<(start + run.width)
    }

    /// Source bytes covering text scalars `span` (from the first byte of its first scalar to the last
    /// byte of its last scalar). Nil for an empty or out-of-range span.
    public func sourceRange(of span: Span) -> Range<Int>? {
        // One binary search: the last scalar's run is found by stepping on from the first's (entity
        // spans cross few runs), which halved the cost of `Document.addEntity`'s source lookup.
        let lastIndex = span.end - 1
        guard span.start < span.end, span.start >= 0, lastIndex < count,
            let r = runIndex(containing: span.start), let s = runIndex(containing: lastIndex, from: r)
        else { return nil }
        let run = runs[r]
        let start = run.sourceStart + (span.start - run.textStart) * run.width
        let lastRun = runs[s]
        let lastStart = lastRun.sourceStart + (lastIndex - lastRun.textStart) * lastRun.width
        return start..<max(start + run.width, lastStart + lastRun.width)
    }

    /// The run holding scalar `index`, searching from run `first` (every run before it ends at or
    /// before `index`).
    private func runIndex(containing index: Int, from first: Int) -> Int? {
        var lo = first
        let n = runs.count
        var steps = 0
        while lo < n, steps < 8 {
            if runs[lo].textStart + runs[lo].count > index { return lo }
            lo += 1
            steps += 1
        }
        var hi = n
        while lo < hi {
            let mid = (lo + hi) >> 1
            if runs[mid].textStart + runs[mid].count <= index { lo = mid + 1 } else { hi = mid }
        }
        return lo < n ? lo : nil
    }

    private func runIndex(containing index: Int) -> Int? {
        var lo = 0
        var hi = runs.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if runs[mid].textStart + runs[mid].count <= index { lo = mid + 1 } else { hi = mid }
        }
        return lo < runs.count ? lo : nil
    }

    /// Number of runs: a cost measure for tests and benchmarks.
    package var runCount: Int { runs.count }
}
