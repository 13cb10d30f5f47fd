/// The parsed date lexicon: phrases by class, indexed by their first token for lookup during matching.
struct DateLexicon: Sendable {
    enum Class: UInt8, Sendable, CaseIterable {
        case month, monthambiguous, monthname, monthabbr, weekday, weekdays, season, partofday, holiday
        case number, multiplier, article, half, ordinal, ordinalsuffix, vague
        case unit, halfyear, fiscal
        case ref, dayref, nightref, reldir, recent, thatdet, agoword, yearago, earlierlater
        case posmod, qmod
        case setadv, setdet, frequency, times, period, setblock
        case ampm, clockword, oclock, timezone
        case future, past, present, auxiliary
        case quantity, quantitybefore, yearcue, durationcue, namecue, weekdaycue
        case decadeword, unitadj, reporting
        case yearadj, periodend, seasonverb
    }

    /// A class, not a struct: matching hands entries out at every candidate token, and a reference
    /// is one retain where a struct with strings and arrays is several.
    final class Entry: Sendable {
        let cls: Class
        /// The value column as written ("5", "SP", "PRESENT_REF", "12:00").
        let value: String
        /// The value as a number when it is one (months, weekdays, numbers, offsets).
        let number: Double
        /// The phrase's lower-cased tokens; the first is the index key.
        let words: [String]
        /// The tokens' word ids (`keys`), compared with the text's tokens.
        let ids: [Int32]

        init(cls: Class, value: String, number: Double, words: [String], ids: [Int32] = []) {
            self.cls = cls
            self.value = value
            self.number = number
            self.words = words
            self.ids = ids
        }
    }

    /// Every word the grammar compares by identity, by id: the first words of phrases (ids below
    /// `lists.count` have an entry list, possibly empty), the other words of phrases, and the words and
    /// punctuation the rules test (`DateLexicon.literals`). A token's `lexID` is its text's id, so
    /// comparing ids is comparing texts.
    private(set) var keys: [String] = []
    /// Open addressing over the ids by the UTF-8 bytes of the key (`DateLexicon.keyHash`), -1 for empty.
    private(set) var table: [Int32] = []
    /// The 64-bit hash of the key in each slot of `table`: a probe compares hashes and lengths, not bytes.
    private(set) var tableHashes: [UInt64] = []
    /// UTF-8 length of each key.
    private(set) var keyLengths: [Int] = []
    /// The longest key's UTF-8 length: longer words are not looked up.
    private(set) var longestKey = 0
    /// One bit per key hash (64 Kbit): most words of a text are no key, and one load rejects them
    /// before the table is probed and bytes are compared.
    private(set) var bloom = [UInt64](repeating: 0, count: 1024)
    /// The ids of the one-byte ASCII keys ("," "." "'" ...), -1 for other bytes: punctuation needs no hashing.
    private(set) var asciiPunctID = [Int32](repeating: -1, count: 128)
    /// Some key could be the lower-cased text of a word with a non-ASCII letter ("für", "Ärzte"): a key
    /// with a non-ASCII scalar that the lexer does not read as one punctuation token ("–", "€"). A word
    /// with a Latin-1 letter keeps a non-ASCII letter under any normalisation, so it equals no ASCII
    /// key and no punctuation key; when this is false the lexer does not look it up (other words:
    /// `DateLexer.mayNormalizeToASCII`).
    private(set) var latin1WordsCanBeKeys = false

    /// Entries by the lower-cased text of their first token, longest phrase first.
    private(set) var byFirstWord: [String: [Entry]] = [:]
    /// The same lists by number, with a bit mask of the classes each holds: the stage stores the number
    /// in each token (`DateToken.lexID`) so matching needs no hashing and rejects most classes at once.
    private(set) var lists: [[Entry]] = []
    private(set) var masks: [UInt64] = []
    /// The same entries grouped by class for `match`, each class's in list order (so the longest
    /// phrase still comes first): id's segments are `segments[segmentStart[id]..<segmentStart[id + 1]]`,
    /// one a class, each a range of `groupedEntries`. Scanning a word's whole list for one class cost
    /// dozens of steps for "the", "that" or "last" at every rule that asks.
    private(set) var segmentStart: [Int32] = []
    private(set) var segments: [Segment] = []
    private(set) var groupedEntries: [Entry] = []

    struct Segment: Sendable {
        let cls: UInt8
        let lower: Int32
        let upper: Int32
    }
    private(set) var listIndex: [String: Int32] = [:]

