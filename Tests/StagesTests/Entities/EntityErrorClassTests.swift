import Glibc
import Pipeline
import PipelineIO
import Testing

@testable import Stages

/// The error classes of issue 15, each on invented sentences (no string of the pages where they were seen):
/// the pronoun "I", clubs, leagues, indices and exchanges, names glued across a line break or a dateline,
/// page furniture, and overlaps between entities and with dates.
enum FullRun {
    /// Every stage up to entities on a plain text (or HTML) document.
    static func document(_ text: String, format: SourceFormat = .text, dct: String? = "2024-03-05") throws -> Document {
        var doc = Document(id: "t", source: Source(path: "-", format: format, bytes: Array(text.utf8)))
        doc.meta.dct = dct
        for stage in try StageCatalog.stages(named: ["normalize", "tokenize", "sentences", "dates", "entities"]) {
            try stage.process(&doc)
        }
        return doc
    }

    static func mentions(_ text: String) throws -> [String] {
        mentions(in: try document(text))
    }

    /// "LABEL text" of every entity of `doc`, for tests that also read the document itself.
    static func mentions(in doc: Document) -> [String] {
        doc.entities.map { "\($0.label) \($0.text)" }
    }

    /// Pairs of entities of `doc` that overlap (any labels, dates included).
    static func overlaps(_ doc: Document) -> [String] {
        let e = doc.entities.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var found: [String] = []
        var furthest: Entity?
        for x in e {
            if let f = furthest, x.start < f.end {
                found.append("\(f.label) '\(f.text)' [\(f.start),\(f.end)) and \(x.label) '\(x.text)' [\(x.start),\(x.end))")
            }
            if furthest == nil || x.end > furthest!.end { furthest = x }
        }
        return found
    }
}

@Suite("Entities: error classes of issue 15")
struct EntityErrorClassTests {
    @Test("the pronoun I is never a person, alone or glued to the word before it")
    func pronounI() throws {
        let m = try FullRun.mentions("\"Then I left early,\" Marta Quillon said. Later I called Tomas Brandt, and I waited.")
        #expect(!m.contains { $0.hasPrefix("PERSON") && ($0.hasSuffix(" I") || $0 == "PERSON I") })
        #expect(m.contains("PERSON Marta Quillon"))
        #expect(m.contains("PERSON Tomas Brandt"))
    }

    @Test("a preposition or an article that ends a name read as a person is no surname to find again")
    func closedClassSurnames() throws {
        let m = try FullRun.mentions(
            "Eastman was born in Waterville, N. Y. In an interview, he spoke. In 1969, the firm moved. In May it closed.")
        #expect(!m.contains("PERSON In"), "\(m)")
    }

    @Test("a repost marker is no broadcaster, and a sentence's opening word is no part of a head-noun name")
    func repostMarker() throws {
        let m = try FullRun.mentions("RT @ marta_q: great win tonight\nRT kimberleybarber: shop closing\nIn Parliament today the bill passed. RT reported it first.")
        #expect(m.filter { $0 == "ORG RT" }.count == 1)
        #expect(!m.contains { $0.hasPrefix("ORG In ") })
        #expect(m.contains("ORG Parliament"))
    }

    @Test("clubs named after places are organizations, and so are leagues")
    func clubs() throws {
        let m = try FullRun.mentions(
            "Dunmore Rovers beat Castleford Athletic 2-1 on Saturday, and Harlow United stay top of the Northern Counties League.")
        #expect(m.contains("ORG Dunmore Rovers"))
        #expect(m.contains("ORG Castleford Athletic"))
        #expect(m.contains("ORG Harlow United"))
        #expect(m.contains("ORG Northern Counties League"))
        #expect(!m.contains { $0.hasPrefix("GPE") || $0.hasPrefix("PERSON") })
    }

    @Test("a league, then 'for' and a club, are two organizations: the player's club is not the league's name")
    func leagueForClub() throws {
        let m = try FullRun.mentions("Tarvo currently plays as a midfielder in the Swiss Super League for FC Dunmore.")
        #expect(m.contains("ORG Swiss Super League") && m.contains("ORG FC Dunmore"), "\(m)")
        // A league for a cause is one name.
        let cause = try FullRun.mentions("The National League for Democracy won the vote.")
        #expect(cause.contains("ORG National League for Democracy"), "\(cause)")
    }

