import Pipeline

/// The label of a span the tagger found, corrected by the cues the rules read better than the tagger: the
/// gazetteers' kind of a place, an event's or a company's or a newspaper's last word, a company noun or a
/// company's office next to the name, a dateline, an all-capitals heading. Used by `applyModel`
/// (ModelCombination.swift), which decides which spans stand.
extension EntityTagger {
    /// GPE, LOC or FAC for a place the tagger found: LOC for a planet or a moon ("Mars", "Europa": the
    /// gazetteers know towns of those names), else the rules' own label when a rule mention has exactly
    /// this span, else the gazetteer's kind of the span, else EVENT for an event named after its place
    /// ("Dubai Air Show"), else a head noun ("Lake", "Stadium"), else GPE.
    mutating func placeLabel(_ a: Int, _ b: Int) -> MentionLabel {
        if b == a + 1, tokens.isCapitalized(a), tokens.isAny(a, words.celestialBodies, in: bytes) { return .loc }
        if let m = ruleMention(a, b), m.label == .gpe || m.label == .loc || m.label == .fac {
            return m.label
        }
        if findings[a].labelEnd == b, let e = entry(a) {
            if e.kind.label == .loc { return .loc }
            if e.kind.label == .fac { return .fac }
            if e.kind.label == .gpe { return .gpe }
        }
        if isAirline(a, b) { return .org }
        if b - a >= 2, isEventHead(b - 1, afterPlace: true) { return .event }
        if b < tokens.count, tokens.isAny(b, words.companyOffices, in: bytes), findings[a].labelEnd == 0 { return .org }
        if isNewspaper(a, b, afterPlace: false) { return .org }
        if b - a >= 2, tokens.isCapitalized(b - 1), tokens.isAny(b - 1, words.companyHeads, in: bytes) { return .org }
        if b - a >= 2, tokens.isAny(b - 1, words.venueHeads, in: bytes) { return .fac }
        if b - a >= 2, tokens.isCapitalized(b - 1), tokens.isAny(b - 1, words.placeFacilityHeads, in: bytes) { return .fac }
        if b - a >= 2, tokens.isCapitalized(a), tokens.isAny(a, words.placeFacilityOpeners, in: bytes) { return .fac }
        if b - a >= 2, tokens.isCapitalized(b - 1), tokens.isAny(b - 1, words.placeFeatureHeads, in: bytes) { return .loc }
        for k in a..<b {
            if has(k, .facHead) { return .fac }
            if has(k, .locHead) { return .loc }
        }
        return .gpe
    }

    /// "Air France", "Air Astana", "Air New Zealand": "Air" and a place's name after it name the airline, as
    /// "Air India" and "Air China" already read (the tagger read some as the place). A place named so as a
    /// whole ("Air Ronge", a village) is found before this test.
    func isAirline(_ a: Int, _ b: Int) -> Bool {
        b - a >= 2 && b - a <= 3 && tokens.isCapitalized(a) && !tokens.flags[a].contains(FlagBits.allCaps)
            && tokens.is(a, "air", in: bytes) && findings[a + 1].allCues & GazetteerKind.gpe.bit != 0
    }

    /// A one-word region the curated lists also name as an organization ("Amazon") is the organization
    /// unless an article precedes it: English names rivers, forests and basins with "the" ("the Amazon"),
    /// a company without ("Amazon has cut prices", "Amazon's shares"), though a lower-case feature noun
    /// after it says the region ("Amazon rainforest", "Amazon basin").
    func isRegionNamedAsCompany(_ m: Mention) -> Bool {
        let t = m.startToken
        return m.label == .loc && m.endToken == t + 1 && has(t, .loc) && has(t, .org)
            && (t == 0 || !tokens.isAny(t - 1, words.articles, in: bytes))
            && (t + 1 >= tokens.count || !tokens.isAny(t + 1, words.naturalFeatureNouns, in: bytes))
    }

