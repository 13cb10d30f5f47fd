import Pipeline

/// One position of a sentence as the patterns see it: a whole entity mention, or a word token.
struct SentenceItem: Sendable {
    /// Index into `Document.entities`, or -1 for a word token.
    var entity: Int32
    var label: LabelMask
    /// `WordHash` of the token; for an entity, of its last word.
    var word: UInt64
    var isNumeric: Bool
    var isPunctuation = false
    /// Scalar span in the text.
    var start: Int32
    var end: Int32
    /// The word's number in the stage's `WordVocabulary`, -1 when no pattern names it (and for entities).
    var vocabulary: Int32 = -1
}

/// The document's sentences as item sequences: each entity mention collapsed into one item, the other
/// tokens kept as words. Built once per document into one array.
///
/// Only sentences with two argument mentions can hold a relation, so the words of the others are never
/// hashed and their items are dropped again (their range is empty): most news sentences cost a walk over
/// their tokens and nothing more.
struct SentenceItems {
    var items: [SentenceItem] = []
    /// Item range of each sentence, parallel to `Document.sentences`; empty for a sentence without two
    /// argument mentions.
    var ranges: [Range<Int>] = []

    static let apostrophe = WordHash.of("'")
    static let s = WordHash.of("s")
    static let possessive = WordHash.of("'s")

    /// Relations need two argument mentions in the sentence (dates and times are never arguments).
    static let argumentLabels: LabelMask = [.person, .org, .gpe, .loc, .fac, .title]

    init(_ document: Document, vocabulary: WordVocabulary) {
        var text = document.text
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(document.sentences.count)
        // A token makes at most one item, an entity at most two (itself and the rest of the token it ends
        // inside), each taking at least one token.
        items = AppendBuffer.build(capacity: document.tokens.count + document.entities.count) { items in
            text.withUTF8 { bytes in
                var builder = ItemBuilder(document, bytes, vocabulary, items)
                for sentence in document.sentences {
                    let first = builder.items.count
                    let (ti, ei) = (builder.ti, builder.ei)
                    if builder.countArguments(sentence) >= 2 {
                        (builder.ti, builder.ei) = (ti, ei)
                        _ = builder.scan(sentence, build: true)
                    }
                    ranges.append(first..<builder.items.count)
                }
                items = builder.items
            }
        }
        self.ranges = ranges
    }
}

/// The walk over tokens and entities behind `SentenceItems` (a struct of its own so that its state is
/// plain stored properties, not variables captured by closures, which would be checked at run time).
private struct ItemBuilder {
    let tokens: [Token]
    /// `LabelMask` of each entity, found once (labels are strings).
    let labels: [LabelMask]
    /// The span of each entity and whether its label is an argument's, in one small plain value for
    /// `countArguments`, which reads them for every token.
    let spans: [EntitySpan]
    let bytes: UnsafeBufferPointer<UInt8>
    let map: ScalarOffsetMap
    let ascii: Bool
    let vocabulary: WordVocabulary
    var items: AppendBuffer<SentenceItem>
    /// Next token and entity.
    var ti = 0
    var ei = 0
    /// Scalar → UTF-8 offsets walk forward from the last one asked for (items come in text order); a step
    /// back or a long jump starts again from the offset map.
    var cursorScalar = 0
    var cursorByte = 0
    /// No byte in `cursorByte..<nextHigh` is >= 0x80 (none at all when `nextHigh <= cursorByte`): up to
    /// there a scalar is a byte, so `utf8` is an addition and a word is hashed without decoding. News text
    /// has a few curly quotes and dashes among long ASCII stretches; walking scalar by scalar to each word
    /// cost as much as hashing it.
    var nextHigh = 0

    init(
        _ document: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ vocabulary: WordVocabulary,
        _ items: AppendBuffer<SentenceItem>
    ) {
        tokens = document.tokens
        let entities = document.entities
        var labels: [LabelMask] = []
        labels.reserveCapacity(entities.count)
        var spans: [EntitySpan] = []
        spans.reserveCapacity(entities.count)
        for i in entities.indices {
            let label = LabelMask(entities[i].label)
            labels.append(label)
            spans.append(
                EntitySpan(
                    start: entities[i].start, end: entities[i].end,
                    isArgument: !label.isDisjoint(with: SentenceItems.argumentLabels)))
        }
        self.labels = labels
        self.spans = spans
        self.bytes = bytes
        map = document.offsets
        ascii = map.isASCII
        self.vocabulary = vocabulary
        self.items = items
    }