    /// First words of phrases that can begin an expression (not the context-only classes such as tense
    /// cues), so the grammar skips every other token at the cost of one hash lookup.
    private(set) var starters: Set<String> = []
    private(set) var isStarter: [Bool] = []
    /// Per id: the word starts expressions only together with a next token that is a digit run or a
    /// key ("the", "a", "about", "that", "last"); after any other token no rule can match from it,
    /// so the grammar skips it without running one (most "the" and "a" in running text).
    private(set) var needsKeyAfter: [Bool] = []
    /// Per id, for words that need a key after them: the second words of their phrases ("least" after
    /// "at", "than" after "more"), as ids in `continuationIDs[continuationStart[id]..<continuationStart[id + 1]]`.
    private(set) var continuationStart: [Int32] = []
    /// Per id: the word starts expressions only as the first word of its phrases ("at least", "up
    /// to", "Father's Day"): it is no word a rule tests by itself (`literals`), and every phrase it
    /// begins has more words, so only a continuation may follow it.
    private(set) var onlyPhrases: [Bool] = []
    private(set) var continuationIDs: [Int32] = []
    /// The most tokens in a future or reporting phrase ("is expected to"): how far back a tense scan
    /// must look for a phrase running into a token.
    private(set) var longestCuePhrase = 1

    /// Classes whose one-word entries still start nothing alone: their rules read a unit, number,
    /// month or other key right after them ("that day", "last week", "a year", "about two years").
    /// Number words and ordinals count too: "two" and "first" are read only with a unit, another number
    /// word, "o'clock" or a hyphen after them.
    static let keyAfterClasses: Set<Class> = [
        .thatdet, .reldir, .recent, .article, .vague, .qmod, .posmod, .setdet, .earlierlater, .number, .ordinal,
    ]

    static let contextOnly: Set<Class> = [
        .future, .past, .present, .auxiliary, .quantity, .quantitybefore, .yearcue, .durationcue, .namecue,
        .weekdaycue, .setblock, .period, .ordinalsuffix, .timezone, .ampm, .oclock, .times, .agoword,
        .monthambiguous, .monthname, .multiplier, .halfyear, .unitadj, .reporting, .yearadj,
        .periodend, .seasonverb,
    ]

    static let shared = DateLexicon(source: DateLexiconData.text)

