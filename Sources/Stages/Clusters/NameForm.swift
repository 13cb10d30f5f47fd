import Pipeline

/// A mention's name, folded for comparison and reduced to hashes: the key two mentions of one name share
/// ("Nagorno-Karabakh" and "Nagorno Karabakh"), its words, and the letters an acronym would be made of.
/// Folding: ASCII letters to lower case, "." dropped, ’ and ‘ as ', "-" and white space between words; a
/// leading "the" and a trailing possessive dropped. Hashes (64-bit FNV-1a of the folded bytes) stand for
/// the strings: building, hashing and comparing Strings for every mention cost more than the rest of the
/// stage.
struct NameForm {
    struct Word {
        /// FNV-1a of the folded word.
        var hash: UInt64
        var first: UInt8
        var length: Int
        /// The word starts with a capital (or a digit, or a non-ASCII letter) in the text.
        var capitalized: Bool
        /// The hash of the word without its final "s" when it ends in one ("armenians" → "armenian").
        var singular: UInt64?
    }

    /// A name's words: a stretch of an array that may hold the words of every name of a document, indexed
    /// from 0 like an array of their own.
    struct Words: RandomAccessCollection {
        let base: ArraySlice<Word>
        var startIndex: Int { 0 }
        var endIndex: Int { base.count }
        subscript(i: Int) -> Word { base[base.startIndex + i] }
    }

    var words: Words
    /// The mention is written as an acronym: one word of two to seven capitals, with or without dots.
    var isAcronym: Bool
    /// Scalars of the mention's text (the longest mention names a cluster).
    var length: Int

    init(_ text: String) {
        var storage: [Word] = []
        storage.reserveCapacity(4)  // one allocation for most names (growing 1, 2, 4 cost three)
        let read = Self.read(text, into: &storage)
        self.init(read, in: storage)
    }

    /// The form `read(_:into:)` left in `storage`.
    init(_ read: Read, in storage: [Word]) {
        words = Words(base: storage[read.words])
        isAcronym = read.isAcronym
        length = read.length
    }

    /// Where `read(_:into:)` put a name's words, and what else it found.
    struct Read {
        var words: Range<Int>
        var isAcronym: Bool
        var length: Int
    }

    /// Appends the words of `text` to `storage`. The clusterer reads all names of a document into one
    /// array: an array per name cost an allocation and a release per mention (a tenth of the stage).
    static func read(_ text: String, into storage: inout [Word]) -> Read {
        text.withUTF8Bytes { read($0, into: &storage) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [Word]) -> Read {
        var begin = words.count
        var upper = 0
        var letters = 0
        var scalars = 0
        var h = FNV.offset
        var first: UInt8 = 0
        var length = 0
        var capitalized = false
        var previous = FNV.offset
        var last: UInt8 = 0
        var n = bytes.count
        // ’s / 's at the end: a possessive the entity span should not have, but may.
        if n > 3, bytes[n - 1] == UInt8(ascii: "s") {
            if bytes[n - 2] == UInt8(ascii: "'") {
                n -= 2
            } else if bytes[n - 4] == 0xE2, bytes[n - 3] == 0x80, bytes[n - 2] == 0x99 {
                n -= 4
            }
        }
        var i = 0
        while i <= n {
            var b: UInt8 = i < n ? bytes[i] : 0x20
            i += 1
            if b & 0xC0 != 0x80, i <= n { scalars += 1 }
            if b == 0xE2, i + 1 < n, bytes[i] == 0x80, bytes[i + 1] == 0x98 || bytes[i + 1] == 0x99 {
                b = UInt8(ascii: "'")
                i += 2
            }
            if b == UInt8(ascii: ".") { continue }
            if b == UInt8(ascii: "-") || b == 0x20 || b == 0x09 || b == 0x0A {
                if length > 0 {
                    words.append(
                        Word(
                            hash: h, first: first, length: length, capitalized: capitalized,
                            singular: last == UInt8(ascii: "s") && length > 3 ? previous : nil))
                }
                h = FNV.offset
                length = 0
                continue
            }
            if length == 0 {
                first = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                capitalized = (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0xC0
            }
            if b >= 0x41, b <= 0x5A {
                upper += 1
                letters += 1
                b += 0x20
            } else if b >= 0x61, b <= 0x7A {
                letters += 1
            }
            previous = h
            last = b
            h = FNV.step(h, b)
            length += 1
        }
        if words.count - begin > 1, words[begin].hash == Self.the { begin += 1 }
        let count = words.count - begin
        return Read(
            words: begin..<words.count, isAcronym: count == 1 && letters >= 2 && letters <= 7 && upper == letters,
            length: scalars)
    }

    var isEmpty: Bool { words.isEmpty }

    /// The whole folded name.
    var key: UInt64 { Self.combine(words) }

    /// The words from `k` on.
    func key(from k: Int) -> UInt64 { Self.combine(words[k...]) }

    /// The key with the last word's final "s" dropped ("Armenians" → the key of "Armenian").
    var singularKey: UInt64? {
        guard let last = words.last, let singular = last.singular else { return nil }
        var w = Array(words)
        w[w.count - 1].hash = singular
        return Self.combine(w)
    }

    /// The initials of the words that start with a capital ("Kurdish Workers' Party" → "kwp"; "Federal Bureau
    /// of Investigation" → "fbi"), as the hash an acronym's one word would have; nil under two letters.
    var capitalInitials: UInt64? {
        var h = FNV.offset
        var n = 0
        for w in words where w.capitalized {
            h = FNV.step(h, w.first)
            n += 1
        }
        return n >= 2 ? h : nil
    }

    /// The initials of every word ("Bank of America" → "boa").
    var allInitials: UInt64? {
        guard words.count >= 2 else { return nil }
        return words.reduce(FNV.offset) { FNV.step($0, $1.first) }
    }

    /// A key for a sequence of words (not the FNV of the joined text: word hashes combined).
    static func combine<C: Collection>(_ words: C) -> UInt64 where C.Element == Word {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for w in words { h = (h ^ w.hash) &* 0x0000_0100_0000_01B3 &+ 0x632B_E59B_D9B4_E019 }
        return h
    }

    static let the = FNV.hash("the")
}

/// 64-bit FNV-1a.
enum FNV {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    static func hash(_ s: String) -> UInt64 { s.utf8.reduce(offset) { step($0, $1) } }

    static func hashes(_ list: [String]) -> Set<UInt64> { Set(list.map(hash)) }
}
