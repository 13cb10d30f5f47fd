/// Names given as examples of a kind the sentence states: "films such as Silkwood, Mask and Moonstruck",
/// "franchises such as Tomb Raider, Red Dead Redemption, Destiny and more", "companies such as Gannett and
/// McClatchy".
///
/// - Works and products ("films", "albums", "novels", "games", "franchises", "drugs", ...): the names listed
///   are titles, none of our labels (ANNOTATION.md: products; OntoNotes: WORK_OF_ART), whatever the tagger read
///   in them ("Tomb Raider" a person, "Spirit in the Dark" an organization). A name before a possessive stays:
///   it is the author's ("Marvin Gaye's What's Going On").
/// - Companies and other organizations ("companies", "firms", "retailers", "universities", ...): a listed name that
///   is a whole item is an organization ("Gannett" was read as a person).
///
/// The list is what follows "such as", "like" or "including" after the plural (a comma between allowed), or
/// "such" + plural + "as": capitalized words, numbers and brackets ("Silkwood (1983)"), joined by commas,
/// "and", "or" and the small words inside titles ("Journey to the Center of the Earth"); it ends at another
/// lower-case word, at "by" (the author follows), at a sentence's end or the line's. Ambiguous plurals are left
/// out: "brands" (a brand is as often the company), "models" (fashion models are people) unless a company's
/// name comes before it ("Nissan models like the Altima"), "titles" (sports titles are events), "clubs" (night
/// clubs are venues).
struct ExampleLists {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    /// At most this many tokens of list.
    static let listTokens = 48

    func apply(_ mentions: inout [Mention]) {
        guard !mentions.isEmpty else { return }
        var works: [Range<Int>] = []
        var organizations: [Range<Int>] = []
        func read(kind t: Int, listStart s: Int) {
            guard t >= 0, tokens.isLower(t) else { return }
            // "Nissan models like the Altima": a company's models are its products (fashion models are not).
            let isWork = tokens.isAny(t, Self.workKinds, in: bytes)
                || t >= 1 && tokens.is(t, "models", in: bytes) && mentions.contains { $0.endToken == t && $0.label == .org }
            guard isWork || tokens.isAny(t, Self.organizationKinds, in: bytes) else { return }
            let e = listEnd(from: s)
            guard e > s else { return }
            if isWork { works.append(s..<e) } else { organizations.append(s..<e) }
        }
        // "such as", "like", "including" after the kind (a comma between allowed).
        for w in tokens.tokens(ofLength: 4, in: bytes, first: { $0 == 0x73 || $0 == 0x6C }) + tokens.tokens(
            ofLength: 9, in: bytes, first: { $0 == 0x69 })
        {
            guard w >= 1, tokens.isLower(w) else { continue }
            var listStart = w + 1
            if tokens.is(w, "such", in: bytes) {
                guard w + 1 < tokens.count, tokens.is(w + 1, "as", in: bytes) else { continue }
                listStart = w + 2
            } else if !tokens.is(w, "like", in: bytes), !tokens.is(w, "including", in: bytes) {
                continue
            }
            let kind = tokens.isComma(w - 1, in: bytes) ? w - 2 : w - 1
            read(kind: kind, listStart: listStart)
        }
        // "such core brands as", "such films as": "such", at most one word, the kind, "as".
        for a in tokens.tokens(ofLength: 2, in: bytes, first: { $0 == 0x61 }) where a >= 2 && tokens.is(a, "as", in: bytes) {
            if tokens.is(a - 2, "such", in: bytes) || a >= 3 && tokens.is(a - 3, "such", in: bytes) {
                read(kind: a - 1, listStart: a + 1)
            }
        }
        guard !works.isEmpty || !organizations.isEmpty else { return }
        mentions.removeAll { m in
            works.contains { $0.lowerBound <= m.startToken && m.endToken <= $0.upperBound }
                && !(m.endToken < tokens.count && tokens.isPossessive(m.endToken, in: bytes))
        }
        for i in mentions.indices where mentions[i].label == .person || mentions[i].label == .gpe {
            let m = mentions[i]
            guard organizations.contains(where: { $0.lowerBound <= m.startToken && m.endToken <= $0.upperBound }),
                isWholeItem(m)
            else { continue }
            mentions[i].label = .org
            mentions[i].origin = "rule:example-list"
        }
    }