    init(source: String) {
        // Parsed as bytes (the data is ASCII apart from phrase text): splitting by Character cost as
        // much as lexing megabytes of text, once per process.
        let source = Array(source.utf8)
        // The class sets as bit masks, read once: a `Set<Class>` test hashed the class every time.
        let contextOnly = DateLexicon.contextOnly.reduce(0) { $0 | DateLexicon.bit($1) }
        let keyAfterClasses = DateLexicon.keyAfterClasses.reduce(0) { $0 | DateLexicon.bit($1) }
        let classNames = DateLexicon.classNames
        for rawLine in source.split(separator: UInt8(ascii: "\n")) {
            let line = rawLine.prefix { $0 != UInt8(ascii: "#") }
            // The head ends at the first ": " (values such as "12:00" contain a colon).
            guard
                let colon = line.indices.first(where: {
                    line[$0] == UInt8(ascii: ":") && $0 + 1 < line.endIndex && line[$0 + 1] == UInt8(ascii: " ")
                })
            else { continue }
            let head = line[line.startIndex..<colon].split(separator: UInt8(ascii: " "))
            guard head.count == 2, let cls = classNames[String(decoding: head[0], as: UTF8.self)] else { continue }
            let value = String(decoding: head[1], as: UTF8.self)
            let number = Double(value) ?? 0
            for phrase in line[(colon + 1)...].split(separator: UInt8(ascii: ",")) {
                let words = DateLexer.words(of: String(decoding: phrase, as: UTF8.self))
                guard let first = words.first else { continue }
                byFirstWord[first, default: []].append(Entry(cls: cls, value: value, number: number, words: words))
                if contextOnly & DateLexicon.bit(cls) == 0 { starters.insert(first) }
            }
        }
        for key in byFirstWord.keys.sorted() {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
            let list = byFirstWord[key] ?? []
            listIndex[key] = Int32(lists.count)
            lists.append(list)
            masks.append(list.reduce(0) { $0 | (1 << UInt64($1.cls.rawValue)) })
            isStarter.append(starters.contains(key))
        }
        // Words the grammar's gates test by identity get a list (empty when no phrase starts with them)
        // and a flag bit above the class bits; `byFirstWord` and the starters stay as they were.
        for (word, bit) in [("the", DateLexicon.theBit), ("'", DateLexicon.apostropheBit), ("q", DateLexicon.qBit)] {
            if listIndex[word] == nil {
                listIndex[word] = Int32(lists.count)
                lists.append([])
                masks.append(0)
                isStarter.append(false)
            }
            if let id = listIndex[word] { masks[Int(id)] |= bit }
        }
        var all = [String](repeating: "", count: lists.count)
        for (key, id) in listIndex { all[Int(id)] = key }
        let more = lists.flatMap { $0.flatMap { $0.words.dropFirst() } } + DateLexicon.literals
        for word in more where listIndex[word] == nil {
            listIndex[word] = Int32(all.count)
            all.append(word)
            masks.append(0)
            isStarter.append(false)
        }
        keys = all
        longestCuePhrase = lists.joined().filter { $0.cls == .future || $0.cls == .reporting }.map(\.words.count).max() ?? 1
        needsKeyAfter = isStarter.indices.map { id in
            isStarter[id] && id < lists.count
                && lists[id].allSatisfy {
                    contextOnly & DateLexicon.bit($0.cls) != 0 || $0.words.count >= 2 || keyAfterClasses & DateLexicon.bit($0.cls) != 0
                }
        }
        for id in keys.indices {
            continuationStart.append(Int32(continuationIDs.count))
            guard needsKeyAfter[id] else { continue }
            for e in lists[id] where e.words.count > 1 {
                if let second = listIndex[e.words[1]], !continuationIDs[Int(continuationStart[id])...].contains(second) {
                    continuationIDs.append(second)
                }
            }
        }
        continuationStart.append(Int32(continuationIDs.count))
        let literalWords = Set(DateLexicon.literals + DateLiteral.texts)
        onlyPhrases = keys.indices.map { id in
            needsKeyAfter[id] && !literalWords.contains(keys[id])
                && lists[id].allSatisfy { contextOnly & DateLexicon.bit($0.cls) != 0 || $0.words.count >= 2 }
        }
        literalIDs = DateLiteral.texts.map { listIndex[$0] ?? -2 }
        apostropheID = listIndex["'"] ?? -1
        for k in lists.indices {
            for e in lists[k].indices {
                let x = lists[k][e]
                lists[k][e] = Entry(
                    cls: x.cls, value: x.value, number: x.number, words: x.words, ids: x.words.map { listIndex[$0] ?? -1 })
            }
        }
        latin1WordsCanBeKeys = keys.contains { key in
            guard key.utf8.contains(where: { $0 >= 0x80 }) else { return false }
            var key = key
            let punctuation = key.withUTF8 { k in
                let c = DateLexer.classify(k, 0)
                return c.kind == .punct && c.width == k.count
            }
            return !punctuation
        }
        for id in keys.indices {
            segmentStart.append(Int32(segments.count))
            guard id < lists.count else { continue }
            var seen: UInt64 = 0
            for e in lists[id] where seen & DateLexicon.bit(e.cls) == 0 {
                seen |= DateLexicon.bit(e.cls)
                let lower = Int32(groupedEntries.count)
                groupedEntries.append(contentsOf: lists[id].filter { $0.cls == e.cls })
                segments.append(Segment(cls: e.cls.rawValue, lower: lower, upper: Int32(groupedEntries.count)))
            }
        }
        segmentStart.append(Int32(segments.count))
        var size = 64
        while size < keys.count * 4 { size *= 2 }
        table = [Int32](repeating: -1, count: size)
        tableHashes = [UInt64](repeating: 0, count: size)
        for (id, key) in keys.enumerated() {
            keyLengths.append(key.utf8.count)
            longestKey = max(longestKey, key.utf8.count)
            if key.utf8.count == 1, let b = key.utf8.first, b < 0x80 { asciiPunctID[Int(b)] = Int32(id) }
            var key = key
            let h = key.withUTF8 { DateLexicon.keyHash($0, 0, $0.count, lowered: false) }
            bloom[Int(truncatingIfNeeded: (h >> 10) & 1023)] |= 1 << (h & 63)
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while table[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(id)
            tableHashes[slot] = h
        }
    }

    /// Words and punctuation the rules compare tokens with (`w(i) == "of"`): each must have an id.
    static let literals = [
        "!", "$", "%", "'", "(", ")", ",", "-", ".", "/", ":", "?", "\"", "and", "as", "hundred", "long", "of", "old",
        "on", "or", "q", "s", "same", "since", "the", "this", "thousand", "through", "to", "week", "year", "–", "“",
        "but", "when", "that", "which", "where", "while", "by",
    ]

    /// The hash of a key's UTF-8 bytes, taken eight at a time: the bytes packed little-endian into
    /// words (the last one padded with zeros) and mixed into a start from the length. The lexer packs
    /// a word's letters straight from an eight-byte load (`DateLexer.asciiLetterRun`) instead of
    /// hashing byte by byte. Each mixing step is a bijection of the chunk, so keys of up to eight bytes
    /// with the same length never share a hash.
    @inline(__always)
    static func hashStart(length: Int) -> UInt64 { 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: length &+ 1) }

    @inline(__always)
    static func hash(_ h: UInt64, chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
        return x ^ (x >> 33)
    }

