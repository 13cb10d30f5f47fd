import Pipeline
import Testing

@testable import Stages

/// The hard cases of issue #22 on invented sentences. Entities are placed by hand (by text and
/// occurrence), so these tests measure the clusters stage alone, whatever the entity tagger does.
enum ClusterFixtures {
    /// A document with the given mentions: (label, text) pairs in text order, each the first occurrence of
    /// its text after the previous mention. Relations by mention index.
    static func document(
        _ text: String, _ mentions: [(EntityLabel, String)], relations: [(RelationType, Int, Int)] = []
    ) -> Document {
        var d = Document(id: "test", source: Source(path: "test", format: .text, bytes: Array(text.utf8)))
        d.setText(text, sourceMap: nil)
        let scalars = Array(text.unicodeScalars)
        var after = 0
        var spans: [Span] = []
        for (label, surface) in mentions {
            let needle = Array(surface.unicodeScalars)
            var i = after
            while i + needle.count <= scalars.count, Array(scalars[i..<(i + needle.count)]) != needle { i += 1 }
            precondition(i + needle.count <= scalars.count, "'\(surface)' not found")
            after = i + needle.count
            spans.append(Span(i, i + needle.count))
            d.addEntity(Span(i, i + needle.count), label: label)
        }
        d.layers = [.text, .entities]
        d.renumberEntities()
        for (type, h, t) in relations {
            let head = d.entities.first { $0.span == spans[h] }!.id
            let tail = d.entities.first { $0.span == spans[t] }!.id
            d.relations.append(Relation(type: type, head: head, tail: tail))
        }
        return d
    }

    static func clustered(
        _ text: String, _ mentions: [(EntityLabel, String)], relations: [(RelationType, Int, Int)] = []
    ) throws -> Document {
        var d = document(text, mentions, relations: relations)
        try ClusterStage().process(&d)
        return d
    }

    /// The texts of each cluster's mentions, cluster by cluster.
    static func groups(_ d: Document) -> [[String]] {
        d.clusters.map { c in c.mentions.map { id in d.entities.first { $0.id == id }!.text } }
    }
}

@Suite("Clusters: people")
struct ClusterPeopleTests {
    @Test("full name, surname and titled surname are one person, named by the full name")
    func oneperson() throws {
        let d = try ClusterFixtures.clustered(
            "Ilham Aliyev met reporters. Aliyev said talks would go on. President Aliyev left on Friday.",
            [(.person, "Ilham Aliyev"), (.person, "Aliyev"), (.title, "President"), (.person, "Aliyev")])
        #expect(ClusterFixtures.groups(d) == [["Ilham Aliyev", "Aliyev", "Aliyev"]])
        #expect(d.clusters[0].name == "Ilham Aliyev")
        #expect(d.clusters[0].label == .person)
        #expect(d.entities.filter { $0.label == .person }.allSatisfy { $0.cluster == "C1" })
        #expect(d.entities.first { $0.label == .title }?.cluster == nil)
    }

    @Test("two people with one surname stay apart; a bare surname goes to the one named last")
    func sameSurname() throws {
        let d = try ClusterFixtures.clustered(
            "John Smith founded the firm. His daughter Mary Smith runs it now. Smith said sales doubled.",
            [(.person, "John Smith"), (.person, "Mary Smith"), (.person, "Smith")])
        #expect(ClusterFixtures.groups(d) == [["John Smith"], ["Mary Smith", "Smith"]])
    }

    @Test("a title tells two people with one surname apart")
    func titleEvidence() throws {
        let d = try ClusterFixtures.clustered(
            "President Ilham Aliyev opened the museum named after his father, Heydar Aliyev, who ruled until 2003. "
                + "President Aliyev then left for Ganja.",
            [
                (.title, "President"), (.person, "Ilham Aliyev"), (.person, "Heydar Aliyev"), (.title, "President"),
                (.person, "Aliyev"),
            ])
        #expect(ClusterFixtures.groups(d) == [["Ilham Aliyev", "Aliyev"], ["Heydar Aliyev"]])
    }

    @Test("an initial joins the full given name; different middle initials stay apart")
    func initials() throws {
        let d = try ClusterFixtures.clustered(
            "J. Smith wrote the report. John Smith later defended it. George W. Bush and George H. W. Bush spoke.",
            [(.person, "J. Smith"), (.person, "John Smith"), (.person, "George W. Bush"), (.person, "George H. W. Bush")])
        #expect(ClusterFixtures.groups(d) == [["J. Smith", "John Smith"], ["George W. Bush"], ["George H. W. Bush"]])
        #expect(d.clusters[0].name == "John Smith")
    }
}

