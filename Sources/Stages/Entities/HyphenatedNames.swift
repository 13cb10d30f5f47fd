/// Names inside a hyphenated word: "London-based", "Sacramento-based", "Google-owned" (the name before a
/// lower-case descriptor) and "US-China", "Israeli-Palestinian", "Russia-Ukraine" (two places or two
/// peoples side by side). The tokenizer keeps a hyphenated word whole, so the gazetteers, which match whole
/// tokens, and the tagger, which scores them, saw one unknown word; OntoNotes splits at the hyphen and
/// tags the names ("London-based" → GPE `London`), and the offsets here are code points, so a mention can
/// cover part of a token. A hyphenated name the gazetteers know whole ("Guinea-Bissau", "Nagorno-Karabakh")
/// stays whole, and so does an American identity ("African-American": one NORP). Corpora that tag whole
/// tokens (GMB, CrossNER) count the parts as false alarms: GMB dev .701 -> .699, CrossNER literature
/// .675 -> .673 for this reason alone.
/// A person inside such a word is tagged only when the document names that person elsewhere ("Trump-era",
/// "post-Mueller", "the Howitt-Garrett papers"): no list knows persons, and a capitalized word before "-era"
/// may as well be a thing ("Jazz-era").
///
/// Runs last, after the names of whole tokens are final: it only reads tokens no mention covers.
struct HyphenatedNames {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let gazetteer: Gazetteer

