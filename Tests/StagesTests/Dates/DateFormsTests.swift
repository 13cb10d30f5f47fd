import Pipeline
import Testing

@testable import Stages

/// Each form the issue lists, with its TIMEX3 type, value and mod (dct 2021-12-01, a Wednesday,
/// unless stated).
@Suite("Date forms")
struct DateFormsTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var surface: String
        var type: Timex.Kind
        var value: String
        var mod: String? = nil
        var dct: String = "2021-12-01"
        var description: String { "\(surface) in \"\(text)\"" }
    }

    static let explicit: [Case] = [
        Case(text: "On 15 September, two drivers were arrested.", surface: "15 September", type: .date, value: "2021-09-15"),
        Case(text: "It was signed on September 15, 2019 in Baku.", surface: "September 15, 2019", type: .date, value: "2019-09-15"),
        Case(text: "The vote took place on Sept. 15, officials said.", surface: "Sept. 15", type: .date, value: "2021-09-15"),
        Case(text: "The file is dated 2021-09-15 in the registry.", surface: "2021-09-15", type: .date, value: "2021-09-15"),
        Case(text: "The letter dated 15/09/2021 was leaked.", surface: "15/09/2021", type: .date, value: "2021-09-15"),
        Case(text: "Production should resume by mid-2022, the firm says.", surface: "mid-2022", type: .date, value: "2022", mod: "MID"),
        Case(text: "Prices rose sharply in the 1990s and fell later.", surface: "the 1990s", type: .date, value: "199"),
        Case(text: "Profit fell in the third quarter, the bank said.", surface: "the third quarter", type: .date, value: "2021-Q3"),
        Case(text: "Revenue for FY2021 was flat.", surface: "FY2021", type: .date, value: "2021"),
        Case(text: "Revenue for fiscal 2020 was flat.", surface: "fiscal 2020", type: .date, value: "2020"),
        Case(text: "The ceasefire agreement of 2020 held.", surface: "2020", type: .date, value: "2020"),
        Case(text: "The offensive began in September 2020.", surface: "September 2020", type: .date, value: "2020-09"),
        Case(text: "Tension rose at the end of September, officials said.", surface: "the end of September", type: .date, value: "2021-09", mod: "END"),
        Case(text: "Sales slowed in early 2020 because of the pandemic.", surface: "early 2020", type: .date, value: "2020", mod: "START"),
        Case(text: "Trucks crossed between August and September this year.", surface: "September this year", type: .date, value: "2021-09"),
        Case(text: "The 20th century was violent.", surface: "The 20th century", type: .date, value: "19"),
        Case(text: "The meeting was held on Monday, November 29, in Tehran.", surface: "Monday, November 29", type: .date, value: "2021-11-29"),
    ]

    static let times: [Case] = [
        Case(text: "The talks ended at 5 p.m. yesterday.", surface: "5 p.m. yesterday", type: .time, value: "2021-11-30T17:00"),
        Case(text: "The blast happened at 17:30 local time.", surface: "17:30", type: .time, value: "2021-12-01T17:30"),
        Case(text: "They will meet at noon.", surface: "noon", type: .time, value: "2021-12-01T12:00"),
        Case(text: "The minister said this morning that talks failed.", surface: "this morning", type: .time, value: "2021-12-01TMO"),
        Case(text: "Police said the attack came on Monday morning.", surface: "Monday morning", type: .time, value: "2021-11-29TMO"),
        Case(text: "Shelling continued last night near the border.", surface: "last night", type: .time, value: "2021-11-30TNI"),
    ]

    static let durations: [Case] = [
        Case(text: "The war lasted five years in all.", surface: "five years", type: .duration, value: "P5Y"),
        Case(text: "The 44-day war ended in November.", surface: "44-day", type: .duration, value: "P44D"),
        Case(text: "For decades, the conflict simmered.", surface: "decades", type: .duration, value: "PXDE"),
        Case(text: "Both sides achieved more in the past year than expected.", surface: "the past year", type: .duration, value: "P1Y"),
        Case(text: "The work took two and a half months.", surface: "two and a half months", type: .duration, value: "P2.5M"),
        Case(text: "Troops will remain for at least five years.", surface: "at least five years", type: .duration, value: "P5Y", mod: "EQUAL_OR_MORE"),
        Case(text: "The siege lasted about three weeks.", surface: "about three weeks", type: .duration, value: "P3W", mod: "APPROX"),
        Case(text: "The talks lasted nearly two hours.", surface: "nearly two hours", type: .duration, value: "PT2H", mod: "LESS_THAN"),
        Case(text: "Fighting intensified in recent days along the line.", surface: "recent days", type: .duration, value: "PXD"),
        Case(text: "Prices fell over the last two years.", surface: "the last two years", type: .duration, value: "P2Y"),
        Case(text: "Talks will resume in the coming weeks.", surface: "the coming weeks", type: .duration, value: "PXW"),
    ]

    static let sets: [Case] = [
        Case(text: "The council meets every Monday in the capital.", surface: "every Monday", type: .set, value: "XXXX-WXX-1"),
        Case(text: "The report is published annually by the ministry.", surface: "annually", type: .set, value: "P1Y"),
        Case(text: "Inspectors visit twice a week.", surface: "twice a week", type: .set, value: "P1W"),
        Case(text: "Convoys leave every two weeks.", surface: "every two weeks", type: .set, value: "P2W"),
    ]

    static let relative: [Case] = [
        Case(text: "The problem now seems to have spread.", surface: "now", type: .date, value: "PRESENT_REF"),
        Case(text: "The role currently played by Russia is decisive.", surface: "currently", type: .date, value: "PRESENT_REF"),
        Case(text: "The ministry said today that it disagreed.", surface: "today", type: .date, value: "2021-12-01"),
        Case(text: "The ministry said yesterday that it disagreed.", surface: "yesterday", type: .date, value: "2021-11-30"),
        Case(text: "Officials met last week in Moscow.", surface: "last week", type: .date, value: "2021-W47"),
        Case(text: "Officials met this week in Moscow.", surface: "this week", type: .date, value: "2021-W48"),
        Case(text: "Exports grew this year despite sanctions.", surface: "this year", type: .date, value: "2021"),
        Case(text: "Exports grew last year despite sanctions.", surface: "last year", type: .date, value: "2020"),
        Case(text: "He expressed his concern only a few days ago.", surface: "a few days ago", type: .date, value: "PAST_REF"),
        Case(text: "The accord was signed two years ago.", surface: "two years ago", type: .date, value: "2019"),
        Case(text: "Elections will be held next month.", surface: "next month", type: .date, value: "2022-01"),
        Case(text: "The leaders met on Friday in Ankara.", surface: "Friday", type: .date, value: "2021-11-26"),
        Case(text: "The leaders will meet on Friday in Ankara.", surface: "Friday", type: .date, value: "2021-12-03"),
        Case(text: "Growth slowed in the past.", surface: "the past", type: .date, value: "PAST_REF"),
        Case(text: "The troops arrived last April.", surface: "last April", type: .date, value: "2021-04"),
        Case(text: "Results were released earlier this year.", surface: "earlier this year", type: .date, value: "2021"),
        Case(text: "The exercise proposed by Aliyev in August was held.", surface: "August", type: .date, value: "2021-08"),
    ]

    static let all = explicit + times + durations + sets + relative

    @Test("each form has its TIMEX3 value", arguments: all)
    func form(_ c: Case) throws {
        guard let e = try expectForm(c) else { return }
        #expect(e.label == (c.type == .time ? .time : .date))
    }

    @Test("prepositions stay outside and spans never touch whitespace")
    func extents() throws {
        let text = "On 15 September and in August, for at least five years, since 2020."
        let found = try dateEntities(text, dct: "2021-12-01").map(\.text)
        #expect(found == ["15 September", "August", "at least five years", "2020"])
        for e in try dateEntities(text, dct: "2021-12-01") {
            #expect(e.text.first?.isWhitespace == false && e.text.last?.isWhitespace == false)
        }
    }
}
