import Pipeline
import Testing

@testable import Stages

/// Structure the relation stage imposes on every relation, whatever pattern or classifier proposed it
/// (`EntityFacts`). Entities are given inline, so each test is about the relation stage alone; the
/// sentences are invented.
@Suite("Relations: sentence structure")
struct RelationStructureTests {
    static func relations(_ markup: String) throws -> [String] { try RelationFixtures.relations(markup) }

    /// Whether the structure of the (one-sentence) markup lets a relation of `type` join the entities with
    /// these texts: what the classifier or a pattern may then propose.
    static func allows(_ type: RelationType, _ head: String, _ tail: String, in markup: String) throws -> Bool {
        let s = try structure(head, tail, in: markup)
        return s.facts.allows(RelationCode.of(type), head: s.head, tail: s.tail)
    }

    /// The structure the stage reads from the (one-sentence) markup, and the indices of the entities with
    /// these texts.
    static func structure(_ head: String, _ tail: String, in markup: String) throws
        -> (facts: EntityFacts, document: Document, head: Int, tail: Int)
    {
        let document = try RelationFixtures.marked(markup).document
        var facts = EntityFacts(document)
        var found = RelationCollector()
        RelationStage().analyze(document, &found, &facts) { _, _, _, _, _, _ in }
        let h = try #require(document.entities.firstIndex { $0.text == head })
        let t = try #require(document.entities.firstIndex { $0.text == tail })
        return (facts, document, h, t)
    }

    @Test("a list of places is not a chain of containers")
    func listIsNoChain() throws {
        let r = try Self.relations(
            "Path B: [GPE Bosnia and Herzegovina], [GPE Slovakia], [GPE Republic of Ireland], [GPE Northern Ireland]")
        #expect(!r.contains { $0.hasPrefix("located_in") }, "\(r)")
        let towns = try Self.relations("Flights resumed to [GPE Lyon], [GPE Nantes], [GPE Lille] and [GPE Metz] on Monday.")
        #expect(!towns.contains { $0.hasPrefix("located_in") }, "\(towns)")
    }

