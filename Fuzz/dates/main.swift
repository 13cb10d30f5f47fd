import Pipeline
import Stages

// The date tagger on any text, with or without sentences and with different creation dates (the
// anchor of relative dates, including the edges of the calendar). The first byte picks the set-up.

let dcts: [String?] = [nil, "2021-12-01", "0001-01-01", "9999-12-31", "2000-02-29", "1970-01-01", "2024-12-31", "1900-03-01"]
let tokenize = TokenizeStage()
let sentences = SentenceStage()
let dates = DateStage()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let setup = Int(data[0])
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    var document = Document(
        id: "fuzz", source: Source(path: "fuzz.txt", format: .text, bytes: []),
        meta: Meta(dct: dcts[setup % dcts.count]))
    document.setText(text, sourceMap: nil)
    do {
        if setup & 0x80 != 0 {
            try tokenize.process(&document)
            try sentences.process(&document)
        }
        try dates.process(&document)
    } catch {
        return 0
    }
    checkDocument(document)
    for entity in document.entities {
        require(entity.label == .date || entity.label == .time, "the date stage added a \(entity.label)")
        guard let timex = entity.timex else { require(false, "a date without a TIMEX value"); return 0 }
        require(!timex.value.isEmpty, "an empty TIMEX value for '\(entity.text)'")
    }
    return 0
}
