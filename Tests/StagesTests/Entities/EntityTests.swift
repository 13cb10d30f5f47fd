import Pipeline
import Testing

@testable import Stages

/// Entity stage rules on invented news sentences (none taken from the seed article).
enum EntityFixtures {
    static func tagged(_ text: String) throws -> Document {
        var document = try TokenizeFixtures.split(text)
        try EntityStage().process(&document)
        return document
    }

    /// "LABEL text" for every entity, in text order.
    static func mentions(_ text: String) throws -> [String] {
        FullRun.mentions(in: try tagged(text))
    }

    /// The rules' tagger on a tokenized text after its document pass, before the statistical tagger (what the
    /// tagger sees as features).
    static func afterDocumentPass<R>(
        _ text: String, _ body: (EntityTagger, TokenTable, UnsafeBufferPointer<UInt8>) -> R
    ) throws -> R {
        let document = try TokenizeFixtures.split(text)
        let tokens = TokenTable(document)
        var t = document.text
        return t.withUTF8 { bytes in
            var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
            tagger.run()
            tagger.resolveDocument()
            return body(tagger, tokens, bytes)
        }
    }
}

@Suite("Entities: gazetteers")
struct EntityGazetteerTests {
    @Test("countries, cities, regions and seas from the generated gazetteers")
    func places() throws {
        let m = try EntityFixtures.mentions("Floods hit Pakistan and parts of Central Asia, while ships in the Black Sea waited off Odesa.")
        #expect(m == ["GPE Pakistan", "LOC Central Asia", "LOC Black Sea", "GPE Odesa"])
    }

    @Test("nationalities and religious groups, also in lower case")
    func norp() throws {
        let m = try EntityFixtures.mentions("The ukrainian delegation met Sunni and Shia clerics and several Kenyan officials.")
        #expect(m == ["NORP ukrainian", "NORP Sunni", "NORP Shia", "NORP Kenyan"])
    }

    @Test("no trailing possessive and no leading article")
    func spanEdges() throws {
        let m = try EntityFixtures.mentions("Officials said the Netherlands’ port and Germany's railways were hit.")
        #expect(m.contains("GPE Germany"))
        #expect(m.contains("GPE Netherlands"))
    }

    @Test("a nationality after a hyphenated prefix is tagged without the prefix")
    func hyphenPrefix() throws {
        let document = try EntityFixtures.tagged("Crowds chanted pro-Russian slogans in the post-Soviet republic.")
        #expect(document.entities.map(\.text) == ["Russian", "Soviet"])
        #expect(document.entities.allSatisfy { $0.label == .norp })
    }

    @Test("every mention names its origin")
    func origins() throws {
        let document = try EntityFixtures.tagged("Prime Minister Kwame Mensah visited Accra.")
        #expect(document.entities.allSatisfy { ($0.origin ?? "").isEmpty == false })
    }

    @Test("the gazetteers load quickly and hold tens of thousands of entries")
    func loading() {
        let g = Gazetteer.shared
        #expect(g.entries.count > 50_000)
    }
}

@Suite("Entities: titles and persons")
struct EntityPersonTests {
    @Test("nationality, title and name stay separate mentions")
    func titleAndName() throws {
        let m = try EntityFixtures.mentions("On Tuesday, German Defence Minister Boris Pistorius arrived in Vilnius.")
        #expect(m == ["NORP German", "TITLE Defence Minister", "PERSON Boris Pistorius", "GPE Vilnius"])
    }

    @Test("a title after a comma makes the name a person, and the lower-case title is kept")
    func appositiveTitle() throws {
        let m = try EntityFixtures.mentions("Nasser Kanjani, spokesman for the Kenyan Foreign Ministry, denied the report.")
        #expect(m == ["PERSON Nasser Kanjani", "TITLE spokesman", "ORG Kenyan Foreign Ministry"])
    }

    @Test("census given name followed by a capitalized word")
    func givenName() throws {
        let m = try EntityFixtures.mentions("The report was written by Margaret Okonkwo-Baird and reviewed last week.")
        #expect(m == ["PERSON Margaret Okonkwo-Baird"])
    }

    @Test("a later surname-only mention is the same person")
    func surnameLater() throws {
        let m = try EntityFixtures.mentions("Voters backed Tomas Brezovsky in the runoff. Critics said Brezovsky had little experience.")
        #expect(m.filter { $0.hasPrefix("PERSON") } == ["PERSON Tomas Brezovsky", "PERSON Brezovsky"])
    }

    @Test("a relational noun introduces a person but is no title")
    func counterpart() throws {
        let m = try EntityFixtures.mentions("He spoke with his turkish counterpart Hakan Yilmazer by phone.")
        #expect(m == ["NORP turkish", "PERSON Hakan Yilmazer"])
    }

    @Test("an honorific marks a person and stays outside the span")
    func honorific() throws {
        let m = try EntityFixtures.mentions("Yesterday Dr. Ngozi Adeyemi-Lawal opened the clinic.")
        #expect(m == ["PERSON Ngozi Adeyemi-Lawal"])
    }
}

@Suite("Entities: organizations, facilities, events")
struct EntityOrganizationTests {
    @Test("head nouns make organizations; an acronym in parentheses is its own mention")
    func heads() throws {
        let m = try EntityFixtures.mentions("Members of the Baloch Liberation Front (BLF) attacked a convoy, the Interior Ministry said.")
        #expect(m == ["ORG Baloch Liberation Front", "ORG BLF", "ORG Interior Ministry"])
    }

    @Test("a name opened by a head noun before 'of' is split before a known organization")
    func headFirst() throws {
        let m = try EntityFixtures.mentions("She taught at the Faculty of Law of the UNAM until 2019 and then at the University of Ghana.")
        #expect(m.contains("ORG UNAM"))
        #expect(m.contains("ORG University of Ghana"))
    }

    @Test("apposition with an organization noun")
    func appositionOrg() throws {
        let m = try EntityFixtures.mentions("Saraya Awliya al-Dam, an Iraqi armed group, claimed the attack.")
        #expect(m.first == "ORG Saraya Awliya al-Dam" || m.first == "ORG Saraya Awliya")
    }

    @Test("a lower-case facility noun after a name makes a facility")
    func facility() throws {
        let m = try EntityFixtures.mentions("Trucks were stopped on the Lachin-Stepanakert highway.")
        #expect(m == ["FAC Lachin-Stepanakert highway"])
    }

    @Test("named wars and treaties")
    func eventsAndLaws() throws {
        let m = try EntityFixtures.mentions("The Second Chechen War ended years after the Treaty of Lausanne was forgotten.")
        #expect(m == ["EVENT Second Chechen War", "LAW Treaty of Lausanne"])
    }

    @Test("the same string is tagged the same way elsewhere in the document")
    func consistency() throws {
        let m = try EntityFixtures.mentions("Kataib Sayyid al-Shuhada, a militia group, denied it. Analysts doubt Kataib Sayyid al-Shuhada.")
        #expect(m.filter { $0.hasPrefix("ORG") }.count == 2)
    }
}