    func apply(_ mentions: inout [Mention]) {
        let n = tokens.count
        // A name read on over its descriptor ("Tel Aviv-based" as one ORG, "London-based" as one GPE): the
        // name is what comes before.
        for i in mentions.indices {
            let t = mentions[i].endToken - 1
            guard tokens.flags[t].contains(FlagBits.hyphenated), mentions[i].endByte == Int(tokens.byteEnd[t]) else {
                continue
            }
            guard let hyphen = descriptorHyphen(t), mentions[i].startByte < hyphen else { continue }
            mentions[i].endByte = hyphen
            if let place = label(mentions[i].startByte, hyphen, allowing: [.gpe, .loc]) { mentions[i].label = place }
        }
        var added: [Mention] = []
        // A name read on from a hyphenated place before it ("Ohio-based Meridian", "Britain-based Mines
        // Advisory Group" as one mention): the place and the name are two mentions, and the name is an
        // organization when the tagger took the whole for a place ("based", "owned": what a place holds).
        // The place may be of several words, the hyphen in its last ("New York-based RJR").
        for i in mentions.indices where mentions[i].endToken - mentions[i].startToken >= 2 {
            let first = mentions[i].startToken
            guard mentions[i].startByte == Int(tokens.byteStart[first]),
                let t = (first..<(mentions[i].endToken - 1)).first(where: { tokens.flags[$0].contains(FlagBits.hyphenated) }),
                tokens.isCapitalized(t + 1)
            else { continue }
            let s = Int(tokens.byteStart[first])
            let e = Int(tokens.byteEnd[t])
            guard let hyphen = descriptorHyphen(t), let place = label(s, hyphen, allowing: [.gpe, .loc]) else { continue }
            added.append(
                Mention(startToken: first, endToken: t + 1, startByte: s, endByte: hyphen, label: place, origin: "rule:hyphenated-name"))
            mentions[i].startToken = t + 1
            mentions[i].startByte = Int(tokens.byteStart[t + 1])
            if mentions[i].label == .gpe || mentions[i].label == .loc, !isPersonDescriptor(hyphen + 1, e) {
                mentions[i].label = .org
            }
        }
        Mention.add(added, to: &mentions)
        added = []
        // "Sen. Jesse Helms, R-N.C.," read as one place: the party's letter is no part of the state.
        for i in mentions.indices where mentions[i].endToken == mentions[i].startToken + 1 {
            let t = mentions[i].startToken
            if let state = partyState(t), mentions[i].startByte == Int(tokens.byteStart[t]), state.endToken == t + 1 {
                mentions[i].startByte = state.start
                mentions[i].label = .gpe
            }
        }
        var m = 0
        // Built at the first hyphenated word: most documents have none.
        var personWords: PersonWords?
        for t in 0..<n where tokens.flags[t].contains(FlagBits.hyphenated) {
            let persons = personWords ?? PersonWords(mentions: mentions, tokens: tokens, bytes: bytes)
            personWords = persons
            let s = Int(tokens.byteStart[t])
            let e = Int(tokens.byteEnd[t])
            while m < mentions.count, mentions[m].endToken <= t { m += 1 }
            if m < mentions.count, mentions[m].startToken <= t { continue }
            guard bytes[s] &- 0x41 < 26 else {
                // "post-Mueller", "anti-Trump": a person of the document after a prefix (a place or a people
                // there is the tagger's: "post-Soviet").
                if let h = tokens.prefixHyphen(t, in: bytes), h + 2 < e, !((h + 1)..<e).contains(where: { bytes[$0] == 0x2D }),
                    persons.contains(h + 1, e)
                {
                    added.append(mention(t, h + 1, e, .person))
                }
                continue
            }
            // The parts between ASCII hyphens (at most four: "Indo-Pacific-focused"): their number and the
            // last hyphen, no list (this runs for every hyphenated capitalized word).
            var hyphens = 0
            var first = -1
            var last = -1
            for k in s..<e where bytes[k] == 0x2D {
                hyphens += 1
                if first < 0 { first = k }
                last = k
            }
            guard hyphens >= 1, hyphens <= 3, first != s, last + 1 < e else { continue }
            // "Rep. Dan Burton, R-Ind.": a legislator's party and state.
            if let state = partyState(t) {
                // The period token after it must be free.
                if state.endToken == t + 2, m < mentions.count, mentions[m].startToken <= t + 1 { continue }
                added.append(
                    Mention(startToken: t, endToken: state.endToken, startByte: state.start, endByte: state.end, label: .gpe,
                        origin: "rule:party-state"))
                continue
            }
            if gazetteer.match(from: s, to: e, bytes: bytes) != nil { continue }
            if bytes[last + 1] &- 0x61 < 26 {
                // "Trump-era", "Sugarman-led": a person of the document before a descriptor.
                if hyphens == 1, persons.contains(s, last), Self.personCompounds.contains(folding: UnsafeBufferPointer(rebasing: bytes[(last + 1)..<e])) {
                    added.append(mention(t, s, last, .person))
                    continue
                }
                // "London-based": the name before a descriptor.
                guard isDescriptor(last + 1, e), let label = label(s, last, allowing: [.gpe, .loc, .org]) else { continue }
                added.append(mention(t, s, last, label))
            } else if hyphens == 1, bytes[last + 1] &- 0x41 < 26, persons.contains(s, last), persons.contains(last + 1, e) {
                // "the Howitt-Garrett papers": two persons of the document, side by side.
                added.append(mention(t, s, last, .person))
                added.append(mention(t, last + 1, e, .person))
            } else if hyphens == 1, bytes[last + 1] &- 0x41 < 26 {
                // "US-China", "Israeli-Palestinian": two of a kind, each a name of the gazetteers.
                guard let left = label(s, last, allowing: [.gpe, .norp]), let right = label(last + 1, e, allowing: [.gpe, .norp]),
                    left == right
                else { continue }
                // "African-American", "Mexican-Americans": one identity, one NORP.
                if left == .norp, isAmerican(last + 1, e) {
                    added.append(mention(t, s, e, .norp))
                    continue
                }
                added.append(mention(t, s, last, left))
                added.append(mention(t, last + 1, e, right))
            }
        }
        Mention.add(added, to: &mentions)
    }

    /// Where the state starts in token `t` when it is an American legislator's party and state ("R-Ind.",
    /// "D-N.Y."): the party's capital letter, a hyphen, a place the gazetteers know.
    /// The tokenizer leaves the abbreviation's period apart ("R-Ind" "."): the state then ends after it, and
    /// the mention covers both tokens. Its start and end bytes and its end token.
    private func partyState(_ t: Int) -> (start: Int, end: Int, endToken: Int)? {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard e - s >= 3, bytes[s + 1] == 0x2D, bytes[s] == 0x52 || bytes[s] == 0x44 || bytes[s] == 0x49,
            bytes[s + 2] &- 0x41 < 26
        else { return nil }
        if t + 1 < tokens.count, Int(tokens.byteStart[t + 1]) == e, tokens.length(t + 1) == 1, bytes[e] == 0x2E,
            label(s + 2, e + 1, allowing: [.gpe]) != nil
        {
            return (s + 2, e + 1, t + 2)
        }
        guard label(s + 2, e, allowing: [.gpe]) != nil else { return nil }
        return (s + 2, e, t + 1)
    }

