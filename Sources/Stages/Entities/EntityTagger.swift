import Pipeline

/// The rules of the entity stage over one document: gazetteer atoms, capitalized runs split into
/// titles, nationalities and names, head nouns, person cues, appositions. Collects mentions in text order.
///
/// Many helpers that only read (`entry`, `isConnector`, `collectRun`, `headName`, `foldedHash`...) are
/// `mutating` all the same: called from the mutating rules, a non-mutating method was handed a copy of
/// the whole 152-byte tagger at every call (about half a million copies on the bench corpus, 6 M
/// instructions/MB); `mutating` passes the tagger by reference.
struct EntityTagger {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: TokenTable
    let gazetteer: Gazetteer
    var findings: [TokenFindings]
    var mentions: [Mention] = []
    var unresolved: [Unresolved] = []
    /// The index in `mentions` of the rule mention starting at each token (-1: none), set by `applyModel`.
    var ruleStarting: [Int32] = []
    /// Lower-case (or weak) title candidates kept only when a person turns out to be attached.
    var pendingTitles: [Mention] = []
    /// Sum of the slots read ahead by the walks; kept so the reads are not optimized away.
    var warmth: UInt64 = 0
    /// Mention visits of the document pass (index building, steps over nationalities, consistency
    /// look-ups, the overlap filter): deterministic, so a test can check that it grows linearly.
    var documentWork = 0
    /// Polled at each sentence start: out of time, the run stops and the pipeline reports the document.
    var budget = Budget.unlimited
    /// The rules' word lists, loaded once (see `RuleWordLists`).
    let words = RuleWordLists.shared

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenTable, gazetteer: Gazetteer) {
        self.bytes = bytes
        self.tokens = tokens
        self.gazetteer = gazetteer
        var findings = [TokenFindings](repeating: TokenFindings(), count: tokens.count)
        // Walks are begun a block at a time and then finished (see `GazetteerWalk`). A capitalized word of
        // ASCII letters only is first looked up alone (its slot loaded with the walks'): most such words
        // are no key and no key's first word, and then need no walk.
        var walks: [GazetteerWalk] = []
        walks.reserveCapacity(32)
        var words: [(token: Int, hash: UInt64)] = []
        words.reserveCapacity(32)
        var firsts: [Int32] = []
        firsts.reserveCapacity(32)
        var warm: UInt64 = 0
        var block = 0
        // The flag on raw bits: the `TokenFlags` constants live in another module (a call per token).
        let alphabetic = FlagBits.alphabetic.rawValue
        while block < tokens.count {
            let blockEnd = min(block + 32, tokens.count)
            walks.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
            for t in block..<blockEnd
            where tokens.flags[t].rawValue & alphabetic != 0 && !gazetteer.isLowerMiss(t, in: tokens, bytes: bytes) {
                if let h = gazetteer.capitalizedWordHash(t, in: tokens, bytes: bytes) {
                    warm &+= UInt64(gazetteer.keys.peek(h))
                    words.append((t, h))
                } else if gazetteer.mayStartWalk(at: t, in: tokens, bytes: bytes) {
                    walks.append(gazetteer.beginWalk(at: t, in: tokens, bytes: bytes))
                }
            }
            // The first probe of each walk reads its chain's first entry, then that entry's key bytes:
            // two misses in a row per walk, in tables of megabytes. Requested for the whole block first,
            // entries then keys, they overlap.
            firsts.removeAll(keepingCapacity: true)
            for w in walks { firsts.append(gazetteer.firstEntry(w.hash, lower: w.lower)) }
            for w in words { firsts.append(gazetteer.firstEntry(w.hash, lower: false)) }
            for e in firsts { gazetteer.requestEntry(e) }
            for e in firsts { gazetteer.requestKey(e) }
            for w in walks {
                warm &+= UInt64(w.warm)
                findings[w.token] = gazetteer.finishWalk(w, in: tokens, bytes: bytes)
            }
            for w in words where gazetteer.keys.lookup(w.hash) != nil {
                // The walk as `beginWalk` leaves it after such a word: hashed, one capital word, at its end.
                let begun = GazetteerWalk(
                    token: w.token, p: Int(tokens.byteEnd[w.token]), hash: w.hash, textMask: 1, word: 0,
                    atWordStart: false, lower: false, found: TokenFindings(), warm: 0)
                findings[w.token] = gazetteer.finishWalk(begun, in: tokens, bytes: bytes)
            }
            block = blockEnd
        }
        self.findings = findings
        self.warmth = warm
    }

    // MARK: helpers

    mutating func entry(_ t: Int) -> GazetteerEntry? {
        let e = findings[t].labelEntry
        return e >= 0 && findings[t].labelEnd > 0 ? gazetteer.entries[Int(e)] : nil
    }

    /// The origin of a gazetteer mention. Built strings are shared, not made per mention.
    @inline(__always)
    func origin(of entryIndex: Int32) -> MentionOrigin {
        Gazetteer.origins[Int(gazetteer.entries[Int(entryIndex)].resource)]
    }

    func has(_ t: Int, _ kind: GazetteerKind) -> Bool { findings[t].cues & kind.bit != 0 }

    mutating func isConnector(_ t: Int) -> Bool { tokens.isLower(t) && tokens.isAny(t, words.connectors, in: bytes) }

    func isSentenceStart(_ t: Int) -> Bool { tokens.flags[t].contains(FlagBits.sentenceStart) }

    func isComma(_ t: Int) -> Bool { tokens.isComma(t, in: bytes) }

    mutating func emit(_ a: Int, _ b: Int, _ label: MentionLabel, _ origin: MentionOrigin, endByte: Int? = nil) {
        guard a < b else { return }
        let m = Mention(
            startToken: a, endToken: b, startByte: Int(tokens.byteStart[a]),
            endByte: endByte ?? Int(tokens.byteEnd[b - 1]), label: label, origin: origin)
        mentions.append(m)
    }

    func headLabel(_ t: Int) -> MentionLabel? {
        guard tokens.isCapitalized(t) else { return nil }
        let c = findings[t].cues
        if c & GazetteerKind.orgHead.bit != 0 { return .org }
        if c & GazetteerKind.eventHead.bit != 0 { return .event }
        if c & GazetteerKind.lawHead.bit != 0 { return .law }
        if c & GazetteerKind.facHead.bit != 0 { return .fac }
        if c & GazetteerKind.locHead.bit != 0 { return .loc }
        if c & GazetteerKind.gpeHead.bit != 0 { return .gpe }
        return nil
    }

    // MARK: main loop

    mutating func run() {
        let n = tokens.count
        // Read once: a static list read in the loop was a `swift_once` call per lower-case word.
        let namingWords = words.namingWords
        var i = 0
        while i < n {
            let f = tokens.flags[i]
            if f.contains(FlagBits.sentenceStart), budget.isExpired { return }
            guard f.contains(FlagBits.alphabetic) else { i += 1; continue }
            if !tokens.isCapitalized(i) {
                if let e = entry(i) {
                    let end = Int(findings[i].labelEnd)
                    let m = Mention(
                        startToken: i, endToken: end, startByte: Int(tokens.byteStart[i]),
                        endByte: Int(findings[i].labelEndByte), label: e.kind.label ?? .org,
                        origin: origin(of: findings[i].labelEntry))
                    if e.kind == .title || e.kind == .person { pendingTitles.append(m) } else { mentions.append(m) }
                    i = end
                    continue
                }
                if f.contains(FlagBits.hyphenated) { hyphenPrefixed(i) }
                let length = tokens.length(i)
                // The naming-verb test first: a call per lower-case word was 5% of the stage.
                if length >= 4, length <= 10,
                    namingWords.mayContain(length: length, folded: bytes[Int(tokens.byteStart[i])] | 0x20)
                {
                    quotedEventName(after: i)
                }
                i += 1
                continue
            }
            let b = collectRun(from: i)
            parseRun(i, b)
            i = max(b, i + 1)
            // A gazetteer match may have run past the capitalized run ("Zangezur corridor").
            if let last = mentions.last, last.endToken > i { i = last.endToken }
        }
    }

    /// "post-Soviet" → NORP "Soviet": a nationality or place after a lower-case prefix and a hyphen.
    mutating func hyphenPrefixed(_ t: Int) {
        let e = Int(tokens.byteEnd[t])
        guard let h = tokens.prefixHyphen(t, in: bytes) else { return }
        guard let (entryIndex, endByte) = gazetteer.match(from: h + 1, to: e, bytes: bytes),
            let label = gazetteer.entries[Int(entryIndex)].kind.label, label == .norp || label == .gpe
        else { return }
        let m = Mention(
            startToken: t, endToken: t + 1, startByte: h + 1, endByte: endByte, label: label,
            origin: origin(of: entryIndex).marked(.hyphenPrefix))
        mentions.append(m)
    }

    /// The end of the capitalized run starting at `a`: capitalized words, connectors between them, and the
    /// apostrophe of a plural possessive inside a name ("Workers’ Party").
    mutating func collectRun(from a: Int) -> Int {
        let n = tokens.count
        var j = a + 1
        while j < n, !isSentenceStart(j), !tokens.flags[j - 1].contains(FlagBits.lineEndAfter) {
            if tokens.isCapitalized(j) || isArabicArticleName(j) { j += 1; continue }
            if isConnector(j) {
                var k = j + 1
                // "the International Court of Justice and the UN Security Council": "and the" opens a
                // second name; no name holds it.
                if k < n, tokens.isAny(j, words.coordinators, in: bytes), tokens.is(k, "the", in: bytes) { break }
                if k < n, isConnector(k) { k += 1 }
                if k < n, tokens.isCapitalized(k), !isSentenceStart(k) { j = k; continue }
                break
            }
            if tokens.length(j) <= 3, !tokens.flags[j].contains(FlagBits.spaceBefore), isApostrophe(j),
                bytes[Int(tokens.byteEnd[j - 1]) - 1] | 0x20 == 0x73, j + 1 < n, tokens.isCapitalized(j + 1)
            {
                j += 2
                continue
            }
            break
        }
        return j
    }

    /// "al-Dam", "el-Sisi": a lower-case Arabic article glued to a capitalized name.
    mutating func isArabicArticleName(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        guard tokens.length(t) >= 4, bytes[s] == 0x61 || bytes[s] == 0x65, bytes[s + 1] == 0x6C, bytes[s + 2] == 0x2D
        else { return false }
        return bytes[s + 3] >= 0x41 && bytes[s + 3] <= 0x5A
    }

    mutating func isApostrophe(_ t: Int) -> Bool {
        let s = Int(tokens.byteStart[t])
        let len = tokens.length(t)
        if len == 1 { return bytes[s] == 0x27 }
        return len == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0x99
    }
}
