import Testing

@testable import Pipeline

@Suite("Entity numbering")
struct EntityNumberingTests {
    /// The definition: a stable sort by (start, end, label) and ids T1... in that order.
    static func reference(_ entities: [Entity]) -> [Entity] {
        var sorted = entities
        sorted.sort { ($0.start, $0.end, $0.label.rawValue) < ($1.start, $1.end, $1.label.rawValue) }
        for i in sorted.indices { sorted[i].id = "T\(i + 1)" }
        return sorted
    }

    @Test("renumbering equals a stable sort by span and label, for shuffled entities with ties")
    func matchesStableSort() {
        var generator = SystemRandomNumberGenerator()
        let labels: [EntityLabel] = [.person, .gpe, .org, .date]
        for round in 0..<200 {
            var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
            document.setText(String(repeating: "word ", count: 40), sourceMap: nil)
            let count = round % 30
            for k in 0..<count {
                let start = Int.random(in: 0..<20, using: &generator)
                let end = start + Int.random(in: 1...3, using: &generator)
                // Same span and label twice keeps apart by origin: a stable sort keeps their order.
                document.addEntity(Span(start, end), label: labels.randomElement(using: &generator) ?? .org, origin: "o\(k)")
            }
            let expected = Self.reference(document.entities)
            document.renumberEntities()
            #expect(document.entities == expected)
            document.renumberEntities()  // already sorted: nothing moves
            #expect(document.entities == expected)
        }
    }

    @Test("two sorted runs (a stage's entities after an earlier stage's) merge like a stable sort")
    func mergesTwoRuns() {
        var generator = SystemRandomNumberGenerator()
        let labels: [EntityLabel] = [.person, .gpe, .date]
        for round in 0..<200 {
            var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
            document.setText(String(repeating: "word ", count: 40), sourceMap: nil)
            func spans(_ count: Int) -> [(Int, Int, EntityLabel)] {
                (0..<count).map { _ in
                    let start = Int.random(in: 0..<20, using: &generator)
                    return (start, start + Int.random(in: 1...3, using: &generator),
                        labels.randomElement(using: &generator) ?? .org)
                }
                .sorted { ($0.0, $0.1, $0.2.rawValue) < ($1.0, $1.1, $1.2.rawValue) }
            }
            for (k, (s, e, label)) in spans(round % 9).enumerated() { document.addEntity(Span(s, e), label: label, origin: "a\(k)") }
            for (k, (s, e, label)) in spans(round % 13).enumerated() { document.addEntity(Span(s, e), label: label, origin: "b\(k)") }
            let expected = Self.reference(document.entities)
            document.renumberEntities()
            #expect(document.entities == expected)
        }
    }

    @Test("ids past the table of small ids keep counting")
    func manyIDs() {
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
        document.setText(String(repeating: "w ", count: 1500), sourceMap: nil)
        for k in (0..<1500).reversed() { document.addEntity(Span(2 * k, 2 * k + 1), label: .org) }
        document.renumberEntities()
        #expect(document.entities.map(\.id) == (1...1500).map { "T\($0)" })
        #expect(document.entities.map(\.start) == (0..<1500).map { 2 * $0 })
    }

    @Test("an entity added with its UTF-8 range equals one added by scalar span")
    func addByUTF8Range() {
        var a = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
        a.setText("Zoë “Łódź” 😀 end", sourceMap: nil)
        var b = a
        a.addEntity(Span(5, 9), label: .gpe, origin: "x")
        b.addEntity(Span(5, 9), utf8: 8..<15, label: .gpe, origin: "x")
        #expect(a.entities == b.entities)
        #expect(b.entities.first?.text == "Łódź")
    }

    @Test("relation arguments follow their entities to the new ids")
    func relationsFollow() {
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
        document.setText("Anna met Bob in Paris.", sourceMap: nil)
        document.addEntity(Span(16, 21), label: .gpe)
        document.addEntity(Span(0, 4), label: .person)
        document.renumberEntities()  // Anna T1, Paris T2
        document.relations = [Relation(type: .locatedIn, head: "T1", tail: "T2")]
        document.addEntity(Span(9, 12), label: .person)
        document.renumberEntities()  // Anna T1, Bob T2, Paris T3
        #expect(document.entities.map(\.id) == ["T1", "T2", "T3"])
        #expect(document.entities.map(\.text) == ["Anna", "Bob", "Paris"])
        #expect(document.relations.first?.head == "T1" && document.relations.first?.tail == "T3")
    }

    @Test("entity text comes from scalar offsets over multi-byte text")
    func textOfSpan() {
        var document = Document(id: "d", source: Source(path: "-", format: .text, bytes: [], byteCount: 0))
        document.setText("Zoë “Łódź” 😀 end", sourceMap: nil)
        #expect(document.text(of: Span(0, 3)) == "Zoë")
        #expect(document.text(of: Span(5, 9)) == "Łódź")
        #expect(document.text(of: Span(11, 12)) == "😀")
        #expect(document.text(of: Span(13, 16)) == "end")
        #expect(document.text(of: Span(3, 2)) == "")
    }
}
