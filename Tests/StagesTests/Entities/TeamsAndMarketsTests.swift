import Pipeline
import Testing

@testable import Stages

/// `TeamsAndMarkets`: names that sports and market news use as organizations, read from the sentence around
/// them. Invented sentences; the places are real towns (the rule needs the place table to know them), the
/// clubs and indices are not.
@Suite("Entities: teams and market indices")
struct TeamsAndMarketsTests {
    static func labels(_ text: String) throws -> [String: String] {
        var byText: [String: String] = [:]
        for e in try FullRun.document(text).entities { byText[e.text] = e.label.rawValue }
        return byText
    }

    @Test("a town before a match verb or after a match word is a team in sports news")
    func townsInPlay() throws {
        let m = try Self.labels(
            "Swindon beat Doncaster 3-1 on Saturday and Walsall had won earlier. The striker scored twice against Rotherham.")
        #expect(m["Swindon"] == "ORG")
        #expect(m["Doncaster"] == "ORG")
        #expect(m["Walsall"] == "ORG")
        #expect(m["Rotherham"] == "ORG")
    }

    @Test("in sports news a town with a won-lost record a few words after it is a team")
    func townsWithRecords() throws {
        let m = try Self.labels(
            "Swindon finished the season 8-5 overall, and Walsall improved to 14-0-1 in its last 15 games. "
                + "The striker scored twice in the league.")
        #expect(m["Swindon"] == "ORG")
        #expect(m["Walsall"] == "ORG")
        let news = try Self.labels("Swindon finished the year with 20 new homes, the mayor said.")
        #expect(news["Swindon"] == "GPE")
    }

    @Test("in sports news a town that players lead, lift or carry past another is a team; outside it a place")
    func townsCarried() throws {
        let m = try Self.labels(
            "Ana Ruiz scored twice to lead Swindon, and Tom Hale had a goal to lift Walsall. "
                + "The striker scored in the 2-1 win and the keeper made 30 saves in the league.")
        #expect(m["Swindon"] == "ORG")
        #expect(m["Walsall"] == "ORG")
        let news = try Self.labels("The mayor helped Swindon recover after the floods.")
        #expect(news["Swindon"] != "ORG")
    }

    @Test("in sports news a town and a capitalized plural after it are a team; a player's games or titles for a town name a team")
    func nicknamesAndAppearances() throws {
        let m = try Self.labels(
            "The Fresno Hornets beat the Reno Badgers 3-1 in the league on Sunday. Ana Ruiz played 26 games for Modesto before her transfer. "
                + "She won two titles with Visalia.")
        #expect(m["Fresno Hornets"] == "ORG")
        #expect(m["Reno Badgers"] == "ORG")
        #expect(m["Modesto"] == "ORG")
        #expect(m["Visalia"] == "ORG")
        // Outside sports news too, a town and a capitalized plural are the team (`PlaceNamedTeams`: every such
        // name the rule relabelled on the dev sets was a team); a town and a place's plural stay a place.
        let news = try Self.labels("Tickets for the Fresno Hornets went on sale as the Fresno Heights school reopened.")
        #expect(news["Fresno Hornets"] == "ORG")
        #expect(news["Fresno Heights"] != "ORG" && news["Fresno"] != "ORG")
    }

    @Test("a town that is also a person's name is a team when its opponent is one; a team stays one in the document")
    func opponentsAndOneSensePerDocument() throws {
        let m = try FullRun.document(
            "Blue Jackets 4, Canadiens 1: Pierre Dubois had two goals and an assist, and Columbus beat Montreal 4-1. "
                + "Joonas Korpisalo stopped 30 shots as Columbus improved to 8-8-4. Fans in Columbus cheered.\n\n"
                + "Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal, and Carolina beat Chicago 4-2 for their fourth straight victory in the league.")
        let labels = m.entities.map { "\($0.text):\($0.label.rawValue)" }
        #expect(labels.filter { $0.hasPrefix("Columbus:") } == ["Columbus:ORG", "Columbus:ORG", "Columbus:GPE"])
        #expect(labels.contains("Montreal:ORG") && labels.contains("Carolina:ORG") && labels.contains("Chicago:ORG"))
        // Headline verbs of a match report, and a roundup's "d.".
        let h = try Self.labels("Eastern Michigan routs Northern Illinois 45-17 in the league.\n\nMelbourne d. Cocoa 8-0\n")
        #expect(h["Eastern Michigan"] == "ORG" && h["Northern Illinois"] == "ORG")
        #expect(h["Melbourne"] == "ORG" && h["Cocoa"] == "ORG")
    }

