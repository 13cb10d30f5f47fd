/// The byte folding shared by gazetteer keys and text: ASCII letters to lower case, hyphens and runs of
/// spaces to one space, typographic apostrophes to "'". Keys and text fold the same way, so "Workers’ Party"
/// finds "Workers' Party" and "Nagorno Karabakh" finds "Nagorno-Karabakh".
enum FoldedBytes {
    /// Folds the byte sequence starting at `i` (< n) of `bytes`: returns the folded byte (0 when the
    /// sequence ends a match: a line break) and the index after the consumed bytes.
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> (byte: UInt8, next: Int) {
        let b = bytes[i]
        if b >= 0x41 && b <= 0x5A { return (b | 0x20, i + 1) }
        if b < 0x80 {
            switch b {
            case 0x2D: return (0x20, i + 1)  // hyphen
            case 0x20, 0x09:
                var j = i + 1
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                return (0x20, j)
            case 0x0A, 0x0D: return (0, i + 1)
            default: return (b, i + 1)
            }
        }
        // U+2019 / U+2018 (E2 80 99 / E2 80 98) -> apostrophe; U+00A0 -> space; U+2010/2011 hyphens -> space.
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if c == 0x99 || c == 0x98 { return (0x27, i + 3) }
            if c == 0x90 || c == 0x91 { return (0x20, i + 3) }
        }
        if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { return (0x20, i + 2) }
        return (b, i + 1)
    }
}
