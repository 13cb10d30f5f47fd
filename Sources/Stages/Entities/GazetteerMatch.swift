import CEntityResources

/// The gazetteer's findings at one token start: the longest accepted mention and the cue words.
struct TokenFindings: Sendable {
    /// Token index one past the longest accepted label match starting here; 0 when none.
    var labelEnd: Int32 = 0
    /// Byte offset where that match ends (before a possessive suffix glued to the token).
    var labelEndByte: Int32 = 0
    /// The entry that gave the label.
    var labelEntry: Int32 = -1
    /// `GazetteerKind.bit`s of the accepted entries that cover exactly this one token.
    var cues: UInt32 = 0
    /// Cue bits of one-token entries that are common words (given names like "Will", cities like "Van").
    var commonCues: UInt32 = 0

    /// Both kinds of cue bits: what the token may be, trusted or not ("Will" may be a given name).
    var allCues: UInt32 { cues | commonCues }
}

/// A gazetteer walk stopped after its first token, before the first table probe. The tagger begins the
/// walks of a block of tokens, then finishes them: the probes of the block (most of them cache misses in a
/// table of megabytes) are issued back to back and overlap instead of stalling one walk after another.
struct GazetteerWalk {
    var token: Int
    var p: Int
    var hash: UInt64
    var textMask: UInt32
    var word: Int
    var atWordStart: Bool
    var lower: Bool
    var found: TokenFindings
    /// The slot the first probe will read, loaded ahead.
    var warm: UInt32
}

extension Gazetteer {
    /// Hashes the folded text from the start of token `t` and, at every token end (or before a possessive
    /// glued to a token), looks the hash up: reports the longest entry that passes the case rules, plus
    /// the kinds of one-token entries, and stops where no key goes on.
    func findings(at t: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> TokenFindings {
        finishWalk(beginWalk(at: t, in: tokens, bytes: bytes), in: tokens, bytes: bytes)
    }

    /// False when no key can start at token `t` (see `PrefixFilter`): its findings are empty.
    @inline(__always)
    func mayStartWalk(at t: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(tokens.byteStart[t])
        let first = bytes[start]
        let lower = first >= 0x61 && first <= 0x7A
        return lower ? lowerPrefixes.mayStart(bytes, at: start) : prefixes.mayStart(bytes, at: start)
    }

    /// True when token `t` is a plain lower-case ASCII word whose hash `lowerKeys` does not know: its
    /// findings are empty. Such a word folds to itself and has no capitals or possessive, so its hash is
    /// the walk's and the walk would stop at its first probe; most tokens of running text end here, at
    /// `lowerWords` or at one probe of the small table, without the prefix filter or a walk.
    @inline(__always)
    func isLowerMiss(_ t: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(tokens.byteStart[t])
        let end = Int(tokens.byteEnd[t])
        guard start < end, bytes[start] &- 0x61 < 26 else { return false }
        var p = start + 1
        while p < end {
            guard bytes[p] &- 0x61 < 26 else { return false }
            p += 1
        }
        guard lowerWords.mayContain(bytes, start, end) else { return true }
        var h = KeyTable.seed
        for q in start..<end { h = KeyTable.step(h, bytes[q]) }
        return lowerKeys.lookup(h) == nil
    }

    /// The hash a walk from token `t` has at the token's end, when the token is a capitalized word of ASCII
    /// letters only (it folds letter by letter and has no possessive); nil for any other token. When
    /// `keys` does not know the hash, the walk from `t` finds nothing.
    @inline(__always)
    func capitalizedWordHash(_ t: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let start = Int(tokens.byteStart[t])
        let end = Int(tokens.byteEnd[t])
        guard start < end, bytes[start] &- 0x41 < 26 else { return nil }
        var h = KeyTable.step(KeyTable.seed, bytes[start] | 0x20)
        var p = start + 1
        while p < end {
            let folded = bytes[p] | 0x20
            guard folded &- 0x61 < 26 else { return nil }
            h = KeyTable.step(h, folded)
            p += 1
        }
        return h
    }

    /// The first entry of the chain under `hash`, when a key is there (-1 when none): the entry a walk's
    /// first probe reads.
    @inline(__always)
    func firstEntry(_ hash: UInt64, lower: Bool) -> Int32 {
        guard let (chain, _) = lookup(hash, lower: lower) else { return -1 }
        return chain
    }

    /// Requests the cache line of entry `e` (`firstEntry`; nothing for -1).
    @inline(__always)
    func requestEntry(_ e: Int32) {
        guard e >= 0 else { return }
        entries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress, Int(e) < entries.count else { return }
            pipe_prefetch(base + Int(e))
        }
    }

    /// Requests the cache line of entry `e`'s key bytes, which `sameKey` compares (nothing for -1).
    @inline(__always)
    func requestKey(_ e: Int32) {
        guard e >= 0 else { return }
        let start = Int(entries[Int(e)].keyStart)
        keyBytes.withUnsafeBufferPointer { keys in
            guard let base = keys.baseAddress, start < keys.count else { return }
            pipe_prefetch(base + start)
        }
    }

