import Pipeline
import Testing

@testable import Render

@Suite struct MarkWalkTests {
    /// Renders a walk as a string: "[k" opens k, "]" closes, "+" marks a continued open.
    static func render(_ items: [MarkItem], _ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var stack: [Int] = []
        var covered = 0
        MarkWalk.walk(items, in: Span(0, scalars.count)) { event in
            switch event {
            case .text(let a, let b):
                #expect(a == covered)
                covered = b
                for s in scalars[a..<b] { out.unicodeScalars.append(s) }
            case .open(let k, let continued):
                stack.append(k)
                out += continued ? "[+\(k)" : "[\(k)"
            case .close(let k, _):
                // Well nested: the element closed is the last one opened.
                #expect(stack.last == k)
                stack.removeLast()
                out += "]"
            }
        }
        #expect(stack.isEmpty)
        #expect(covered == scalars.count)
        return out
    }

    @Test func nestedAndDisjointSpans() {
        let items = [
            MarkItem(start: 0, end: 11, rank: 2, payload: 0),  // "Sergey Lavr" outer
            MarkItem(start: 7, end: 11, rank: 2, payload: 1),  // "Lavr" inner
            MarkItem(start: 13, end: 15, rank: 2, payload: 2),
        ]
        #expect(Self.render(items, "Sergey Lavr, ok") == "[0Sergey [1Lavr]], [2ok]")
    }

    @Test func crossingSpansAreSplitIntoContinuations() {
        let items = [MarkItem(start: 0, end: 5, rank: 2, payload: 0), MarkItem(start: 3, end: 8, rank: 2, payload: 1)]
        #expect(Self.render(items, "abcdefghij") == "[0abc[1de]][+1fgh]ij")
    }

    @Test func lowerRanksAlwaysEnclose() {
        // A sentence (rank 1) starting inside an entity (rank 2): the entity steps aside and reopens inside.
        let items = [MarkItem(start: 0, end: 6, rank: 2, payload: 0), MarkItem(start: 3, end: 10, rank: 1, payload: 1)]
        #expect(Self.render(items, "abcdefghij") == "[0abc][1[+0def]ghij]")
    }

    @Test func emptyAndOutOfRangeSpansAreDropped() {
        let items = [MarkItem(start: 2, end: 2, rank: 2, payload: 0), MarkItem(start: 8, end: 30, rank: 2, payload: 1)]
        #expect(Self.render(items, "abcdefghij") == "abcdefgh[1ij]")
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        let text = "\n\nOne line\nstill one.\n \nTwo.\n\n\n"
        let spans = Paragraphs.ranges(of: text)
        let scalars = Array(text.unicodeScalars)
        let texts = spans.map { s in String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
        #expect(texts == ["One line\nstill one.", "Two."])
        #expect(Paragraphs.ranges(of: "") == [])
        #expect(Paragraphs.ranges(of: "é\n\nü") == [Span(0, 1), Span(3, 4)])
    }
}