    @Test("a legislator's acronym after a party is the office, not the party's name")
    func legislatorAcronyms() throws {
        let m = try FullRun.mentions(
            "He was elected as the Liberal-Labour MPP for Kenora, and Ana Ruiz, a former United Farmers of Velbury MLA, lost.")
        #expect(m.contains("TITLE MPP") && m.contains("TITLE MLA"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("ORG") && ($0.hasSuffix(" MPP") || $0.hasSuffix(" MLA")) }, "\(m)")
    }

    @Test("market indices and stock exchanges are organizations")
    func markets() throws {
        let m = try FullRun.mentions(
            "The Meridian Composite Index fell 2 percent while shares on the Lagos Stock Exchange rose, and the Pacific Industrial Average was flat.")
        #expect(m.contains("ORG Meridian Composite Index"))
        #expect(m.contains("ORG Lagos Stock Exchange"))
        #expect(m.contains("ORG Pacific Industrial Average"))
        #expect(!m.contains { $0.hasPrefix("PERSON") })
    }

    @Test("stadiums and arenas are facilities")
    func venues() throws {
        let m = try FullRun.mentions("The final will be played at Kestrel Park Stadium, not at the Harbour Arena.")
        #expect(m.contains("FAC Kestrel Park Stadium"))
        #expect(m.contains("FAC Harbour Arena"))
    }

    @Test("an event named after its place is the event, not the place")
    func placedEvents() throws {
        let m = try FullRun.mentions(
            "The carrier showed its jets at the Lisbon Air Show, weeks after the Porto Motor Show and the Oslo Marathon.")
        #expect(m.contains("EVENT Lisbon Air Show"))
        #expect(m.contains("EVENT Porto Motor Show"))
        #expect(m.contains("EVENT Oslo Marathon"))
        #expect(!m.contains { $0.hasPrefix("GPE Lisbon") || $0.hasPrefix("GPE Porto") })
    }

    @Test("a competition's head makes an event of a name read as a person or a company")
    func competitions() throws {
        let m = try FullRun.mentions(
            "Garcia kept Peru alive in the Hadley Cup Finals, a week after the Orla Cup and the WTA Finals. "
                + "Then came the Velbury Cup Final.")
        #expect(m.contains("EVENT Hadley Cup Finals"))
        #expect(m.contains("EVENT Velbury Cup Final"))
        #expect(m.contains("EVENT Orla Cup"))
        #expect(m.contains("EVENT WTA Finals"))
        #expect(!m.contains { $0.hasPrefix("PERSON Hadley") || $0.hasPrefix("PERSON Orla") })
    }

    @Test("'Air' and a place's name after it are the airline, not the place")
    func airlines() throws {
        let m = try FullRun.mentions("Oslo's Air Bergen and Air Tashkent ordered jets.")
        #expect(m.contains("ORG Air Bergen") && m.contains("ORG Air Tashkent"), "\(m)")
        #expect(m.contains("GPE Oslo"), "\(m)")
    }

    @Test("a company noun right before a name makes it a company")
    func companyNouns() throws {
        let m = try FullRun.mentions(
            "\"Neither will help,\" said Jana Holt, an analyst with the research firm Vantrel, in a note to the bank Morrow Keller.")
        #expect(m.contains("ORG Vantrel"))
        #expect(m.contains("ORG Morrow Keller"))
        #expect(m.contains("PERSON Jana Holt"))
    }

    @Test("a sentence's opening word is no name, even before an appositive")
    func sentenceOpeners() throws {
        let m = try FullRun.mentions(
            "However, the group objected to the terms.\n\nIn March, the firm bid $12 per share for Quellan.")
        #expect(!m.contains { $0.hasSuffix(" However") || $0.hasSuffix(" In March") })
        #expect(m.contains("DATE March"))
    }

