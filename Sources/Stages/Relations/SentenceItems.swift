import Pipeline

/// One position of a sentence as the patterns see it: a whole entity mention, or a word token.
struct SentenceItem: Sendable {
    /// Index into `Document.entities`, or -1 for a word token.
    var entity: Int32
    var label: LabelMask
    /// `WordHash` of the token (0 for entities).
    var word: UInt64
    var isNumeric: Bool
    var isPunctuation = false
    /// Scalar span in the text.
    var start: Int32
    var end: Int32
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

    init(_ document: Document) {
        var text = document.text
        let tokens = document.tokens
        let entities = document.entities
        let map = document.offsets
        let ascii = map.isASCII
        items.reserveCapacity(tokens.count)
        ranges.reserveCapacity(document.sentences.count)
        text.withUTF8 { bytes in
            // Scalar → UTF-8 offsets walk forward from the last one asked for (items come in text order);
            // a step back starts again from the offset map.
            var cursorScalar = 0
            var cursorByte = 0
            func utf8(_ scalar: Int) -> Int {
                if ascii { return scalar }
                if scalar < cursorScalar || scalar - cursorScalar > 64 {
                    cursorScalar = scalar
                    cursorByte = map.utf8Offset(scalar: scalar)
                    return cursorByte
                }
                while cursorScalar < scalar, cursorByte < bytes.count {
                    let b = bytes[cursorByte]
                    cursorByte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    cursorScalar += 1
                }
                if cursorScalar < scalar { return map.utf8Offset(scalar: scalar) }
                return cursorByte
            }
            func hash(_ start: Int, _ end: Int) -> UInt64 {
                let s = utf8(start)
                let e = utf8(end)
                guard s >= 0, s <= e, e <= bytes.count else { return 0 }
                return WordHash.of(bytes, s, e)
            }
            var ti = 0
            var ei = 0
            for sentence in document.sentences {
                let first = items.count
                var arguments = 0
                while ti < tokens.count, tokens[ti].end <= sentence.start { ti += 1 }
                while ti < tokens.count, tokens[ti].start < sentence.end {
                    let token = tokens[ti]
                    while ei < entities.count, entities[ei].end <= token.start { ei += 1 }
                    if ei < entities.count, entities[ei].start < token.end {
                        let e = entities[ei]
                        let label = LabelMask(e.label)
                        if !label.isDisjoint(with: Self.argumentLabels) { arguments += 1 }
                        items.append(
                            SentenceItem(
                                entity: Int32(ei), label: label, word: 0, isNumeric: false,
                                start: Int32(e.start), end: Int32(e.end)))
                        var last = token
                        while ti < tokens.count, tokens[ti].start < e.end {
                            last = tokens[ti]
                            ti += 1
                        }
                        // "London-based": the rest of a token the mention ends inside is a word of its own.
                        if last.end > e.end {
                            items.append(
                                SentenceItem(
                                    entity: -1, label: [], word: 0, isNumeric: false,
                                    start: Int32(e.end), end: Int32(last.end)))
                        }
                        ei += 1
                        continue
                    }
                    // "McKinley 's": some texts (CoNLL, PTB) detach the clitic, which the tokenizer then
                    // splits into "'" + "s"; the patterns see one "'s" either way (hashed here, since the
                    // decision needs the words; rare).
                    if ti + 1 < tokens.count, tokens[ti + 1].start == token.end, tokens[ti + 1].end == token.end + 1,
                        token.end - token.start == 1, hash(token.start, token.end) == Self.apostrophe,
                        hash(token.end, token.end + 1) == Self.s
                    {
                        items.append(
                            SentenceItem(
                                entity: -1, label: [], word: Self.possessive, isNumeric: false,
                                start: Int32(token.start), end: Int32(token.end + 1)))
                        ti += 2
                        continue
                    }
                    let numeric = token.flags.contains(.numeric) && !token.flags.contains(.alphabetic)
                    items.append(
                        SentenceItem(
                            entity: -1, label: [], word: 0, isNumeric: numeric,
                            isPunctuation: token.flags.contains(.punctuation),
                            start: Int32(token.start), end: Int32(token.end)))
                    ti += 1
                }
                if arguments < 2 {
                    items.removeSubrange(first...)
                } else {
                    for i in first..<items.count where items[i].entity < 0 && items[i].word == 0 {
                        items[i].word = hash(Int(items[i].start), Int(items[i].end))
                    }
                }
                ranges.append(first..<items.count)
            }
        }
    }
}
