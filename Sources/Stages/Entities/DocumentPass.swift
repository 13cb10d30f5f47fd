import Pipeline

/// Document-level decisions, made once every sentence has been read: a surname after the full name
/// ("Aliyev" after "Ilham Aliyev"), the same string labelled the same way, and titles kept only when a
/// person is attached to them.
extension EntityTagger {
    /// Hash of the folded bytes of a span, so "Aliyev" and "ALIYEV" compare equal without building strings.
    mutating func foldedHash(_ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var p = from
        while p < to {
            // Letters, the most of a name, fold on the spot.
            let raw = bytes[p]
            if raw &- 0x41 < 26 || raw &- 0x61 < 26 {
                h = (h ^ UInt64(raw | 0x20)) &* 0x100_0000_01b3
                p += 1
                continue
            }
            let (b, next) = FoldedBytes.fold(bytes, p, to)
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            p = next
        }
        return h
    }

    mutating func resolveDocument() {
        if !unresolved.isEmpty { resolveUnresolved() }
        // Mostly emitted in text order already: the sort (stable) would leave such a list as it is.
        if !Mention.inTextOrder(mentions) {
            mentions.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        }
        if !pendingTitles.isEmpty {
            var index = MentionIndex(mentions, tokenCount: tokens.count)
            documentWork += mentions.count
            for i in pendingTitles.indices {
                let t = pendingTitles[i]
                guard titleAttached(t, index) else { continue }
                var m = t
                m.label = .title
                m.origin = m.origin.marked(.attachedToPerson)
                // An attached title is now the last mention ending at its end token.
                index.lastEnding[m.endToken] = Int32(truncatingIfNeeded: mentions.count)
                mentions.append(m)
            }
        }
        if !Mention.inTextOrder(mentions) {
            mentions.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        }
        // No nesting and no overlap: the earlier (then longer) mention wins.
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        documentWork += mentions.count
        for m in mentions {
            if let last = kept.last, m.startByte < last.endByte { continue }
            kept.append(m)
        }
        mentions = kept
        relabelPersonsNamesReadAsPlaces()
    }

    /// "we say Taylor could not perform" after "Taylor Swift": a word of a full name the document gives a
    /// person, alone where the gazetteers know it only as a town named by a common word ("Taylor", "Marion",
    /// flagged `common`), is the person. Read as the town, it also taught the tagger's document features that
    /// the name is no person's.
    private mutating func relabelPersonsNamesReadAsPlaces() {
        let place = GazetteerKind.gpe.bit | GazetteerKind.loc.bit
        var names: Set<UInt64>?
        for i in mentions.indices where mentions[i].label == .gpe && mentions[i].endToken - mentions[i].startToken == 1 {
            let t = mentions[i].startToken
            guard t < findings.count, findings[t].commonCues & place != 0, findings[t].cues & place == 0 else { continue }
            if names == nil {
                var words: Set<UInt64> = []
                for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 {
                    for k in m.startToken..<m.endToken where tokens.isCapitalized(k) {
                        words.insert(foldedHash(Int(tokens.byteStart[k]), Int(tokens.byteEnd[k])))
                    }
                }
                names = words
            }
            guard names?.contains(foldedHash(mentions[i].startByte, mentions[i].endByte)) == true else { continue }
            mentions[i].label = .person
            mentions[i].origin = "document:name-of-person"
        }
    }

    /// Labels the unresolved capitalized sequences by the mentions of the document: a surname of a
    /// full name, or the same string labelled elsewhere (the first label wins). Both are hashed once, so
    /// a look-up costs the same in a long document as in a short one.
    private mutating func resolveUnresolved() {
        // Every mention may add a surname and a string: two keys each at most.
        var index = HashIndex(capacity: 2 * mentions.count + 1)
        for i in mentions.indices {
            let label = mentions[i].label
            let startToken = mentions[i].startToken
            let endToken = mentions[i].endToken
            let startByte = mentions[i].startByte
            let endByte = mentions[i].endByte
            if label == .person, endToken - startToken >= 2, !tokens.isAny(endToken - 1, WordLists.closedClassWords, in: bytes) {
                let last = endToken - 1
                index.insertSurname(foldedHash(Int(tokens.byteStart[last]), min(endByte, Int(tokens.byteEnd[last]))))
            }
            if label != .title { index.insertFirst(foldedHash(startByte, endByte), index: i) }
        }
        documentWork += mentions.count + unresolved.count
        for u in unresolved {
            let s = Int(tokens.byteStart[u.startToken])
            let e = Int(tokens.byteEnd[u.endToken - 1])
            let h = foldedHash(s, e)
            if u.endToken - u.startToken == 1, index.isSurname(h) {
                emit(u.startToken, u.endToken, .person, "document:surname-of-earlier-person")
            } else if let first = index.first(h) {
                let label = mentions[first].label
                emit(u.startToken, u.endToken, label, "document:same-string")
            }
        }
    }

    /// "spokesman Saeed Khatibzadeh", "Saeed Khatibzadeh, spokesman", "Khatibzadeh, the spokesman", and
    /// the definite office without a name ("the president said", `DefiniteHolders`).
    /// Reads the token-indexed `index`, never the mention list: one call costs the nationalities it
    /// steps over, not the mentions of the document.
    mutating func titleAttached(_ t: Mention, _ index: MentionIndex) -> Bool {
        documentWork += 1
        if index.personStarts[t.endToken] { return true }
        var k = t.startToken - 1
        if k >= 0, tokens.isAny(k, words.articles, in: bytes) { k -= 1 }
        while k >= 0 {
            let last = Int(index.lastEnding[k + 1])
            guard last >= 0 else { break }
            guard mentions[last].label == .norp else { break }
            documentWork += 1
            k = mentions[last].startToken - 1
        }
        if k >= 1, isComma(k), index.personEnds[k] { return true }
        // "the president said", "Iraq's foreign minister": the office holder without a name.
        return t.label == .title && DefiniteHolders(tokens: tokens, bytes: bytes).isDefinite(first: t.startToken, last: t.endToken - 1)
    }
}

/// Token-indexed views of the document's mentions for the title pass: which tokens start or end a
/// PERSON, and which mention (the last in list order) ends at each token.
struct MentionIndex {
    var personStarts: [Bool]
    var personEnds: [Bool]
    /// Index into the mention list, -1 when no mention ends at that token.
    var lastEnding: [Int32]

    init(_ mentions: [Mention], tokenCount: Int) {
        personStarts = [Bool](repeating: false, count: tokenCount + 1)
        personEnds = [Bool](repeating: false, count: tokenCount + 1)
        lastEnding = [Int32](repeating: -1, count: tokenCount + 1)
        mentions.withUnsafeBufferPointer { list in
            for i in list.indices {
                let start = list[i].startToken
                let end = list[i].endToken
                if list[i].label == .person {
                    personStarts[start] = true
                    personEnds[end] = true
                }
                lastEnding[end] = Int32(truncatingIfNeeded: i)
            }
        }
    }
}
