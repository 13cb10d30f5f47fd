import Pipeline

/// The normalised form under which mentions are counted across a corpus.
///
/// Names: typographic quotes, apostrophes and dashes folded to ASCII, whitespace runs collapsed, lower
/// case, and the variations the evaluation also forgives dropped (a leading "the", a trailing
/// possessive, a final full stop): "the Kremlin’s" and "Kremlin" count together. Dates and times with a
/// TIMEX3 value count by that value, so "15 September" and "Sept. 15" are one date.
enum EntityKey {
    static func key(_ entity: Entity) -> String {
        if let t = entity.timex, !t.value.isEmpty { return "\(t.type.rawValue) \(t.value)" }
        return name(entity.text)
    }

    /// How the key is shown: the TIMEX3 value with an example, or the mention as first seen (whitespace
    /// collapsed).
    static func display(_ entity: Entity) -> String {
        let text = collapsed(entity.text)
        if let t = entity.timex, !t.value.isEmpty { return "\(t.value) (“\(text)”)" }
        return text
    }

    static func name(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        var space = false
        for s in text.unicodeScalars {
            let folded: Unicode.Scalar
            switch s.value {
            case 0x2018, 0x2019, 0x201B, 0x2032: folded = "'"
            case 0x201C, 0x201D, 0x201F, 0x2033: folded = "\""
            case 0x2010...0x2015, 0x2212: folded = "-"
            default: folded = s
            }
            if folded.properties.isWhitespace {
                space = !scalars.isEmpty
                continue
            }
            if space {
                scalars.append(" ")
                space = false
            }
            scalars.append(folded)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var s = String(view).lowercased()
        if s.hasPrefix("the "), s.count > 4 { s.removeFirst(4) }
        if s.hasSuffix("'s"), s.count > 2 { s.removeLast(2) }
        if s.hasSuffix("."), s.count > 1 { s.removeLast() }
        return s
    }

    static func collapsed(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var space = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                space = !view.isEmpty
                continue
            }
            if space {
                view.append(" ")
                space = false
            }
            view.append(s)
        }
        return String(view)
    }
}
