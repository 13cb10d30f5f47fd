import Pipeline
@testable import Stages
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    typealias F = TokenizeFixtures

    @Test("words and punctuation")
    func wordsAndPunctuation() throws {
        #expect(try F.tokens("Hello, world! How are you?") == ["Hello", ",", "world", "!", "How", "are", "you", "?"])
        #expect(try F.tokens("a;b: c/d") == ["a", ";", "b", ":", "c", "/", "d"])
    }

    @Test("numbers keep separators, percent, decades and scores")
    func numbers() throws {
        #expect(try F.tokens("It cost $1,000.50 in 2020.") == ["It", "cost", "$", "1,000.50", "in", "2020", "."])
        #expect(try F.tokens("up 5% since the 1990s, 3-2 win at 10:30") == [
            "up", "5%", "since", "the", "1990s", ",", "3-2", "win", "at", "10:30",
        ])
        #expect(try F.tokens("the ’90s and 5th place") == ["the", "’90s", "and", "5th", "place"])
        #expect(try F.tokens("at N°. 1026.253.553.") == ["at", "N°.", "1026.253.553", "."])
        let number = try #require(try F.token("cost 1,000.50 now", "1,000.50"))
        #expect(number.flags.contains(.numeric))
        #expect(!number.flags.contains(.alphabetic))
    }

    @Test("quotes, dashes and ellipses")
    func quotesDashesEllipses() throws {
        #expect(try F.tokens("“three brothers“.") == ["“", "three", "brothers", "“", "."])
        let document = try F.tokenized("the name of “three brothers“. “Yes” he said \"no\".")
        let texts = F.tokenTexts(document)
        let quotes = zip(texts, document.tokens).filter { $0.1.flags.contains(.quote) }
        #expect(quotes.map(\.0) == ["“", "“", "“", "”", "\"", "\""])
        #expect(quotes.map { $0.1.flags.contains(.opening) } == [true, false, true, false, true, false])
        #expect(quotes.map { $0.1.flags.contains(.closing) } == [false, true, false, true, false, true])
        #expect(try F.tokens("wait... what — and – then -- so…") == [
            "wait", "...", "what", "—", "and", "–", "then", "--", "so", "…",
        ])
        #expect(try F.tokens("Hello?! Yes!!") == ["Hello", "?!", "Yes", "!!"])
        let ellipsis = try #require(try F.token("wait... what", "..."))
        #expect(ellipsis.flags.contains(.ellipsis) && ellipsis.flags.contains(.terminal))
    }

    @Test("URLs, e-mail addresses, handles and hashtags")
    func webTokens() throws {
        #expect(try F.tokens("See https://www.example.50.com/new-site/awesome_content.html. Now") == [
            "See", "https://www.example.50.com/new-site/awesome_content.html", ".", "Now",
        ])
        #expect(try F.tokens("(www.example.org/a_(b)) ok") == ["(", "www.example.org/a_(b)", ")", "ok"])
        #expect(try F.tokens("Mail Jane.Doe@example.com. Thanks") == ["Mail", "Jane.Doe@example.com", ".", "Thanks"])
        #expect(try F.tokens("@nytimes and #COP26 (#1)") == ["@nytimes", "and", "#COP26", "(", "#", "1", ")"])
        let url = try #require(try F.token("go to http://a.org now", "http://a.org"))
        #expect(url.flags.contains(.webLike))
        #expect(try F.tokens("Amazon.com rose") == ["Amazon.com", "rose"])
    }

    @Test("hyphenated names and compounds stay whole")
    func hyphenated() throws {
        #expect(try F.tokens("Nagorno-Karabakh, the Goris-Kapan route, al-Mahdi, post-Soviet COVID-19") == [
            "Nagorno-Karabakh", ",", "the", "Goris-Kapan", "route", ",", "al-Mahdi", ",", "post-Soviet", "COVID-19",
        ])
        let token = try #require(try F.token("the Nagorno-Karabakh conflict", "Nagorno-Karabakh"))
        #expect(token.flags.contains(.hyphenated) && token.flags.contains(.capitalized))
        #expect(try F.tokens("- item and a - b") == ["-", "item", "and", "a", "-", "b"])
    }

    @Test("clitics are split off")
    func clitics() throws {
        #expect(try F.tokens("Azerbaijan’s don't can't I'm we're they've you'll he'd") == [
            "Azerbaijan", "’s", "do", "n't", "ca", "n't", "I", "'m", "we", "'re", "they", "'ve", "you", "'ll", "he", "'d",
        ])
        #expect(try F.tokens("the Kurdish Workers’ Party, O'Brien and JFK Jr.'s book") == [
            "the", "Kurdish", "Workers", "’", "Party", ",", "O'Brien", "and", "JFK", "Jr.", "'s", "book",
        ])
        let clitic = try #require(try F.token("Iran’s role", "’s"))
        #expect(clitic.flags.contains(.clitic))
        #expect(try F.tokens("'This is great.' she said") == ["'", "This", "is", "great", ".", "'", "she", "said"])
    }

    @Test("abbreviations and initials keep their period")
    func abbreviations() throws {
        #expect(try F.tokens("Mr. Smith of the U.S. met J. R. R. Tolkien at 5 p.m. on Jan. 5, e.g. today.") == [
            "Mr.", "Smith", "of", "the", "U.S.", "met", "J.", "R.", "R.", "Tolkien", "at", "5", "p.m.", "on", "Jan.",
            "5", ",", "e.g.", "today", ".",
        ])
        #expect(try F.tokens("Smith & Co. and Ph.D. in the U.S.A.") == [
            "Smith", "&", "Co.", "and", "Ph.D.", "in", "the", "U.S.A.",
        ])
        // Words that are abbreviations only before a number.
        #expect(try F.tokens("No. 5 but he said no. Then") == ["No.", "5", "but", "he", "said", "no", ".", "Then"])
        // An ordinary word keeps its period apart.
        #expect(try F.tokens("the end. The") == ["the", "end", ".", "The"])
        #expect(try F.tokens("Hello world.Today is Tuesday.Mr. Smith") == [
            "Hello", "world", ".", "Today", "is", "Tuesday", ".", "Mr.", "Smith",
        ])
        // An acronym in capitals spelled like an abbreviation ends its sentence before a capital or the end; a
        // company's or a street's word in a heading of capitals keeps its period, and so does any before a
        // lower-case word or a number.
        #expect(try F.tokens("He sued the SEC. It moved to LA.") == ["He", "sued", "the", "SEC", ".", "It", "moved", "to", "LA", "."])
        #expect(try F.tokens("ACME CORP. REPORTS ST. LOUIS GAINS") == ["ACME", "CORP.", "REPORTS", "ST.", "LOUIS", "GAINS"])
        #expect(try F.tokens("the Sec. said; JAN. 5") == ["the", "Sec.", "said", ";", "JAN.", "5"])
        let mr = try #require(try F.token("Mr. Smith", "Mr."))
        #expect(mr.flags.contains(.abbreviation) && mr.flags.contains(.prepositive))
        let us = try #require(try F.token("the U.S. army", "U.S."))
        #expect(us.flags.contains(.abbreviation) && !us.flags.contains(.prepositive))
        #expect(us.flags.contains(.capitalized) && us.flags.contains(.allCaps))
    }

    @Test("case flags and spacing flags")
    func flags() throws {
        let document = try F.tokenized("Baku and PKK\n\nsaid iPhone")
        let f = document.tokens.map(\.flags)
        #expect(f[0].contains(.capitalized) && !f[0].contains(.allCaps) && f[0].contains(.spaceBefore))
        #expect(f[1].contains(.lowercase))
        #expect(f[2].contains(.allCaps) && f[2].contains(.lineEndAfter) && f[2].contains(.paragraphEndAfter))
        #expect(!f[4].contains(.lowercase) && !f[4].contains(.capitalized))
        let comma = try F.tokenized("a,b")
        #expect(!comma.tokens[1].flags.contains(.spaceBefore) && comma.tokens[1].flags.contains(.punctuation))
    }

    @Test("token shapes")
    func shapes() throws {
        #expect(TokenShape("Azerbaijan").description == "Xxxxx")
        #expect(TokenShape("PKK").description == "XXX")
        #expect(TokenShape("1,000.50").description == "d,ddd.dd")
        #expect(TokenShape("Nagorno-Karabakh").description == "Xxxxx-Xxxxx")
        #expect(TokenShape("’s").description == "'x")
        let document = try F.tokenized("In 2020, U.S. forces")
        let shapes = document.tokens.map { TokenShape.of($0, in: document).description }
        #expect(shapes == ["Xx", "dddd", ",", "X.X.", "xxxx"])
        #expect(TokenShape("Azerbaijan") == TokenShape("Xxxxxxxxxxxxxxxx"))
    }

    @Test("Cyrillic text keeps offsets")
    func cyrillic() throws {
        let text = "Президент России Владимир Путин заявил: «Мы готовы». Нагорный-Карабах — 2020 г."
        #expect(try F.tokens(text) == [
            "Президент", "России", "Владимир", "Путин", "заявил", ":", "«", "Мы", "готовы", "»", ".",
            "Нагорный-Карабах", "—", "2020", "г.",
        ])
        let document = try F.tokenized(text)
        #expect(document.tokens[0].flags.contains(.capitalized))
        #expect(document.tokens[1].start == 10 && document.tokens[1].end == 16)
    }

    @Test("Arabic text keeps offsets")
    func arabic() throws {
        let text = "قال الرئيس الإيراني إبراهيم رئيسي، إن العلاقات مع أذربيجان جيدة؟ نعم."
        let tokens = try F.tokens(text)
        #expect(tokens == [
            "قال", "الرئيس", "الإيراني", "إبراهيم", "رئيسي", "،", "إن", "العلاقات", "مع", "أذربيجان", "جيدة", "؟",
            "نعم", ".",
        ])
        let document = try F.tokenized(text)
        #expect(document.tokens[0].flags.contains(.alphabetic) && !document.tokens[0].flags.contains(.capitalized))
    }

    @Test("Chinese text is segmented by ICU and keeps offsets")
    func chinese() throws {
        let text = "伊朗和阿塞拜疆的关系很复杂。俄罗斯总统普京说：“我们准备好了。”Iran 2021年"
        let document = try F.tokenized(text)
        let texts = F.tokenTexts(document)
        #expect(texts.joined() == text.unicodeScalars.filter { $0 != " " }.map(String.init).joined())
        #expect(texts.contains("伊朗") && texts.contains("俄罗斯"))
        #expect(texts.contains("。") && texts.contains("Iran"))
        for (token, string) in zip(document.tokens, texts) where string.unicodeScalars.first.map({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) == true {
            #expect(token.flags.contains(.unspacedScript))
        }
        let sentences = try F.sentences(text)
        #expect(sentences.count == 3)
        #expect(sentences.first == "伊朗和阿塞拜疆的关系很复杂。")
    }

    @Test("odd input does not crash and offsets stay in range")
    func robustness() throws {
        let inputs = [
            "", " ", "\n\n\n", "...", "'", "’", "-", "@", "#", "a.", "U.S", "http://", "e@x", "x@y.z.", "1,", "1.",
            "don'", "n't", "’s", "\u{301}a\u{301}", "👍🏽 emoji 👨‍👩‍👧 ok", "\r\n\r\nx\r\n", "ก่อน ไทย", "a\u{0}b",
            String(repeating: "a.", count: 50), String(repeating: "-", count: 30), "Mr.", "N°", "(...)", "[...]",
        ]
        for input in inputs {
            let document = try F.split(input)
            let scalarCount = input.unicodeScalars.count
            var previousEnd = 0
            for token in document.tokens {
                #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalarCount, "\(input)")
                previousEnd = token.end
            }
            for sentence in document.sentences {
                #expect(sentence.start < sentence.end && sentence.end <= scalarCount)
            }
        }
    }
}
