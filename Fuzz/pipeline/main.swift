import Pipeline
import PipelineIO
import Stages

// Every stage on one document, then the output line: it must be valid JSON that decodes back to the same
// text and entities. The first byte picks HTML or text and the creation date.

let dcts: [String?] = [nil, "2021-12-01", "0001-01-01", "9999-12-31"]
let pipeline: Pipeline = {
    guard let built = try? Pipeline(StageCatalog.allStages()) else { fatalError("the default stage list is valid") }
    return built
}()
let encoder = DocumentEncoder(includeTokens: true, explain: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let setup = Int(data[0])
    let format: SourceFormat = setup & 1 == 0 ? .text : .html
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var meta = Meta(dct: dcts[(setup >> 1) % dcts.count])
    if meta.dct != nil { meta.dctSource = .flag }
    var document = Document(
        id: "fuzz", source: Source(path: "fuzz", format: format, bytes: bytes, sha256: SHA256.hex(bytes)), meta: meta)
    let line: [UInt8]
    do {
        try pipeline.run(&document)
        checkDocument(document)
        line = encoder.encode(document)
    } catch {
        line = encoder.encodeError(id: document.id, source: document.source, error: error)
    }
    require(line.last != 0x0A || !line.dropLast().contains(0x0A), "the output line contains a line break")
    let decoded: DecodedRecord
    do {
        decoded = try DocumentDecoder().decode(line: String(decoding: line, as: UTF8.self))
    } catch {
        require(false, "the output line does not decode: \(error)")
        return 0
    }
    if case .document(let back) = decoded {
        require(back.text == document.text, "the text does not survive the round trip")
        require(back.entities.count == document.entities.count, "entities lost in the round trip")
        require(back.sentences == document.sentences, "sentences differ after the round trip")
    }
    return 0
}