    @Test("newspapers and companies by their names' last words")
    func newspapersAndCompanies() throws {
        // The tagger reads the newspapers as places.
        let m = try FullRun.mentions(
            "The deal was reported by the Wexford Courant and the Akron Sentinel.\n"
                + "She told the Tulsa Herald-Ledger and the Fresno Union-Tribune, and "
                + "Tarrant Aerospace and Lumen Machines said on Monday they would bid.")
        for paper in ["Wexford Courant", "Akron Sentinel", "Tulsa Herald-Ledger", "Fresno Union-Tribune"] {
            #expect(m.contains("ORG \(paper)"), "\(m)")
        }
        #expect(m.contains("ORG Tarrant Aerospace"))
        #expect(m.contains("ORG Lumen Machines"))
    }

    @Test("a name the tagger keeps as another name or an event is an organization when its head says so")
    func organizationHeads() throws {
        // The tagger reads both as other names or events at their first word; their heads make them ORG.
        let m = try FullRun.mentions(
            "The Internal Revenue Service and Orvell Farmers Trust Co. of Ohio said they will file a plan.")
        #expect(m.contains { $0.hasPrefix("ORG ") && $0.hasSuffix("Revenue Service") })
        #expect(m.contains("ORG Orvell Farmers Trust Co."))
        // A known name after "and" that reaches the head is a name of its own, with its own label; a head's
        // name that no entry splits stays one ("Securities and Exchange Commission").
        let known = try FullRun.mentions(
            "The United States and Soviet Union conferred, and the Securities and Exchange Commission watched.")
        #expect(known.contains("GPE United States") && known.contains("GPE Soviet Union"))
        #expect(known.contains("ORG Securities and Exchange Commission"))
    }

    @Test("a place or employer, an office and a full name are three mentions; an office's word in a name is not")
    func officeInsideAName() throws {
        // The tagger reads each of the first two as one ORG ("Vermont Gov. Deval Orrin", "U.S. Attorney
        // Nealy Brandt"); the office and the full name after it split them.
        let m = try FullRun.mentions(
            "That’s why former Vermont Gov. Deval Orrin and Bloomberg are moving into the race.\n"
                + "A report by U.S. Attorney Nealy Brandt said that General Motors and Massachusetts General Hospital agreed.")
        #expect(m.contains("GPE Vermont") && m.contains("TITLE Gov.") && m.contains("PERSON Deval Orrin"), "\(m)")
        // The country in front of a listed office is a place of its own ("Russian Foreign Minister" in
        // ANNOTATION.md): `JobTitles.splitLeadingPlaces`.
        #expect(m.contains("GPE U.S.") && m.contains("TITLE Attorney") && m.contains("PERSON Nealy Brandt"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("ORG") && ($0.contains("Gov.") || $0.contains("Attorney")) })
        #expect(m.contains("ORG General Motors") && m.contains("ORG Massachusetts General Hospital"))
        #expect(!m.contains { $0.hasSuffix(" Motors") && !$0.hasSuffix("General Motors") })
    }

    @Test("an unknown name right before a company's office is the company; a known place stays a place")
    func employerBeforeOffice() throws {
        let m = try FullRun.mentions("The move by Tarvik CEO Ellen Strand surprised analysts, and Texas chairman Bo Lee agreed.")
        #expect(m.contains("ORG Tarvik") && m.contains("TITLE CEO") && m.contains("PERSON Ellen Strand"))
        #expect(m.contains("GPE Texas"))
    }

    @Test("in an all-capitals heading a function word is no acronym; the same word in a sentence may be")
    func headingFunctionWords() throws {
        let m = try FullRun.mentions("WHAT IS THE PLAN?\n\nThe talks stalled as IS fighters fled.\n\nUS TROOPS KILLED IN CRASH\n")
        #expect(m.filter { $0 == "ORG IS" }.count == 1, "\(m)")
        #expect(m.contains("GPE US"))
    }

    @Test("a person whose names are towns stays one person, not two places")
    func personNamedByTowns() throws {
        let m = try FullRun.mentions("He met Senator Elizabeth Warren on Monday.")
        #expect(m.contains("PERSON Elizabeth Warren"))
        #expect(!m.contains("GPE Elizabeth") && !m.contains("GPE Warren"))
    }

