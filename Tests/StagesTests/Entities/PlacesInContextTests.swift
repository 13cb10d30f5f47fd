import Pipeline
import Testing

@testable import Stages

/// Places whose reading depends on what stands around them: a town with its state's postal code
/// (`PostalPlaces`), planets and moons (`placeLabel`), a region's name that is also a company's
/// (`isRegionNamedAsCompany`).
@Suite("Entities: places in context")
struct PlacesInContextTests {
    @Test("a town and its state's or province's postal code are two places, in a list and in running text")
    func postalCodes() throws {
        let doc = try FullRun.document(
            """
            Tour dates
            May 3 - Charlotte, NC - Harbor Hall
            May 5 - Velbury, OH
            May 9 - Kingsmere, ON
            The band ends the tour in Harlan Falls, IN on May 12.
            """)
        let m = FullRun.mentions(in: doc)
        for place in ["Charlotte", "NC", "Velbury", "OH", "Kingsmere", "ON", "Harlan Falls", "IN"] {
            #expect(m.contains("GPE \(place)"), "\(place)")
        }
        #expect(!m.contains { $0.hasPrefix("PERSON") || $0.hasPrefix("ORG N") || $0.hasPrefix("ORG O") })
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("a town named by common words opens a sentence as a place; a town named by one common word does not")
    func sentenceInitialTowns() throws {
        // The gazetteer flagged these towns as common words (wordfreq scores a phrase by its rarest word) or
        // left "Little Rock" out, so a sentence starting with one lost it or kept only "Springs" as a person.
        let m = try FullRun.mentions(
            """
            Grand Rapids police said the man fled on foot.
            Little Rock residents voted on Tuesday.
            Palm Springs is hot in August.
            Reading is fun for children.
            """)
        for town in ["Grand Rapids", "Little Rock", "Palm Springs"] {
            #expect(m.contains("GPE \(town)"), "\(town)")
        }
        #expect(!m.contains { $0.hasPrefix("PERSON") || $0.hasSuffix(" Reading") })
    }

    @Test("a code after a person's name, after a common word or in a run of capitals is no place")
    func notPostalCodes() throws {
        let m = try FullRun.mentions(
            """
            Dr. Ana Ruiz, MD, treated him.
            Yes, OK.
            WARNING, IN EFFECT UNTIL FRIDAY
            """)
        #expect(m.contains("PERSON Ana Ruiz"))
        #expect(!m.contains { $0.hasPrefix("GPE") || $0.hasPrefix("ORG") })
    }

    @Test("amphitheatres, pavilions, auditoriums and theatres are venues, FAC, whoever sponsors them")
    func venues() throws {
        let m = try FullRun.mentions(
            "The band plays the Kesterly Amphitheatre on Friday, the Dunmore Bank Pavilion on Saturday and the Orrin Auditorium last.")
        #expect(m.contains("FAC Kesterly Amphitheatre"))
        #expect(m.contains("FAC Dunmore Bank Pavilion"))
        #expect(m.contains("FAC Orrin Auditorium"))
    }

    @Test("a place the tagger reads that ends in a building's or ground's word, or opens with a street's, is FAC")
    func placeFacilities() throws {
        let m = try FullRun.mentions(
            "The ceremony took place at the Halvard Presidential Library in Missouri. The team has a great aura at "
                + "Orrin Field, he said. Children marched around the Parque Kesterly and along Calle Dunmore.")
        #expect(m.contains("FAC Halvard Presidential Library"))
        #expect(m.contains("FAC Orrin Field"))
        #expect(m.contains("FAC Parque Kesterly"))
        #expect(m.contains("FAC Calle Dunmore"))
        #expect(m.contains("GPE Missouri"))
    }

    @Test("a place the tagger reads that ends in a crater's, volcano's or reef's word is a LOC")
    func naturalFeatures() throws {
        let m = try FullRun.mentions("The rover found organic molecules in Velmora Crater, scientists said.")
        #expect(m.contains("LOC Velmora Crater"))
    }

    @Test("a tour list's venue is the whole capitalized name before its head, sponsor and all")
    func sponsoredVenues() throws {
        let m = try FullRun.mentions(
            "Tour dates\n\nJune 10 – Tampa, FL @ KESWICK Credit Union Amphitheatre\n"
                + "Aug. 4 -- Ameris Bank Amphitheatre (Formerly Halvard Amphitheatre), Alpharetta, GA\n\n"
                + "The show was produced by the Harvest Rain Theatre Company of Brisbane.")
        #expect(m.contains("FAC KESWICK Credit Union Amphitheatre"))
        #expect(m.contains("FAC Halvard Amphitheatre"))
        #expect(!m.contains { $0.hasPrefix("GPE KESWICK") || $0.contains("Formerly") })
        #expect(!m.contains("FAC Harvest Rain Theatre"))
    }

    @Test("a music, arts or convention center is a venue; a center of another kind stays an organization")
    func venueCenters() throws {
        let m = try FullRun.mentions(
            "The tour stops at the Dunmore Music Center, the Kesterly Performing Arts Center and the Orrin Convention "
                + "Center. The Halvard Center for Policy Studies published a report.")
        #expect(m.contains("FAC Dunmore Music Center"))
        #expect(m.contains("FAC Kesterly Performing Arts Center"))
        #expect(m.contains("FAC Orrin Convention Center"))
        #expect(m.contains("ORG Halvard Center for Policy Studies"))
    }

    @Test("planets and moons are LOC, not towns of the same name")
    func planetsAndMoons() throws {
        let m = try FullRun.mentions("The Varn probe will reach Saturn in 2031, and Mars is colder than Earth.")
        #expect(m.contains("LOC Saturn"))
        #expect(m.contains("LOC Mars"))
        #expect(m.contains("LOC Earth"))
        #expect(!m.contains { $0 == "GPE Saturn" || $0 == "GPE Mars" || $0 == "GPE Earth" })
    }

    @Test("a region's name that a company bears is the company without an article, the region with one")
    func regionOrCompany() throws {
        let doc = try FullRun.document(
            "Amazon will open a warehouse in Velbury. Amazon's shares rose. Loggers cleared more of the Amazon this year.")
        let labels = doc.entities.filter { $0.text == "Amazon" }.map(\.label)
        #expect(labels == [.org, .org, .loc])
    }
}

/// Two names joined by an ampersand are one organization (`AmpersandNames`).
@Suite("Entities: names joined by an ampersand")
struct AmpersandNamesTests {
    @Test("a firm named 'X & Y' is one organization, also where each half reads as a town or nothing")
    func firms() throws {
        let doc = try FullRun.document("Analysts at Dorne & Ravell and at Quillfeather & Sons expect a rebound.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG Dorne & Ravell"))
        #expect(m.contains("ORG Quillfeather & Sons"))
        #expect(FullRun.overlaps(doc).isEmpty)
    }