    /// A name of two words or more ending in a performance venue's head ("Shoreline Amphitheatre", "PNC Music
    /// Pavilion", "Ryman Auditorium"), or in "Center" after a word of performances or gatherings ("Blossom
    /// Music Center", "Santa Clara Convention Center"), is the venue, FAC, whether the tagger or the head-noun
    /// rule read a place, a company or a person in it.
    func isPerformanceVenue(_ m: Mention) -> Bool {
        guard m.endToken - m.startToken >= 2, m.label == .org || m.label == .gpe || m.label == .person || m.label == .loc
        else { return false }
        let last = m.endToken - 1
        guard tokens.isCapitalized(last) else { return false }
        if tokens.isAny(last, words.performanceVenueHeads, in: bytes) { return true }
        // "Blossom Music Center", "Saratoga Performing Arts Center", "Ruoff Home Mortgage Music Center".
        return tokens.isAny(last, words.venueHeads, in: bytes) && tokens.isCapitalized(last - 1)
            && tokens.isAny(last - 1, words.venueCenterModifiers, in: bytes)
    }

    /// The label of a tagger span of a class other than PLACE, corrected by cues the rules read better:
    /// a known place before "native" or "residents" is a place ("Boise residents"), a capitalized word
    /// opening a dateline ("VELTON, Ontario —", "HARWICK (Reuters) -") is a place, a competition's or a
    /// town's event head makes the event, and a company noun before a name makes it a company.
    mutating func spanLabel(_ label: MentionLabel, _ a: Int, _ b: Int) -> MentionLabel {
        guard label == .person || label == .org else { return label }
        if b < tokens.count, tokens.isAny(b, words.placeNouns, in: bytes),
            let m = ruleMention(a, b), m.label == .gpe || m.label == .loc
        {
            return m.label
        }
        if label == .org, isDateline(a, b) { return .gpe }
        // "Nebraska Gov. Harlan Voss": a known place before an office only places have is the place.
        if label == .org, b < tokens.count, tokens.isAny(b, words.placeOffices, in: bytes),
            let m = ruleMention(a, b), m.label == .gpe
        {
            return .gpe
        }
        // A newspaper or a company by its name's last word ("Hartford Courant", "Intuitive Machines").
        if label == .person, isNewspaper(a, b, afterPlace: true)
            || b - a >= 2 && tokens.isCapitalized(b - 1)
                && (tokens.isAny(b - 1, words.companyHeads, in: bytes) || tokens.isAny(b - 1, words.placeCompanyHeads, in: bytes))
        {
            return .org
        }
        // "Tyvak CEO", "WeWork founder": a name no gazetteer knows right before a company's office is the
        // company (a known place stays: "Texas chairman").
        if label == .person, b - a == 1, b < tokens.count, tokens.isAny(b, words.companyOffices, in: bytes),
            !has(a, .givenName), findings[a].labelEnd == 0
        {
            return .org
        }
        // A competition's head ends an event, not a person or a company ("Davis Cup", "ATP Finals").
        if b - a >= 2, isEventHead(b - 1, afterPlace: false) { return .event }
        // "the research firm Oanda", "the investment bank Morgan Stanley": the noun says what the name is.
        if label == .person, a > 0, tokens.isCompanyNoun(a - 1, in: bytes, words) {
            return .org
        }
        // "Porto Motor Show" read as an organization: a town and an event's head ("Conference" excepted:
        // athletic conferences are organizations).
        if label == .org, b - a >= 2, has(a, .gpe), isEventHead(b - 1, afterPlace: true),
            !tokens.is(b - 1, "conference", in: bytes)
        {
            return .event
        }
        return label
    }

