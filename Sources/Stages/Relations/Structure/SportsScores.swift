/// Whether a document reads as sports news, from its scores and records alone: "6-4", "2-1", "(9-1, 6-1)",
/// "24–17". The relation stage sees no token table and no entity rule's verdict; the scores are the sports
/// cue that costs one pass over the bytes, and it runs only for a document with a "person of place".
enum SportsScores {
    /// Scores a document needs: one may be a vote ("a 52-48 vote") or a ruling ("5-4"), three seldom are.
    static let threshold = 3

    /// Whether `text` holds at least `threshold` scores: one to three digits, a hyphen or an en dash, one to
    /// three digits, with no digit, hyphen or slash on either side (not a date "2019-11-05", a phone number
    /// "555-1234-56", nor "1-800").
    static func isSports(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var found = 0
            var i = 0
            let n = b.count
            while i < n {
                guard b[i] &- 0x30 < 10 else { i += 1; continue }
                // A run of digits, and what surrounds it.
                let start = i
                while i < n, b[i] &- 0x30 < 10 { i += 1 }
                let first = i - start
                guard first <= 3, !(start > 0 && isJoiner(b[start - 1])) else { continue }
                var j = i
                if j < n, b[j] == 0x2D {
                    j += 1
                } else if j + 2 < n, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x93 {
                    j += 3
                } else {
                    continue
                }
                let second = j
                while j < n, b[j] &- 0x30 < 10 { j += 1 }
                // A full stop may end the sentence after a score ("won 2-1."); before a digit it is a decimal point.
                let glued = j < n && (b[j] == 0x2E ? j + 1 < n && b[j + 1] &- 0x30 < 10 : isJoiner(b[j]))
                guard j > second, j - second <= 3, !glued else {
                    i = j
                    continue
                }
                found += 1
                if found >= threshold { return true }
                i = j
            }
            return false
        }
    }

    /// A hyphen, a slash, a dot or a colon glued to a number makes it part of a date, a code or a time.
    private static func isJoiner(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x2F || byte == 0x2E || byte == 0x3A
    }
}
