import Pipeline
@testable import Stages
import Testing

/// The scanner's shortcuts (eight-byte letter runs, words ended by marks `scanWord` need not see, the next
/// word taken without the main loop, tokens written past the first guess of their number) against what
/// they stand for.
@Suite("Token scanner fast paths")
struct TokenScannerFastPathTests {
    typealias F = TokenizeFixtures

    @Test("lowercaseRun counts the leading a...z bytes of every kind of eight bytes")
    func lowercaseRun() {
        func reference(_ bytes: [UInt8]) -> Int { bytes.prefix { $0 >= 0x61 && $0 <= 0x7A }.count }
        func load(_ bytes: [UInt8]) -> UInt64 {
            bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
        // Each byte value at each position after a run of "a"..."z" letters, the rest lower-case.
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = (0..<8).map { UInt8(ascii: "a") + UInt8(($0 * 7) % 26) }
                bytes[position] = UInt8(value)
                #expect(TokenScanner.lowercaseRun(load(bytes)) == reference(bytes), "\(bytes)")
            }
        }
        #expect(TokenScanner.lowercaseRun(load(Array("abcdefgh".utf8))) == 8)
        #expect(TokenScanner.lowercaseRun(load(Array("`{az@[AZ".utf8))) == 0)
    }

    @Test("long lower-case words across eight-byte steps and at the end of the text")
    func longWords() throws {
        #expect(try F.tokens("internationalization") == ["internationalization"])
        #expect(try F.tokens("abcdefg abcdefgh abcdefghi") == ["abcdefg", "abcdefgh", "abcdefghi"])
        #expect(try F.tokens("counterrevolutionaries,") == ["counterrevolutionaries", ","])
        #expect(try F.tokens("McDonaldsburgerrestaurant ok") == ["McDonaldsburgerrestaurant", "ok"])
        let mixed = try F.tokenized("aaaaaaaaaaaaaaaaaaaaBbbbbbbbbbbbb")
        #expect(mixed.tokens.count == 1)
        #expect(mixed.tokens[0].flags.contains(.alphabetic) && !mixed.tokens[0].flags.contains(.lowercase))
    }

    @Test("words ended by ? ! \" ] and curly quotes or dashes keep their flags and spacing")
    func wordEndingMarks() throws {
        #expect(
            try F.tokens("Why? Now! \"Yes\" [see] “Quoted” long—dash short–dash")
                == ["Why", "?", "Now", "!", "\"", "Yes", "\"", "[", "see", "]", "“", "Quoted", "”", "long", "—",
                    "dash", "short", "–", "dash"])
        let document = try F.tokenized("He said “NATO” yes")
        let nato = try #require(document.tokens.first { document.text(of: $0.span) == "NATO" })
        #expect(nato.flags.contains(.allCaps) && nato.flags.contains(.capitalized))
        #expect(!nato.flags.contains(.spaceBefore))
        let yes = try #require(document.tokens.last)
        #expect(yes.flags.contains(.spaceBefore) && yes.flags.contains(.lowercase))
    }

    @Test("a possessive 's or ’s after ASCII letters is a clitic token; other clitics are left alone")
    func possessives() throws {
        #expect(try F.tokens("Biden's plan, NATO’s role.") == ["Biden", "'s", "plan", ",", "NATO", "’s", "role", "."])
        #expect(try F.tokens("the boss's") == ["the", "boss", "'s"])
        #expect(try F.tokens("don't it's we're") == ["do", "n't", "it", "'s", "we", "'re"])
        #expect(try F.tokens("rock'sand") == ["rock'sand"])
        let document = try F.tokenized("Obama’s")
        #expect(document.tokens.count == 2)
        #expect(document.tokens[1].flags.contains(.clitic) && document.tokens[1].flags.contains(.alphabetic))
        #expect(document.tokens[0].flags.contains(.capitalized) && document.tokens[0].flags.contains(.spaceBefore))
        #expect(!document.tokens[1].flags.contains(.spaceBefore))
    }

    @Test("a word after a space gets spaceBefore, one after a line break a line end on the word before")
    func chainedWords() throws {
        let document = try F.tokenized("one two\nthree  four")
        #expect(F.tokenTexts(document) == ["one", "two", "three", "four"])
        #expect(document.tokens.allSatisfy { $0.flags.contains(.spaceBefore) })
        #expect(document.tokens[1].flags.contains(.lineEndAfter))
        #expect(!document.tokens[0].flags.contains(.lineEndAfter))
    }

    @Test("AppendBuffer builds the same array within its first capacity, past it, and from none")
    func appendBuffer() {
        for capacity in [0, 1, 5, 100] {
            let words = (0..<37).map { "word \($0)" }
            let built = AppendBuffer<String>.build(capacity: capacity) { buffer in
                #expect(buffer.isEmpty && buffer.last == nil)
                for word in words { buffer.append(word) }
                #expect(buffer.count == 37 && buffer.last == "word 36")
            }
            #expect(built == words)
        }
        #expect(AppendBuffer<Int>.build(capacity: 4) { _ in }.isEmpty)
    }

    @Test("more tokens than the first guess of one per five bytes")
    func manyTokens() throws {
        let text = String(repeating: ",", count: 300) + " x"
        let document = try F.tokenized(text)
        #expect(document.tokens.count == 301)
        #expect(document.tokens.enumerated().allSatisfy { i, token in
            i < 300 ? token.start == i && token.end == i + 1 : token.start == 301 && token.end == 302
        })
        #expect(try F.tokens("") == [])
        #expect(try F.tokens("a") == ["a"])
    }

    @Test("the abbreviation table and its filter hold every line of the resource, as split on spaces")
    func abbreviationTable() {
        var expected: [String: EnglishAbbreviations.Kind] = [:]
        for line in EnglishAbbreviationData.abbreviations.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            expected[String(parts[0])] =
                parts[1] == "prepositive" ? .prepositive : parts[1] == "number" ? .number : .plain
        }
        #expect(expected.count > 200)
        for (word, kind) in expected {
            #expect(EnglishAbbreviations.kind(of: word) == kind, "\(word)")
            #expect(EnglishAbbreviations.kind(of: word.uppercased()) == kind, "\(word)")
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { p in
                #expect(EnglishAbbreviations.kind(p, 0..<p.count) == kind, "\(word)")
            }
        }
    }

    @Test("abbreviations are still found behind the length and first-letters filter")
    func abbreviations() {
        #expect(EnglishAbbreviations.kind(of: "Mr") == .prepositive)
        #expect(EnglishAbbreviations.kind(of: "no") == .number)
        #expect(EnglishAbbreviations.kind(of: "a.m") == .plain)
        #expect(EnglishAbbreviations.kind(of: "said") == nil)
        #expect(EnglishAbbreviations.kind(of: "") == nil)
        let bytes = Array("Dr Smith and Gov Jones".utf8)
        bytes.withUnsafeBufferPointer { p in
            #expect(EnglishAbbreviations.kind(p, 0..<2) == .prepositive)
            #expect(EnglishAbbreviations.kind(p, 3..<8) == nil)
            #expect(EnglishAbbreviations.kind(p, 13..<16) == .prepositive)
            #expect(EnglishAbbreviations.kind(p, 13..<13) == nil)
        }
    }
}
