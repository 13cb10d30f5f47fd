import Pipeline
import Testing

@testable import Stages

/// Executive titles and adjacent titles (`TitlePhrases`), and compass words before nationalities
/// (`RegionalNationalities`).
@Suite("Entities: title phrases and regional nationalities")
struct TitlePhrasesTests {
    @Test("'chief', one to three words, 'officer' is one title, in either case, and the holder keeps it")
    func executiveTitles() throws {
        var doc = try FullRun.document(
            "Chief Revenue Officer Tom Orr met the chief marketing officer, Lena Voss. Chief Digital and Information Officer Sam Reel quit.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("TITLE Chief Revenue Officer"))
        #expect(m.contains("TITLE chief marketing officer"))
        #expect(m.contains("TITLE Chief Digital and Information Officer"))
        #expect(m.contains("PERSON Tom Orr"))
        #expect(!m.contains("TITLE Chief"))
        #expect(FullRun.overlaps(doc).isEmpty)
        doc.renumberEntities()
        try StageCatalog.stages(named: ["relations"]).forEach { try $0.process(&doc) }
        let byID = Dictionary(doc.entities.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let titles = doc.relations.filter { $0.type == .hasTitle }.map { "\(byID[$0.head] ?? "") → \(byID[$0.tail] ?? "")" }
        #expect(titles.contains("Tom Orr → Chief Revenue Officer"))
    }

    @Test("a job attached to a person is a title, with its modifiers, before the name or in an apposition")
    func jobTitles() throws {
        let m = try FullRun.mentions(
            "Portfolio chiefs met equity strategist Ana Ruiz and host Mia Kent. Lena Voss, a senior fellow at the Varn Institute, and Rob Orr, an associate professor at Velmora University, agreed. A fellow student laughed, and he will host the show.")
        #expect(m.contains("TITLE equity strategist"))
        #expect(m.contains("TITLE host"))
        #expect(m.contains("TITLE senior fellow"))
        #expect(m.contains("TITLE associate professor"))
        // Not the common words: "a fellow student", "will host".
        #expect(m.filter { $0.hasPrefix("TITLE") }.count == 4)
    }

    @Test("a noun naming the job's field belongs to the title after an article, a possessive or a name; a quality does not")
    func fieldModifiers() throws {
        let m = try FullRun.mentions(
            "Ana Ruiz, a telecommunications analyst with Velmora Bank, agreed, says Halvard Group food analyst Mia "
                + "Kent. Tom Orr, a prominent lawyer, and Ed Hale, a 37-year-old small-city mayor, disagreed; "
                + "The Argus quoted immigration official Sam Cole.")
        #expect(m.contains("TITLE telecommunications analyst"), "\(m)")
        #expect(m.contains("TITLE food analyst"), "\(m)")
        #expect(m.contains("TITLE immigration official"), "\(m)")
        #expect(!m.contains { $0.hasPrefix("TITLE prominent") || $0.hasPrefix("TITLE quoted") || $0.contains("small-city") }, "\(m)")
    }

    @Test("a state's 'State' between its name and an office belongs to the place")
    func stateBeforeOffice() throws {
        let m = try FullRun.mentions("Nevada State Attorney General Ana Ruiz spoke, and the Nevada State Attorney General's office agreed.")
        #expect(m.filter { $0 == "GPE Nevada State" }.count == 2, "\(m)")
        #expect(m.filter { $0 == "TITLE Attorney General" }.count == 2, "\(m)")
        #expect(!m.contains { $0.hasPrefix("TITLE State") }, "\(m)")
    }

    @Test("a scientist's occupation is a job by its ending, in an apposition or before the name")
    func scienceJobs() throws {
        let m = try FullRun.mentions(
            "Ana Ruiz, a molecular quorvologist at Velmora University, met the astrobiochemist Mia Kent. "
                + "Lena Voss, a staff neuroscientist at the Varn Institute, agreed. The mist and the chemistry lifted.")
        #expect(m.contains("TITLE molecular quorvologist"), "\(m)")
        #expect(m.contains("TITLE astrobiochemist"), "\(m)")
        #expect(m.contains("TITLE staff neuroscientist"), "\(m)")
        #expect(m.filter { $0.hasPrefix("TITLE") }.count == 3, "\(m)")
    }

    @Test("two titles with one space between are one office; 'chief of police' and 'officers' stay apart")
    func adjacentTitles() throws {
        let m = try FullRun.mentions(
            "State Attorney General Ana Ruiz said the chief of police and two officers came. Defense Minister General Tom Orr agreed.")
        #expect(m.contains("TITLE State Attorney General"))
        // An office and a rank are two titles of one man.
        #expect(m.contains("TITLE Defense Minister") && m.contains("TITLE General"))
        #expect(m.contains("PERSON Ana Ruiz"))
        #expect(!m.contains { $0.hasPrefix("TITLE chief of police and") })
    }

    @Test("a compass word before a nationality makes one NORP; a region alone stays a region")
    func regionalNationalities() throws {
        let doc = try FullRun.document(
            "North American buyers and West African leaders met Southeast Asian officials. In the North, voters stayed home.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("NORP North American"))
        #expect(m.contains("NORP West African"))
        #expect(m.contains("NORP Southeast Asian"))
        #expect(!m.contains("NORP American") && !m.contains("NORP African"))
        #expect(m.contains("LOC North"))
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("'Democratic' before a lower-case word inside a sentence is the party's NORP, as 'Republican' is")
    func partyAdjective() throws {
        let m = try FullRun.mentions(
            "Ana Ruiz, the Democratic nominee, beat two Republican rivals. The Democratic Party of Velmora met.")
        #expect(m.contains("NORP Democratic"))
        #expect(m.contains("NORP Republican"))
        #expect(m.contains { $0.hasPrefix("ORG Democratic Party") })
        #expect(m.filter { $0 == "NORP Democratic" }.count == 1)
    }
}

/// Bodies named for their subject with "on" (`OnNames`).
@Suite("Entities: names with 'on'")
struct OnNamesTests {
    @Test("a committee's or a commission's name runs on over 'on' and its subject")
    func subjects() throws {
        let doc = try FullRun.document(
            "Ana Ruiz briefed the Velmora Committee on Armed Services and the Northern Commission on Water Rights and Fisheries.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG Velmora Committee on Armed Services"))
        #expect(m.contains("ORG Northern Commission on Water Rights and Fisheries"))
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a day, a person or a place alone after 'on' is not the subject")
    func notSubjects() throws {
        let m = try FullRun.mentions(
            "The Velmora Committee on Monday heard the Varn Commission on Ana Ruiz before the Brussels Conference on Syria.")
        #expect(m.contains("DATE Monday"))
        #expect(m.contains("PERSON Ana Ruiz"))
        #expect(m.contains("GPE Syria"))
        #expect(!m.contains { $0.contains(" on ") })
    }

    @Test("titles coordinated before a name are all his, each with its has_title")
    func coordinatedTitles() throws {
        let text = "\"We are pleased,\" chairman, CEO and president Tomas Brandt said. Quorvex founder and CEO Ivo Marek left."
        let doc = try FullRun.document(text)
        let m = FullRun.mentions(in: doc)
        for title in ["chairman", "CEO", "president", "founder"] { #expect(m.contains("TITLE \(title)"), "\(title)") }
        let titles = RelationFixtures.describe(try RelationFixtures.annotated(text))
        for pair in [
            "has_title Tomas Brandt → chairman", "has_title Tomas Brandt → CEO", "has_title Tomas Brandt → president",
            "has_title Ivo Marek → founder", "has_title Ivo Marek → CEO",
        ] {
            #expect(titles.contains(pair), "\(pair) in \(titles)")
        }
    }

    @Test("a listed title with its country in front is the place and the title, and the holder works for the place")
    func placeBeforeTitle() throws {
        let text = "U.S. Attorney Marta Quillon said the case was closed."
        let m = try FullRun.mentions(text)
        #expect(m.contains("GPE U.S."))
        #expect(m.contains("TITLE Attorney"))
        #expect(!m.contains("TITLE U.S. Attorney"))
        let relations = RelationFixtures.describe(try RelationFixtures.annotated(text))
        #expect(relations.contains("works_for Marta Quillon → U.S."), "\(relations)")
    }
}