    @Test("a list longer than a scan's bound is no chain either, with or without its closing conjunction")
    func longListIsNoChain() throws {
        let towns = ["Lyon", "Nantes", "Lille", "Metz", "Paris", "Baku", "Tehran", "Yerevan", "Tbilisi", "Ankara"]
        let count = 3 * PatternMatcher.longestScannedList
        let names = (0..<count).map { "[GPE \(towns[$0 % towns.count])]" }
        let open = try Self.relations("Flights resumed to " + names.joined(separator: ", ") + " on Monday.")
        #expect(!open.contains { $0.hasPrefix("located_in") }, "\(open.prefix(5))")
        let closed = try Self.relations(
            "Flights resumed to " + names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") + ".")
        #expect(!closed.contains { $0.hasPrefix("located_in") }, "\(closed.prefix(5))")
    }

    @Test("the classifier alone puts an organization or a person only in a place the place table knows")
    func aloneOnlyInKnownPlaces() throws {
        func alone(_ type: RelationType, _ head: String, _ tail: String, in markup: String) throws -> Bool {
            let (facts, document, h, t) = try Self.structure(head, tail, in: markup)
            return facts.mayDecideAlone(RelationCode.of(type), head: h, tail: t, in: document)
        }
        // A product or a company the tagger took for a place.
        #expect(try !alone(.basedIn, "Orbix", "Zentrovia", in: "[ORG Orbix] streams its games on [GPE Zentrovia] now."))
        #expect(try !alone(.livesIn, "Ann Orr", "Zentrovia", in: "[PERSON Ann Orr] posted on [GPE Zentrovia] today."))
        #expect(try alone(.basedIn, "Orbix", "Lyon", in: "[ORG Orbix] streams its games from [GPE Lyon] now."))
        #expect(try alone(.livesIn, "Ann Orr", "Lyon", in: "[PERSON Ann Orr] posted from [GPE Lyon] today."))
        // Between two places the levels decide, not this rule.
        #expect(try alone(.locatedIn, "Zentrovia", "Lyon", in: "Snow hit [GPE Zentrovia] near [GPE Lyon] today."))
    }

    @Test("the classifier reads no pair of a 'sentence' with more argument mentions than a sentence has")
    func runOnSentenceHasNoCandidates() throws {
        func candidates(_ markup: String) throws -> Int {
            let document = try RelationFixtures.marked(markup).document
            var facts = EntityFacts(document)
            var found = RelationCollector()
            var count = 0
            let pairs = PairCandidates()
            RelationStage().analyze(document, &found, &facts) { _, facts, _, sentence, fired, _ in
                pairs.forEach(sentence, facts, fired: fired, wanted: UInt16.max) { _, _, _, _, _, _ in count += 1 }
            }
            return count
        }
        let short = "[PERSON Ann Orr] of [ORG Orbix] met [PERSON Tom Hale] in [GPE Lyon]."
        #expect(try candidates(short) > 0)
        let names = (0...PairCandidates.mostArguments).map { _ in "[GPE Metz]" }.joined(separator: " ")
        #expect(try candidates("[PERSON Ann Orr] of [ORG Orbix] visited " + names + ".") == 0)
    }

    @Test("a bloc or direction named by a compass word is in no located_in")
    func compassBloc() throws {
        let markup = "Talks with the [LOC West] went on while the embassy in the region is located in [GPE Tarsk]."
        #expect(try !Self.allows(.locatedIn, "West", "Tarsk", in: markup))
        let r = try Self.relations(markup)
        #expect(!r.contains { $0.hasPrefix("located_in") }, "\(r)")
        #expect(try Self.allows(.locatedIn, "Lyon", "France", in: "Protests spread to [GPE Lyon], [GPE France], on Sunday."))
    }

    @Test("the pattern matches of a pair are found alike in a short sentence (scanned) and a long one (indexed)")
    func firedPairsIndex() {
        func pattern(_ head: Int32, _ tail: Int32, _ type: Int32) -> FiredPattern {
            FiredPattern(head: head, tail: tail, pattern: head &* 7 &+ tail, type: type, confidence: 8)
        }
        for count in [3, FiredPairs.linearLimit + 1, 200] {
            // Indices start past zero, as a sentence's slice of the document's matches does.
            var all = [pattern(-1, -1, 0)]
            for i in 0..<count { all.append(pattern(Int32(i % 5), Int32(i % 3), Int32(i % 2))) }
            let slice = all[1...]
            let pairs = FiredPairs(slice)
            for h in 0..<6 {
                for t in 0..<4 {
                    var found: [Int] = []
                    pairs.forEach(head: h, tail: t) { found.append($0) }
                    let scanned = slice.indices.filter { Int(slice[$0].head) == h && Int(slice[$0].tail) == t }
                    #expect(found == scanned, "\(count) matches, pair \(h) \(t)")
                    #expect(pairs.first(head: h, tail: t, type: 1) == scanned.first { slice[$0].type == 1 })
                }
            }
        }
    }

    @Test("a chain of places from the smaller to the larger is one, in reading order only")
    func chainStays() throws {
        let markup = "The storm hit [GPE Coney Island], [GPE Brooklyn], [GPE N.Y.], overnight."
        #expect(try Self.allows(.locatedIn, "Coney Island", "Brooklyn", in: markup))
        #expect(try Self.allows(.locatedIn, "Brooklyn", "N.Y.", in: markup))
        #expect(try Self.allows(.locatedIn, "Coney Island", "N.Y.", in: markup))
        #expect(try !Self.allows(.locatedIn, "N.Y.", "Brooklyn", in: markup))
        let chain = try Self.relations(markup)
        #expect(chain.contains("located_in Brooklyn → N.Y."), "\(chain)")
        #expect(!chain.contains("located_in N.Y. → Brooklyn"), "\(chain)")
        let pair = try Self.relations("Protests spread to [GPE Lyon], [GPE France], on Sunday.")
        #expect(pair.contains("located_in Lyon → France"), "\(pair)")
    }

    @Test("a container after a coordination holds its members; two pairs do not mix")
    func coordinationThenContainer() throws {
        let towns = "Storms hit [GPE Lerwick] and [GPE Kirkwall], [GPE Scotland], on Tuesday."
        #expect(try Self.allows(.locatedIn, "Lerwick", "Scotland", in: towns))
        #expect(try Self.allows(.locatedIn, "Kirkwall", "Scotland", in: towns))
        #expect(try !Self.allows(.locatedIn, "Lerwick", "Kirkwall", in: towns))
        let both = try Self.relations(towns)
        #expect(!both.contains("located_in Lerwick → Kirkwall"), "\(both)")
        let markup = "The band plays [GPE Dayton], [GPE Ohio], and [GPE Austin], [GPE Texas], next week."
        #expect(try Self.allows(.locatedIn, "Dayton", "Ohio", in: markup))
        #expect(try Self.allows(.locatedIn, "Austin", "Texas", in: markup))
        let pairs = try Self.relations(markup)
        #expect(pairs.contains("located_in Austin → Texas"), "\(pairs)")
        for (head, tail) in [("Austin", "Ohio"), ("Ohio", "Austin"), ("Dayton", "Texas"), ("Dayton", "Austin"), ("Ohio", "Texas")] {
            #expect(!pairs.contains("located_in \(head) → \(tail)"), "\(pairs)")
            #expect(try !Self.allows(.locatedIn, head, tail, in: markup), "\(head) → \(tail)")
        }
    }

    @Test("a country is never located in a city")
    func directionFollowsHierarchy() throws {
        let r = try Self.relations(
            "[PERSON Archduke Franz Ferdinand] of [GPE Austria-Hungary] in [GPE Sarajevo] was shot in 1914.")
        #expect(!r.contains("located_in Austria-Hungary → Sarajevo"), "\(r)")
        let kept = try Self.relations("Troops entered [GPE Mosul] in [GPE Iraq] in 2016.")
        #expect(kept.contains("located_in Mosul → Iraq"), "\(kept)")
        // A town the place table puts in another country.
        let markup = "A soldier from [GPE Dayton] shot a man outside a bar in [GPE Lyon], [GPE France], on Friday."
        #expect(try !Self.allows(.locatedIn, "Dayton", "France", in: markup))
        #expect(try Self.allows(.locatedIn, "Lyon", "France", in: markup))
        #expect(!(try Self.relations(markup)).contains("located_in Dayton → France"))
    }

    @Test("a title before a name is that name's, not the previous one's")
    func titleFollowsReadingOrder() throws {
        let r = try Self.relations(
            "The bill was backed by [PERSON Paul Ward], [TITLE Senator] [PERSON Maria Diaz] and two governors.")
        #expect(r.contains("has_title Maria Diaz → Senator"), "\(r)")
        #expect(!r.contains("has_title Paul Ward → Senator"), "\(r)")
        let after = try Self.relations("[PERSON Maria Diaz], [TITLE senator] for [GPE Ohio], backed the bill.")
        #expect(after.contains("has_title Maria Diaz → senator"), "\(after)")
    }

    @Test("a place before a subject noun is the subject, not an employer or a home")
    func subjectExpert() throws {
        for markup in [
            "[GPE Russia] [TITLE expert] [PERSON Fiona Hill] testified on Tuesday.",
            "[GPE Russia] expert [PERSON Fiona Hill] testified on Tuesday.",
            "[LOC Middle East] [TITLE analyst] [PERSON Omar Haddad] disagreed.",
        ] {
            let r = try Self.relations(markup)
            #expect(!r.contains { $0.hasPrefix("works_for") || $0.hasPrefix("lives_in") }, "\(markup): \(r)")
        }
        let mayor = try Self.relations("[GPE Boston] [TITLE Mayor] [PERSON Michelle Wu] unveiled the budget.")
        #expect(mayor.contains("lives_in Michelle Wu → Boston") || mayor.contains("works_for Michelle Wu → Boston"), "\(mayor)")
    }

    @Test("a place before a title and its holder, after a titled name or before a name it owns is no home; a home stays one")
    func officeSeat() throws {
        for markup in [
            "[GPE New Jersey] [TITLE Sen.] [PERSON Cora Booth] spoke on Tuesday.",
            "[GPE Utah]'s [TITLE Gov.] [PERSON Ana Ruiz] spoke on Tuesday.",
            "[GPE U.S.] [TITLE Defense Secretary] [PERSON Mark Eller] arrived in [GPE Hanoi].",
            "[TITLE King] [PERSON Hassan Omar] of [GPE Jordan] met reporters on Tuesday.",
            "[GPE Iraq]'s [PERSON Saddam Hussein] called the president a liar.",
        ] {
            let r = try Self.relations(markup)
            #expect(!r.contains { $0.hasPrefix("lives_in") && !$0.hasSuffix("Hanoi") }, "\(markup): \(r)")
        }
        let king = try Self.relations("[TITLE King] [PERSON Hassan Omar] of [GPE Jordan] met reporters on Tuesday.")
        #expect(king.contains("works_for Hassan Omar → Jordan"), "\(king)")
        let home = try Self.relations("[PERSON Ana Ruiz], a resident of [GPE Provo], spoke on Tuesday.")
        #expect(home.contains("lives_in Ana Ruiz → Provo"), "\(home)")
    }

    @Test("a wire's dateline says where the story was filed from, not where the agency is based")
    func datelineAgency() throws {
        let r = try Self.relations("[GPE NAIROBI], [GPE Kenya] ([ORG AP]) - Prices rose on Tuesday.")
        #expect(r.contains("reported_from AP → NAIROBI"), "\(r)")
        #expect(!r.contains { $0.hasPrefix("based_in") }, "\(r)")
    }

    @Test("no title for a 'person' that is an organization's last word")
    func noTitleOnNonPerson() throws {
        let r = try Self.relations("Arsenal lead the [TITLE Premier] [PERSON League] table after a win.")
        #expect(!r.contains { $0.hasPrefix("has_title") }, "\(r)")
        let person = try Self.relations("[TITLE Premier] [PERSON Li Keqiang] arrived on Monday.")
        #expect(person.contains("has_title Li Keqiang → Premier"), "\(person)")
    }

    @Test("members of one coordination are not part of one another")
    func coordinatedOrganizations() throws {
        let r = try Self.relations("Shares of [ORG Alphabet], [ORG Meta] and [ORG Apple] of [ORG Nasdaq] rose.")
        #expect(!r.contains("part_of Meta → Apple"), "\(r)")
        #expect(!r.contains("part_of Alphabet → Meta"), "\(r)")
    }

    @Test("'X of Y' between two organizations is part_of only when X names a unit")
    func partOfNeedsUnit() throws {
        let unit = try Self.relations("She studied at the [ORG Faculty of Law] of the [ORG University of Harwick].")
        #expect(unit.contains("part_of Faculty of Law → University of Harwick"), "\(unit)")
        let course = try Self.relations("He took the [ORG Public Management and Administration] of [ORG NGDO] course.")
        #expect(!course.contains { $0.hasPrefix("part_of") }, "\(course)")
        // The subsidiary pattern names the unit between the two, not in the head.
        let subsidiary = try Self.relations("[ORG Brightwater], a subsidiary of [ORG Harwick Holdings], said on Monday.")
        #expect(subsidiary.contains("part_of Brightwater → Harwick Holdings"), "\(subsidiary)")
    }

    @Test("a place where a meeting or a visit happens is nobody's home; a residence stays one")
    func meetingPlaces() throws {
        let markup = "[PERSON Maria Lopez] met [PERSON Ana Ruiz] in [GPE Lyon], [GPE France]."
        #expect(try !Self.allows(.livesIn, "Ana Ruiz", "France", in: markup))
        #expect(try !Self.allows(.livesIn, "Ana Ruiz", "Lyon", in: markup))
        #expect(try Self.allows(.locatedIn, "Lyon", "France", in: markup))
        let home = "[PERSON Tom Orr], who lives in [GPE Lyon], met [PERSON Joe Dunn] in [GPE Geneva]."
        #expect(try Self.allows(.livesIn, "Tom Orr", "Lyon", in: home))
        #expect(try !Self.allows(.livesIn, "Joe Dunn", "Geneva", in: home))
    }

    @Test("in sports news the place after 'of' right after a player is the one represented, no home or employer")
    func representedPlaces() throws {
        let match = "[PERSON Ana Ruiz] beat [PERSON Tom Orr] of [GPE France] 6-4, 3-6, 7-5 in [GPE Lyon]."
        #expect(try !Self.allows(.livesIn, "Tom Orr", "France", in: match))
        #expect(try !Self.allows(.worksFor, "Tom Orr", "France", in: match))
        // Outside sports news (one vote is no sports), "X of Y" may still say where X lives.
        let vote = "[PERSON Tom Orr] of [GPE Dayton] said the 52-48 vote was fair."
        #expect(try Self.allows(.livesIn, "Tom Orr", "Dayton", in: vote))
    }

    @Test("sports news by its scores: three or more, not dates, phone numbers, times or decimals")
    func sportsScores() {
        #expect(SportsScores.isSports("They won 6-4, 3-6, 7-5."))
        #expect(SportsScores.isSports("The Gophers (9-1, 6-1) beat the Wildcats 24\u{2013}17."))
        #expect(!SportsScores.isSports("A 52-48 vote and a 5-4 ruling."))
        #expect(!SportsScores.isSports("On 2019-11-05 call 555-1234-56 or 1-800-555 at 10:30-11:45, up 1.5-2.5 percent."))
    }
}

extension RelationStructureTests {
    @Test("an organization or a person is based or lives in the inner place of 'inner, outer', not the outer")
    func innerPlaceOnly() throws {
        let markup = "[ORG Quorvex] is based in [GPE Vevey], [GPE Switzerland], and [PERSON Ana Ruiz] lives in [GPE Dayton], [GPE Ohio]."
        #expect(try Self.allows(.basedIn, "Quorvex", "Vevey", in: markup))
        #expect(try !Self.allows(.basedIn, "Quorvex", "Switzerland", in: markup))
        #expect(try Self.allows(.livesIn, "Ana Ruiz", "Dayton", in: markup))
        #expect(try !Self.allows(.livesIn, "Ana Ruiz", "Ohio", in: markup))
        // The places themselves keep their located_in, and a place alone is no container.
        #expect(try Self.allows(.locatedIn, "Vevey", "Switzerland", in: markup))
        #expect(try Self.allows(.basedIn, "Quorvex", "Switzerland", in: "[ORG Quorvex] is based in [GPE Switzerland]."))
    }
}
