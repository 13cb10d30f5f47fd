import Pipeline
import Testing

@testable import Stages

/// TimeML / TempEval-3 conventions of business and wire news: the story's year and reporting periods,
/// comparisons with the year-ago quarter, counted decades written in years, and
/// words that only look like dates (ages, fractions, "fall" the verb). dct 1989-11-01 (a Wednesday in
/// the fourth quarter) unless stated.
@Suite("Date news conventions")
struct DateNewsConventionsTests {
    typealias Case = DateFormsTests.Case

    static let cases: [Case] = [
        Case(text: "For the year ended June 30, net income rose.", surface: "the year", type: .duration, value: "P1Y", dct: "1989-11-01"),
        Case(text: "For the year, pet food volume was flat.", surface: "the year", type: .date, value: "1989", dct: "1989-11-01"),
        Case(text: "Sales for the full year were $6.6 billion.", surface: "the full year", type: .date, value: "1989", dct: "1989-11-01"),
        Case(text: "It expects sales in the current fiscal year to rise.", surface: "the current fiscal year", type: .date, value: "1989", dct: "1989-11-01"),
        Case(text: "Profit rose from $4 million in the year-ago quarter.", surface: "the year-ago quarter", type: .date, value: "1988-Q3", dct: "1989-11-01"),
        Case(text: "Profit rose from the year-earlier period, the company said.", surface: "the year-earlier period", type: .date, value: "1988-Q3", dct: "1989-11-01"),
        Case(text: "Net income fell from the 1988 period.", surface: "the 1988 period", type: .date, value: "1988-Q3", dct: "1989-11-01"),
        Case(text: "Earnings in this year's third quarter rose.", surface: "this year's third quarter", type: .date, value: "1989-Q3", dct: "1989-11-01"),
        Case(text: "Shipments should recover in next year's first quarter.", surface: "next year's first quarter", type: .date, value: "1990-Q1", dct: "1989-11-01"),
        Case(text: "Sales were above last year's quarter.", surface: "last year's quarter", type: .date, value: "1988-Q3", dct: "1989-11-01"),
        Case(text: "For two decades the company grew.", surface: "two decades", type: .duration, value: "P20Y"),
        Case(text: "Prices doubled over the past decade.", surface: "the past decade", type: .duration, value: "P10Y"),
        Case(text: "It ended a decades-long embargo.", surface: "decades-long", type: .duration, value: "PXDE"),
        Case(text: "Qantas will almost double its flights to India by August.", surface: "August", type: .date, value: "1998-08", dct: "1998-02-13"),
        Case(text: "They said they would look for ways to get around Wednesday's ruling.", surface: "Wednesday", type: .date, value: "2000-01-05", dct: "2000-01-07"),
        Case(text: "They said they will meet on Wednesday.", surface: "Wednesday", type: .date, value: "2000-01-12", dct: "2000-01-07"),
    ]

    @Test("each form has its TIMEX3 value", arguments: cases)
    func form(_ c: Case) throws {
        try expectForm(c)
    }

    @Test("a quarter in context decides the year-earlier quarter")
    func yearEarlierQuarterInContext() throws {
        let text = "Net income in the second quarter rose 10% from the year-earlier quarter."
        let found = try dateEntities(text, dct: "1989-11-01").map { "\($0.text)=\($0.timex?.value ?? "")" }
        #expect(found == ["the second quarter=1989-Q2", "the year-earlier quarter=1988-Q2"])
    }

    @Test("without a dct the story's year and the comparison stay unknown")
    func noDct() throws {
        let text = "For the year, sales rose. Earnings in this year's third quarter fell from the year-ago quarter."
        let found = try dateEntities(text, dct: nil).map { "\($0.text)=\($0.timex?.value ?? "")" }
        #expect(found == ["the year=XXXX", "this year's third quarter=XXXX-Q3", "the year-ago quarter=PAST_REF"])
    }

    @Test("ages, fractions, the verb fall and bylines are not dates", arguments: [
        "Mr. Reupke, 52 years old, will retire.",
        "Iraq imports about three-quarters of its food.",
        "Junk bonds account for more than a quarter of the market.",
        "Oil prices are expected to fall further.",
        "By April Smith\nThe talks failed.",
        "The column was written by April Smith.",
    ])
    func falseAlarms(_ text: String) throws {
        let found = try dateEntities(text, dct: "1998-02-13").map(\.text)
        #expect(found.isEmpty, "got \(found)")
    }
}