    @Test("in sports news 'the' and a plural that is also a surname is a team, and a town before a position is one")
    func surnamePluralsAndPositions() throws {
        // "Browns" and "Bruins" are census surnames; the rule reads "the" and the sports document, not the names.
        let m = try Self.labels(
            "The Browns beat the Steelers 21-7, and Tacoma quarterback Ana Ruiz was hurt. Later the Bruins fell to 12-3 in the league.")
        #expect(m["Browns"] == "ORG")
        #expect(m["Bruins"] == "ORG")
        #expect(m["Tacoma"] == "ORG")
        #expect(m["Ana Ruiz"] == "PERSON")
        // A country before a coach gives a nationality: the country stays a place.
        let nation = try Self.labels("France coach Didier Varenne smiled after the 2-1 win in the league match.")
        #expect(nation["France"] == "GPE")
        // A college's name no source knows, before a position and a player, is the team; a person's name before
        // an adviser stays the person.
        let college = try Self.labels(
            "Quorvex State quarterback Ana Ruiz threw twice in the 24-10 league win. Biden adviser Jake Sullivan watched.")
        #expect(college["Quorvex State"] == "ORG", "\(college)")
        #expect(college["Biden"] == "PERSON", "\(college)")
        // A position after its modifier: "head coach", "athletic director".
        let staff = try Self.labels(
            "Tacoma head coach Ana Ruiz and Quorvex athletic director Tom Velmar spoke after the 24-10 league win.")
        #expect(staff["Tacoma"] == "ORG", "\(staff)")
        #expect(staff["Quorvex"] == "ORG", "\(staff)")
        #expect(staff["Tom Velmar"] == "PERSON", "\(staff)")
    }

    @Test("in sports news a plural after 'the' that no source read as a name is a team, at every mention")
    func nicknamesAfterThe() throws {
        // "Anchors" is a common plural in lower case: the tagger leaves some of its mentions untagged.
        let doc = try FullRun.document(
            "The Anchors lost 2-5 on Friday, their third loss in a row. Ivo Marek scored twice against the Anchors, "
                + "and the Anchors' goalie left the game. Fans of the Anchors booed the players.")
        #expect(doc.entities.filter { $0.text == "Anchors" && $0.label == .org }.count == 4)
        // Not outside sports news.
        let m = try FullRun.mentions("The ships lay at anchor in the old harbour, and the Anchors rusted on the quay.")
        #expect(!m.contains("ORG Anchors"))
    }

    @Test("in sports news a plural right before a player's position is the team, also a surname's plural")
    func pluralsBeforePositions() throws {
        let m = try FullRun.mentions(
            "The fight led to suspensions for Browns pass rusher Tom Hale and a fine for Quellers quarterback Ivo Marek. "
                + "The league said the match ended 21-7 after a touchdown in the fourth quarter.")
        #expect(m.contains("ORG Browns"))
        #expect(m.contains("ORG Quellers"))
        #expect(m.contains("PERSON Tom Hale"))
    }

