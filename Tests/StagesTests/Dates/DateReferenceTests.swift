import Pipeline
import Testing

@testable import Stages

/// Expressions anchored on the story's reference time, TimeML signals left outside, and tense cues
/// that need more than the nearest word.
@Suite("Date reference time and tense")
struct DateReferenceTests {
    func value(_ surface: String, _ text: String, dct: String) throws -> String? {
        try dateEntity(surface, in: text, dct: dct)?.timex?.value
    }

    @Test("the following year, that year, the next day, the previous Friday use the last date mentioned")
    func referenceTime() throws {
        let text = "On May 22, 1995, Farkas was promoted, and the following year he was sent to Washington. "
            + "He married that year."
        #expect(try value("the following year", text, dct: "1998-04-18") == "1996")
        // The reference moves with each date: "that year" is the year just named.
        #expect(try value("that year", text, dct: "1998-04-18") == "1996")
        let days = "The ship sank on May 22, 1995. The next day divers came. The next morning they left."
        #expect(try value("The next day", days, dct: "1998-04-18") == "1995-05-23")
        #expect(try value("The next morning", days, dct: "1998-04-18") == "1995-05-24TMO")
        let friday = "Shares fell 2% on Friday, after a gain the previous Friday."
        #expect(try value("the previous Friday", friday, dct: "1989-10-30") == "1989-10-20")
        let month = "Talks began in March 1989. The following month, the company sold its unit."
        #expect(try value("The following month", month, dct: "1989-10-27") == "1989-04")
        let day = "Slepian was killed on Oct. 23, 1998. Earlier that day, he had been to a synagogue."
        #expect(try value("Earlier that day", day, dct: "1999-10-24") == "1998-10-23")
    }

    @Test("a position modifier keeps the reference shift: 'early the next day' is the next day, START")
    func modifiedReference() throws {
        let days = "The ship sank on May 22, 1995. Divers came early the next day, and late that day they left."
        let early = try dateEntity("early the next day", in: days, dct: "1998-04-18")
        #expect(early?.timex?.value == "1995-05-23")
        #expect(early?.timex?.mod == "START")
        #expect(try value("late that day", days, dct: "1998-04-18") == "1995-05-23")
        // Without a dct or a date before it: the unknown day, never an empty value (a fuzz finding).
        let alone = try dateEntity("early next  day", in: "early next  day", dct: nil)
        #expect(alone?.timex?.value == "XXXX-XX-XX")
    }

    @Test("without a date before it, the reference time is the dct")
    func referenceFallsBackToDCT() throws {
        #expect(try value("that year", "Profits doubled that year.", dct: "2021-12-01") == "2021")
        let e = try dateEntity("that year", in: "Profits doubled that year.", dct: nil)
        #expect(e?.timex?.value == "XXXX")
    }

    @Test("'later' and non-year 'earlier' are signals: the length is the expression")
    func signals() throws {
        let later = try dateEntities("Three days later, prices recovered.", dct: "1989-10-30")
        #expect(later.map(\.text) == ["Three days"])
        #expect(later.first?.timex?.type == .duration)
        #expect(later.first?.timex?.value == "P3D")
        let earlier = try dateEntity("A day", in: "A day earlier, trucks streamed north.", dct: "1990-08-16")
        #expect(earlier?.timex?.value == "P1D")
        let vague = try dateEntity("A few days", in: "A few days later, the firm sold it.", dct: "1989-10-27")
        #expect(vague?.timex?.value == "PXD")
        #expect(try value("a year earlier", "Sales rose from a year earlier.", dct: "1989-10-26") == "1988")
        #expect(try value("two years ago", "They met two years ago.", dct: "2021-12-01") == "2019")
    }

    @Test("a reporting verb away from the date frames it; next to it, it is its verb")
    func reportingVerbs() throws {
        let framed = "The father will leave at dawn Thursday, Castro said."
        #expect(try value("Thursday", framed, dct: "2000-04-05") == "2000-04-06")
        let own = "New Zealand said Friday that the attacks were justified."
        #expect(try value("Friday", own, dct: "1998-08-20") == "1998-08-14")
        let phrase = "The group could leave as soon as Tuesday, Castro said."
        #expect(try value("Tuesday", phrase, dct: "2000-04-03") == "2000-04-04")
    }

    @Test("plans and schedules point ahead; names are not verbs")
    func futureCues() throws {
        let planned = "Protesters planned a large demonstration in Little Havana on Saturday."
        #expect(try value("Saturday", planned, dct: "2000-01-07") == "2000-01-08")
        let name = "The father would be traveling to the United States Thursday."
        #expect(try value("Thursday", name, dct: "2000-04-05") == "2000-04-06")
    }

    @Test("participles, 'effective', 'set to', 'were planning to', 'since' and possessive days")
    func moreCues() throws {
        let paid = "The split would be paid on a still unspecified date in January."
        #expect(try value("January", paid, dct: "1989-10-26") == "1990-01")
        let effective = "The office of the chairman is new, effective Feb. 1."
        #expect(try value("Feb. 1", effective, dct: "1989-10-26") == "1990-02-01")
        let set = "The peace process is set to resume Monday in Belfast."
        #expect(try value("Monday", set, dct: "1998-03-22") == "1998-03-23")
        let planning = "Protesters rallied and were planning to drive around the airport on Monday."
        #expect(try value("Monday", planning, dct: "2000-01-07") == "2000-01-10")
        let since = "The carrier, which has been on patrol since March, was scheduled to return."
        #expect(try value("March", since, dct: "1990-08-13") == "1990-03")
        let possessive = "The notes are convertible at a premium over Thursday's closing price."
        #expect(try value("Thursday", possessive, dct: "1989-10-30") == "1989-10-26")
        let deadline = "The agency has given them until 9 a.m. Tuesday to sign."
        #expect(try value("9 a.m. Tuesday", deadline, dct: "2000-04-03") == "2000-04-04T09:00")
        let paren = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
        #expect(try value("about 10:35 a.m.", paren, dct: "1998-08-08") == "1998-08-07T10:35")
        #expect(try value("the week of March 6", "A hearing is set for the week of March 6.", dct: "2000-02-24") == "2000-W10")
    }
}
