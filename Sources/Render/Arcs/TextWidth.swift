/// Estimated advance widths of text, in hundredths of an em, for laying out sentences drawn with arcs.
///
/// Arcs need to know where words are without running a script in the page, so the page sets the width of
/// each word box itself and the arcs are drawn to those boxes. The widths are Arial's (which "Liberation
/// Sans", Debian's metric-compatible font, shares), the first font of the arc diagram's CSS stack, so with
/// either font the boxes fit the words; another font shifts only how words sit inside their boxes, never
/// where the arcs land. Non-Latin scripts get class averages (CJK and emoji wide, combining marks zero).
enum TextWidth {
    /// Arial widths in thousandths of an em for U+0020...U+007E.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p-z { | } ~
    ]

    /// Width of one scalar in thousandths of an em.
    static func thousandths(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return ascii[Int(v - 0x20)] }
        switch v {
        case 0x09, 0x0A, 0x0D: return 278
        case 0x00..<0x20, 0x7F..<0xA0: return 0
        case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0100...0xE01EF:
            return 0  // combining marks, zero-width and format characters, variation selectors, skin tones
        case 0x2018, 0x2019, 0x201A: return 222
        case 0x201C, 0x201D, 0x201E: return 333
        case 0x2013: return 556
        case 0x2014, 0x2026: return 1000
        case 0x2022: return 350
        case 0x00A0: return 278
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 1000  // wide East Asian characters
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF: return 1200  // emoji and symbols
        default: return 600
        }
    }

    /// Width of a string in hundredths of an em at font size `scale` percent (100 = the text's size).
    static func hundredths(_ text: some Sequence<Unicode.Scalar>, scale: Int = 100) -> Int {
        var total = 0
        for s in text { total += thousandths(s) }
        return (total * scale + 999) / 1000
    }

    static func hundredths(_ text: String, scale: Int = 100) -> Int { hundredths(text.unicodeScalars, scale: scale) }
}
