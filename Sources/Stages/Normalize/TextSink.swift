import CICU
import Pipeline

/// Builds the normalized text and its source map one scalar at a time.
///
/// Both normalizers feed it: plain text keeps its whitespace (only line ends and space separators are
/// unified), HTML collapses whitespace runs and gets explicit line and paragraph breaks. In both,
/// control and format characters (zero-width spaces, soft hyphens, byte-order marks) are dropped and
/// the text is put in NFC; a composed character maps to the bytes of everything composed into it.
struct TextSink {
    enum Mode { case plain, html }

    private(set) var out: [UInt8] = []
    private(set) var map = SourceMap()
    let mode: Mode

    /// HTML: a collapsed whitespace run waiting for the next visible character.
    private var pendingSpace: Range<Int>?
    /// HTML: 0 none, 1 line break, 2 paragraph break, waiting for the next visible character.
    private var pendingBreak = 0
    /// Source offset used for inserted breaks (they have no bytes of their own).
    private var lastSourceEnd = 0
    /// Number of visible (non-whitespace) scalars written.
    private(set) var visibleCount = 0

    /// NFC segment: scalars from the last normalization boundary on. The first scalar is kept in fields
    /// (most segments are one scalar), the rest in arrays that only combining sequences touch.
    private var segmentCount = 0
    private var segmentFirst: UInt32 = 0
    private var segmentFirstSource: Range<Int> = 0..<0
    private var segmentRest: [UInt32] = []
    private var segmentRestSources: [Range<Int>] = []
    private var segmentSource: Range<Int> = 0..<0
    /// Scratch UTF-16 buffers for ICU, reused across segments.
    private var units: [UInt16] = []
    private var normalized: [UInt16] = []

    /// The map run being extended, handed to `map` only when it breaks: one `appendContiguous` per
    /// stretch instead of an array update per scalar.
    private var runStart = 0
    private var runCount = 0
    private var runWidth = 0

    nonisolated(unsafe) private static let nfc: OpaquePointer? = {
        var status = U_ZERO_ERROR
        let n = icu_unorm2_getNFCInstance(&status)
        return status.rawValue > 0 ? nil : n
    }()

    init(mode: Mode, capacity: Int) {
        self.mode = mode
        out.reserveCapacity(capacity)
    }

    enum Kind { case visible, space, newline, tab, drop }

