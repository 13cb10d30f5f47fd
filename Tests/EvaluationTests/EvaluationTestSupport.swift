@testable import Evaluation
@testable import Pipeline
import PipelineIO

/// Helpers shared by the evaluation tests.
enum EvaluationFixtures {
    /// The repository root: what comes before "/Tests/" in this file's path.
    static let repositoryRoot: String = {
        let file = String(#filePath)
        guard let tests = file.firstRange(of: "/Tests/") else { return "." }
        return String(file[..<tests.lowerBound])
    }()

    static var seedGoldPath: String { repositoryRoot + "/gold/seed.gold.json" }

    /// The scalar span of the `occurrence`-th (from 0) occurrence of `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> Span {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + n.count <= hay.count {
            if hay[i..<(i + n.count)].elementsEqual(n) {
                if seen == occurrence { return Span(i, i + n.count) }
                seen += 1
            }
            i += 1
        }
        return Span(-1, -1)
    }

    static func document(id: String, text: String, dct: String? = nil) -> Document {
        var d = Document(id: id, source: Source(path: id, format: .text, bytes: []), meta: Meta(dct: dct))
        d.setText(text, sourceMap: nil)
        d.layers = [.text]
        return d
    }

    /// A copy of `gold` with `prefix` and `suffix` around its text and every span shifted: what an HTML
    /// page's extracted text looks like (title and by-line before, a footer after).
    static func wrapped(_ gold: Document, prefix: String, suffix: String) -> Document {
        let shift = prefix.unicodeScalars.count
        var d = document(id: gold.id, text: prefix + gold.text + suffix)
        d.sentences = gold.sentences.map { Span($0.start + shift, $0.end + shift) }
        for e in gold.entities {
            d.addEntity(Span(e.start + shift, e.end + shift), label: e.label, timex: e.timex)
            d.entities[d.entities.count - 1].id = e.id
        }
        d.relations = gold.relations
        d.layers = gold.layers
        return d
    }
}