    @Test("an acronym in brackets after a name is of the name's kind; a person has none")
    func bracketedAcronyms() throws {
        // The rule alone, on the labels a tagger could give (the invented names are read right by it).
        let text = "the Taskor Composite Index ( TCI ) , the Rashtra Kalyan Mandal ( RKM ) and the Orvan Fund ( XYZ )"
        let document = try TokenizeFixtures.split(text)
        let tokens = TokenTable(document)
        func mention(_ a: Int, _ b: Int, _ label: MentionLabel) -> Mention {
            Mention(
                startToken: a, endToken: b, startByte: Int(tokens.byteStart[a]), endByte: Int(tokens.byteEnd[b - 1]),
                label: label, origin: "test")
        }
        // the(0) Taskor Composite Index(1-3) ((4) TCI(5) )(6) ,(7) the(8) Rashtra Kalyan Mandal(9-11) ((12) RKM(13) )(14)
        // and(15) the(16) Orvan Fund(17-18) ((19) XYZ(20) )(21)
        var mentions = [
            mention(1, 4, .org), mention(5, 6, .gpe), mention(9, 12, .person), mention(13, 14, .org),
            mention(17, 19, .org), mention(20, 21, .gpe),
        ]
        var text2 = document.text
        text2.withUTF8 { bytes in BracketedAcronyms(tokens: tokens, bytes: bytes).apply(&mentions) }
        #expect(mentions.map(\.label) == [.org, .org, .org, .org, .org, .gpe])
    }

    @Test("no name crosses a line break, and a dateline gives places, not a name glued to the next")
    func boundaries() throws {
        let doc = try FullRun.document("Regional Affairs Desk\nPiotr Zelinski met the mayor.\n\nVELTON, Ontario — Anna Morrow said the plant would close.")
        #expect(doc.entities.allSatisfy { !$0.text.contains("\n") })
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("PERSON Piotr Zelinski"))
        #expect(m.contains("PERSON Anna Morrow"))
        #expect(m.contains("GPE Ontario"))
        #expect(!m.contains { $0.contains("Ontario Anna") || $0.contains("Desk Piotr") })
    }

    @Test("a city and its state or district after a comma are two places, as in a dateline")
    func cityCommaState() throws {
        let m = try FullRun.mentions("Ana Ruiz moved to Washington, D.C., in May, then to Velton, Ontario.")
        #expect(m.contains("GPE Washington") && m.contains("GPE D.C."), "\(m)")
        #expect(!m.contains("GPE Washington, D.C."), "\(m)")
    }

    @Test("page furniture is no name")
    func furniture() throws {
        let m = try FullRun.mentions("Click here to subscribe.\nComments\nMedia\nShare this story\nAdvertisement\nThe council met on Monday.")
        for word in ["Click", "Comments", "Media", "Share", "Advertisement"] {
            #expect(!m.contains { $0.hasSuffix(" \(word)") }, "\(word) tagged: \(m)")
        }
    }

    @Test("a name and a date never overlap: a time's AM or zone is no name, a masthead keeps its name")
    func datesAndNames() throws {
        let doc = try FullRun.document("Posted at 07:12 AM. The vote closed at 6:30 p.m. ET on Tuesday, MORNING TODAY reported.")
        #expect(FullRun.overlaps(doc).isEmpty, "\(FullRun.overlaps(doc))")
        let m = FullRun.mentions(in: doc)
        #expect(!m.contains { $0.hasPrefix("ORG AM") || $0 == "ORG ET" || $0 == "GPE ET" })
        #expect(m.contains { $0.hasPrefix("TIME") && $0.contains("07:12") })
    }

    @Test("a name a date begins inside after a lower-case word or with a number keeps its head, not the date's words")
    func namesBeforeDates() throws {
        let doc = try FullRun.document(
            "The Velbury Security Council on Aug. 6 ordered an embargo, and the creation of NATO 50 years ago was marked.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG Velbury Security Council") && m.contains("ORG NATO"), "\(m)")
        #expect(m.contains("DATE Aug. 6") && m.contains("DATE 50 years ago"), "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("entities never overlap on the fuzz seeds and the development texts")
    func noOverlaps() throws {
        var inputs: [(String, [UInt8], SourceFormat)] = []
        let root = NormalizeSupport.packageRoot + "/Fuzz/corpus"
        for target in ["pipeline", "dates", "text-normalize", "html-normalize", "tokenize-sentences"] {
            guard case .success(let names) = FileSystem.directoryEntries(root + "/" + target) else { continue }
            for name in names.sorted() {
                let bytes = NormalizeSupport.read("Fuzz/corpus/\(target)/\(name)")
                inputs.append(("\(target)/\(name)", bytes, target.contains("html") || name.contains("html") ? .html : .text))
            }
        }
        // Development texts when ../shared is there: TBAQ (dense in dates) and the first AEB pages.
        let tbaq = NormalizeSupport.packageRoot + "/../shared/data/dates/tbaq.jsonl"
        if access(tbaq, R_OK) == 0, case .success(let bytes) = FileSystem.readFile(tbaq, limit: 1 << 26) {
            for (n, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n").enumerated() {
                if let text = (try? JSONParser.parse(String(line)))?["text"]?.stringValue {
                    inputs.append(("tbaq:\(n + 1)", Array(text.utf8), .text))
                }
            }
        }
        for page in NormalizeSupport.aebPages().prefix(12) { inputs.append((page.name, page.bytes, .html)) }
        #expect(inputs.count > 10)
        for (name, bytes, format) in inputs {
            var doc = Document(id: name, source: Source(path: name, format: format, bytes: bytes))
            do {
                for stage in StageCatalog.allStages().prefix(5) { try stage.process(&doc) }
            } catch {
                continue  // an input the pipeline refuses (binary, empty) has no entities
            }
            #expect(FullRun.overlaps(doc).isEmpty, "\(name): \(FullRun.overlaps(doc).prefix(3))")
        }
    }
}

