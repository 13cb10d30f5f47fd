import Pipeline
import PipelineIO

/// TempEval-3 TBAQ as JSONL: `{doc, dct, text, timexes: [{start, end, text, type, value}]}`, offsets in
/// code points of `text`. Each TIMEX3 becomes a mention labelled TIME when its type is TIME, else DATE
/// (ANNOTATION.md: durations and sets are DATE mentions too), so the corpus scores the labels DATE, TIME.
enum TBAQGoldReader {
    static func read(_ text: String) throws(GoldReadError) -> GoldCorpus {
        var documents: [Document] = []
        for (number, value) in try GoldReader.jsonLines(text, what: "TBAQ") {
            guard let body = value["text"]?.stringValue else { throw GoldReadError("TBAQ line \(number): no text") }
            let id = value["doc"]?.stringValue ?? value["id"]?.stringValue ?? "tbaq:\(number)"
            var meta = Meta()
            if let dct = value["dct"]?.stringValue {
                meta.dct = dct
                meta.dctSource = .input
            }
            var document = Document(id: id, source: Source(path: id, format: .text, bytes: []), meta: meta)
            document.setText(body, sourceMap: nil)
            document.layers = [.text, .entities, .dates]
            for timex in value["timexes"]?.arrayValue ?? [] {
                guard let start = timex["start"]?.intValue, let end = timex["end"]?.intValue, start >= 0,
                    start < end, end <= document.offsets.scalarCount,
                    let typeName = timex["type"]?.stringValue, let type = Timex.Kind(rawValue: typeName)
                else {
                    throw GoldReadError("TBAQ document '\(id)': a timex needs 0 <= start < end <= text and a TIMEX3 type")
                }
                let label: EntityLabel = type == .time ? .time : .date
                document.addEntity(
                    Span(start, end), label: label,
                    timex: Timex(type: type, value: timex["value"]?.stringValue ?? "", mod: timex["mod"]?.stringValue))
            }
            document.renumberEntities()
            documents.append(document)
        }
        guard !documents.isEmpty else { throw GoldReadError("the TBAQ gold has no documents") }
        return GoldCorpus(documents: documents, labels: [.date, .time], annotatesRelations: false, format: .tbaq)
    }
}
