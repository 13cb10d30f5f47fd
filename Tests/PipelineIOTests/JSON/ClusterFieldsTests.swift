import Testing

@testable import Pipeline
@testable import PipelineIO

/// The additive `pipe/1` fields of the clusters stage (DESIGN.md): `cluster` and `geonames` on entities,
/// `clusters` on the record after `relations`.
@Suite("JSONL: cluster fields")
struct ClusterFieldsTests {
    static func document() -> Document {
        var d = DocumentRoundTripTests.fullDocument()
        d.entities[0].cluster = "C1"
        d.entities[1].cluster = "C2"
        d.entities[1].geonames = 587084
        d.clusters = [
            EntityCluster(id: "C1", label: .person, name: "Ilham Aliyev", mentions: ["T1"]),
            EntityCluster(id: "C2", label: .gpe, name: "Baku", mentions: ["T2"], geonames: 587084),
        ]
        d.layers.insert(.clusters)
        return d
    }

    @Test("clusters come after relations; entities carry cluster and geonames; a round trip keeps them")
    func written() throws {
        let encoder = DocumentEncoder(includeTokens: true, explain: true)
        let line = String(decoding: encoder.encode(Self.document()), as: UTF8.self)
        guard case .object(let members) = try JSONParser.parse(line) else {
            Issue.record("not an object")
            return
        }
        #expect(
            members.map(\.0) == [
                "schema", "id", "source", "meta", "text", "sentences", "tokens", "entities", "relations", "clusters",
                "warnings",
            ])
        #expect(line.contains(#""label":"GPE","text":"Baku","src":[32,36],"cluster":"C2","geonames":587084"#))
        #expect(
            line.contains(
                #""clusters":[{"id":"C1","label":"PERSON","name":"Ilham Aliyev","mentions":["T1"],"geonames":null},{"id":"C2","label":"GPE","name":"Baku","mentions":["T2"],"geonames":587084}]"#
            ))
        guard case .document(let decoded) = try DocumentDecoder().decode(line: line) else {
            Issue.record("decoded an error record")
            return
        }
        #expect(decoded.entities == Self.document().entities)
        #expect(decoded.clusters == Self.document().clusters)
        #expect(String(decoding: encoder.encode(decoded), as: UTF8.self) == line)
    }

    @Test("without the clusters layer there is no clusters key and no cluster on entities")
    func absent() {
        let line = String(decoding: DocumentEncoder().encode(DocumentRoundTripTests.fullDocument()), as: UTF8.self)
        #expect(!line.contains(#""clusters""#))
        #expect(!line.contains(#""cluster""#))
        #expect(!line.contains(#""geonames""#))
    }
}