extension EntityErrorClassTests {
    @Test("a name does not read on across a connector into a day or a month, and the date stays")
    func calendarTails() throws {
        let doc = try FullRun.document("A vigil was planned at the University of Vellmore for Saturday.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG University of Vellmore"), "\(m)")
        #expect(m.contains("DATE Saturday"), "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }
}

extension EntityErrorClassTests {
    @Test("an auxiliary or a modal opening a question is no part of the name after it")
    func questionOpeners() throws {
        let m = try FullRun.mentions("Will Congress act? Can Parliament stop it?\nDid Quorvex Inc. agree?")
        #expect(m.contains("ORG Congress"), "\(m)")
        #expect(m.contains("ORG Parliament"), "\(m)")
        #expect(m.contains("ORG Quorvex Inc."), "\(m)")
        #expect(!m.contains { $0.contains("Will") || $0.contains("Can ") || $0.contains("Did") }, "\(m)")
    }
}

extension EntityErrorClassTests {
    @Test("a town before 'native' in a sports story is the town, and the name after it a person")
    func nativesOfTeamTowns() throws {
        let m = try FullRun.mentions(
            "St. Louis beat Chicago 3-1 on Saturday. Oren Talby, a St. Louis native, scored twice. Chicago native "
                + "Tavion Quellberg added a goal.")
        #expect(m.filter { $0 == "GPE St. Louis" }.count == 1, "\(m)")
        #expect(m.contains("ORG St. Louis"), "\(m)")
        #expect(m.contains("GPE Chicago"), "\(m)")
        #expect(m.contains("PERSON Tavion Quellberg"), "\(m)")
    }
}

extension EntityErrorClassTests {
    @Test("a tournament's group in a sports story is no organization")
    func tournamentGroups() throws {
        let m = try FullRun.mentions(
            "Velmora won the deciding doubles match 6-4, 7-5 in Group A, giving top-ranked France a 2-1 victory. "
                + "Argentina got past Chile 3-0 in Group C on Saturday.")
        #expect(!m.contains { $0.hasPrefix("ORG Group") }, "\(m)")
    }
}
