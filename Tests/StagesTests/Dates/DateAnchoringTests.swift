import Pipeline
import Testing

@testable import Stages

@Suite("Date anchoring")
struct DateAnchoringTests {
    @Test("a year-less date in a past-tense sentence rolls back over the new year")
    func rolloverPast() throws {
        let e = try dateEntity("December 28", in: "On December 28 the ministry said talks had failed.", dct: "2021-01-05")
        #expect(e?.timex?.value == "2020-12-28")
    }

    @Test("a year-less date in a future-tense sentence rolls forward over the new year")
    func rolloverFuture() throws {
        let e = try dateEntity("January 10", in: "The summit will open on January 10 in Geneva.", dct: "2021-12-20")
        #expect(e?.timex?.value == "2022-01-10")
    }

    @Test("a scheduled date a few weeks ahead keeps the dct's year in a past-tense sentence")
    func scheduledAhead() throws {
        let e = try dateEntity("Nov. 16", in: "The company said the offer expires Nov. 16.", dct: "1989-10-30")
        #expect(e?.timex?.value == "1989-11-16")
    }

    @Test("without a dct, unknown parts stay unknown")
    func noDCT() throws {
        let text = "On 15 September the minister left. He returned on Friday. Talks resumed last year and two years ago."
        let values = try dateEntities(text, dct: nil).map { "\($0.text)=\($0.timex?.value ?? "")" }
        #expect(values.contains("15 September=XXXX-09-15"))
        #expect(values.contains("Friday=XXXX-WXX-5"))
        #expect(values.contains("last year=PAST_REF"))
        #expect(values.contains("two years ago=PAST_REF"))
    }

    @Test("sentences from the document scope the tense when present")
    func documentSentences() throws {
        var doc = Document(
            id: "t", source: Source(path: "-", format: .text, bytes: Array("He will go. On December 28 they said no.".utf8)))
        doc.meta.dct = "2021-01-05"
        try NormalizeStage().process(&doc)
        doc.sentences = [Span(0, 11), Span(12, 40)]
        try DateStage().process(&doc)
        #expect(doc.entities.first { $0.text == "December 28" }?.timex?.value == "2020-12-28")
    }

    @Test("ISO weeks and calendar arithmetic")
    func calendar() {
        #expect(CalendarDate(year: 1998, month: 1, day: 8).isoWeek == (1998, 2))
        #expect(CalendarDate(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
        #expect(CalendarDate(year: 2021, month: 12, day: 1).weekday == 3)
        #expect(CalendarDate(year: 2021, month: 3, day: 31).adding(months: -1) == CalendarDate(year: 2021, month: 2, day: 28))
        #expect(CalendarDate(iso: "2021-02-30") == nil)
    }

    @Test("offsets are code points even after multi-byte characters")
    func scalarOffsets() throws {
        let text = "“Iran’s” move — on 15 September — surprised Baku."
        let e = try dateEntity("15 September", in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(e.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "15 September")
    }
}
