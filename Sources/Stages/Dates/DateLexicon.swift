/// The parsed date lexicon: phrases by class, indexed by their first token for lookup during matching.
struct DateLexicon: Sendable {
    enum Class: String, Sendable, CaseIterable {
        case month, monthambiguous, monthname, monthabbr, weekday, weekdays, season, partofday, holiday
        case number, multiplier, article, half, ordinal, ordinalsuffix, vague
        case unit, halfyear, fiscal
        case ref, dayref, nightref, reldir, recent, thatdet, agoword, yearago, earlierlater
        case posmod, qmod
        case setadv, setdet, frequency, times, period, setblock
        case ampm, clockword, oclock, timezone
        case future, past, present, auxiliary
        case quantity, quantitybefore, yearcue, durationcue, namecue, weekdaycue
    }

    struct Entry: Sendable {
        var cls: Class
        /// The value column as written ("5", "SP", "PRESENT_REF", "12:00").
        var value: String
        /// The value as a number when it is one (months, weekdays, numbers, offsets).
        var number: Double
        /// The phrase's lower-cased tokens; the first is the index key.
        var words: [String]
    }

    /// Entries by the lower-cased text of their first token, longest phrase first.
    private(set) var byFirstWord: [String: [Entry]] = [:]

    static let shared = DateLexicon(source: DateLexiconData.text)

    init(source: String) {
        for rawLine in source.split(separator: "\n") {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            // The head ends at the first ": " (values such as "12:00" contain a colon).
            guard let colon = line.firstRange(of: ": ")?.lowerBound else { continue }
            let head = line[..<colon].split(separator: " ")
            guard head.count == 2, let cls = Class(rawValue: String(head[0])) else { continue }
            let value = String(head[1])
            let number = Double(value) ?? 0
            for phrase in line[line.index(after: colon)...].split(separator: ",") {
                let words = DateLexer.words(of: String(phrase))
                guard let first = words.first else { continue }
                byFirstWord[first, default: []].append(Entry(cls: cls, value: value, number: number, words: words))
            }
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
    }

    /// Every entry of `cls` whose phrase starts at token `i`, longest first, with the index after it.
    func matches(_ cls: Class, _ tokens: [DateToken], _ i: Int) -> [(entry: Entry, end: Int)] {
        guard i < tokens.count, let entries = byFirstWord[tokens[i].lower] else { return [] }
        var out: [(Entry, Int)] = []
        for e in entries where e.cls == cls {
            if let end = phraseEnd(e.words, tokens, i) { out.append((e, end)) }
        }
        return out
    }

    /// The longest entry of `cls` at token `i`.
    @inline(__always)
    func match(_ cls: Class, _ tokens: [DateToken], _ i: Int) -> (entry: Entry, end: Int)? {
        guard i < tokens.count, let entries = byFirstWord[tokens[i].lower] else { return nil }
        for e in entries where e.cls == cls {
            if let end = phraseEnd(e.words, tokens, i) { return (e, end) }
        }
        return nil
    }

    /// True when token `i` starts a phrase of `cls`.
    @inline(__always)
    func isa(_ cls: Class, _ tokens: [DateToken], _ i: Int) -> Bool { match(cls, tokens, i) != nil }

    /// True when a one-token entry of `cls` is exactly this word.
    func contains(_ cls: Class, word: String) -> Bool {
        byFirstWord[word]?.contains { $0.cls == cls && $0.words.count == 1 } ?? false
    }

    private func phraseEnd(_ words: [String], _ tokens: [DateToken], _ i: Int) -> Int? {
        if words.count == 1 { return i + 1 }
        guard i + words.count <= tokens.count else { return nil }
        for k in 1..<words.count where tokens[i + k].lower != words[k] { return nil }
        return i + words.count
    }
}
