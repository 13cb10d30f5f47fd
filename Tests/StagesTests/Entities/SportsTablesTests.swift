import Pipeline
import Testing

@testable import Stages

/// The result lines, tables and players' lines of sports news (`SportsTables.swift`). Invented pages; the
/// towns are real where the rule asks the place table (datelines, countries), the clubs and players are not.
@Suite("Entities: sports results and tables")
struct SportsTablesTests {
    /// Every mention as "LABEL text", in text order (repeats kept).
    static func mentions(_ text: String) throws -> [String] {
        try FullRun.document(text).entities.map { "\($0.label.rawValue) \($0.text)" }
    }

    @Test("a whole result line without the comma names two teams, also over a weekday in a club's name")
    func resultLinesWithoutComma() throws {
        let m = try Self.mentions(
            "Results of the league matches on Saturday:\nGlenmoor 2 Ashvale Wednesday 2\nKestrel Bay 0 Dunmore 1\n"
                + "Harlow Vale 3 Pinecrest 1 (aet)\n")
        for team in ["Glenmoor", "Ashvale Wednesday", "Kestrel Bay", "Dunmore", "Harlow Vale", "Pinecrest"] {
            #expect(m.contains("ORG \(team)"), "\(team)")
        }
        #expect(!m.contains("DATE Wednesday"))
    }

    @Test("a table row is a team; the dateline above it stays a place; a country stays a country")
    func standings() throws {
        let m = try Self.mentions(
            "BASEBALL - STANDINGS AFTER SUNDAY'S GAMES\nBALTIMORE 1996-08-29\nStandings of the league:\n"
                + "BALTIMORE 70 61 .534 4\nGlenmoor Comets 67 66 .504 8\nAshvale 60 71 .458 14\n\n"
                + "Medal standings of the league:\nFrance 12 8 4 24\n")
        #expect(m.filter { $0 == "ORG BALTIMORE" }.count == 1)
        #expect(m.contains("GPE BALTIMORE"))
        #expect(m.contains("ORG Glenmoor Comets"))
        #expect(m.contains("ORG Ashvale"))
        #expect(!m.contains("ORG France"))
    }

    @Test("a leaderboard of players keeps its persons")
    func leaderboards() throws {
        let m = try Self.mentions(
            "GOLF - LEADING SCORES in the tournament after the first round of the season:\n"
                + "Marta Quillon 66 70 136\nTomas Brandt 68 69 137\nIvo Marek 70 70 140\n")
        for player in ["Marta Quillon", "Tomas Brandt", "Ivo Marek"] { #expect(m.contains("PERSON \(player)"), "\(player)") }
        #expect(!m.contains { $0.hasPrefix("ORG") })
    }

    @Test("a roundup: winner d. loser, a team's record, then its players' counts")
    func roundups() throws {
        let m = try Self.mentions(
            "High school roundup\n\nGIRLS BASKETBALL\n\nGlenmoor d. Ashvale 70-44\n\nAshvale 14 11 6 15 — 44\n\n"
                + "Glenmoor (1-0): Tolivert 25 points. Marrow 17 points. K. Hupfer 1 goal.\n\nDunmore (1-1-1): Ivo Marek 2 saves.\n")
        #expect(m.contains("ORG Glenmoor"))
        #expect(m.contains("ORG Ashvale"))
        #expect(m.contains("ORG Dunmore"))
        for player in ["Tolivert", "Marrow", "K. Hupfer"] { #expect(m.contains("PERSON \(player)"), "\(player)") }
    }

    @Test("a team of a result line is the team after 'the' elsewhere, also when it is no plural")
    func listedTeamsAfterThe() throws {
        let m = try Self.mentions(
            "Hockey results.\n\nThorn 4, Harbor Lights 1: Ivo Marek scored twice for the Thorn, who won again.\n\n"
                + "Glaciers 3, Mist 2 (OT)\n\nThe Mist lost in overtime.\n")
        #expect(m.filter { $0 == "ORG Thorn" }.count == 2)
        #expect(m.filter { $0 == "ORG Mist" }.count == 2)
    }

    @Test("an untagged name before a match verb and a score is a team, and so is its opponent; pronouns are not")
    func untaggedTeamsInPlay() throws {
        let m = try Self.mentions(
            "Quellstone beat Ashvale 2-1 in the late match on Saturday. They lost 2-1 last week and 3-0 in May.")
        for team in ["Quellstone", "Ashvale"] { #expect(m.contains("ORG \(team)"), "\(team)") }
        #expect(!m.contains("ORG They"))
    }

    @Test("players who beat players stay persons; a one-word player facing a team does not")
    func playersFacingPlayers() throws {
        let m = try Self.mentions(
            "Davos Open. Rafael Nadal beat Daniil Medvedev 6-4, 6-3 in the final. Later Medvedev beat Nadal 7-5.")
        for player in ["Medvedev", "Nadal"] { #expect(!m.contains("ORG \(player)"), "\(player): \(m)") }
    }

    @Test("outside sports news a line of figures names no team and no player")
    func notSports() throws {
        let m = try Self.mentions(
            "The shop's stock on Monday:\nOranges 4 Apples 12\nWinterbloom 12 15 18 20\nBrambleton 25 points\n")
        #expect(!m.contains { $0.hasPrefix("ORG") || $0.hasPrefix("PERSON") })
    }
}
