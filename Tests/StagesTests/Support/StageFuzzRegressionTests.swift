import Pipeline
import Testing

@testable import Stages

/// Inputs found by fuzzing and worst-input runs (scripts/fuzz, README "Fuzzing") that crashed, hung or
/// took super-linear time in a stage, kept inline so the fix stays. Time limits are ten times or more
/// above what the fixed code needs in a debug build, and far below what the broken code took.
@Suite("Fuzz regressions: stages")
struct StagesFuzzRegressionTests {
    @Test("tokenize: long a-a-a-… and a+a+a+… runs tokenize in linear time (the e-mail probe rescanned the run at every separator)")
    func hyphenChainIsLinear() {
        let text = String(repeating: "a-", count: 100_000) + "a"
        let start = ContinuousClock.now
        let tokens = Tokenizer.tokenize(text)
        #expect(ContinuousClock.now - start < .seconds(5), "took \(ContinuousClock.now - start)")
        #expect(tokens.count == 1)
        #expect(tokens.first?.flags.contains(.hyphenated) == true)
        let plus = String(repeating: "a+", count: 100_000)
        let plusStart = ContinuousClock.now
        #expect(Tokenizer.tokenize(plus).count == 200_000)
        #expect(ContinuousClock.now - plusStart < .seconds(5), "took \(ContinuousClock.now - plusStart)")
    }

    @Test("tokenize: the e-mail probe still finds an address after separators")
    func emailAfterSeparators() {
        let tokens = Tokenizer.tokenize("write to first.last-name@mail.example.com today")
        #expect(tokens.count == 4)
        #expect(tokens[2].flags.contains(.webLike))
    }

    @Test("dates: many dates in one unpunctuated 'sentence' are tagged in linear time (tense search was unbounded)")
    func datesInHugeSentence() throws {
        let text = String(repeating: "May June July ", count: 4_000)
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: []), meta: Meta(dct: "2021-12-01"))
        document.setText(text, sourceMap: nil)
        let start = ContinuousClock.now
        try DateStage().process(&document)
        #expect(ContinuousClock.now - start < .seconds(30), "took \(ContinuousClock.now - start)")
        #expect(document.entities.count >= 4_000)
    }

    @Test("entities: attaching many titles to persons takes linear time (every title searched every mention)")
    func titlesInLongDocument() throws {
        let text = String(repeating: "The spokesman Saeed Khatibzadeh said so, and Ilham Aliyev, the president, agreed. ", count: 8_000)
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: []))
        document.setText(text, sourceMap: nil)
        try TokenizeStage().process(&document)
        try SentenceStage().process(&document)
        let start = ContinuousClock.now
        try EntityStage().process(&document)
        #expect(ContinuousClock.now - start < .seconds(30), "took \(ContinuousClock.now - start)")
        #expect(document.entities.filter { $0.label == .title }.count >= 8_000)
    }

    @Test("tokenize: an apostrophe before a two-byte digit gives no empty token (the '90s rule counted bytes as digits)")
    func apostropheBeforeNonASCIIDigit() {
        // Minimized by libFuzzer (tokenize-sentences): " e'0" + U+07C0 NKO DIGIT ZERO + a cut sequence.
        let text = String(decoding: [0x20, 0x65, 0x27, 0x30, 0xDF, 0x80, 0xE2] as [UInt8], as: UTF8.self)
        let tokens = Tokenizer.tokenize(text)
        var previousEnd = 0
        for token in tokens {
            #expect(token.start < token.end && token.start >= previousEnd && token.end <= 6, "\(token.start)..<\(token.end)")
            previousEnd = token.end
        }
        let decade = Tokenizer.tokenize("the '90s and ’05")
        #expect(decade.count == 4)
        #expect(decade[1].end - decade[1].start == 4)
    }
}
