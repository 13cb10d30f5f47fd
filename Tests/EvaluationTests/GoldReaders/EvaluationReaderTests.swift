import Testing
@testable import Evaluation
@testable import Pipeline
import PipelineIO

@Suite struct EvaluationReaderTests {
    static func read(_ text: String, _ format: GoldFormat = .auto, name: String = "sample") throws -> GoldCorpus {
        try GoldReader.read(bytes: Array(text.utf8), name: name, format: format)
    }

    static func mentions(_ d: Document) -> [String] { d.entities.map { "\($0.label.rawValue):\($0.text)" } }

    @Test func conllIOB1WithDocumentMarkers() throws {
        let text = """
            EU I-ORG
            rejects O
            German I-MISC
            call O
            . O

            Peter I-PER
            Blackburn I-PER
            John B-PER
            Smith I-PER
            -DOCSTART- O

            Paris I-LOC
            """
        let corpus = try Self.read(text)
        #expect(corpus.format == .conll)
        #expect(corpus.documents.count == 2)
        let d = corpus.documents[0]
        #expect(d.id == "sample:1")
        #expect(d.text == "EU rejects German call .\n\nPeter Blackburn John Smith")
        #expect(d.sentences == [Span(0, 24), Span(26, 52)])
        #expect(Self.mentions(d) == ["ORG:EU", "MISC:German", "PER:Peter Blackburn", "PER:John Smith"])
        #expect(d.entities[2].span == Span(26, 41))
        #expect(Self.mentions(corpus.documents[1]) == ["LOC:Paris"])
        #expect(corpus.labels == ["ORG", "MISC", "PER", "LOC"])
    }

    @Test func bioTabSeparatedWithoutMarkersMakesOneDocumentPerSentence() throws {
        let text = "Redondo\tB-location\nBeach\tI-location\nis\tO\n\nI\tO\nlove\tO\nApple\tI-corporation\nMusic\tB-product\n"
        let corpus = try Self.read(text, .conll)
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0].text == "Redondo Beach is")
        #expect(Self.mentions(corpus.documents[0]) == ["location:Redondo Beach"])
        // I- after O starts a mention (lenient BIO); B- starts a new one.
        #expect(Self.mentions(corpus.documents[1]) == ["corporation:Apple", "product:Music"])
    }

    @Test func gmbCSVWithQuotedFieldsAndLatin1() throws {
        var bytes = Array("Sentence #,Word,POS,Tag\r\nSentence: 1,Thousands,NNS,O\n,in,IN,O\n,New,NNP,B-geo\n,York,NNP,I-geo\n,\",\",\",\",O\n,Caf".utf8)
        bytes.append(0xE9)  // é in Latin-1, invalid as UTF-8
        bytes += Array(",NNP,B-org\nSentence: 2,Bush,NNP,B-per\n,said,VBD,O\n".utf8)
        let corpus = try GoldReader.read(bytes: bytes, name: "gmb", format: .conll)
        #expect(corpus.documents.map(\.id) == ["gmb:1", "gmb:2"])
        #expect(corpus.documents[0].text == "Thousands in New York , Café")
        #expect(Self.mentions(corpus.documents[0]) == ["geo:New York", "org:Café"])
        #expect(Self.mentions(corpus.documents[1]) == ["per:Bush"])
        var limited = corpus
        limited.limit(to: 1)
        #expect(limited.documents.count == 1)
    }

    @Test func spertSentencesWithRelations() throws {
        let text = """
            [{"tokens": ["John", "Wilkes", "Booth", ",", "who", "assassinated", "President", "Lincoln", ",", "was", "an", "actor", "."],
              "entities": [{"type": "Peop", "start": 6, "end": 8}, {"type": "Peop", "start": 0, "end": 3}],
              "relations": [{"type": "Kill", "head": 1, "tail": 0}], "orig_id": 5178}]
            """
        let corpus = try Self.read(text)
        #expect(corpus.format == .spert)
        let d = try #require(corpus.documents.first)
        #expect(d.id == "sample:5178")
        #expect(d.text == "John Wilkes Booth , who assassinated President Lincoln , was an actor .")
        #expect(d.entities.map(\.span) == [Span(0, 17), Span(37, 54)])
        #expect(Self.mentions(d) == ["Peop:John Wilkes Booth", "Peop:President Lincoln"])
        #expect(d.relations.map { "\($0.type.rawValue)(\($0.head),\($0.tail))" } == ["Kill(T1,T2)"])
        #expect(corpus.relationTypes == ["Kill"])
        #expect(corpus.annotatesRelations)
    }

    @Test func tbaqTimexes() throws {
        let text = #"{"doc": "ABC1", "dct": "1998-01-08", "text": "\nOn Monday, stocks fell for a week at 5 p.m.", "timexes": [{"start": 4, "end": 10, "text": "Monday", "type": "DATE", "value": "1998-01-05"}, {"start": 28, "end": 34, "text": "a week", "type": "DURATION", "value": "P1W"}, {"start": 38, "end": 44, "text": "5 p.m.", "type": "TIME", "value": "1998-01-05T17:00"}]}"#
        let corpus = try Self.read(text)
        #expect(corpus.format == .tbaq)
        let d = try #require(corpus.documents.first)
        #expect(d.id == "ABC1" && d.meta.dct == "1998-01-08")
        #expect(Self.mentions(d) == ["DATE:Monday", "DATE:a week", "TIME:5 p.m."])
        #expect(d.entities.map { $0.timex?.value } == ["1998-01-05", "P1W", "1998-01-05T17:00"])
        #expect(d.entities[1].timex?.type == .duration)
        #expect(corpus.annotatesDates)
    }

    @Test func sentenceOnlyJSONL() throws {
        let text = #"{"id": "en-grs-004", "text": "My name is Jonas E. Smith.  Hi there!", "sentences": ["My name is Jonas E. Smith.", " Hi there! "]}"#
        let corpus = try Self.read(text)
        #expect(corpus.format == .sentences)
        #expect(corpus.documents[0].sentences == [Span(0, 26), Span(28, 37)])
        #expect(corpus.labels.isEmpty)
        // Sentence strings with whitespace normalized still find their span.
        let wrapped = #"{"id": "040", "text": "A sentence\ncut off.", "sentences": ["A sentence cut off."]}"#
        #expect(try Self.read(wrapped).documents[0].sentences == [Span(0, 19)])
    }

    @Test func pipeGoldCarriesLabelsAndDct() throws {
        let corpus = try GoldReader.read(path: EvaluationFixtures.seedGoldPath)
        #expect(corpus.format == .pipe)
        #expect(corpus.documents[0].meta.dct == "2021-12-01")
        #expect(corpus.labels.first == .person && corpus.labels.contains(.law))
        #expect(corpus.annotatesRelations && corpus.annotatesDates)
        // Exported and read back as JSONL, the corpus is the same.
        let line = GoldExport.goldLine(corpus.documents[0], corpus: corpus)
        let again = try Self.read(line, .pipe)
        #expect(again.labels == corpus.labels)
        #expect(again.documents[0].entities == corpus.documents[0].entities.map { var e = $0; e.src = nil; return e })
        #expect(again.documents[0].sentences == corpus.documents[0].sentences)
        #expect(again.documents[0].relations.count == 11)
    }
}
