/// Which rule, resource or model produced a mention: a name ("rule:team", "gazetteer:geonames") and the
/// marks later passes added to it ("+coordinated"). Its text becomes `Entity.origin` (`--explain`).
///
/// A trivial value, not a `String`: a `Mention` holding a string made every copy of a mention (each rule
/// pass reads and copies mentions; arrays of them grow, filter and sort) a retain and a release of its
/// string, about 2% of a run's instructions, and the array operations on mentions element-wise. The text
/// is built only when a mention becomes an entity (`OriginTexts`).
struct MentionOrigin: Sendable, ExpressibleByStringLiteral {
    /// The rule's or resource's name, always a literal.
    let name: StaticString
    /// The marks added since, the first in the lowest four bits (`Mark` raw values; 0 ends the list).
    private(set) var marks: UInt64 = 0

    /// What a later pass adds to an origin, in the order the passes add them.
    enum Mark: UInt64 {
        case hyphenPrefix = 1, attachedToPerson, coordinated, surname

        var text: StaticString {
            switch self {
            case .hyphenPrefix: "+hyphen-prefix"
            case .attachedToPerson: "+attached-to-person"
            case .coordinated: "+coordinated"
            case .surname: "+surname"
            }
        }
    }

    init(stringLiteral name: StaticString) { self.name = name }

    /// This origin with `mark` after the marks it has. Each pass that marks runs once per document and
    /// marks a mention once, so a mention gets at most four marks; sixteen fit.
    func marked(_ mark: Mark) -> MentionOrigin {
        var copy = self
        var shift: UInt64 = 0
        while shift < 64, marks >> shift & 15 != 0 { shift += 4 }
        if shift < 64 { copy.marks |= mark.rawValue << shift }
        return copy
    }

    /// The origin's text: the name and its marks.
    var text: String {
        var s = name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        var rest = marks
        while rest != 0 {
            if let mark = Mark(rawValue: rest & 15) { mark.text.withUTF8Buffer { s += String(decoding: $0, as: UTF8.self) } }
            rest >>= 4
        }
        return s
    }

    /// Calls `body` with the text's bytes; without marks (nearly always) the name's bytes, in place.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if marks == 0 { return name.withUTF8Buffer(body) }
        var s = text
        return s.withUTF8 { body($0) }
    }

    /// Whether the text is `other`, byte for byte: the byte counts first, which tell most origins apart.
    @inline(__always)
    func isText(_ other: StaticString) -> Bool {
        withBytes { u in
            guard u.count == other.utf8CodeUnitCount else { return false }
            return other.withUTF8Buffer { q in
                if u.baseAddress == q.baseAddress { return true }
                var i = 0
                while i < q.count {
                    if u[i] != q[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }

    /// Whether the text starts with `prefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        withBytes { u in
            prefix.withUTF8Buffer { q in
                guard u.count >= q.count else { return false }
                for i in 0..<q.count where u[i] != q[i] { return false }
                return true
            }
        }
    }

    /// Whether the text ends with `suffix` (for tests).
    func hasSuffix(_ suffix: String) -> Bool { text.hasSuffix(suffix) }
}

extension MentionOrigin: Equatable {
    /// Equal texts.
    static func == (a: MentionOrigin, b: MentionOrigin) -> Bool {
        if a.marks != b.marks { return a.text == b.text }
        return a.isText(b.name)
    }

    /// The text is `b` (for tests).
    static func == (a: MentionOrigin, b: String) -> Bool { a.text == b }
}

/// The texts of the origins of one document's mentions, each built once: a document's mentions share a
/// few origins, and building a text allocates when it is longer than 15 bytes. Keyed by the name's
/// address and the marks, in a small open-addressing table; past its room, texts are built each time.
struct OriginTexts {
    private var names = [UnsafeRawPointer?](repeating: nil, count: 64)
    private var marks = [UInt64](repeating: 0, count: 64)
    private var texts = [String](repeating: "", count: 64)

    mutating func text(of origin: MentionOrigin) -> String {
        guard origin.name.hasPointerRepresentation else { return origin.text }
        let key = UnsafeRawPointer(origin.name.utf8Start)
        let bits = UInt(bitPattern: Int(bitPattern: key)) ^ UInt(truncatingIfNeeded: origin.marks)
        var slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 58)
        for _ in 0..<64 {
            guard let name = names[slot] else {
                let text = origin.text
                names[slot] = key
                marks[slot] = origin.marks
                texts[slot] = text
                return text
            }
            if name == key, marks[slot] == origin.marks { return texts[slot] }
            slot = (slot + 1) & 63
        }
        return origin.text
    }
}