    @Test("common words, two people and two countries joined by an ampersand stay apart")
    func notFirms() throws {
        let m = try FullRun.mentions(
            "Read our Terms & Conditions. Jason & Michelle flew to Bosnia & Herzegovina with Ana Ruiz & Tom.")
        #expect(!m.contains { $0.hasPrefix("ORG") })
        #expect(m.contains("GPE Bosnia"))
        #expect(m.contains("GPE Herzegovina"))
    }

    @Test("the partners listed before the ampersand belong to a firm whose name ends in a company's word")
    func partnerLists() throws {
        let doc = try FullRun.document(
            "Analysts at Dorne, Ravell & Co. and at Quillfeather, Marbury & Tessane Securities Corp. expect a rebound.")
        let m = FullRun.mentions(in: doc)
        #expect(m.contains("ORG Dorne, Ravell & Co."), "\(m)")
        #expect(m.contains("ORG Quillfeather, Marbury & Tessane Securities Corp."), "\(m)")
        #expect(FullRun.overlaps(doc).isEmpty)
        // Not a place before the list, nor where the name after the ampersand ends in no company's word.
        let places = try FullRun.mentions("Offices in Boston, Dorne & Ravell Co. opened. Tom, Dorne & Ravell met.")
        #expect(places.contains("GPE Boston"), "\(places)")
        #expect(!places.contains { $0.hasPrefix("ORG Tom") }, "\(places)")
    }

    @Test("a partner whose name is also a town's belongs to the firm when the name ends in a company's word")
    func townNamedPartners() throws {
        let m = try FullRun.mentions("Analysts at Quillfeather, Abilene & Tessane Securities Corp. expect a rebound.")
        #expect(m.contains("ORG Quillfeather, Abilene & Tessane Securities Corp."), "\(m)")
        #expect(!m.contains { $0.hasPrefix("GPE") }, "\(m)")
    }

    @Test("'amp' left where a conversion dropped the punctuation of '&amp;' joins a firm's name as '&' does")
    func convertedAmpersands() throws {
        let m = try FullRun.mentions("Shares of Dorne amp Ravell Co. rose, said Tessane amp Associates.")
        #expect(m.contains("ORG Dorne amp Ravell Co."), "\(m)")
        #expect(m.contains("ORG Tessane amp Associates"), "\(m)")
    }
}