    @inline(__always)
    mutating func utf8(_ scalar: Int) -> Int {
        if ascii { return scalar }
        if scalar >= cursorScalar {
            let byte = cursorByte &+ (scalar &- cursorScalar)
            if byte <= nextHigh {
                cursorScalar = scalar
                cursorByte = byte
                return byte
            }
        }
        return utf8Walking(scalar)
    }

    /// `utf8` across a multi-byte scalar, backwards or far ahead; finds the next `nextHigh`.
    mutating func utf8Walking(_ scalar: Int) -> Int {
        if scalar < cursorScalar || scalar - cursorScalar > 64 {
            cursorScalar = scalar
            cursorByte = map.utf8Offset(scalar: scalar)
            nextHigh = Self.firstHighByte(bytes, from: cursorByte)
            return cursorByte
        }
        while cursorScalar < scalar, cursorByte < bytes.count {
            let b = bytes[cursorByte]
            cursorByte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            cursorScalar += 1
        }
        nextHigh = Self.firstHighByte(bytes, from: cursorByte)
        if cursorScalar < scalar { return map.utf8Offset(scalar: scalar) }
        return cursorByte
    }

    /// Index of the first byte >= 0x80 at or after `i` (eight bytes at a time), or the end.
    static func firstHighByte(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = bytes.count
        var i = max(i, 0)
        if let raw = bytes.baseAddress {
            while i + 8 <= n,
                UnsafeRawPointer(raw).loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
            }
        }
        while i < n, bytes[i] < 0x80 { i += 1 }
        return i
    }

    /// `WordHash.of` bytes that are all ASCII (so no apostrophe to fold).
    @inline(__always)
    func asciiHash(_ from: Int, _ to: Int) -> UInt64 {
        var h = WordHash.seed
        var p = from
        while p < to {
            let b = bytes[p]
            h = WordHash.mix(h, b &- 0x41 < 26 ? b | 0x20 : b)
            p &+= 1
        }
        return h
    }

    /// `WordHash.of` the scalars `start..<end`, hashed in the same walk that finds their UTF-8 end (one pass
    /// over the word's bytes instead of one to find the end and another to hash).
    @inline(__always)
    mutating func hash(_ start: Int, _ end: Int) -> UInt64 {
        if ascii {
            guard start >= 0, start <= end, end <= bytes.count else { return 0 }
            return asciiHash(start, end)  // `WordHash.of` without the apostrophe test: no byte is >= 0x80
        }
        guard start <= end else { return 0 }
        let s = utf8(start)
        guard s >= 0, s <= bytes.count else { return 0 }
        if s == cursorByte, cursorScalar == start, s + (end - start) <= nextHigh {
            // `utf8` left the cursor at `s`, and the word is ASCII: one scalar a byte.
            let e = s + (end - start)
            cursorScalar = end
            cursorByte = e
            return asciiHash(s, e)
        }
        var h = WordHash.seed
        var p = s
        var k = start
        let n = bytes.count
        while k < end, p < n {
            let b = bytes[p]
            if b < 0x80 {
                h = WordHash.mix(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                p += 1
            } else {
                let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                if b == 0xE2, p + 2 < n, bytes[p + 1] == 0x80, bytes[p + 2] == 0x98 || bytes[p + 2] == 0x99 {
                    h = WordHash.mix(h, 0x27)
                } else {
                    for q in p..<min(p + width, n) { h = WordHash.mix(h, bytes[q]) }
                }
                p += width
            }
            k += 1
        }
        guard k == end, p <= n else { return 0 }
        cursorScalar = k
        cursorByte = p
        return h
    }

    mutating func word(_ start: Int, _ end: Int, numeric: Bool = false, punctuation: Bool = false, hash h: UInt64? = nil)
        -> SentenceItem
    {
        let w = h ?? hash(start, end)
        return SentenceItem(
            entity: -1, label: [], word: w, isNumeric: numeric, isPunctuation: punctuation,
            start: Int32(start), end: Int32(end), vocabulary: vocabulary.number(of: w))
    }

    /// `scan(sentence, build: false)`, the pass over every sentence, with the walk state in locals and the
    /// tokens and entities' fields read through buffer pointers: the same steps (the possessive test's
    /// comparisons reordered, the hashes asked under the same conditions) at half the cost a token.
    mutating func countArguments(_ sentence: Span) -> Int {
        var arguments = 0
        var ti = self.ti
        var ei = self.ei
        let tokens = self.tokens
        let spans = self.spans
        tokens.withUnsafeBufferPointer { tokens in
            spans.withUnsafeBufferPointer { spans in
                let tokenCount = tokens.count
                let entityCount = spans.count
                // Entity `ei`'s span, or an empty one beyond every token when no entity is left.
                var entityStart = Int.max
                var entityEnd = Int.max
                @inline(__always) func load() {
                    (entityStart, entityEnd) = ei < entityCount ? (spans[ei].start, spans[ei].end) : (.max, .max)
                }
                load()
                while ti < tokenCount, tokens[ti].end <= sentence.start { ti += 1 }
                while ti < tokenCount {
                    let token = tokens[ti]
                    guard token.start < sentence.end else { break }
                    if entityEnd <= token.start {
                        while ei < entityCount, spans[ei].end <= token.start { ei += 1 }
                        load()
                    }
                    if entityStart < token.end {
                        if spans[ei].isArgument { arguments += 1 }
                        let end = entityEnd
                        while ti < tokenCount, tokens[ti].start < end { ti += 1 }
                        ei += 1
                        load()
                        continue
                    }
                    if token.end - token.start == 1, ti + 1 < tokenCount, tokens[ti + 1].start == token.end,
                        tokens[ti + 1].end == token.end + 1, hash(token.start, token.end) == SentenceItems.apostrophe,
                        hash(token.end, token.end + 1) == SentenceItems.s
                    {
                        ti += 2
                        continue
                    }
                    ti += 1
                }
            }
        }
        self.ti = ti
        self.ei = ei
        return arguments
    }

    /// One sentence from token `ti` and entity `ei` on; returns its number of argument mentions. Without
    /// `build` nothing is appended and no word hashed (`countArguments` does that pass); with it, run from
    /// the same `ti`/`ei` when the sentence has two, it takes the same steps.
    mutating func scan(_ sentence: Span, build: Bool) -> Int {
        var arguments = 0
        // Entity `ei`'s span (from `spans`), or an empty one beyond every token when no entity is left.
        let spans = self.spans
        var (entityStart, entityEnd) = ei < spans.count ? (spans[ei].start, spans[ei].end) : (Int.max, Int.max)
        while ti < tokens.count, tokens[ti].end <= sentence.start { ti += 1 }
        while ti < tokens.count, tokens[ti].start < sentence.end {
            let token = tokens[ti]
            if entityEnd <= token.start {
                while ei < spans.count, spans[ei].end <= token.start { ei += 1 }
                (entityStart, entityEnd) = ei < spans.count ? (spans[ei].start, spans[ei].end) : (.max, .max)
            }
            if entityStart < token.end {
                let start = entityStart
                let end = entityEnd
                let label = labels[ei]
                if !label.isDisjoint(with: SentenceItems.argumentLabels) { arguments += 1 }
                var last = token
                while ti < tokens.count, tokens[ti].start < end {
                    last = tokens[ti]
                    ti += 1
                }
                if build {
                    // An entity's `word` is its last word (the relation classifier's head-noun feature,
                    // "University", "County").
                    let lastWord = hash(max(last.start, start), min(last.end, end))
                    items.append(
                        SentenceItem(
                            entity: Int32(ei), label: label, word: lastWord, isNumeric: false, start: Int32(start),
                            end: Int32(end)))
                }
                // "London-based": the rest of a token the mention ends inside is a word of its own.
                if build, last.end > end { items.append(word(end, last.end)) }
                ei += 1
                (entityStart, entityEnd) = ei < spans.count ? (spans[ei].start, spans[ei].end) : (.max, .max)
                continue
            }
            // "McKinley 's": some texts (CoNLL, PTB) detach the clitic, which the tokenizer then splits into
            // "'" + "s"; the patterns see one "'s" either way.
            if ti + 1 < tokens.count, tokens[ti + 1].start == token.end, tokens[ti + 1].end == token.end + 1,
                token.end - token.start == 1, hash(token.start, token.end) == SentenceItems.apostrophe,
                hash(token.end, token.end + 1) == SentenceItems.s
            {
                if build { items.append(word(token.start, token.end + 1, hash: SentenceItems.possessive)) }
                ti += 2
                continue
            }
            if build {
                let flags = token.flags
                items.append(
                    word(
                        token.start, token.end,
                        numeric: flags.contains(FlagBits.numeric) && !flags.contains(FlagBits.alphabetic),
                        punctuation: flags.contains(FlagBits.punctuation)))
            }
            ti += 1
        }
        return arguments
    }
}

/// What `ItemBuilder.countArguments` reads of an entity.
private struct EntitySpan {
    var start: Int
    var end: Int
    var isArgument: Bool
}
