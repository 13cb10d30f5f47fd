import Pipeline

/// The spelling pattern of a token, spaCy style: upper-case letters become "X", lower-case and
/// caseless letters "x", digits "d", other characters stay (curly quotes and dashes as their ASCII
/// forms, anything else as "*"); a run of the same symbol is cut after four ("Xxxxx" for "Azerbaijan").
///
/// Up to 16 shape bytes are stored inline, so computing a shape never allocates: entity rules can
/// call it on demand instead of the tokenizer storing a string per token.
struct TokenShape: Hashable, Sendable, CustomStringConvertible {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var count: Int = 0
    /// True when the shape was cut at 16 symbols.
    private(set) var truncated = false

    init() {}

    /// The shape of a string.
    init(_ text: some StringProtocol) {
        var last: UInt8 = 0
        var run = 0
        for scalar in text.unicodeScalars {
            append(Self.symbol(scalar.value), last: &last, run: &run)
        }
    }

    /// The shape of `token` in `document`.
    static func of(_ token: Token, in document: Document) -> TokenShape {
        let lower = document.offsets.utf8Offset(scalar: token.start)
        let upper = document.offsets.utf8Offset(scalar: token.end)
        let shape = document.text.utf8.withContiguousStorageIfAvailable { buffer -> TokenShape in
            guard lower >= 0, lower <= upper, upper <= buffer.count else { return TokenShape() }
            return TokenShape(utf8: buffer, lower..<upper)
        }
        return shape ?? TokenShape(document.text(of: token.span))
    }

    /// The shape of `bytes[range]`, which must be whole UTF-8 sequences.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var last: UInt8 = 0
        var run = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                append(Self.symbol(UInt32(b)), last: &last, run: &run)
                i += 1
            } else {
                let (value, width) = decodeScalar(bytes, i)
                append(Self.symbol(value), last: &last, run: &run)
                i += width
            }
        }
    }

    private mutating func append(_ symbol: UInt8, last: inout UInt8, run: inout Int) {
        if symbol == last {
            run += 1
            if run > 4 { return }
        } else {
            last = symbol
            run = 1
        }
        guard count < 16 else {
            truncated = true
            return
        }
        if count < 8 {
            low |= UInt64(symbol) << (8 * UInt64(count))
        } else {
            high |= UInt64(symbol) << (8 * UInt64(count - 8))
        }
        count += 1
    }

    private static func symbol(_ v: UInt32) -> UInt8 {
        switch CharClassifier.classifyScalar(v) {
        case .upper: return UInt8(ascii: "X")
        case .lower, .letter, .unspaced: return UInt8(ascii: "x")
        case .digit: return UInt8(ascii: "d")
        case .mark: return UInt8(ascii: "x")
        case .apostrophe: return UInt8(ascii: "'")
        case .quote: return UInt8(ascii: "\"")
        case .hyphen, .dash: return UInt8(ascii: "-")
        case .ellipsis: return UInt8(ascii: ".")
        default: return v < 0x80 ? UInt8(v) : UInt8(ascii: "*")
        }
    }

    /// The shape symbols, e.g. "Xxxxx-Xxxxx" or "dd,ddd.dd".
    var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for k in 0..<count {
            let word = k < 8 ? low : high
            bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(k % 8))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
