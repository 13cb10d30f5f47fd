import Pipeline
import Testing

@testable import Stages

/// Words that only look like dates must not be tagged.
@Suite("Date false alarms")
struct DateFalseAlarmTests {
    static let clean: [String] = [
        "Officials may march on the capital if the talks fail.",
        "Theresa May said the deal was good for Britain.",
        "We will see whether the sun rises over the second round.",
        "The second candidate won the second round.",
        "The army deployed 2000 troops and 1500 vehicles.",
        "The index rose 2021 points, or 3 percent.",
        "The Fall of Rome is a favourite topic.",
        "He was the second son of a farmer.",
        "The rebels march toward the city; prices may fall.",
        "June Carter sang at the Sunday Times party.",
        "The ratio was 3:1 and the score 2-1.",
        "It is a recent development and a current concern.",
    ]

    @Test("no date in text that has none", arguments: clean)
    func noDate(_ text: String) throws {
        let found = try dateEntities(text, dct: "2021-12-01").map(\.text)
        #expect(found.isEmpty, "false alarms: \(found)")
    }

    @Test("the real month next to the verb is still found")
    func mayMonth() throws {
        let found = try dateEntities("Prices may fall in May, officials warn; they rose in March 2020.", dct: "2021-12-01")
        #expect(found.map(\.text) == ["May", "March 2020"])
        #expect(found.last?.timex?.value == "2020-03")
    }
}
