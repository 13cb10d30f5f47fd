/// A mention's name, folded for comparison: the key two mentions of one name share ("Nagorno-Karabakh" and
/// "Nagorno Karabakh" → "nagorno karabakh"), its words, and the letters an acronym would be made of.
struct NameForm {
    /// Lower-case ASCII letters, "." dropped, "-" and white space as one space, ’ as ', a leading "the " and
    /// a trailing possessive dropped.
    var key: String
    /// The words of `key`.
    var words: [Substring]
    /// Whether each word of the mention started with a capital (or a digit).
    var capitalized: [Bool]
    /// The mention is written as an acronym: two to seven capitals, with or without dots ("PKK", "U.S.").
    var isAcronym: Bool

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var caps: [Bool] = []
        var upper = 0
        var letters = 0
        var atWordStart = true
        var utf8 = Array(text.utf8)
        var i = 0
        // ’s / 's at the end: a possessive the entity span should not have, but may.
        if utf8.count > 3, utf8.last == UInt8(ascii: "s") {
            if utf8[utf8.count - 2] == UInt8(ascii: "'") {
                utf8.removeLast(2)
            } else if utf8.count > 4, utf8[utf8.count - 4] == 0xE2, utf8[utf8.count - 3] == 0x80,
                utf8[utf8.count - 2] == 0x99
            {
                utf8.removeLast(4)
            }
        }
        let n = utf8.count
        while i < n {
            var b = utf8[i]
            i += 1
            if b == 0xE2, i + 1 < n, utf8[i] == 0x80, utf8[i + 1] == 0x98 || utf8[i + 1] == 0x99 {
                b = UInt8(ascii: "'")
                i += 2
            }
            if b == UInt8(ascii: ".") { continue }
            if b == UInt8(ascii: "-") || b == 0x20 || b == 0x09 || b == 0x0A || b == 0xA0 {
                if !bytes.isEmpty, bytes.last != 0x20 { bytes.append(0x20) }
                atWordStart = true
                continue
            }
            if atWordStart {
                caps.append((b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0xC0)
                atWordStart = false
            }
            if b >= 0x41, b <= 0x5A {
                upper += 1
                letters += 1
                b += 0x20
            } else if b >= 0x61, b <= 0x7A {
                letters += 1
            }
            bytes.append(b)
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        if bytes.count > 4, bytes[0] == 0x74, bytes[1] == 0x68, bytes[2] == 0x65, bytes[3] == 0x20 {
            bytes.removeFirst(4)
            if !caps.isEmpty { caps.removeFirst() }
        }
        key = String(decoding: bytes, as: UTF8.self)
        words = key.split(separator: " ")
        capitalized = caps
        isAcronym = words.count == 1 && letters >= 2 && letters <= 7 && upper == letters
    }

    /// The initials of the words that start with a capital ("Kurdish Workers' Party" → "kwp"; "North
    /// Atlantic Treaty Organization" → "nato"; "Federal Bureau of Investigation" → "fbi").
    var capitalInitials: String {
        var s = ""
        for (k, w) in words.enumerated() where k < capitalized.count && capitalized[k] {
            if let f = w.first { s.append(f) }
        }
        return s
    }

    /// The initials of every word, small ones included ("Bank of America" → "boa").
    var allInitials: String {
        String(words.compactMap(\.first))
    }
}
