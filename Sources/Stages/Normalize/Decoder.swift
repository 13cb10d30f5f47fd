import CICU

/// The input decoded to UTF-8, with a map from each decoded byte back to the original bytes.
///
/// For input that is already valid UTF-8 (the common case) the map is the identity shifted by the
/// byte-order mark, and no table is stored.
struct DecodedSource {
    var utf8: [UInt8]
    /// `origin[i]` = original offset of the character that decoded byte `i` belongs to; one extra entry
    /// (the original length) closes the last character. Nil means `base + i`.
    var origin: [Int32]?
    var base: Int
    var charset: String
    /// Number of invalid sequences replaced by U+FFFD.
    var replacements: Int

    /// Original byte offset of decoded offset `i` (a character boundary, or `utf8.count`).
    @inline(__always)
    func originalOffset(_ i: Int) -> Int {
        if let origin { return Int(origin[i]) }
        return base + i
    }

    /// Original bytes of the decoded bytes `start..<end` (character boundaries).
    @inline(__always)
    func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        let lower = originalOffset(start)
        return lower..<max(lower, originalOffset(end))
    }
}

enum Decoder {
    static func decode(_ bytes: [UInt8], as decision: CharsetDecision) throws(Converter.Failure) -> DecodedSource {
        if decision.charset == "utf-8" { return decodeUTF8(bytes, skip: decision.skip) }
        let converter = try Converter(decision.charset)
        return try converter.decode(bytes, skip: decision.skip, charset: decision.charset)
    }

    /// UTF-8 with each malformed byte (and each NUL, which the HTML parser would take as the end) replaced.
    static func decodeUTF8(_ bytes: [UInt8], skip: Int) -> DecodedSource {
        let clean = bytes.withUnsafeBufferPointer { p -> Bool in
            var i = skip
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 0 { return false }
                    i = ByteScan.skipASCIIWithoutNUL(p, from: i + 1)
                    continue
                }
                let len = UTF8Validation.sequenceLength(p, at: i)
                if len == 0 { return false }
                i += len
            }
            return true
        }
        if clean {
            return DecodedSource(utf8: Array(bytes[skip...]), origin: nil, base: skip, charset: "utf-8", replacements: 0)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - skip + 64)
        var origin: [Int32] = []
        origin.reserveCapacity(bytes.count - skip + 65)
        var replacements = 0
        bytes.withUnsafeBufferPointer { p in
            var i = skip
            while i < p.count {
                let b = p[i]
                let len = b == 0 ? 0 : UTF8Validation.sequenceLength(p, at: i)
                if len == 0 {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    origin.append(contentsOf: [Int32(i), Int32(i), Int32(i)])
                    replacements += 1
                    i += UTF8Validation.maximalSubpart(p, at: i)
                } else {
                    for k in 0..<len {
                        out.append(p[i + k])
                        origin.append(Int32(i))
                    }
                    i += len
                }
            }
        }
        origin.append(Int32(bytes.count))
        return DecodedSource(utf8: out, origin: origin, base: 0, charset: "utf-8", replacements: replacements)
    }
}

/// An ICU converter for one legacy charset or UTF-16.
final class Converter {
    struct Failure: Error { var charset: String }

    private let handle: OpaquePointer

    static func canOpen(_ name: String) -> Bool { (try? Converter(name)) != nil }

    init(_ name: String) throws(Failure) {
        var status = U_ZERO_ERROR
        guard let c = icu_ucnv_open(name, &status), status.rawValue <= 0 else { throw Failure(charset: name) }
        handle = c
    }

    deinit { icu_ucnv_close(handle) }

    /// Decodes through UTF-16 with ICU's per-unit source offsets, then re-encodes to UTF-8 keeping the
    /// original offset of every byte.
    func decode(_ bytes: [UInt8], skip: Int, charset: String) throws(Failure) -> DecodedSource {
        let input = Array(bytes[skip...])
        var units = [UInt16](repeating: 0, count: input.count * 2 + 16)
        var offsets = [Int32](repeating: 0, count: units.count)
        var produced = 0
        var status = U_ZERO_ERROR
        icu_ucnv_reset(handle)
        input.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { chars in
                units.withUnsafeMutableBufferPointer { u in
                    offsets.withUnsafeMutableBufferPointer { o in
                        var source: UnsafePointer<CChar>? = chars.baseAddress
                        let sourceLimit = chars.baseAddress.map { $0 + chars.count }
                        var target: UnsafeMutablePointer<UChar>? = u.baseAddress
                        let targetLimit = u.baseAddress.map { UnsafePointer($0 + u.count) }
                        icu_ucnv_toUnicode(handle, &target, targetLimit, &source, sourceLimit, o.baseAddress, 1, &status)
                        if let start = u.baseAddress, let end = target { produced = end - start }
                    }
                }
            }
        }
        guard status.rawValue <= 0 else { throw Failure(charset: charset) }
        var out: [UInt8] = []
        out.reserveCapacity(produced + produced / 2)
        var origin: [Int32] = []
        origin.reserveCapacity(produced + produced / 2 + 1)
        var replacements = 0
        var k = 0
        while k < produced {
            var scalar = UInt32(units[k])
            let at = Int32(skip) + max(0, offsets[k])
            var step = 1
            if scalar >= 0xD800 && scalar <= 0xDBFF && k + 1 < produced, units[k + 1] >= 0xDC00 && units[k + 1] <= 0xDFFF {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[k + 1]) - 0xDC00)
                step = 2
            } else if scalar >= 0xD800 && scalar <= 0xDFFF {
                scalar = 0xFFFD
            }
            // ICU substitutes U+001A for unmappable bytes of some single-byte charsets; NUL would end parsing.
            if scalar == 0xFFFD || (scalar == 0x1A && input[Int(max(0, offsets[k]))] != 0x1A) || scalar == 0 {
                scalar = 0xFFFD
                replacements += 1
            }
            let before = out.count
            UTF8Encoding.append(scalar, to: &out)
            for _ in before..<out.count { origin.append(at) }
            k += step
        }
        origin.append(Int32(bytes.count))
        // Offsets from ICU are character starts; make them non-decreasing so ranges are never negative.
        var high: Int32 = 0
        for i in origin.indices {
            if origin[i] < high { origin[i] = high } else { high = origin[i] }
        }
        return DecodedSource(utf8: out, origin: origin, base: 0, charset: charset, replacements: replacements)
    }
}

enum UTF8Encoding {
    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Decodes the scalar at `i` of well-formed UTF-8; returns it and its width.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
            | (UInt32(p[i + 3]) & 0x3F), 4)
    }
}
