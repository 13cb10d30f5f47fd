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

    /// NFC segment: scalars from the last normalization boundary on.
    private var segment: [UInt32] = []
    private var segmentSources: [Range<Int>] = []
    private var segmentSource: Range<Int> = 0..<0

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
        case 0x80...0x9F: return .drop
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
            if v < 0x300 && segment.isEmpty {
                beginVisible()
                segment.append(v)
                segmentSources.append(source)
                segmentSource = source
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

    /// HTML: forces a line (`<br>`) or paragraph (block element) break before the next visible text.
    mutating func requestBreak(paragraph: Bool) {
        flushSegment()
        pendingSpace = nil
        if visibleCount > 0 { pendingBreak = max(pendingBreak, paragraph ? 2 : 1) }
    }

    mutating func finish() -> (text: String, map: SourceMap) {
        flushSegment()
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

    private mutating func appendToSegment(_ v: UInt32, source: Range<Int>) {
        var boundary = true
        if v >= 0x300, let nfc = Self.nfc { boundary = icu_unorm2_hasBoundaryBefore(nfc, Int32(bitPattern: v)) != 0 }
        if boundary || segment.isEmpty {
            flushSegment()
            beginVisible()
            segment.append(v)
            segmentSources.append(source)
            segmentSource = source
        } else {
            segment.append(v)
            segmentSources.append(source)
            segmentSource = min(segmentSource.lowerBound, source.lowerBound)..<max(segmentSource.upperBound, source.upperBound)
        }
    }

    private mutating func flushSegment() {
        guard !segment.isEmpty else { return }
        defer {
            segment.removeAll(keepingCapacity: true)
            segmentSources.removeAll(keepingCapacity: true)
        }
        if segment.count == 1 && segment[0] < 0x300 {
            emit(segment[0], source: segmentSource)
            return
        }
        var units: [UInt16] = []
        for v in segment {
            if v >= 0x10000 {
                units.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
                units.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
            } else {
                units.append(UInt16(v))
            }
        }
        var normalized = [UInt16](repeating: 0, count: units.count * 3 + 4)
        var status = U_ZERO_ERROR
        var length: Int32 = -1
        if let nfc = Self.nfc {
            length = icu_unorm2_normalize(nfc, units, Int32(units.count), &normalized, Int32(normalized.count), &status)
        }
        // Unchanged by NFC (the usual case): each scalar keeps its own bytes.
        if status.rawValue > 0 || length < 0 || normalized[0..<Int(length)].elementsEqual(units) {
            for (v, source) in zip(segment, segmentSources) { emit(v, source: source) }
            return
        }
        for scalar in String(decoding: normalized[0..<Int(length)], as: UTF16.self).unicodeScalars {
            emit(scalar.value, source: segmentSource)
        }
    }

    @inline(__always)
    private mutating func emit(_ v: UInt32, source: Range<Int>) {
        UTF8Encoding.append(v, to: &out)
        map.append(source)
        if v != 0x20 && v != 0x0A && v != 0x09 { visibleCount += 1 }
        lastSourceEnd = source.upperBound
    }
}
