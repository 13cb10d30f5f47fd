import Pipeline
import Stages

// The HTML normalizer on arbitrary bytes: charset sniffing and declared charsets, libxml2's parser,
// text location in the source, article extraction, and the source map. The first input byte picks a
// `<meta charset>` to put in front of the rest, so every converter the declaration can name is reached.

let declaredCharsets = [
    "", "utf-8", "windows-1252", "iso-8859-2", "koi8-r", "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "big5",
    "euc-kr", "utf-16", "utf-16be", "windows-1256", "iso-8859-8", "utf-7", "bogus-charset", "us-ascii", "ucs-2",
]

let stage = NormalizeStage()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var bytes: [UInt8] = []
    let charset = declaredCharsets[Int(data[0]) % declaredCharsets.count]
    if !charset.isEmpty { bytes.append(contentsOf: Array("<meta charset=\"\(charset)\">".utf8)) }
    bytes.append(contentsOf: UnsafeBufferPointer(start: data + 1, count: size - 1))
    var document = Document(id: "fuzz", source: Source(path: "fuzz.html", format: .html, bytes: bytes))
    do {
        try stage.process(&document)
    } catch {
        return 0
    }
    checkDocument(document)
    return 0
}