    /// `hashStart` and `hash(_:chunk:)` over `bytes[start..<end]`, with ASCII capitals
    /// lower-cased (`| 0x20`) when `lowered` (the lexer passes it only for runs of ASCII letters).
    static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) -> UInt64 {
        var h = hashStart(length: end - start)
        var k = start
        while k < end {
            var chunk: UInt64 = 0
            var shift: UInt64 = 0
            let stop = min(k + 8, end)
            while k < stop {
                let b = lowered ? bytes[k] | 0x20 : bytes[k]
                chunk |= UInt64(b) << shift
                shift += 8
                k += 1
            }
            h = hash(h, chunk: chunk)
        }
        return h
    }

    /// Flag bits of a token's mask above the class bits (`Class` has fewer than 60 cases): a digit run,
    /// and the words "the", "'" and "q".
    static let numberBit: UInt64 = 1 << 60
    static let theBit: UInt64 = 1 << 61
    static let apostropheBit: UInt64 = 1 << 62
    static let qBit: UInt64 = 1 << 63

    /// The mask bit of a class.
    @inline(__always)
    static func bit(_ cls: Class) -> UInt64 { 1 << UInt64(cls.rawValue) }

    /// The classes' names as the lexicon data writes them, in case order (a test checks them against
    /// the cases): `String(describing:)` on each case went through reflection and cost as much, once per
    /// process, as the stage spends on a third of a megabyte of text.
    static let classNameList = """
        month monthambiguous monthname monthabbr weekday weekdays season partofday holiday \
        number multiplier article half ordinal ordinalsuffix vague \
        unit halfyear fiscal \
        ref dayref nightref reldir recent thatdet agoword yearago earlierlater \
        posmod qmod \
        setadv setdet frequency times period setblock \
        ampm clockword oclock timezone \
        future past present auxiliary \
        quantity quantitybefore yearcue durationcue namecue weekdaycue \
        decadeword unitadj reporting \
        yearadj periodend seasonverb
        """

    static let classNames: [String: Class] = Dictionary(
        uniqueKeysWithValues: zip(classNameList.split(separator: " ").map(String.init), Class.allCases))

    /// The id of each `DateLiteral`, in case order (every literal is a key, `literals`).
    private(set) var literalIDs: [Int32] = []

    /// Token `next` can follow a word that needs a key after it (`needsKeyAfter[id]`) in some
    /// expression: it belongs to a class or is flagged (a unit, a month, "the"), is one of the literals
    /// rules read right after such a word ("'90s", "mid-", "that same day"), or continues one of the
    /// word's phrases ("at least").
    @inline(__always)
    func canFollow(_ id: Int, _ next: Int32) -> Bool {
        guard next >= 0 else { return false }
        if !onlyPhrases[id], masks[Int(next)] != 0 || next == apostropheID || next == literalIDs[DateLiteral.hyphen.rawValue]
            || next == literalIDs[DateLiteral.same.rawValue]
        {
            return true
        }
        var k = Int(continuationStart[id])
        let end = Int(continuationStart[id + 1])
        while k < end {
            if continuationIDs[k] == next { return true }
            k += 1
        }
        return false
    }

    /// The id of "'" (curly apostrophes are folded to it).
    private(set) var apostropheID: Int32 = -1

    /// The id of a one-byte ASCII key, or -1.
    @inline(__always) func punctID(_ b: UInt8) -> Int32 { asciiPunctID[Int(b)] }

    /// The list number of a token's lower-cased text, or -1.
    func lexID(_ lower: String) -> Int32 { listIndex[lower] ?? -1 }

    /// The longest entry of `cls` at token `i`.
    @inline(__always)
    func match(_ cls: Class, _ tokens: [DateToken], _ i: Int) -> (entry: Entry, end: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        let id = Int(tokens[i].lexID)
        guard id >= 0, masks[id] & (1 << UInt64(cls.rawValue)) != 0 else { return nil }
        var s = Int(segmentStart[id])
        let last = Int(segmentStart[id + 1])
        while s < last {
            if segments[s].cls == cls.rawValue {
                for k in Int(segments[s].lower)..<Int(segments[s].upper) {
                    if let end = phraseEnd(groupedEntries[k].ids, tokens, i) { return (groupedEntries[k], end) }
                }
                return nil
            }
            s += 1
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

    @inline(__always)
    private func phraseEnd(_ ids: [Int32], _ tokens: [DateToken], _ i: Int) -> Int? {
        if ids.count == 1 { return i + 1 }
        guard i + ids.count <= tokens.count else { return nil }
        for k in 1..<ids.count where tokens[i + k].lexID != ids[k] { return nil }
        return i + ids.count
    }
}
