import Pipeline

/// Right-to-left detection, enough to decide how a piece of text is set.
enum Bidi {
    /// Whether a scalar is a strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko, their
    /// presentation forms, and the right-to-left blocks of the supplementary planes).
    static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }

    static func containsRightToLeft(_ text: some Sequence<Unicode.Scalar>) -> Bool {
        text.contains { $0.value >= 0x0590 && isRightToLeft($0) }
    }

    /// Over UTF-8 bytes: any lead byte of a scalar at U+0590 or above is checked.
    static func containsRightToLeft(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0xD6 {  // below U+0580: nothing right-to-left
                i += b >= 0xC0 ? 2 : 1
                continue
            }
            let width = UTF8Width.ofLeadByte(b)
            guard i + width <= n else { return false }
            var v: UInt32
            switch width {
            case 2: v = UInt32(b & 0x1F)
            case 3: v = UInt32(b & 0x0F)
            case 4: v = UInt32(b & 0x07)
            default:
                i += 1
                continue
            }
            for k in 1..<width { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
            if let s = Unicode.Scalar(v), isRightToLeft(s) { return true }
            i += width
        }
        return false
    }
}
