import Pipeline

/// Document-level decisions, made once every sentence has been read: a surname after the full name
/// ("Aliyev" after "Ilham Aliyev"), the same string labelled the same way, and titles kept only when a
/// person is attached to them.
extension EntityTagger {
    /// Hash of the folded bytes of a span, so "Aliyev" and "ALIYEV" compare equal without building strings.
    func foldedHash(_ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var p = from
        while p < to {
            let (b, next) = FoldedBytes.fold(bytes, p, to)
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            p = next
        }
        return h
    }

    mutating func resolveDocument() {
        var surnames: Set<UInt64> = []
        var labels: [UInt64: (EntityLabel, Bool)] = [:]
        for m in mentions {
            if m.label == .person, m.endToken - m.startToken >= 2 {
                let last = m.endToken - 1
                surnames.insert(foldedHash(Int(tokens.byteStart[last]), min(m.endByte, Int(tokens.byteEnd[last]))))
            }
            if m.label != .title {
                labels[foldedHash(m.startByte, m.endByte), default: (m.label, true)].1 = true
            }
        }
        for u in unresolved {
            let s = Int(tokens.byteStart[u.startToken])
            let e = Int(tokens.byteEnd[u.endToken - 1])
            let h = foldedHash(s, e)
            if u.endToken - u.startToken == 1, surnames.contains(h) {
                emit(u.startToken, u.endToken, .person, "document:surname-of-earlier-person")
            } else if let (label, _) = labels[h] {
                emit(u.startToken, u.endToken, label, "document:same-string")
            }
        }
        mentions.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        var index = MentionIndex(mentions)
        for t in pendingTitles where titleAttached(t, index) {
            var m = t
            m.label = .title
            m.origin += "+attached-to-person"
            index.lastEndingAt[m.endToken] = mentions.count
            mentions.append(m)
        }
        mentions.sort { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        // No nesting and no overlap: the earlier (then longer) mention wins.
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for m in mentions {
            if let last = kept.last, m.startByte < last.endByte { continue }
            kept.append(m)
        }
        mentions = kept
    }

    /// "spokesman Saeed Khatibzadeh", "Saeed Khatibzadeh, spokesman", "Khatibzadeh, the spokesman".
    func titleAttached(_ t: Mention, _ index: MentionIndex) -> Bool {
        if index.personStarts.contains(t.endToken) { return true }
        var k = t.startToken - 1
        if k >= 0, tokens.isAny(k, WordLists.articles, in: bytes) { k -= 1 }
        while k >= 0, let last = index.lastEndingAt[k + 1], mentions[last].label == .norp { k = mentions[last].startToken - 1 }
        guard k >= 1, isComma(k) else { return false }
        return index.personEnds.contains(k)
    }
}

/// Token lookups for `titleAttached`: searching every mention for every title candidate was quadratic
/// (a 10 MB text spent 30 s there; found by worst-input runs).
struct MentionIndex {
    var personStarts: Set<Int> = []
    var personEnds: Set<Int> = []
    /// The position in `mentions` of the last mention ending at a token.
    var lastEndingAt: [Int: Int] = [:]

    init(_ mentions: [Mention]) {
        for (i, m) in mentions.enumerated() {
            if m.label == .person {
                personStarts.insert(m.startToken)
                personEnds.insert(m.endToken)
            }
            lastEndingAt[m.endToken] = i
        }
    }
}