    /// One past the list's last token, from its first token `s` (`s` itself when no capitalized word opens it).
    private func listEnd(from s: Int) -> Int {
        var t = s
        if t < tokens.count, tokens.isAny(t, WordLists.articles, in: bytes) { t += 1 }
        guard t < tokens.count, tokens.isCapitalized(t), !tokens.flags[t].contains(FlagBits.sentenceStart) else { return s }
        var end = s
        // After the item that "and" or "or" opens, a comma ends the list: "albums such as Simple Dreams and
        // Living in the USA, Ronstadt became" (a title's own "and", as in "Young, Gifted and Black", ends it
        // early too, which leaves the rest as it was).
        var lastJoined = false
        while t < tokens.count, t - s < Self.listTokens {
            if t > s, tokens.flags[t].contains(FlagBits.sentenceStart) { break }
            if tokens.isCapitalized(t) || tokens.flags[t].contains(FlagBits.numeric) || tokens.isPossessive(t, in: bytes)
                || tokens.is(t, "(", in: bytes) || tokens.is(t, ")", in: bytes)
            {
                end = t + 1
            } else if tokens.isComma(t, in: bytes) {
                if lastJoined { break }
            } else if tokens.isAny(t, Self.joiners, in: bytes) {
                // A joiner or a title's small word: the list goes on only if a name follows.
                if tokens.isAny(t, Self.itemJoiners, in: bytes) { lastJoined = true }
            } else {
                break
            }
            if tokens.flags[t].contains(FlagBits.lineEndAfter) { break }
            t += 1
        }
        return end
    }

    /// The mention is an item of its list: a comma, "and", "or" or the list's start before it (an article
    /// between allowed), and a comma, "and", "or", a bracket or the list's end after it.
    private func isWholeItem(_ m: Mention) -> Bool {
        var b = m.startToken - 1
        if b >= 0, tokens.isAny(b, WordLists.articles, in: bytes) { b -= 1 }
        let before = b < 0 || tokens.isComma(b, in: bytes) || tokens.isAny(b, Self.itemJoiners, in: bytes)
            || tokens.is(b, "as", in: bytes) || tokens.is(b, "like", in: bytes) || tokens.is(b, "including", in: bytes)
        let a = m.endToken
        let after = a >= tokens.count || tokens.isComma(a, in: bytes) || tokens.isAny(a, Self.itemJoiners, in: bytes)
            || !tokens.isCapitalized(a) && !tokens.isLower(a)
        return before && after
    }

    /// Plurals of works and products whose examples are titles.
    static let workKinds = WordSet([
        "films", "movies", "shows", "series", "sitcoms", "albums", "songs", "singles", "novels", "books", "plays",
        "operas", "musicals", "poems", "games", "franchises", "video-games", "apps", "drugs", "medications",
        "painkillers", "cereals", "cars", "vehicles", "sedans", "trucks", "phones", "smartphones", "laptops",
        "tablets", "consoles", "gadgets",
    ])
    /// Plurals of organizations whose examples are organizations.
    static let organizationKinds = WordSet([
        "companies", "firms", "retailers", "banks", "lenders", "insurers", "carmakers", "automakers", "airlines",
        "publishers", "broadcasters", "newspapers", "startups", "start-ups", "chains", "teams",
        "universities", "charities", "manufacturers", "suppliers", "conglomerates", "corporations",
    ])
    /// Words that join a list's items or sit inside a title ("Spirit in the Dark", "Journey to the Center
    /// of the Earth").
    static let joiners = WordSet([
        "and", "or", "&", "the", "a", "an", "of", "in", "on", "to", "for", "at", "with", "from",
    ])
    static let itemJoiners = WordSet(["and", "or", "&"])
}
