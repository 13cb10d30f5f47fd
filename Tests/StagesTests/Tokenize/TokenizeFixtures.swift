import Pipeline
import PipelineIO
import Stages

/// Documents, token texts and repository files for the tokenizer and sentence tests.
enum TokenizeFixtures {
    static func document(_ text: String) -> Document {
        var document = Document(id: "test", source: Source(path: "test", format: .text, bytes: Array(text.utf8)))
        document.setText(text, sourceMap: nil)
        return document
    }

    static func tokenized(_ text: String) throws -> Document {
        var document = document(text)
        try TokenizeStage().process(&document)
        return document
    }

    static func split(_ text: String) throws -> Document {
        var document = try tokenized(text)
        try SentenceStage().process(&document)
        return document
    }

    /// Token texts sliced by scalar offsets (not through the document's own helper, so offsets are checked).
    static func tokenTexts(_ document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.tokens.map { token in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[token.start..<token.end])
            return String(s)
        }
    }

    static func tokens(_ text: String) throws -> [String] { tokenTexts(try tokenized(text)) }

    static func sentences(_ text: String) throws -> [String] {
        let document = try split(text)
        return document.sentences.map { document.text(of: $0) }
    }

    static func token(_ text: String, _ surface: String) throws -> Token? {
        let document = try tokenized(text)
        return zip(document.tokens, tokenTexts(document)).first { $0.1 == surface }?.0
    }

    /// The repository root: what comes before "/Tests/" in this file's path.
    static let repositoryRoot: String = {
        let file = String(#filePath)
        guard let tests = file.firstRange(of: "/Tests/") else { return "." }
        return String(file[..<tests.lowerBound])
    }()

    static func readFile(_ path: String) -> String? {
        guard case .success(let bytes) = FileSystem.readFile(path, limit: 64 << 20) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    static let goldenRulesPath = repositoryRoot + "/../shared/data/sentences/golden_rules_en.jsonl"
    static var goldenRulesAvailable: Bool { readFile(goldenRulesPath) != nil }
}
