/// A name the sentence defines as a settlement is a place, GPE, at its other mentions in the document too:
/// "Atwick is a village and civil parish in Holderness", "Bandarlapalle is a small village in the Palmaner
/// Taluk", "Sarkh, a town in Logar province", "Orlenbo is a district of Skarn" ("a school district" is an
/// institution). Small places are in no gazetteer, and the tagger, which does not know the name either, read
/// a person ("Atwick", "Baatsagaan"), an organization or nothing; the definition says what it is, as ANNOTATION.md's own example does ("Goris, a town in Armenia").
///
/// The definition: the name, then "is a"/"was a"/"is an" or, for a name of one or two words, a comma and
/// "a"/"an"; at most three lower-case words (adjectives: "small", "coastal"); a settlement's noun ending the
/// phrase (a comma, a full stop, a bracket, "in", "of", "and", "near", "on", "located" or "that" after it):
/// "a town councillor" or "a city official" names a person. A name of a person of the document stays a
/// person where repeated. An untagged name needs a word that is no common word ("This is a small town").
///
/// Runs after `CompanyNames`, on the final labels of the names.
struct DefinedPlaces {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tagger's lexicon of lower-case words: "This is a small town" names no place.
    let lexicon: Lexicon

    /// At most this many defined places spread per document.
    static let limit = 16

    func apply(_ mentions: inout [Mention]) {
        guard Mention.inTextOrder(mentions) else { return }
        var places: [Range<Int>] = []
        var added: [Mention] = []
        // The settlement nouns are rare: find them first, then read back to the name.
        let nouns = Self.settlementNouns
        let covering = Mention.covering(mentions, tokenCount: tokens.count)
        for n in tokens.tokens(where: { _, this, _ in this.contains(FlagBits.lowercase) }) where places.count < Self.limit {
            guard tokens.isAny(n, nouns, in: bytes), isPhraseEnd(after: n), let article = articleBefore(n),
                !tokens.isAny(n - 1, Self.institutionModifiers, in: bytes)
            else { continue }
            // The name ends right before "is"/"was" or the comma before the article.
            let link = article - 1
            guard link >= 1 else { continue }
            let appositive = tokens.isComma(link, in: bytes)
            guard appositive || tokens.is(link, "is", in: bytes) || tokens.is(link, "was", in: bytes) else { continue }
            let last = link - 1
            guard tokens.isCapitalized(last), !tokens.flags[last].contains(FlagBits.allCaps) || tokens.length(last) > 3 else { continue }
            let c = Int(covering[last])
            if c >= 0 {
                let m = mentions[c]
                guard m.endToken == last + 1, m.label == .person || m.label == .org || m.label == .gpe,
                    !appositive || m.endToken - m.startToken <= 2
                else { continue }
                if m.label != .gpe {
                    mentions[c].label = .gpe
                    mentions[c].origin = "rule:defined-place"
                }
                places.append(m.startByte..<m.endByte)
            } else {
                // Untagged: the capitalized word before the link, and one more before it.
                var s = last
                if s > 0, tokens.isCapitalized(s - 1), covering[s - 1] < 0, !tokens.flags[s].contains(FlagBits.sentenceStart),
                    !tokens.flags[s - 1].contains(FlagBits.lineEndAfter)
                {
                    s -= 1
                }
                guard !tokens.isAny(s, WordLists.articles, in: bytes),
                    (s...last).contains(where: { !lexicon.contains(token: $0, of: tokens, in: bytes) })
                else { continue }
                let m = Mention(s..<(last + 1), of: tokens, label: .gpe, origin: "rule:defined-place")
                added.append(m)
                places.append(m.startByte..<m.endByte)
            }
        }
        guard !places.isEmpty else { return }
        Mention.add(added, to: &mentions)
        // Its other mentions the tagger read as a person or an organization.
        var persons: [Range<Int>] = []
        for m in mentions where m.label == .person && m.endToken - m.startToken >= 2 { persons.append(m.startByte..<m.endByte) }
        for i in mentions.indices where mentions[i].label == .person || mentions[i].label == .org {
            let range = mentions[i].startByte..<mentions[i].endByte
            guard places.contains(where: { bytes.sameBytes($0, range) }),
                !persons.contains(where: { bytes.sameBytes($0, range) })
            else { continue }
            mentions[i].label = .gpe
            mentions[i].origin = "rule:defined-place"
        }
    }

    /// "a" or "an" at most three lower-case words before the noun `n`, the words between lower-case.
    private func articleBefore(_ n: Int) -> Int? {
        var k = n - 1
        var words = 0
        while k >= 0, words <= 3 {
            if tokens.is(k, "a", in: bytes) || tokens.is(k, "an", in: bytes) { return k }
            guard tokens.isLower(k) || tokens.is(k, "-", in: bytes) else { return nil }
            k -= 1
            words += 1
        }
        return nil
    }

    /// What may follow the noun for it to end the phrase: punctuation or a word that goes on to where.
    private func isPhraseEnd(after n: Int) -> Bool {
        let k = n + 1
        guard k < tokens.count else { return true }
        if tokens.isComma(k, in: bytes) || tokens.is(k, ".", in: bytes) || tokens.is(k, "(", in: bytes)
            || tokens.is(k, ";", in: bytes)
        {
            return true
        }
        return tokens.isLower(k) && tokens.isAny(k, Self.followers, in: bytes)
    }

    /// Nouns of settlements with a government of their own or none, and of the divisions that govern them
    /// (ANNOTATION.md: GPE; "Baatsagaan is a district of Bayankhongor Province").
    static let settlementNouns = WordSet([
        "village", "town", "city", "commune", "municipality", "parish", "borough", "township", "hamlet", "suburb",
        "kibbutz", "settlement", "townland", "comune", "district", "county", "province", "prefecture", "canton",
        "oblast", "governorate",
    ])
    /// Words that make an administrative noun an institution's ("a school district" is an ORG).
    static let institutionModifiers = WordSet(["school", "water", "sewer", "fire", "hospital", "library", "transit"])
    static let followers = WordSet(["in", "of", "and", "near", "on", "located", "that", "which", "situated", "within"])
}