    /// Folds and hashes the first token of the walk from token `t`.
    func beginWalk(at t: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> GazetteerWalk {
        let start = Int(tokens.byteStart[t])
        let first = bytes[start]
        // Text starting with a lower-case letter can only match the entries in `lowerKeys` (the case rules
        // of `accepts` reject every other entry there), so the walk asks the small table.
        let lower = first >= 0x61 && first <= 0x7A
        var walk = GazetteerWalk(
            token: t, p: start, hash: KeyTable.seed, textMask: 0, word: 0, atWordStart: true, lower: lower,
            found: TokenFindings(), warm: 0)
        walkToken(t, &walk, in: tokens, bytes: bytes)
        walk.warm = lower ? lowerKeys.peek(walk.hash) : keys.peek(walk.hash)
        return walk
    }

    /// Folds and hashes the bytes of token `j` into the walk (evaluating a key that ends before a
    /// glued possessive).
    @inline(__always)
    private func walkToken(_ j: Int, _ walk: inout GazetteerWalk, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) {
        let tokenEnd = Int(tokens.byteEnd[j])
        var p = walk.p
        let possessiveAt = Self.possessiveStart(bytes, p, tokenEnd)
        while p < tokenEnd {
            let raw = bytes[p]
            let (b, next) = FoldedBytes.fold(bytes, p, tokenEnd)
            if b == 0x20 {
                if !walk.atWordStart { walk.word += 1 }
                walk.atWordStart = true
            } else {
                if walk.atWordStart, walk.word < 32, (raw >= 0x41 && raw <= 0x5A) || raw >= 0x80 {
                    walk.textMask |= 1 << UInt32(walk.word)
                }
                walk.atWordStart = false
            }
            walk.hash = KeyTable.step(walk.hash, b)
            p = next
            if p == possessiveAt {
                walk.p = p
                probe(&walk, endToken: j + 1, in: tokens, bytes: bytes)
            }
        }
        walk.p = p
    }

    /// Looks the walk's hash up at its current end; evaluates the entries found there. False when no key
    /// goes on from here.
    @inline(__always)
    @discardableResult
    private func probe(_ walk: inout GazetteerWalk, endToken: Int, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (chain, continues) = lookup(walk.hash, lower: walk.lower) else { return false }
        let start = Int(tokens.byteStart[walk.token])
        if chain >= 0, sameKey(chain, bytes, start, walk.p) {
            evaluate(
                chain: chain, lower: walk.lower, start: walk.token, endToken: endToken, endByte: walk.p,
                textMask: walk.textMask, sentenceInitial: tokens.flags[walk.token].contains(FlagBits.sentenceStart),
                bytes: bytes, tokens: tokens, into: &walk.found)
        }
        return continues
    }

    /// Probes at the end of the first token, then goes on token by token while some key continues.
    func finishWalk(_ begun: GazetteerWalk, in tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) -> TokenFindings {
        var walk = begun
        var j = walk.token
        while true {
            guard probe(&walk, endToken: j + 1, in: tokens, bytes: bytes), j + 1 < tokens.count else { break }
            // The gap before the next token: spaces fold to one, a line break ends every key.
            j += 1
            let nextStart = Int(tokens.byteStart[j])
            var p = walk.p
            while p < nextStart {
                let (b, next) = FoldedBytes.fold(bytes, p, nextStart)
                if b == 0 { return walk.found }
                if b == 0x20 {
                    if !walk.atWordStart { walk.word += 1 }
                    walk.atWordStart = true
                } else {
                    walk.atWordStart = false
                }
                walk.hash = KeyTable.step(walk.hash, b)
                p = next
            }
            walk.p = p
            walkToken(j, &walk, in: tokens, bytes: bytes)
        }
        return walk.found
    }

    @inline(__always)
    private func lookup(_ h: UInt64, lower: Bool) -> (entry: Int32, continues: Bool)? {
        lower ? lowerKeys.lookup(h) : keys.lookup(h)
    }

    /// Where a possessive glued to the token `from..<end` begins ("Iran's", "Iran’s"), or -1.
    @inline(__always)
    static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        if end - from > 2, bytes[end - 1] | 0x20 == 0x73 {
            if bytes[end - 2] == 0x27 { return end - 2 }
            if end - from > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 { return end - 4 }
        }
        return -1
    }

    /// True when the folded text `from..<to` spells the key of `entry` (a hash hit is checked, never trusted).
    func sameKey(_ entry: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let e = entries[Int(entry)]
        var k = Int(e.keyStart)
        let keyEnd = k + Int(e.keyLength)
        var p = from
        while p < to {
            guard k < keyEnd else { return false }
            // Letters, the most of a key, fold on the spot.
            let raw = bytes[p]
            if raw &- 0x41 < 26 || raw &- 0x61 < 26 {
                guard keyBytes[k] == raw | 0x20 else { return false }
                k += 1
                p += 1
                continue
            }
            let (b, next) = FoldedBytes.fold(bytes, p, to)
            guard keyBytes[k] == b else { return false }
            k += 1
            p = next
        }
        return k == keyEnd
    }