    /// How a scalar is treated, before NFC.
    @inline(__always)
    static func kind(_ v: UInt32) -> Kind {
        if v < 0x80 {
            if v >= 0x21 && v < 0x7F { return .visible }
            switch v {
            case 0x20: return .space
            case 0x0A, 0x0B, 0x0C, 0x0D: return .newline
            case 0x09: return .tab
            default: return .drop
            }
        }
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x80...0x9F, 0xAD: return .drop
        // Latin-1 letters and signs, dashes, quotes and bullets: the non-ASCII of English news, all
        // visible, without a category lookup.
        case 0xA1...0x2FF, 0x2010...0x2027: return .visible
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .drop }
        switch scalar.properties.generalCategory {
        case .format, .control, .surrogate: return .drop
        default: return .visible
        }
    }

    /// Appends one input scalar that came from `source` bytes of the original file.
    @inline(__always)
    mutating func append(_ v: UInt32, source: Range<Int>) {
        switch Self.kind(v) {
        case .visible:
            if v < 0x300 && segmentCount == 0 {
                beginVisible()
                startSegment(v, source: source)
                return
            }
            appendToSegment(v, source: source)
        case .space, .tab, .newline:
            flushSegment()
            switch mode {
            case .html: appendCollapsedSpace(source)
            case .plain:
                let kind = Self.kind(v)
                emit(kind == .newline ? 0x0A : kind == .tab ? 0x09 : 0x20, source: source)
            }
        case .drop:
            break
        }
    }

    /// Appends decoded bytes `start..<end` that are all printable ASCII (plus, in plain mode, space, tab
    /// and LF), each copied as it is. The caller keeps back a last visible byte that a following
    /// combining mark could compose with, so every byte here closes its NFC segment, as it would
    /// through `append`.
    /// `visible`: how many of the bytes are not space, tab or LF (the caller counted them while scanning).
    mutating func appendASCII(
        _ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, visible: Int, decoded: DecodedSource
    ) {
        guard start < end else { return }
        flushSegment()
        if mode == .html { beginVisible() }
        visibleCount += visible
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
        if decoded.origin == nil {
            mapRun(start: decoded.base + start, count: end - start, width: 1)
            lastSourceEnd = decoded.base + end
        } else {
            for k in start..<end {
                let source = decoded.originalRange(k, k + 1)
                mapRun(start: source.lowerBound, count: 1, width: source.count)
                lastSourceEnd = source.upperBound
            }
        }
    }

    /// HTML: forces a line (`<br>`) or paragraph (block element) break before the next visible text.
    mutating func requestBreak(paragraph: Bool) {
        flushSegment()
        pendingSpace = nil
        if visibleCount > 0 { pendingBreak = max(pendingBreak, paragraph ? 2 : 1) }
    }

    mutating func finish() -> (text: String, map: SourceMap) {
        flushSegment()
        flushRun()
        return (String(decoding: out, as: UTF8.self), map)
    }

    // MARK: - internals

    @inline(__always)
    private mutating func beginVisible() {
        if mode == .html {
            if pendingBreak > 0 {
                let at = lastSourceEnd
                for _ in 0..<pendingBreak { emit(0x0A, source: at..<at) }
                pendingBreak = 0
                pendingSpace = nil
            } else if let space = pendingSpace {
                emit(0x20, source: space)
                pendingSpace = nil
            }
        }
    }

    private mutating func appendCollapsedSpace(_ source: Range<Int>) {
        guard visibleCount > 0, pendingBreak == 0 else { return }
        if let space = pendingSpace {
            if space.upperBound == source.lowerBound { pendingSpace = space.lowerBound..<source.upperBound }
        } else {
            pendingSpace = source
        }
    }

    @inline(__always)
    private mutating func startSegment(_ v: UInt32, source: Range<Int>) {
        segmentCount = 1
        segmentFirst = v
        segmentFirstSource = source
        segmentSource = source
    }

    private mutating func appendToSegment(_ v: UInt32, source: Range<Int>) {
        var boundary = true
        if v >= 0x300, let nfc = Self.nfc { boundary = icu_unorm2_hasBoundaryBefore(nfc, Int32(bitPattern: v)) != 0 }
        if boundary || segmentCount == 0 {
            flushSegment()
            beginVisible()
            startSegment(v, source: source)
        } else {
            segmentRest.append(v)
            segmentRestSources.append(source)
            segmentCount += 1
            segmentSource = min(segmentSource.lowerBound, source.lowerBound)..<max(segmentSource.upperBound, source.upperBound)
        }
    }

    private mutating func flushSegment() {
        guard segmentCount > 0 else { return }
        let count = segmentCount
        segmentCount = 0
        if count == 1 && segmentFirst < 0x300 {
            emit(segmentFirst, source: segmentSource)
            return
        }
        defer {
            if count > 1 {
                segmentRest.removeAll(keepingCapacity: true)
                segmentRestSources.removeAll(keepingCapacity: true)
            }
        }
        units.removeAll(keepingCapacity: true)
        @inline(__always) func addUnits(_ v: UInt32, to units: inout [UInt16]) {
            if v >= 0x10000 {
                units.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
                units.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
            } else {
                units.append(UInt16(v))
            }
        }
        addUnits(segmentFirst, to: &units)
        for v in segmentRest { addUnits(v, to: &units) }
        guard let nfc = Self.nfc else {
            emitSegmentUnchanged()
            return
        }
        // Already NFC (nearly always): each scalar keeps its own bytes, without normalizing.
        var status = U_ZERO_ERROR
        if icu_unorm2_quickCheck(nfc, units, Int32(units.count), &status) == UNORM_YES, status.rawValue <= 0 {
            emitSegmentUnchanged()
            return
        }
        let capacity = units.count * 3 + 4
        if normalized.count < capacity { normalized = [UInt16](repeating: 0, count: capacity) }
        status = U_ZERO_ERROR
        let length = icu_unorm2_normalize(nfc, units, Int32(units.count), &normalized, Int32(capacity), &status)
        // Unchanged by NFC: each scalar keeps its own bytes.
        if status.rawValue > 0 || length < 0 || normalized[0..<Int(length)].elementsEqual(units) {
            emitSegmentUnchanged()
            return
        }
        let source = segmentSource
        for scalar in String(decoding: normalized[0..<Int(length)], as: UTF16.self).unicodeScalars {
            emit(scalar.value, source: source)
        }
    }

    private mutating func emitSegmentUnchanged() {
        emit(segmentFirst, source: segmentFirstSource)
        for k in segmentRest.indices { emit(segmentRest[k], source: segmentRestSources[k]) }
    }

    @inline(__always)
    private mutating func emit(_ v: UInt32, source: Range<Int>) {
        UTF8Encoding.append(v, to: &out)
        mapRun(start: source.lowerBound, count: 1, width: source.count)
        if v != 0x20 && v != 0x0A && v != 0x09 { visibleCount += 1 }
        lastSourceEnd = source.upperBound
    }

    /// Extends the pending map run, or hands it to `map` and starts another; merging here follows the
    /// same rule as `SourceMap.append`, so the map is the same as with one append per scalar.
    @inline(__always)
    private mutating func mapRun(start: Int, count: Int, width: Int) {
        if runCount > 0 && runWidth == width && runStart &+ runCount &* runWidth == start {
            runCount &+= count
            return
        }
        flushRun()
        runStart = start
        runCount = count
        runWidth = width
    }

    private mutating func flushRun() {
        guard runCount > 0 else { return }
        map.appendContiguous(count: runCount, sourceStart: runStart, width: runWidth)
        runCount = 0
    }
}
