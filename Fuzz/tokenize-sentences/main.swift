import Pipeline
import Stages

// The tokenizer (with ICU word breaks for unspaced scripts) and the sentence splitter on any text:
// the input is decoded as UTF-8 (invalid bytes become U+FFFD, as the normalizer would make them).

let tokenize = TokenizeStage()
let sentences = SentenceStage()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var document = Document(id: "fuzz", source: Source(path: "fuzz.txt", format: .text, bytes: []))
    document.setText(text, sourceMap: nil)
    do {
        try tokenize.process(&document)
        try sentences.process(&document)
    } catch {
        return 0
    }
    checkDocument(document)
    if !document.tokens.isEmpty {
        require(!document.sentences.isEmpty, "tokens but no sentence")
        require(document.sentences.first?.start == document.tokens.first?.start, "the first sentence does not start at the first token")
        require(document.sentences.last?.end == document.tokens.last?.end, "the last sentence does not end at the last token")
    }
    return 0
}