@Suite("Clusters: names of organizations, places and groups")
struct ClusterNameTests {
    @Test("an acronym joins its full name through alias_of, and without it through its initials")
    func acronyms() throws {
        let d = try ClusterFixtures.clustered(
            "The Kurdish Workers’ Party (PKK) claimed the attack. The PKK also warned the North Atlantic Treaty "
                + "Organization. NATO did not answer.",
            [
                (.org, "Kurdish Workers’ Party"), (.org, "PKK"), (.org, "PKK"),
                (.org, "North Atlantic Treaty Organization"), (.org, "NATO"),
            ],
            relations: [(.aliasOf, 1, 0)])
        #expect(
            ClusterFixtures.groups(d) == [
                ["Kurdish Workers’ Party", "PKK", "PKK"], ["North Atlantic Treaty Organization", "NATO"],
            ])
        #expect(d.clusters.map(\.name) == ["Kurdish Workers’ Party", "North Atlantic Treaty Organization"])
    }

    @Test("without alias_of, an acronym that is nobody's initials stays alone")
    func unrelatedAcronym() throws {
        let d = try ClusterFixtures.clustered(
            "The Kurdish Workers’ Party claimed the attack, the PKK said.",
            [(.org, "Kurdish Workers’ Party"), (.org, "PKK")])
        #expect(d.clusters.count == 2)
    }

    @Test("Republic of X and X, hyphen and space variants, demonym plural and singular")
    func variants() throws {
        let d = try ClusterFixtures.clustered(
            "The Republic of Azerbaijan says Azerbaijan wants peace in Nagorno-Karabakh; in Nagorno Karabakh, "
                + "Armenians fear it. Armenian leaders agree.",
            [
                (.gpe, "Republic of Azerbaijan"), (.gpe, "Azerbaijan"), (.gpe, "Nagorno-Karabakh"),
                (.gpe, "Nagorno Karabakh"), (.norp, "Armenians"), (.norp, "Armenian"),
            ])
        #expect(
            ClusterFixtures.groups(d) == [
                ["Republic of Azerbaijan", "Azerbaijan"], ["Nagorno-Karabakh", "Nagorno Karabakh"],
                ["Armenians", "Armenian"],
            ])
        #expect(d.clusters[0].name == "Republic of Azerbaijan")
        #expect(d.clusters[0].geonames == 587116)
    }

    @Test("a short organization name joins the one longer name it ends, not one of two")
    func orgSuffix() throws {
        let one = try ClusterFixtures.clustered(
            "The Iranian Foreign Ministry summoned the envoy. The Foreign Ministry said more would follow.",
            [(.org, "Iranian Foreign Ministry"), (.org, "Foreign Ministry")])
        #expect(ClusterFixtures.groups(one) == [["Iranian Foreign Ministry", "Foreign Ministry"]])
        let two = try ClusterFixtures.clustered(
            "The Iranian Foreign Ministry and the Azerbaijani Foreign Ministry met. The Foreign Ministry in Baku spoke.",
            [(.org, "Iranian Foreign Ministry"), (.org, "Azerbaijani Foreign Ministry"), (.org, "Foreign Ministry")])
        #expect(two.clusters.count == 3)
    }

    @Test("U.S. and United States are one place with one GeoNames id")
    func samePlaceId() throws {
        let d = try ClusterFixtures.clustered(
            "The U.S. embassy said the United States would help.", [(.gpe, "U.S."), (.gpe, "United States")])
        #expect(ClusterFixtures.groups(d) == [["U.S.", "United States"]])
        #expect(d.clusters[0].name == "United States")
        #expect(d.entities.allSatisfy { $0.geonames == 6252001 })
    }
}

@Suite("Clusters: GeoNames ids")
struct ClusterPlaceTests {
    func ids(_ text: String, _ mentions: [(EntityLabel, String)]) throws -> [Int?] {
        try ClusterFixtures.clustered(text, mentions).entities.map(\.geonames)
    }

    @Test("unambiguous names: Baku and Tehran")
    func unambiguous() throws {
        #expect(try ids("Baku and Tehran traded accusations.", [(.gpe, "Baku"), (.gpe, "Tehran")]) == [587084, 112931])
    }

    @Test("a container right after the name decides: Paris, Texas and Springfield, Ill.")
    func containers() throws {
        #expect(try ids("A tornado hit Paris, Texas.", [(.gpe, "Paris"), (.gpe, "Texas")]) == [4717560, 4736286])
        #expect(try ids("Lawmakers met in Springfield, Ill.", [(.gpe, "Springfield"), (.gpe, "Ill.")]).first == 4250542)
    }

    @Test("other places decide: Georgia with Tbilisi is the country, with Atlanta the state")
    func context() throws {
        #expect(try ids("Georgia said Tbilisi would host talks.", [(.gpe, "Georgia"), (.gpe, "Tbilisi")]).first == 614540)
        #expect(try ids("Georgia said Atlanta would host talks.", [(.gpe, "Georgia"), (.gpe, "Atlanta")]).first == 4197000)
    }

    @Test("the population prior: Paris alone is the French capital")
    func prior() throws {
        #expect(try ids("The museum in Paris reopened.", [(.gpe, "Paris")]) == [2988507])
    }

    @Test("a name that stays ambiguous gets no id: Springfield alone, Richmond alone")
    func abstains() throws {
        #expect(try ids("Springfield voted on Tuesday.", [(.gpe, "Springfield")]) == [nil])
        #expect(try ids("Richmond voted on Tuesday.", [(.gpe, "Richmond")]) == [nil])
    }

    @Test("the dateline decides a later ambiguous name")
    func dateline() throws {
        let d = try ClusterFixtures.clustered(
            "SPRINGFIELD, Mass. — The mayor said Springfield and Worcester will share a bus line.",
            [(.gpe, "SPRINGFIELD"), (.gpe, "Mass."), (.gpe, "Springfield"), (.gpe, "Worcester")])
        #expect(d.entities.map(\.geonames) == [4951788, 6254926, 4951788, 4956184])
    }

    @Test("people and organizations get no GeoNames id")
    func onlyPlaces() throws {
        let d = try ClusterFixtures.clustered(
            "Paris Hilton visited Georgia Power.", [(.person, "Paris Hilton"), (.org, "Georgia Power")])
        #expect(d.entities.allSatisfy { $0.geonames == nil })
    }
}