    /// The gazetteer label of bytes `s..<e` when it is one of `labels`.
    private func label(_ s: Int, _ e: Int, allowing labels: [MentionLabel]) -> MentionLabel? {
        gazetteer.wholeLabel(from: s, to: e, bytes: bytes, allowing: labels)
    }

    /// Bytes `s..<e` spell "American" or "Americans".
    private func isAmerican(_ s: Int, _ e: Int) -> Bool {
        WordLists.americans.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<e]))
    }

    /// The last hyphen of token `t` when a lower-case descriptor follows it and a name comes before it
    /// ("London-based", "Tel Aviv-based" as its last token).
    private func descriptorHyphen(_ t: Int) -> Int? {
        let s = Int(tokens.byteStart[t])
        let e = Int(tokens.byteEnd[t])
        guard let hyphen = (s..<e).last(where: { bytes[$0] == 0x2D }), hyphen > s, hyphen + 1 < e,
            bytes[hyphen + 1] &- 0x61 < 26, isDescriptor(hyphen + 1, e)
        else { return nil }
        return hyphen
    }

    /// Bytes `s..<e` spell a lower-case descriptor of what a name has made or placed.
    private func isDescriptor(_ s: Int, _ e: Int) -> Bool {
        Self.descriptors.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<e]))
    }

    /// Bytes `s..<e` spell a descriptor of where a person comes from ("London-born").
    private func isPersonDescriptor(_ s: Int, _ e: Int) -> Bool {
        Self.personDescriptors.contains(folding: UnsafeBufferPointer(rebasing: bytes[s..<e]))
    }

    static let personDescriptors = WordSet(["born", "raised", "bound", "area", "style"])

    /// What a person's name makes of the word after its hyphen: a time, a following, an act ("Trump-era",
    /// "Sugarman-led", "Obama-appointed").
    static let personCompounds = WordSet([
        "era", "led", "backed", "imposed", "appointed", "style", "like", "inspired", "endorsed", "allied", "aligned",
        "nominated", "owned", "run", "funded", "linked", "brokered", "signed", "ordered", "supporting", "loyal",
    ])

    static let descriptors = WordSet([
        "based", "born", "led", "owned", "backed", "headquartered", "made", "listed", "registered", "run",
        "controlled", "bound", "area", "raised", "funded", "operated", "built", "style",
        // What a policy or a group is about or with ("China-specific tariffs", "Iran-linked hackers",
        // "Europe-wide rules", "Saudi-brokered truce").
        "specific", "focused", "linked", "allied", "aligned", "sponsored", "brokered", "affiliated", "wide",
    ])

    /// The last words of the document's persons ("Mueller" of "Robert Mueller", "Trump"): a surname inside a
    /// hyphenated word is that person only when the document names the person.
    /// Words are kept as hashes of their bytes (no copy of each word), sorted for a binary search: a Set
    /// hashed each hash again (SipHash) and regrew as the document's persons came.
    struct PersonWords {
        private var words: [UInt64] = []
        let bytes: UnsafeBufferPointer<UInt8>

        init(mentions: [Mention], tokens: TokenTable, bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            for m in mentions where m.label == .person {
                let t = m.endToken - 1
                let s = max(m.startByte, Int(tokens.byteStart[t]))
                if m.endByte - s >= 2 { words.append(key(s, m.endByte)) }
            }
            words.sort()
        }

        func contains(_ s: Int, _ e: Int) -> Bool {
            guard !words.isEmpty, e - s >= 2 else { return false }
            let k = key(s, e)
            return words.withUnsafeBufferPointer { SortedKeys.contains(k, in: $0) }
        }

        private func key(_ s: Int, _ e: Int) -> UInt64 {
            SplitMix.contentKey(UnsafeBufferPointer(rebasing: bytes[s..<e]))
        }
    }

    private func mention(_ t: Int, _ s: Int, _ e: Int, _ label: MentionLabel) -> Mention {
        Mention(startToken: t, endToken: t + 1, startByte: s, endByte: e, label: label, origin: "rule:hyphenated-name")
    }
}
