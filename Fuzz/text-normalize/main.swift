import Pipeline
import Stages

// The text normalizer on arbitrary bytes in any charset: binary sniffing, byte-order marks, UTF-16
// without a mark, UTF-8 validation, ICU's charset detector and converters, line-end and control
// cleaning, NFC and the source map. The first input byte picks a byte-order mark to put in front.

let marks: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]]

let stage = NormalizeStage()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mark = Int(data[0]) < 128 ? [] : marks[Int(data[0]) % marks.count]
    let bytes = mark + UnsafeBufferPointer(start: data + 1, count: size - 1)
    var document = Document(id: "fuzz", source: Source(path: "fuzz.txt", format: .text, bytes: bytes))
    do {
        try stage.process(&document)
    } catch {
        return 0
    }
    checkDocument(document)
    return 0
}
