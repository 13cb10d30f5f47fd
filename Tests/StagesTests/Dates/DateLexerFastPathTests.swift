import Testing

@testable import Stages

/// The lexer's fast paths (ASCII words found and hashed eight bytes at a time, punctuation from a
/// table, the lower-case facts of other words deferred) must give the tokens and ids the plain
/// definitions give: words are maximal letter runs, a word's id is its lower-cased text's id.
@Suite struct DateLexerFastPathTests {
    static let lexicon = DateLexicon.shared

    private static func lex(_ text: String) -> (tokens: [DateToken], bytes: [UInt8]) {
        var text = text
        let tokens = text.withUTF8 { DateLexer.lex($0, lexicon: lexicon) }
        return (tokens, Array(text.utf8))
    }

    private static func text(_ t: DateToken, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[t.start..<t.end], as: UTF8.self)
    }

    /// Words around the eight- and sixteen-byte chunk sizes, at the end of the text and not, in any case.
    static let texts = [
        "a at the year years decades thousand Thanksgiving approximately Independence",
        "WEEK Weekend mOnThS quarterly corresponding correspondingly",
        "abcdefg abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq",
        "last week", "December", "yesterday", "x", "internationalization",
        "He left on Friday, 3 years ago; it's May 5th (2021) - next month!",
        "THE FIRST QUARTER of 1989: sales rose",
    ]

    @Test("word ids are the ids of the lower-cased words", arguments: texts)
    func wordIDs(_ text: String) {
        let (tokens, bytes) = Self.lex(text)
        for t in tokens where t.kind != .number {
            let word = Self.text(t, bytes)
            #expect(t.lexID == Self.lexicon.lexID(word.lowercased()), "\(word)")
        }
    }

    @Test("words are maximal runs of letters, digits runs of digits", arguments: texts)
    func boundaries(_ text: String) {
        let (tokens, bytes) = Self.lex(text)
        var expected: [String] = []
        var current = ""
        var kind = 0  // 1 letters, 2 digits
        for scalar in text.unicodeScalars {
            let k = scalar.properties.isAlphabetic && scalar.isASCII ? 1 : ("0"..."9").contains(scalar) ? 2 : 0
            if k != kind || k == 0, !current.isEmpty {
                expected.append(current)
                current = ""
            }
            kind = k
            if k != 0 {
                current.unicodeScalars.append(scalar)
            } else if scalar != " " {
                expected.append(String(scalar))
            }
        }
        if !current.isEmpty { expected.append(current) }
        #expect(tokens.map { Self.text($0, bytes) } == expected)
    }

    @Test func wordFlags() {
        let (tokens, _) = Self.lex("Reported unplanned planned Ed untied UNTIED")
        #expect(tokens.map(\.capitalized) == [true, false, false, true, false, true])
        #expect(tokens.map(\.endsEd) == [false, true, true, false, true, false])
        #expect(tokens.map(\.startsUn) == [false, true, false, false, true, false])
        #expect(tokens.map(\.lowerCount) == [8, 9, 7, 2, 6, 6])
        #expect(tokens.allSatisfy { $0.spaceBefore })
    }

    @Test func deferredFactsAreTheLowerCasedWordsFacts() {
        for word in ["Łódź", "ОБНОВЛЕНО", "İstanbul", "unwrapρed", "Σπυρίδων", "naïveté"] {
            let (tokens, bytes) = Self.lex("the \(word) day")
            #expect(tokens.count == 3, "\(word)")
            guard tokens.count == 3 else { continue }
            let lower = word.lowercased()
            let facts = tokens[1].lowerFacts(in: bytes)
            #expect(facts.count == lower.utf8.count, "\(word)")
            #expect(facts.endsEd == lower.hasSuffix("ed"), "\(word)")
            #expect(facts.startsUn == lower.hasPrefix("un"), "\(word)")
            #expect(tokens[1].lexID == Self.lexicon.lexID(lower), "\(word)")
        }
    }

    @Test func onlyTheScalarsThatNormalizeToASCIISendAWordToTheLookup() {
        func may(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { DateLexer.mayNormalizeToASCII($0, 0, $0.count) }
        }
        #expect(may("a\u{037E}"))
        #expect(may("a\u{1FEF}"))
        #expect(!may("Łódź"))
        #expect(!may("ОБНОВЛЕНО"))
    }
}