    /// A name the tagger read as an organization or a place that its context makes a person's:
    /// - an age in commas after it ("Marie Ferrand Colby, 50, of Bethany"), the news convention for people;
    /// - a verb of saying right before it and a known given name first ("said Virginia Towle of ...");
    /// - read as a place: a state or country as a given name and a known surname ("Tennessee Williams").
    /// Two or three words, none an organization's, facility's or company's head.
    mutating func readsAsPerson(_ a: Int, _ b: Int, place: Bool) -> Bool {
        guard b - a >= 2, b - a <= 3, (a..<b).allSatisfy({ tokens.isCapitalized($0) }),
            !(a..<b).contains(where: { headLabel($0) != nil || tokens.isAny($0, words.companyHeads, in: bytes) })
        else { return false }
        if tokens.isAgeInCommas(at: b, in: bytes) { return true }
        // "Tennessee Williams", "Georgia Okafor": a state or country as a given name, then a known surname;
        // the pair is in no gazetteer.
        // The surname may be a town's name too ("Williams", Arizona).
        if place, b - a == 2, has(a, .gpe), has(a + 1, .surname), !has(a + 1, .loc),
            findings[a].labelEnd == a + 1, findings[a + 1].labelEnd <= a + 2
        {
            return true
        }
        guard a > 0, tokens.isLower(a - 1), tokens.isAny(a - 1, words.speechVerbs, in: bytes), hasName(a, .givenName)
        else { return false }
        // What follows closes a person's name, not a company's ("said Morgan Stanley analyst ...", "said
        // Morgan Stanley, which ...").
        guard b < tokens.count, !isSentenceStart(b) else { return true }
        if tokens.is(b, "of", in: bytes) || tokens.is(b, "who", in: bytes) || tokens.is(b, ".", in: bytes) { return true }
        return isComma(b) && !(b + 1 < tokens.count && tokens.isAny(b + 1, words.appositiveOpeners, in: bytes))
    }

    /// A capitalized event head: a competition's or gathering's ("Cup", "Finals", "Marathon"), or, after a
    /// place's name, an event's held there ("Air Show", "Security Conference").
    private func isEventHead(_ t: Int, afterPlace: Bool) -> Bool {
        tokens.isCapitalized(t)
            && (tokens.isAny(t, words.competitionHeads, in: bytes)
                || afterPlace && tokens.isAny(t, words.placedEventHeads, in: bytes))
    }

    /// "IS" in "WHO IS THE FRONT-RUNNER?": in an all-capitals line a function word looks like an acronym
    /// (the curated "IS", Islamic State) and is none.
    func isHeadingFunctionWord(_ a: Int, _ b: Int, _ features: inout TaggerFeatures) -> Bool {
        b == a + 1 && a < features.sentenceCasing.count && features.sentenceCasing[a] == 3
            && tokens.isAny(a, words.headingFunctionWords, in: bytes)
    }

    /// A name and a newspaper's last word ("Orange County Register", "San Diego Union-Tribune", "Hartford
    /// Courant"): the newspaper. A span the tagger read as a person must start with a known place.
    private mutating func isNewspaper(_ a: Int, _ b: Int, afterPlace: Bool) -> Bool {
        guard b - a >= 2, tokens.isCapitalized(b - 1) else { return false }
        if afterPlace, !(has(a, .gpe) || ruleStarting[a] >= 0 && mentions[Int(ruleStarting[a])].label == .gpe) {
            return false
        }
        if tokens.isAny(b - 1, words.newspaperHeads, in: bytes) { return true }
        // The part after a hyphen: "Union-Tribune", "Post-Gazette".
        let s = Int(tokens.byteStart[b - 1])
        let e = Int(tokens.byteEnd[b - 1])
        guard let hyphen = (s..<e).last(where: { bytes[$0] == 0x2D }), hyphen + 1 < e else { return false }
        return words.newspaperHeads.contains(folding: UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)..<e]))
    }

    /// Upper-case words opening a line and followed by a comma and a known place, or by a bracketed
    /// agency and a dash: the place line of a wire story.
    private mutating func isDateline(_ a: Int, _ b: Int) -> Bool {
        guard a == 0 || tokens.flags[a - 1].contains(FlagBits.lineEndAfter),
            (a..<b).allSatisfy({ tokens.flags[$0].contains(FlagBits.allCaps) }), b + 1 < tokens.count
        else { return false }
        if isComma(b) {
            let next = ruleStarting[b + 1]
            return (next >= 0 && (mentions[Int(next)].label == .gpe || mentions[Int(next)].label == .loc))
                || (findings[b + 1].labelEnd > 0 && entry(b + 1)?.kind.label == .gpe)
        }
        return tokens.flags[b].contains(FlagBits.opening)
    }
}
