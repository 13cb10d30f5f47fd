import Pipeline
import Testing

@testable import Stages

/// The shortcuts that keep the date stage fast must not change what it finds: tense cues found per
/// sentence on demand give the same tense whatever order sentences are asked in, and the fixed-width
/// value formatting matches the general one.
@Suite("Date scan invariants")
struct DateScanInvariantsTests {
    static let texts = [
        "He said on Friday that the vote is expected to be held in May. Officials were planning to\nmeet on Monday; it will be postponed until Tuesday. The firm said Thursday it had sold the unit.",
        "Talks will resume Monday, officials said. They met on Wednesday. They are set to sign it Friday.\n\nWhat was said? It is to be scheduled for March 3 and the board has been expected to vote.",
        "is expected to is set to was would be were planning to Monday said Friday will",
    ]

    /// Tense at every token, asking sentences front to back or back to front.
    static func tenses(_ text: String, reversed: Bool) -> [Tense] {
        let lexicon = DateLexicon.shared
        var text = text
        let tokens = text.withUTF8 { DateLexer.lex($0, lexicon: lexicon) }
        let bytes = Array(text.utf8)
        let index = TenseScope.sentences(tokens: tokens, bytes: bytes, documentSentenceEnds: [], lexicon: lexicon)
        let scope = TenseScope(tokens: tokens, bytes: bytes, sentenceOf: index, lexicon: lexicon)
        let order = reversed ? Array(tokens.indices.reversed()) : Array(tokens.indices)
        var out = [Tense](repeating: .unknown, count: tokens.count)
        for i in order { out[i] = scope.tense(around: i..<(i + 1)) }
        return out
    }

    @Test("tense does not depend on the order sentences are scanned in", arguments: texts)
    func orderIndependent(_ text: String) {
        #expect(Self.tenses(text, reversed: false) == Self.tenses(text, reversed: true))
    }

    @Test("fixed-width values match the general formatting")
    func formatting() {
        #expect(TimexFormat.day(2021, 9, 5) == "2021-09-05")
        #expect(TimexFormat.day(987, 12, 31) == "0987-12-31")
        #expect(TimexFormat.day(nil, 9, 5) == "XXXX-09-05")
        #expect(TimexFormat.day(2021, nil, 5) == "2021-XX-05")
        #expect(TimexFormat.day(12021, 1, 1) == "12021-01-01")
        #expect(TimexFormat.month(2021, 3) == "2021-03")
        #expect(TimexFormat.year(-5) == "00-5")
        #expect(TimexFormat.week(CalendarDate(year: 2021, month: 12, day: 1)) == "2021-W48")
        #expect(TimexFormat.week(CalendarDate(year: 2021, month: 1, day: 1)) == "2020-W53")
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2020-02-29T10:00") == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(CalendarDate(iso: "2020-2-9") == CalendarDate(year: 2020, month: 2, day: 9))  // the general parser stays lenient
    }

    /// Expressions that start with a word or digit run the grammar now skips unless the right token
    /// follows it: each must still be found.
    @Test("expressions after the skip tests are still found", arguments: [
        ("He stayed for at least five years.", "at least five years"),
        ("They left that same day.", "that same day"),
        ("Output should recover by mid-2022.", "mid-2022"),
        ("Prices rose in the '90s.", "the '90s"),
        ("The store closes on Father's Day.", "Father's Day"),
        ("The work takes up to two weeks.", "up to two weeks"),
        ("The work took 2.5 years.", "2.5 years"),
        ("The vote ends at 17:30 today.", "17:30 today"),
        ("They met at 5 p.m. on Friday.", "5 p.m. on Friday"),
        ("The talks lasted two and a half months.", "two and a half months"),
        ("It opened on the 15th of September.", "15th of September"),
    ])
    func skippedStartsStillMatch(_ c: (String, String)) throws {
        let found = try dateEntities(c.0, dct: "2021-12-01").map(\.text)
        #expect(found.contains(c.1), "got \(found)")
    }
}

/// The lexicon's class names are written out for speed; they must be the cases' own names, in order.
@Suite("Date lexicon class names")
struct DateLexiconClassNameTests {
    @Test func namesAreTheCaseNames() {
        #expect(DateLexicon.classNames.count == DateLexicon.Class.allCases.count)
        for c in DateLexicon.Class.allCases {
            #expect(DateLexicon.classNames[String(describing: c)] == c)
        }
    }
}