    @Test("a result line of sports news names two teams, each before its score")
    func boxScores() throws {
        let doc = try FullRun.document(
            "Hockey results from Tuesday night.\n\nThunder 4, Harbor Lights 1: Ivo Marek scored twice in the win.\n\n"
                + "Glaciers 3, Mist 2 (OT)\n\nThe Glaciers won 3-2 in overtime for their fifth win of the season.")
        let orgs = doc.entities.filter { $0.label == .org }.map(\.text)
        for team in ["Thunder", "Harbor Lights", "Glaciers", "Mist"] { #expect(orgs.contains(team), "\(team)") }
        #expect(doc.entities.contains { $0.text == "Ivo Marek" && $0.label == .person })
        // Outside sports news a count list is no result.
        let m = try FullRun.mentions("The shop sold Oranges 4, Apples 12: a slow day at the market.")
        #expect(!m.contains("ORG Oranges") && !m.contains("ORG Apples"))
    }

    @Test("in sports news a country in a match is its national team, at its other mentions too, but not as a nationality")
    func nationalTeams() throws {
        // ANNOTATION.md: a team named after a place is an ORG; GMB, GUM and our news gold tag national teams so.
        let nations = try Self.labels("France beat Spain 2-1 in the league match, and the striker scored twice.")
        #expect(nations["France"] == "ORG")
        #expect(nations["Spain"] == "ORG")
        // The team spreads to the country's other mentions, a heading in capitals among them; a player's
        // country ("Norway's", "of Norway", "Norway star") stays a place, as a country after "in" does.
        let m = try FullRun.mentions(
            """
            NORWAY ADVANCES

            Norway routed Peru 4-1 in the tournament's second match. Norway's Ola Brekke scored twice, and Lasse \
            Tveit of Norway 6-3 won his singles. Norway star Ivar Dahl watched. Fans in Norway celebrated, and \
            the league said Norway will play again on Friday.
            """)
        #expect(m.filter { $0 == "ORG Norway" }.count == 2)
        #expect(m.contains("ORG NORWAY") && m.contains("ORG Peru"))
        #expect(m.filter { $0 == "GPE Norway" }.count == 4)
        // Two countries joined by a verb a country also does outside sport are teams; one country alone
        // next to it stays a place.
        let pair = try Self.labels("Britain plays the Netherlands on Friday in the league, after a 2-1 win in the match.")
        #expect(pair["Britain"] == "ORG" && pair["Netherlands"] == "ORG")
        // "got past" is a win too, and an adverb of manner may stand before the verb; a country that gets past
        // a crisis stays a place.
        let past = try Self.labels("Portugal comfortably got past Peru 3-0 in the league, after a 2-1 win in the match.")
        #expect(past["Portugal"] == "ORG" && past["Peru"] == "ORG")
        // A heading's "FALLS": the team lost ("US FALLS" over "The United States lost to Canada").
        let falls = try FullRun.mentions(
            "US FALLS\n\nThe United States lost to Canada 2-1 in the league match, and the striker scored twice.")
        #expect(falls.contains("ORG US"), "\(falls)")
        let crisis = try Self.labels("Norway quickly got past the crisis, and the striker scored twice in the 2-1 league match.")
        #expect(crisis["Norway"] == "GPE")
        let host = try Self.labels("Norway hosted the tournament, and the striker scored twice in the 2-1 league match.")
        #expect(host["Norway"] == "GPE")
        // A pairing's "takes on", a result given to a team, a heading's verb in capitals.
        let takes = try Self.labels("Portugal takes on Peru on Friday in the league, after a 2-1 win in the match.")
        #expect(takes["Portugal"] == "ORG" && takes["Peru"] == "ORG")
        let given = try FullRun.mentions(
            """
            CHILE WINS

            The doubles pair secured Chile an opening win, and the striker scored twice in the league match, giving \
            top-ranked Chile a 2-1 victory. Chile will play again on Friday.
            """)
        #expect(given.contains("ORG CHILE"))
        #expect(given.filter { $0 == "ORG Chile" }.count == 3)
    }

    @Test("in sports news a town's or a state's possessive game, and a game at a school or town, name its team")
    func gamesAtTeams() throws {
        let m = try Self.labels(
            "The quarterback is uncertain for Nebraska's game at Tacoma after the 24-17 loss, the coach said after the "
                + "league match.")
        #expect(m["Nebraska"] == "ORG" && m["Tacoma"] == "ORG")
        // Outside sports news: the place.
        let other = try Self.labels("The governor is uncertain about Nebraska's game plan for the budget, he said at Tacoma.")
        #expect(other["Nebraska"] == "GPE" && other["Tacoma"] == "GPE")
    }

    @Test("in sports news a position's abbreviation between a team and a player is the player's title")
    func positionAbbreviations() throws {
        let m = try FullRun.mentions(
            "The Quellers beat the Steelers 21-7 in the league. Later, Quellers DL Tavion Marsh was fined, and "
                + "Tacoma QB Oren Talby and WR Ivo Marek spoke. The QB Rating fell.")
        #expect(m.contains("ORG Quellers") && m.contains("ORG Tacoma"))
        #expect(m.filter { $0.hasPrefix("TITLE") }.sorted() == ["TITLE DL", "TITLE QB", "TITLE WR"])
        #expect(m.contains("PERSON Tavion Marsh") && m.contains("PERSON Oren Talby") && m.contains("PERSON Ivo Marek"))
        // Outside sports news the capitals are no position.
        let other = try FullRun.mentions("Shares of Quellers DL Tavion Marsh rose after the bank's report on Monday.")
        #expect(!other.contains("TITLE DL"))
    }

    @Test("outside sports news, and for players, a place stays a place and a person a person")
    func notTeams() throws {
        let politics = try Self.labels("The mayor of Swindon beat the deadline, and Doncaster voted on Monday.")
        #expect(politics["Swindon"] == "GPE")
        #expect(politics["Doncaster"] == "GPE")
        let war = try Self.labels("France beat back the attack, and Spain lost the vote in the assembly on Monday.")
        #expect(war["France"] == "GPE" && war["Spain"] == "GPE")
        let players = try Self.labels("Marta Quillon beat Tomas Brandt 6-4 in the tournament, and Brandt scored twice in the season.")
        #expect(players["Marta Quillon"] == "PERSON")
        #expect(players["Tomas Brandt"] == "PERSON")
    }

    @Test("a club prefix or suffix makes a club of a town, as one name")
    func clubForms() throws {
        let m = try Self.labels("Real Valladolid drew with Sporting Braga, and Bristol Rovers went top.")
        #expect(m["Real Valladolid"] == "ORG")
        #expect(m["Sporting Braga"] == "ORG")
        #expect(m["Bristol Rovers"] == "ORG")
        #expect(m["Valladolid"] == nil && m["Braga"] == nil && m["Bristol"] == nil)
        // A weekday after a place is a date, not a club ("Sheffield Wednesday" is no pattern).
        let news = try Self.labels("Talks resumed in Vienna Wednesday.")
        #expect(news["Vienna"] == "GPE")
    }

    @Test("a name that rises or falls by a percentage or points is an index, with its size")
    func indices() throws {
        // The rule relabels and extends the tagger's mentions ("Orbis" alone is a place to the tagger).
        let m = try Self.labels("The Kestrel fell 1.4 percent and the Orbis 500 slipped 0.3% on Monday.")
        #expect(m["Kestrel"] == "ORG")
        #expect(m["Orbis 500"] == "ORG")
        #expect(m["Orbis"] == nil)
        // The index's ticker in brackets may come between the name and the verb.
        let ticker = try Self.labels("Elsewhere, the Orbis 225 (OR225) declined 0.3% on Tuesday.")
        #expect(ticker["Orbis 225"] == "ORG")
        // An index the tagger left untagged, after "the", with its size; "is up" moves as a verb does.
        let untagged = try Self.labels("Shares rose while the K&W 500 is up 24.5 percent and the QTX 100 fell 2 percent.")
        #expect(untagged["K&W 500"] == "ORG")
        #expect(untagged["QTX 100"] == "ORG")
        // The economy of a country or a candidate's polls are not indices.
        let places = try Self.labels("Exports to Germany fell 2 percent, and Janet Morrow gained 3 points in the polls.")
        #expect(places["Germany"] == "GPE")
        #expect(places["Janet Morrow"] == "PERSON")
    }

    @Test("a name whose shares move to a price is a company, outside sports news")
    func stocks() throws {
        let m = try Self.labels(
            "In London, Halvorsen skidded 9.5 to 200.5, Tessane Marbury rose 25 cents to $4.25 and Quorvex eased 1/8 "
                + "to 31 7/8.")
        #expect(m["Halvorsen"] == "ORG", "\(m)")
        #expect(m["Tessane Marbury"] == "ORG", "\(m)")
        #expect(m["Quorvex"] == "ORG", "\(m)")
        #expect(m["London"] == "GPE", "\(m)")
        // A golfer's score in sports news is no share price.
        let golf = try Self.labels(
            "Janet Morrow rose 4 to 70 after the second round, as the Tigers won 2-1 and the striker scored in the league.")
        #expect(golf["Janet Morrow"] == "PERSON", "\(golf)")
    }

    @Test("the score shape: one or two digits either side of a hyphen")
    func scores() throws {
        let text = "2-1 10-12 3–0 2021-12 1-2-3 a-1 7"
        var doc = Document(id: "t", source: Source(path: "-", format: .text, bytes: Array(text.utf8)))
        for stage in try StageCatalog.stages(named: ["normalize", "tokenize"]) { try stage.process(&doc) }
        var walk: OffsetWalk?
        let tokens = TokenTable(doc, walk: &walk)
        var copy = doc.text
        let scores = copy.withUTF8 { bytes in
            let pass = TeamsAndMarkets(tokens: tokens, bytes: bytes, findings: [], lexicon: Lexicon(hashes: []))
            return (0..<tokens.count).filter { pass.isScore($0) }.map {
                String(decoding: bytes[Int(tokens.byteStart[$0])..<Int(tokens.byteEnd[$0])], as: UTF8.self)
            }
        }
        #expect(scores == ["2-1", "10-12"])
    }
}
