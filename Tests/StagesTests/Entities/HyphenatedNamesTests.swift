import Pipeline
import Testing

@testable import Stages

/// Names inside hyphenated words (`HyphenatedNames`) and American identities (`RegionalNationalities`).
@Suite("Entities: names inside hyphenated words")
struct HyphenatedNamesTests {
    @Test("a place before a descriptor is the place, with code-point offsets inside the word")
    func placeBeforeDescriptor() throws {
        let doc = try FullRun.document("The Madrid-based lender and a Tel Aviv-based group bought Velmora-made parts.")
        let places = doc.entities.filter { $0.label == .gpe }
        #expect(places.map(\.text) == ["Madrid", "Tel Aviv"])
        #expect(places.first?.start == 4 && places.first?.end == 10)
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a place before what a policy or a group is about or with: 'China-specific', 'Iran-linked', 'Europe-wide'")
    func placeBeforeTopic() throws {
        let m = try FullRun.mentions("China-specific tariffs rose. Iran-linked hackers and a Qatar-brokered truce met Europe-wide rules.")
        #expect(m.contains("GPE China"), "\(m)")
        #expect(m.contains("GPE Iran"), "\(m)")
        #expect(m.contains("GPE Qatar"), "\(m)")
        #expect(m.contains("LOC Europe"), "\(m)")
    }

    @Test("two places or two peoples joined by a hyphen are two mentions; a name known whole stays whole")
    func pairs() throws {
        let m = try FullRun.mentions(
            "The Russia-Ukraine talks and the Israeli-Palestinian summit met in Guinea-Bissau.")
        #expect(m.contains("GPE Russia") && m.contains("GPE Ukraine"))
        #expect(m.contains("NORP Israeli") && m.contains("NORP Palestinian"))
        #expect(m.contains("GPE Guinea-Bissau"))
        #expect(!m.contains("GPE Guinea"))
    }

    @Test("an American identity is one NORP, with or without its hyphen; a people and a faith stay two")
    func americanIdentities() throws {
        let m = try FullRun.mentions("African American voters, Mexican-American families and Azerbaijani Muslims came.")
        #expect(m.contains("NORP African American"))
        #expect(m.contains("NORP Mexican-American"))
        #expect(m.contains("NORP Azerbaijani") && m.contains("NORP Muslims"))
    }
}

extension HyphenatedNamesTests {
    @Test("a name read on from a hyphenated place is the place and the organization, and no mention overlaps")
    func placeBeforeName() throws {
        let doc = try FullRun.document("He spoke for the Britain-based Velmora Advisory Group and Ohio-based Tandrel.")
        let m = doc.entities.map { "\($0.label) \($0.text)" }
        #expect(m.contains("GPE Britain") && m.contains("ORG Velmora Advisory Group"))
        #expect(m.contains("GPE Ohio"))
        #expect(!m.contains { $0.contains("-based") })
        #expect(FullRun.overlaps(doc).isEmpty)
        // A place of two words: the hyphen is in its last.
        let two = try FullRun.document("He is chief executive of New York-based Velmora Radio, the company said.")
        let names = two.entities.map { "\($0.label) \($0.text)" }
        #expect(names.contains("GPE New York") && names.contains("ORG Velmora Radio"))
        #expect(FullRun.overlaps(two).isEmpty)
    }
}

extension HyphenatedNamesTests {
    @Test("a legislator's party and state: the state is a place, with its period, and the party letter is not")
    func partyStates() throws {
        let doc = try FullRun.document("Rep. Dale Burr, R-Ind., and Sen. Jon Helm, D-N.C., met. So did Rep. Al Diaz, R-Fla.")
        let places = doc.entities.filter { $0.label == .gpe }.map(\.text)
        #expect(places == ["Ind.", "N.C.", "Fla."])
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a one-word place that is the surname of the document's person is the person; a country stays one")
    func surnamePlaces() throws {
        let m = try FullRun.mentions(
            "Fidel Castro spoke. Rebels formed an anti-Castro group. Castro replied. Michael Jordan visited Jordan.")
        #expect(!m.contains("GPE Castro"), "\(m)")
        #expect(m.filter { $0 == "PERSON Castro" }.count == 2, "\(m)")
        #expect(m.contains("GPE Jordan"), "\(m)")
    }
}

extension HyphenatedNamesTests {
    @Test("a country's code before a currency sign is no place; a place with its descriptor is the place alone")
    func currencyAndDescriptors() throws {
        let m = try FullRun.mentions("It paid 90 million Canadian dollars (US$70 million) to Oslo-based lenders in the US.")
        #expect(m.filter { $0 == "GPE US" }.count == 1, "\(m)")
        #expect(m.contains("GPE Oslo"), "\(m)")
        #expect(!m.contains { $0.contains("-based") }, "\(m)")
        // The nationality of a currency's name is no NORP either; a people before a verb is.
        #expect(!m.contains("NORP Canadian"), "\(m)")
        let people = try FullRun.mentions("Profit was 14 Canadian cents a share. The British won, and Palestinians mark the day.")
        #expect(!people.contains("NORP Canadian") && people.contains("NORP British") && people.contains("NORP Palestinians"))
    }

    @Test("a person the document names, inside a hyphenated word: after a prefix, before a descriptor, or two side by side")
    func personsInHyphenatedWords() throws {
        let doc = try FullRun.document(
            "Ana Halvorsen and Mia Quorvo spoke. The Halvorsen-era rules, the post-Quorvo party and the "
                + "Halvorsen-Quorvo paper stayed, but the Dunmore-era rules and an X-ray did not.")
        let persons = doc.entities.filter { $0.label == .person }.map(\.text)
        #expect(persons == ["Ana Halvorsen", "Mia Quorvo", "Halvorsen", "Quorvo", "Halvorsen", "Quorvo"], "\(persons)")
        #expect(FullRun.overlaps(doc).isEmpty)
    }
}
