import Pipeline
import Testing

@testable import Stages

/// Forms added after the first grammar: holidays, years in words, compound fractions, lengths with a
/// word between number and unit, and weekday dates followed by a colon.
@Suite("Date more forms")
struct DateMoreFormsTests {
    typealias Case = DateFormsTests.Case

    static let holidays: [Case] = [
        Case(text: "Families gathered on Christmas Day in the town.", surface: "Christmas Day", type: .date, value: "2021-12-25"),
        Case(text: "He was arrested on Thanksgiving Day.", surface: "Thanksgiving Day", type: .date, value: "1999-11-25", dct: "2000-01-07"),
        Case(text: "The boy arrived last Thanksgiving.", surface: "last Thanksgiving", type: .date, value: "1999-11-25", dct: "2000-02-10"),
        Case(text: "Pilgrims came for Easter week.", surface: "Easter week", type: .date, value: "2000-W16", dct: "2000-04-17"),
        Case(text: "Voters go to the polls on Election Day.", surface: "Election Day", type: .date, value: "1998-11-03", dct: "1998-10-26"),
        Case(text: "The shops close on Good Friday.", surface: "Good Friday", type: .date, value: "2022-04-15", dct: "2022-03-01"),
        Case(text: "Parades were held on Memorial Day.", surface: "Memorial Day", type: .date, value: "2021-05-31", dct: "2021-06-10"),
        Case(text: "The plant reopens after Labor Day.", surface: "Labor Day", type: .date, value: "2021-09-06", dct: "2021-08-20"),
        Case(text: "Fireworks lit the sky on the Fourth of July.", surface: "the Fourth of July", type: .date, value: "2021-07-04", dct: "2021-07-06"),
        Case(text: "The treaty was signed at Easter 1998.", surface: "Easter 1998", type: .date, value: "1998-04-12"),
    ]

    static let words: [Case] = [
        Case(text: "Atlanta, nineteen ninety-six. A bomb blast shocks the games.", surface: "nineteen ninety-six", type: .date, value: "1996", dct: "1998-02-27"),
        Case(text: "It happened in January nineteen ninety-seven.", surface: "January nineteen ninety-seven", type: .date, value: "1997-01", dct: "1998-02-27"),
        Case(text: "Computers may fail in the year two thousand.", surface: "the year two thousand", type: .date, value: "2000", dct: "1998-02-05"),
        Case(text: "The plan runs until two thousand and five, he said.", surface: "two thousand and five", type: .date, value: "2005", dct: "1998-02-05"),
        Case(text: "Growth was strong in the nineties.", surface: "the nineties", type: .date, value: "199", dct: "2021-12-01"),
        Case(text: "It was cold in the winter of nineteen ninety-four.", surface: "the winter of nineteen ninety-four", type: .date, value: "1994-WI", dct: "1998-02-23"),
    ]

    static let lengths: [Case] = [
        Case(text: "Refugees lived in camps for 2 1/2 years.", surface: "2 1/2 years", type: .duration, value: "P2Y6M"),
        Case(text: "She will spend 5 1/2 hours in Nairobi.", surface: "5 1/2 hours", type: .duration, value: "PT5H30M"),
        Case(text: "The talks took half an hour.", surface: "half an hour", type: .duration, value: "PT30M"),
        Case(text: "The mission was extended by two more weeks.", surface: "two more weeks", type: .duration, value: "P2W"),
        Case(text: "The index rose for eight trading days.", surface: "eight trading days", type: .duration, value: "P8D"),
        Case(text: "He will stay for an additional year.", surface: "an additional year", type: .duration, value: "P1Y"),
    ]

    static let colon: [Case] = [
        Case(text: "The Times said in an editorial on Saturday, April 25: The court erred.", surface: "Saturday, April 25", type: .date, value: "1998-04-25", dct: "1998-04-24"),
    ]

    @Test("each form has its TIMEX3 value", arguments: holidays + words + lengths + colon)
    func form(_ c: Case) throws {
        try expectForm(c)
    }

    @Test("Easter Sunday by the Gregorian computus")
    func easter() {
        let known = [(1998, 4, 12), (2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)]
        for (y, m, d) in known {
            #expect(HolidayRule.easterSunday(y) == CalendarDate(year: y, month: m, day: d))
        }
    }

    @Test("nth weekday rules: Thanksgiving, Memorial Day, Election Day")
    func nthWeekday() throws {
        let thanksgiving = try #require(HolidayRule("11/4/4"))
        #expect(thanksgiving.date(in: 2021) == CalendarDate(year: 2021, month: 11, day: 25))
        let memorial = try #require(HolidayRule("5/1/-1"))
        #expect(memorial.date(in: 2022) == CalendarDate(year: 2022, month: 5, day: 30))
        let election = try #require(HolidayRule("11/1/1+1"))
        #expect(election.date(in: 2020) == CalendarDate(year: 2020, month: 11, day: 3))
        #expect(election.date(in: 2022) == CalendarDate(year: 2022, month: 11, day: 8))
    }

    @Test("counts in words and names are not years or holidays")
    func falseAlarms() throws {
        for text in [
            "Some two thousand troops crossed the border.", "Twenty twenty-five soldiers marched.",
            "They sailed to Easter Island.", "She joined the Labor Day Committee.",
        ] {
            let found = try dateEntities(text, dct: "2021-12-01").map(\.text)
            #expect(found.isEmpty, "\(text): \(found)")
        }
    }
}
