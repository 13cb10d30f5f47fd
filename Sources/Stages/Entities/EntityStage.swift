import Pipeline

/// Tags PERSON, NORP, GPE, LOC, FAC, ORG, EVENT, LAW and TITLE mentions (ANNOTATION.md) from gazetteers
/// and rules over tokens, then lets a statistical tagger (Model/, trained on GMB) label the capitalized
/// words the rules left open and overrule their weakest guesses; every mention records the rule,
/// resource or model that produced it in `origin`.
public struct EntityStage: CatalogStage {
    public static let stageName = "entities"
    public static let summary = "named entities from gazetteers and rules"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let adds: Set<Layer> = [.entities]
    /// Its rules and resources are English: other languages skip it (`--lang`).
    public let englishOnly = true

    /// A stage; the gazetteers and the tagger model load once per process, on first use.
    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        guard !document.tokens.isEmpty else { return }
        let (tagged, _, walk) = Self.tagged(document, model: EntityModel.shared)
        let mentions = Self.resolvingDates(tagged, in: &document)
        let map = document.offsets
        // One allocation: appended one by one, the entities array grew (and was copied) about seven times
        // per document.
        document.entities.reserveCapacity(document.entities.count + mentions.count)
        var origins = OriginTexts()
        if map.isASCII {
            for m in mentions where m.startByte < m.endByte {
                document.addEntity(
                    Span(m.startByte, m.endByte), utf8: m.startByte..<m.endByte, label: m.label.entityLabel,
                    origin: origins.text(of: m.origin))
            }
        } else {
            // The kept mentions are in text order and do not overlap: one forward walk converts them.
            var text = document.text
            let spans = text.withUTF8 { bytes in
                var cursor = walk?.rewound() ?? OffsetWalk(bytes: bytes, map: map)
                return mentions.map { m in
                    Span(cursor.scalarOffset(utf8: m.startByte), cursor.scalarOffset(utf8: m.endByte))
                }
            }
            for (m, span) in zip(mentions, spans) where !span.isEmpty {
                // The mention's bytes are its span's: the document need not convert the span back.
                document.addEntity(
                    span, utf8: m.startByte..<m.endByte, label: m.label.entityLabel, origin: origins.text(of: m.origin))
            }
        }
    }

    /// Time zones written after a clock time ("5:45 p.m. ET"): part of the time, never a name.
    static let timeZones: Set<String> = [
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "GMT", "UTC",
        "BST", "CET", "CEST", "EET", "EEST", "WET", "IST", "JST", "KST", "AEST", "AEDT", "MSK", "SGT", "HKT", "AM",
        "PM", "A.M.", "P.M.",
    ]

    /// The entity stage chooses between its names and the DATE and TIME mentions already in the document
    /// (the date stage runs first), so that nothing overlaps: a name that contains a capitalized date word
    /// ("Good Friday Agreement", a masthead "MORNING TODAY") or an event's name that holds a date ("2001 United
    /// Kingdom general election") wins and the date goes; otherwise the date wins
    /// and the name goes ("AM" inside "08:38 AM"). A street address wins over its house number read as a
    /// year. A time zone right after a time is the time's, not a name.
    static func resolvingDates(_ mentions: [Mention], in document: inout Document) -> [Mention] {
        let dateIndices = document.entities.indices.filter {
            document.entities[$0].label == .date || document.entities[$0].label == .time
        }
        guard !dateIndices.isEmpty, !mentions.isEmpty else { return mentions }
        let dates = dateIndices.map { i -> (index: Int, lower: Int, upper: Int) in
            let e = document.entities[i]
            let (lower, upper) = document.offsets.utf8Offsets(scalarStart: e.start, scalarEnd: e.end)
            return (i, lower, upper)
        }
        var text = document.text
        var dropDates = Set<Int>()
        // Dates do not overlap each other and the mentions are in text order: one sweep (a document of
        // 5 MB can hold 50,000 dates).
        let sortedDates = dates.sorted { $0.lower < $1.lower }
        let inOrder = Mention.inTextOrder(mentions)
        let ordered = inOrder ? mentions : mentions.sorted { ($0.startByte, -$0.endByte) < ($1.startByte, -$1.endByte) }
        let kept: [Mention] = text.withUTF8 { bytes in
            var j = 0
            var lastEnded: (index: Int, lower: Int, upper: Int)?
            return ordered.compactMap { original -> Mention? in
                var m = original
                while j < sortedDates.count, sortedDates[j].upper <= m.startByte {
                    lastEnded = sortedDates[j]
                    j += 1
                }
                var k = j
                while k < sortedDates.count, sortedDates[k].lower < m.endByte {
                    let d = sortedDates[k]
                    k += 1
                    guard d.upper > m.startByte else { continue }
                    // A date may reach before an event's name only by its article: "the Seven Years" in "the
                    // Seven Years' War" (the name leaves the article out, ANNOTATION.md's span rule).
                    let lower = m.label == .event && d.lower < m.startByte && Self.isArticle(bytes, d.lower, m.startByte)
                        ? m.startByte : d.lower
                    let inside = m.startByte <= lower && d.upper <= m.endByte && (m.startByte, m.endByte) != (lower, d.upper)
                    // A house number is no year: "1909 Jolinda Drive" (`StreetAddresses`).
                    if inside, m.label == .event || m.origin == StreetAddresses.origin
                        || (m.endToken - m.startToken >= 2 && lower < d.upper && bytes[lower] &- 0x41 < 26)
                    {
                        dropDates.insert(d.index)
                        continue
                    }
                    // "NATO 50 years ago", "the U.N. Security Council on Aug. 6": a name the date begins inside
                    // after its first word loses its tail to the date, not its whole.
                    if m.label != .event, d.lower > m.startByte, let end = Self.nameEnd(bytes, from: m.startByte, before: d.lower) {
                        m.endByte = end
                        break
                    }
                    return nil
                }
                // "ET" after "5:45 p.m.": only spaces between the time's end and the mention.
                if m.endToken == m.startToken + 1, m.endByte - m.startByte <= 4, let d = lastEnded,
                    document.entities[d.index].label == .time, bytes[d.upper..<m.startByte].allSatisfy({ $0 == 0x20 }),
                    timeZones.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[m.startByte..<m.endByte]), as: UTF8.self))
                {
                    return nil
                }
                return m
            }
        }
        if !dropDates.isEmpty {
            document.entities = document.entities.enumerated().filter { !dropDates.contains($0.offset) }.map(\.element)
        }
        return kept
    }

    /// Where a name starting at byte `start` ends when it must end before byte `limit`: before the spaces,
    /// commas and brackets there and before a lower-case word of up to four letters ("on" of "Council on
    /// Aug. 6"); nil when no capitalized word or number is left, or when the date at `limit` goes on the name
    /// in capitals ("Namibian Independence Day concert": the name held the date) rather than after a
    /// lower-case word or with a number ("NATO 50 years ago").
    static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int? {
        var e = limit
        var separated = limit < bytes.count && bytes[limit] &- 0x30 < 10
        for _ in 0..<3 {
            while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x2C || bytes[e - 1] == 0x28 || bytes[e - 1] == 0x2D {
                e -= 1
            }
            var w = e
            while w > start, bytes[w - 1] &- 0x61 < 26 { w -= 1 }
            guard w < e, e - w <= 4, w > start, bytes[w - 1] == 0x20 else { break }
            e = w
            separated = true
        }
        guard separated else { return nil }
        var w = e
        while w > start, bytes[w - 1] != 0x20 { w -= 1 }
        guard e > start, bytes[w] &- 0x41 < 26 || bytes[w] &- 0x30 < 10 || bytes[w] >= 0x80 else { return nil }
        return e
    }

    /// True when bytes `s..<e` are "the" or "The" and the spaces after it.
    static func isArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, bytes[s] | 0x20 == 0x74, bytes[s + 1] == 0x68, bytes[s + 2] == 0x65 else { return false }
        return bytes[(s + 3)..<e].allSatisfy { $0 == 0x20 }
    }

    /// The mentions of a tokenized document, and the work count of the document pass (see
    /// `EntityTagger.documentWork`).
    static func tag(_ document: Document) -> (mentions: [Mention], documentWork: Int) {
        tag(document, model: EntityModel.shared)
    }

    static func tag(_ document: Document, model: EntityModel) -> (mentions: [Mention], documentWork: Int) {
        let (mentions, documentWork, _) = tagged(document, model: model)
        return (mentions, documentWork)
    }

    /// `tag`, with the offset walk of the tokens (nil for ASCII text) for converting the mentions back.
    static func tagged(_ document: Document, model: EntityModel) -> (
        mentions: [Mention], documentWork: Int, walk: OffsetWalk?
    ) {
        var walk: OffsetWalk?
        var tokens = TokenTable(document, walk: &walk)
        var text = document.text
        return text.withUTF8 { bytes in
            tokens.demoteCodes(bytes)
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.budget = document.budget
            tagger.run()
            tagger.resolveDocument()
            tagger.applyModel(model, evidence: EntityEvidence.current)
            tagger.readLanguagesAndSourceLines()
            tagger.addPersonsBeforeAges()
            CoordinatedPlaces(tokens: tokens, bytes: bytes, gazetteer: Gazetteer.shared).apply(&tagger.mentions)
            Publications(tokens: tokens, bytes: bytes, gazetteer: Gazetteer.shared).apply(&tagger.mentions)
            StateSchools(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            TeamsAndMarkets(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            PlaceNamedTeams(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            HeadFirstNames(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            ServicePlatforms(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            ProductModels(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            ProductVariants(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            HallsOfFame(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            CompanyNames(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            DefinedPlaces(tokens: tokens, bytes: bytes, lexicon: model.lexicon).apply(&tagger.mentions)
            DescribedOrganizations(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            AppositiveOrganizations(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            PostalPlaces(tokens: tokens, bytes: bytes, lexicon: model.lexicon).apply(&tagger.mentions)
            GluedOfficeHolders(
                tokens: tokens, bytes: bytes, findings: tagger.findings, gazetteer: Gazetteer.shared, lexicon: model.lexicon
            ).apply(&tagger.mentions)
            UnknownFirstNames(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            PlaceFirstNames(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            SurnamePlaces(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            UnintroducedPersons(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            SurnameRepeats(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon).apply(&tagger.mentions)
            KnownAsNames(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            CamelCaseNames(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            AmpersandNames(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            OnNames(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            ArticleSplits(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon).apply(&tagger.mentions)
            CalendarTails(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            CurrencyPrefixes(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            TitlePhrases(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            JobTitles(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            EmployersAfterTitles(
                tokens: tokens, bytes: bytes, findings: tagger.findings, gazetteer: Gazetteer.shared, lexicon: model.lexicon
            ).apply(&tagger.mentions)
            OfficeAgencies(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            EmbassyInstitutions(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            RegionalNationalities(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            Doctrines(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon).apply(&tagger.mentions)
            BracketedAcronyms(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            TickerSymbols(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            CeremoniesAndOpens(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            DatedEvents(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            HyphenatedNames(tokens: tokens, bytes: bytes, gazetteer: Gazetteer.shared).apply(&tagger.mentions)
            VenueNames(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            PossessiveNames(tokens: tokens, bytes: bytes, lexicon: model.lexicon).apply(&tagger.mentions)
            PersonNameOpeners(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            StakeholderCompanies(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            CompanyProducts(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            NamedServices(tokens: tokens, bytes: bytes, findings: tagger.findings, lexicon: model.lexicon)
                .apply(&tagger.mentions)
            CompanyUnits(tokens: tokens, bytes: bytes, findings: tagger.findings, gazetteer: Gazetteer.shared)
                .apply(&tagger.mentions)
            CoordinatedCompanies(tokens: tokens, bytes: bytes, findings: tagger.findings).apply(&tagger.mentions)
            DiseaseNames(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            StreetAddresses(tokens: tokens, bytes: bytes, lexicon: model.lexicon).apply(&tagger.mentions)
            InstitutionSeats(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            ExampleLists(tokens: tokens, bytes: bytes).apply(&tagger.mentions)
            return (tagger.mentions, tagger.documentWork, walk)
        }
    }
}
