import Pipeline

@testable import Stages

/// One entity pass run alone on mentions made by hand: the tagger's reading of an invented name cannot be
/// chosen end to end, so these tests give the pass the mentions it must judge.
enum PassFixture {
    /// Runs `pass` on `text` (normalized, tokenized and split into sentences) with the mentions `spans`
    /// (surface, label; every occurrence, origin "model:tagger"); the mentions after it as "label text".
    static func run(
        _ text: String, _ spans: [(String, MentionLabel)],
        pass: (TokenTable, UnsafeBufferPointer<UInt8>, inout [Mention]) -> Void
    ) throws -> [String] {
        var doc = Document(id: "t", source: Source(path: "-", format: .text, bytes: Array(text.utf8)))
        for stage in try StageCatalog.stages(named: ["normalize", "tokenize", "sentences"]) { try stage.process(&doc) }
        var walk: OffsetWalk?
        let tokens = TokenTable(doc, walk: &walk)
        var copy = doc.text
        return copy.withUTF8 { bytes in
            func text(_ m: Mention) -> String { String(decoding: bytes[m.startByte..<m.endByte], as: UTF8.self) }
            var mentions: [Mention] = []
            for (surface, label) in spans {
                let words = surface.split(separator: " ").count
                for t in 0..<max(0, tokens.count - words + 1) {
                    let m = Mention(t..<(t + words), of: tokens, label: label, origin: "model:tagger")
                    if text(m) == surface { mentions.append(m) }
                }
            }
            mentions.sort { $0.startByte < $1.startByte }
            pass(tokens, bytes, &mentions)
            return mentions.map { "\($0.label) \(text($0))" }
        }
    }

    /// The shipped gazetteers' findings per token, as the rules' tagger finds them.
    static func gazetteerFindings(_ tokens: TokenTable, _ bytes: UnsafeBufferPointer<UInt8>) -> [TokenFindings] {
        var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
        tagger.run()
        return tagger.findings
    }

    /// Findings with no gazetteer cue, one per token.
    static func noFindings(_ tokens: TokenTable) -> [TokenFindings] {
        [TokenFindings](repeating: TokenFindings(), count: tokens.count)
    }
}
