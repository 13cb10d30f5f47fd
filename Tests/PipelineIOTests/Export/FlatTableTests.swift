import Foundation
import Testing

@testable import Pipeline
@testable import PipelineIO

@Suite struct DelimitedFormatTests {
    @Test func plainCellsAreWrittenAsTheyAre() {
        #expect(String(decoding: DelimitedFormat.tsv.line(["a", "b c", "", "7"]), as: UTF8.self) == "a\tb c\t\t7")
        #expect(String(decoding: DelimitedFormat.csv.line(["a", "b\tc"]), as: UTF8.self) == "a,b\tc")
    }

    @Test func cellsWithDelimiterQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        let tsv = String(decoding: DelimitedFormat.tsv.line(["a\tb", "say \"hi\"", "two\nlines", "cr\r", "x,y"]), as: UTF8.self)
        #expect(tsv == "\"a\tb\"\t\"say \"\"hi\"\"\"\t\"two\nlines\"\t\"cr\r\"\tx,y")
        let csv = String(decoding: DelimitedFormat.csv.line(["x,y", "a\tb"]), as: UTF8.self)
        #expect(csv == "\"x,y\",a\tb")
    }
}

@Suite struct FlatTableTests {
    /// A record as `pipe annotate` writes it, with two sentences, a date, a relation and a dangling one.
    static let line = """
        {"schema":"pipe/1","id":"a.txt","source":{"path":"in/a.txt","format":"text","bytes":60,"sha256":"ab","charset":"utf-8"},\
        "meta":{"title":null,"url":null,"dct":"2021-12-01","dct_source":"flag"},\
        "text":"President Joe Biden spoke. He met Emmanuel Macron on Monday.","sentences":[[0,26],[27,60]],\
        "entities":[{"id":"T1","start":0,"end":9,"label":"TITLE","text":"President","src":[0,9]},\
        {"id":"T2","start":10,"end":19,"label":"PERSON","text":"Joe Biden","src":[10,19],"cluster":"C1"},\
        {"id":"T3","start":34,"end":49,"label":"PERSON","text":"Emmanuel Macron","src":[34,49]},\
        {"id":"T4","start":53,"end":59,"label":"DATE","text":"Monday","src":[53,59],"timex":{"type":"DATE","value":"2021-11-29","mod":"START"}}],\
        "relations":[{"type":"has_title","head":"T2","tail":"T1","sentence":0},{"type":"met_with","head":"T2","tail":"T9"}],\
        "clusters":[{"id":"C1","label":"PERSON","name":"Joseph R. Biden","mentions":["T2"],"geonames":null},\
        {"id":"C2","label":"GPE","name":"Paris","mentions":[],"geonames":2988507}],"warnings":["one"]}
        """

    static func view(_ line: String) throws -> RecordView {
        RecordView(try DocumentDecoder().decode(line: line))
    }

    @Test func headersAreTheIssuesColumns() {
        #expect(FlatTable.entities.header == [
            "doc", "id", "label", "text", "start", "end", "src_start", "src_end", "sentence", "timex_type",
            "timex_value", "timex_mod", "cluster", "cluster_name", "geonames",
        ])
        #expect(FlatTable.relations.header == [
            "doc", "type", "head", "head_label", "head_text", "tail", "tail_label", "tail_text", "sentence",
        ])
        #expect(FlatTable.standard.map(\.name) == ["documents", "entities", "relations", "clusters"])
        #expect(FlatTable.clusters.header == ["doc", "cluster", "label", "name", "mentions", "geonames"])
    }

    @Test func entityRowsCarrySentenceSourceRangeAndTimex() throws {
        let rows = FlatTable.entities.rows(try Self.view(Self.line))
        #expect(rows.count == 4)
        #expect(rows[0] == ["a.txt", "T1", "TITLE", "President", "0", "9", "0", "9", "0", "", "", "", "", "", ""])
        #expect(rows[2][8] == "1")  // Macron is in the second sentence
        #expect(rows[3] == ["a.txt", "T4", "DATE", "Monday", "53", "59", "53", "59", "1", "DATE", "2021-11-29", "START", "", "", ""])
        #expect(rows[1].suffix(3) == ["C1", "Joseph R. Biden", ""])
    }

    @Test func clusterRowsCountMentions() throws {
        #expect(FlatTable.clusters.rows(try Self.view(Self.line)) == [
            ["a.txt", "C1", "PERSON", "Joseph R. Biden", "1", ""], ["a.txt", "C2", "GPE", "Paris", "0", "2988507"],
        ])
    }

    @Test func relationRowsResolveBothArgumentsAndLeaveUnknownOnesEmpty() throws {
        let rows = FlatTable.relations.rows(try Self.view(Self.line))
        #expect(rows == [
            ["a.txt", "has_title", "T2", "PERSON", "Joe Biden", "T1", "TITLE", "President", "0"],
            ["a.txt", "met_with", "T2", "PERSON", "Joe Biden", "T9", "", "", ""],
        ])
    }

    @Test func documentRowsCountLayersAndErrorRecordsGiveKindAndMessage() throws {
        let doc = FlatTable.documents.rows(try Self.view(Self.line))
        #expect(doc == [[
            "a.txt", "in/a.txt", "text", "60", "ab", "utf-8", "", "", "2021-12-01", "flag", "60", "2", "4", "2", "1", "", "",
        ]])
        let error = """
            {"schema":"pipe/1","id":"e.txt","source":{"path":"in/e.txt","format":"text","bytes":0,"sha256":null,"charset":null},\
            "error":{"kind":"empty","message":"the input has no bytes"}}
            """
        let rows = FlatTable.documents.rows(try Self.view(error))
        #expect(rows == [["e.txt", "in/e.txt", "text", "0", "", "", "", "", "", "", "", "", "", "", "", "empty", "the input has no bytes"]])
        #expect(FlatTable.entities.rows(try Self.view(error)).isEmpty)
    }

    @Test func aLayerTheRecordLacksGivesAnEmptyCountNotZero() throws {
        let line = """
            {"schema":"pipe/1","id":"p","source":{"path":"p","format":"text","bytes":2},"meta":{"dct_source":"none"},\
            "text":"Hi","sentences":[[0,2]],"warnings":[]}
            """
        let row = FlatTable.documents.rows(try Self.view(line))[0]
        #expect(row[11] == "1")
        #expect(row[12] == "")
        #expect(row[13] == "")
    }

    @Test func theExporterWritesHeaderAndRowsAndTheReaderTurnsBadLinesIntoErrorRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.jsonl", Self.line + "\n\nnot a record\n")
        let reader = RecordReader(paths: [input])
        let exporter = try TableExporter(directory: dir.path + "/out/deeper", format: .csv)
        while let record = reader.next() { try exporter.add(record) }
        _ = try exporter.finish()
        #expect(reader.badLines == 1)
        #expect(exporter.rowCounts == [2, 4, 2, 2])
        let documents = try dir.read("out/deeper/documents.csv").split(separator: "\n")
        #expect(documents.count == 3)
        #expect(documents[0].hasPrefix("doc,path,format,bytes,"))
        #expect(documents[2].hasPrefix("\(input):3,\(input),text,0,"))
        #expect(documents[2].hasSuffix(",unreadable,line 3 is not a pipe record: invalid JSON at byte 0: invalid literal"))
    }
}
