import Testing

@testable import Evaluation

/// CoNLL-U gold (UD English EWT): documents, paragraphs and sentence spans rebuilt as raw text.
@Suite("Evaluation: CoNLL-U sentence gold")
struct ConlluGoldReaderTests {
    static let sample = """
        # newdoc id = doc-a
        # sent_id = doc-a-1
        # newpar id = doc-a-p1
        # text = hi there :)
        1\thi\thi\tINTJ\tUH\t_\t0\troot\t_\t_
        2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\t_
        3\t:)\t:)\tSYM\tNFP\t_\t1\tdiscourse\t_\t_

        # sent_id = doc-a-2
        # text = where did you grow up?
        1\twhere\twhere\tADV\tWRB\t_\t4\tadvmod\t_\t_
        2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
        3\tyou\tyou\tPRON\tPRP\t_\t4\tnsubj\t_\t_
        4\tgrow\tgrow\tVERB\tVB\t_\t0\troot\t_\t_
        5\tup\tup\tADP\tRP\t_\t4\tcompound:prt\t_\tSpaceAfter=No
        6\t?\t?\tPUNCT\t.\t_\t4\tpunct\t_\t_

        # newdoc id = doc-b
        # sent_id = doc-b-1
        # newpar id = doc-b-p1
        1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
        2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
        3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
        # sent_id = doc-b-2
        # newpar id = doc-b-p2
        # text = OK.
        1\tOK\tOK\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No
        2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

        """

    @Test func documentsParagraphsAndSpans() throws {
        #expect(GoldReader.detect(Self.sample) == .conllu)
        let corpus = try GoldReader.read(bytes: Array(Self.sample.utf8), name: "ewt")
        #expect(corpus.documents.map(\.id) == ["doc-a", "doc-b"])
        let a = corpus.documents[0]
        #expect(a.text == "hi there :) where did you grow up?")
        #expect(a.sentences.map { a.text(of: $0) } == ["hi there :)", "where did you grow up?"])
        // No `# text`: rebuilt from the forms, a multiword token by its surface form; a new paragraph
        // is a blank line.
        let b = corpus.documents[1]
        #expect(b.text == "don't go.\n\nOK.")
        #expect(b.sentences.map { b.text(of: $0) } == ["don't go.", "OK."])
    }

    @Test func aBrokenTokenLineIsAnError() {
        #expect(throws: GoldReadError.self) {
            try GoldReader.read(bytes: Array("# text = a b\n1\ta\n\n".utf8), name: "x", format: .conllu)
        }
    }
}
