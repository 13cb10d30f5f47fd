import Foundation
import Pipeline

@testable import Render

/// Records for the render tests, written as `pipe annotate` writes them.
enum RenderFixtures {
    static let repositoryRoot: String = {
        let file = String(#filePath)
        guard let tests = file.firstRange(of: "/Tests/") else { return "." }
        return String(file[..<tests.lowerBound])
    }()

    /// A JSON object from a dictionary (keys in any order: the decoder does not care).
    static func line(_ object: [String: Any]) -> [UInt8] {
        Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    /// The scalar span of `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> (Int, Int) {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        var seen = 0
        for i in 0...(hay.count - n.count) where hay[i..<(i + n.count)].elementsEqual(n) {
            if seen == occurrence { return (i, i + n.count) }
            seen += 1
        }
        return (-1, -1)
    }

    /// A record with entities given as (text, label) found in order in `text`, and relations between
    /// entity numbers (1-based).
    static func record(
        id: String = "doc", text: String, entities: [(String, String)], relations: [(String, Int, Int)] = [],
        sentences: Bool = true, extra: [String: Any] = [:]
    ) -> [UInt8] {
        var list: [[String: Any]] = []
        var counts: [String: Int] = [:]
        for (k, (surface, label)) in entities.enumerated() {
            let (a, b) = span(surface, in: text, occurrence: counts[surface, default: 0])
            counts[surface, default: 0] += 1
            var e: [String: Any] = ["id": "T\(k + 1)", "start": a, "end": b, "label": label, "text": surface, "src": [a + 100, b + 100]]
            if label == "DATE" { e["timex"] = ["type": "DATE", "value": "XXXX-09-15"] }
            list.append(e)
        }
        var object: [String: Any] = [
            "schema": "pipe/1", "id": id,
            "source": ["path": "articles/\(id)", "format": "text", "bytes": text.utf8.count, "sha256": "00", "charset": "utf-8"],
            "meta": ["title": NSNull(), "url": NSNull(), "dct": "2021-12-01", "dct_source": "flag"],
            "text": text, "entities": list,
            "relations": relations.map { ["type": $0.0, "head": "T\($0.1)", "tail": "T\($0.2)"] },
            "warnings": [String](),
        ]
        if sentences { object["sentences"] = [[0, text.unicodeScalars.count]] }
        for (k, v) in extra { object[k] = v }
        return line(object)
    }

    static func page(_ line: [UInt8], options: RenderOptions = RenderOptions()) -> String {
        let record = RenderRecord.read(line: line, origin: "test:1")
        guard case .document(let document) = record.content else { return "not a document" }
        return String(decoding: DocumentPage(record: record, document: document, options: options, indexHref: "../../index.html").render(), as: UTF8.self)
    }

    static func occurrences(_ needle: String, in hay: String) -> Int {
        hay.components(separatedBy: needle).count - 1
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "pipe-render-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