    private func evaluate(
        chain: Int32, lower: Bool, start t: Int, endToken: Int, endByte: Int, textMask: UInt32, sentenceInitial: Bool,
        bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, into found: inout TokenFindings
    ) {
        let startByte = Int(tokens.byteStart[t])
        var textAllCaps: Bool?
        var e = chain
        var bestLabel: Int32 = -1
        // A non-common entry of a kind vouches for the common ones of the same kind. Two passes over the
        // chain (no scratch array: this runs at every gazetteer hit).
        var trusted: UInt32 = 0
        while e >= 0 {
            let entry = entries[Int(e)]
            if !entry.common, accepts(entry, startByte, endByte, textMask, bytes, &textAllCaps) { trusted |= entry.kind.bit }
            e = lower ? entry.nextLower : entry.next
        }
        e = chain
        while e >= 0 {
            let entry = entries[Int(e)]
            defer { e = lower ? entry.nextLower : entry.next }
            guard accepts(entry, startByte, endByte, textMask, bytes, &textAllCaps) else { continue }
            let distrusted = entry.common && trusted & entry.kind.bit == 0
            if endToken == t + 1 {
                if distrusted { found.commonCues |= entry.kind.bit } else { found.cues |= entry.kind.bit }
            }
            if entry.kind.label != nil, !(distrusted && sentenceInitial) {
                if bestLabel < 0 || e < bestLabel { bestLabel = e }
            }
        }
        if bestLabel >= 0, endToken >= Int(found.labelEnd) {
            found.labelEnd = Int32(endToken)
            found.labelEndByte = Int32(endByte)
            found.labelEntry = bestLabel
        }
    }

    /// The case rules: all-capital entries need all-capital text; others need the capitals they have.
    @inline(__always)
    private func accepts(
        _ entry: GazetteerEntry, _ startByte: Int, _ endByte: Int, _ textMask: UInt32,
        _ bytes: UnsafeBufferPointer<UInt8>, _ textAllCaps: inout Bool?
    ) -> Bool {
        if entry.allCaps {
            if textAllCaps == nil { textAllCaps = Self.allUpper(bytes, startByte, endByte) }
            return textAllCaps == true
        }
        if entry.lowercaseOK { return true }
        return textMask != 0 && entry.capitalMask & ~textMask == 0
    }

    @inline(__always)
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> Bool {
        let rest = end - p
        if rest == 2 { return bytes[p] == 0x27 && (bytes[p + 1] | 0x20) == 0x73 }
        if rest == 4 {
            return bytes[p] == 0xE2 && bytes[p + 1] == 0x80 && bytes[p + 2] == 0x99 && (bytes[p + 3] | 0x20) == 0x73
        }
        return false
    }

    static func allUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            let b = bytes[i]
            if b >= 0x61 && b <= 0x7A { return false }
            i += 1
        }
        return true
    }
}

extension Gazetteer {
    /// The label of the entry that spells bytes `from..<to` whole (two bytes or more) when it is one of
    /// `labels`: a part of a word or of a name read as a name of its own ("London" of "London-based", "Kurds"
    /// of "the Kurds and Ukraine").
    func wholeLabel(from: Int, to: Int, bytes: UnsafeBufferPointer<UInt8>, allowing labels: [MentionLabel]) -> MentionLabel? {
        guard to - from >= 2, let (entry, end) = match(from: from, to: to, bytes: bytes), end == to,
            let label = entries[Int(entry)].kind.label, labels.contains(label)
        else { return nil }
        return label
    }

    /// The first label entry whose key spells bytes `from..<to` exactly (or up to a possessive), case-checked.
    func match(from: Int, to: Int, bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int32, endByte: Int)? {
        var h = KeyTable.seed
        var p = from
        while p < to {
            let (b, next) = FoldedBytes.fold(bytes, p, to)
            guard b != 0 else { return nil }
            h = KeyTable.step(h, b)
            p = next
            if p == to || Self.isPossessive(bytes, p, to) {
                guard let (first, _) = keys.lookup(h), first >= 0, sameKey(first, bytes, from, p) else {
                    if p < to { return nil }
                    continue
                }
                var e = first
                while e >= 0 {
                    let entry = entries[Int(e)]
                    if entry.kind.label != nil, entry.capitalMask & 1 != 0 || entry.lowercaseOK { return (e, p) }
                    e = entry.next
                }
                if p < to { return nil }
            }
        }
        return nil
    }
}

extension Array where Element == TokenFindings {
    /// Whether a list of given names holds token `t` (any case): the one cue most passes ask of a name's
    /// first word ("the startup Maria Ross" stays a person). False beyond the findings.
    func isGivenName(_ t: Int) -> Bool {
        t >= 0 && t < count && self[t].allCues & GazetteerKind.givenName.bit != 0
    }
}
