import Pipeline
import Testing

@testable import Stages

/// The output rules the pipeline runner owns (`Pipeline.run`, `Document.settleEntities`), checked for every
/// stage list `--stages` accepts: any order and any subset of the catalog that `Pipeline` validates.
@Suite("Pipeline invariants over every valid stage list")
struct PipelineInvariantsTests {
    /// Every ordered selection of distinct catalog stages that forms a valid pipeline.
    static let validLists: [[String]] = {
        var lists: [[String]] = []
        func extend(_ list: [String]) {
            if !list.isEmpty, (try? Pipeline(StageCatalog.stages(named: list))) != nil { lists.append(list) }
            for name in StageCatalog.names where !list.contains(name) { extend(list + [name]) }
        }
        extend([])
        return lists
    }()

    /// Texts where stages disagree: a name inside a time ("08:38 AM ET"), a date word inside a name
    /// ("USA TODAY"), relations, and plain news.
    static let texts: [String] = [
        "USA TODAY reported at 08:38 AM ET on Monday that Foreign Minister Sergey Lavrov met Ilham Aliyev in Baku.",
        "WASHINGTON (AP) — The Kurdish Workers' Party (PKK) said on 15 September 2021 that its leader, "
            + "spokesman for the group in Iraq, would visit Tehran next week.\n\nMarkets closed at 5:45 p.m. ET.",
        TokenizeFixtures.readFile(TokenizeFixtures.repositoryRoot + "/gold/seed.txt") ?? "",
    ]

    @Test("the stage lists include orders other than the canonical one")
    func enumerated() {
        #expect(Self.validLists.contains(StageCatalog.names))
        #expect(Self.validLists.contains(["normalize", "tokenize", "sentences", "entities", "dates"]))
        #expect(Self.validLists.contains(["normalize", "tokenize", "sentences", "dates"]))
        #expect(Self.validLists.allSatisfy { $0.first == "normalize" })
    }

    @Test("entities are ordered, numbered T1..Tn, never overlap, and relations point at them", arguments: validLists)
    func invariants(_ list: [String]) throws {
        let pipeline = try Pipeline(StageCatalog.stages(named: list))
        for text in Self.texts where !text.isEmpty {
            var document = Document(
                id: "t", source: Source(path: "t.txt", format: .text, bytes: Array(text.utf8)),
                meta: Meta(dct: "2021-12-01", dctSource: .flag))
            try pipeline.run(&document)
            #expect(document.layers == pipeline.produces)
            let entities = document.entities
            #expect(entities.map(\.id) == entities.indices.map { "T\($0 + 1)" }, "\(list)")
            for (a, b) in zip(entities, entities.dropFirst()) {
                #expect(a.end <= b.start, "\(list): '\(a.text)' \(a.label) overlaps '\(b.text)' \(b.label)")
            }
            let ids = Set(entities.map(\.id))
            #expect(document.relations.allSatisfy { ids.contains($0.head) && ids.contains($0.tail) }, "\(list)")
        }
    }

    @Test("of two overlapping mentions the longer stays; of two equal ones the date")
    func overlapChoice() throws {
        var document = TokenizeFixtures.document("USA TODAY at 08:38 AM")
        document.addEntity(Span(4, 9), label: .date)  // TODAY
        document.addEntity(Span(0, 9), label: .org)  // USA TODAY
        document.addEntity(Span(13, 21), label: .time)  // 08:38 AM
        document.addEntity(Span(19, 21), label: .org)  // AM
        document.addEntity(Span(13, 18), label: .person)  // 08:38, same length as nothing else
        document.settleEntities()
        #expect(document.entities.map(\.text) == ["USA TODAY", "08:38 AM"])
        var tie = TokenizeFixtures.document("Sunday")
        tie.addEntity(Span(0, 6), label: .person)
        tie.addEntity(Span(0, 6), label: .date)
        tie.settleEntities()
        #expect(tie.entities.map(\.label) == [.date])
    }

    @Test("a relation whose argument lost its overlap is dropped with it")
    func relationsFollow() throws {
        var document = TokenizeFixtures.document("Ned Price Monday")
        document.addEntity(Span(0, 9), label: .person)
        document.addEntity(Span(4, 16), label: .date)
        document.addEntity(Span(10, 16), label: .person)
        document.renumberEntities()
        document.relations = [Relation(type: .metWith, head: "T1", tail: "T3", sentence: 0)]
        document.settleEntities()
        #expect(document.entities.map(\.text) == ["Price Monday"])
        #expect(document.relations.isEmpty)
    }
}
