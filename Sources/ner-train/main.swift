import Pipeline
import PipelineIO
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// Trains the entity stage's tagger (see `scripts/train-entity-model`, which converts the corpora and names
/// their licences): `ner-train DATA_DIR EPOCHS SEED OUT [--test]` reads DATA_DIR/train.jsonl and
/// DATA_DIR/dev.jsonl (records of scripts/ner_corpora.py), tokenizes and splits them with the pipeline's own
/// stages, trains, reports held-out figures per corpus on the dev part (and, with --test, on test.jsonl),
/// and writes the model's bytes to OUT. `--weight CORPUS=N` repeats a corpus N times per epoch; `--runs N`
/// averages N perceptrons trained with seeds SEED, SEED+1, ... (see `EntityModelTraining.train`); `--margin M`
/// also updates on tokens tagged right by a score margin under M; `--note FILE`
/// puts FILE's text (data, licences, command) into the model's header.
func say(_ message: String) {
    var line = "ner-train: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    say(message)
    exit(1)
}

func readLines(_ path: String) -> [String] {
    guard let f = fopen(path, "rb") else { fail("cannot read \(path)") }
    defer { fclose(f) }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        data += chunk[0..<n]
    }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
}

func annotated(_ path: String) -> [EntityModelTraining.Annotated] {
    let tokenize = TokenizeStage()
    let sentences = SentenceStage()
    var out: [EntityModelTraining.Annotated] = []
    for (n, line) in readLines(path).enumerated() {
        guard let value = try? JSONParser.parse(line), let text = value["text"]?.stringValue,
            let corpus = value["corpus"]?.stringValue
        else { fail("\(path):\(n + 1): not a training record") }
        let id = value["id"]?.stringValue ?? "\(n + 1)"
        var d = Document(id: id, source: Source(path: id, format: .text, bytes: []))
        d.setText(text, sourceMap: nil)
        do {
            try tokenize.process(&d)
            try sentences.process(&d)
        } catch {
            continue
        }
        let mask = (value["mask"]?.arrayValue ?? []).compactMap(\.stringValue)
        let names = (value["entities"]?.arrayValue ?? []).compactMap { e -> EntityModelTraining.Name? in
            guard let s = e["start"]?.intValue, let t = e["end"]?.intValue else { return nil }
            return .init(start: s, end: t, classes: (e["classes"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        let ignored = (value["ignore"]?.arrayValue ?? []).compactMap { p -> (Int, Int)? in
            guard let pair = p.arrayValue, pair.count == 2, let a = pair[0].intValue, let b = pair[1].intValue
            else { return nil }
            return (a, b)
        }
        out.append(.init(document: d, corpus: corpus, mask: mask, names: names, ignored: ignored))
    }
    return out
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let epochs = Int(arguments[2]), let seed = UInt64(arguments[3]) else {
    fail("usage: ner-train DATA_DIR EPOCHS SEED OUT [--test]")
}
let dir = arguments[1]
let train = annotated(dir + "/train.jsonl")
var held = annotated(dir + "/dev.jsonl")
if arguments.contains("--test") {
    held = annotated(dir + "/test.jsonl").map { var a = $0; a.corpus += "-test"; return a }
}
say("\(train.count) training documents, \(held.count) held-out")
var weights: [String: Int] = [:]
for (i, a) in arguments.enumerated() where a == "--weight" && i + 1 < arguments.count {
    let parts = arguments[i + 1].split(separator: "=")
    if parts.count == 2, let n = Int(parts[1]) { weights[String(parts[0])] = n } else { fail("--weight CORPUS=N") }
}
if !weights.isEmpty { say("corpus weights: \(weights.sorted { $0.key < $1.key })") }
var note = ""
if let i = arguments.firstIndex(of: "--note"), i + 1 < arguments.count {
    note = String(decoding: readLines(arguments[i + 1]).joined(separator: "\n").utf8, as: UTF8.self)
}
var runs = 1
if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count {
    guard let n = Int(arguments[i + 1]), n >= 1 else { fail("--runs N (N >= 1)") }
    runs = n
}
var margin: Float = 0
if let i = arguments.firstIndex(of: "--margin"), i + 1 < arguments.count {
    guard let m = Float(arguments[i + 1]), m >= 0 else { fail("--margin M (M >= 0)") }
    margin = m
}
let bytes = EntityModelTraining.train(
    documents: train, heldOut: held, epochs: epochs, seed: seed, runs: runs, weights: weights, margin: margin,
    note: note
) { say($0) }
guard let out = fopen(arguments[4], "wb") else { fail("cannot write \(arguments[4])") }
_ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, out) }
fclose(out)
say("wrote \(bytes.count) bytes to \(arguments[4])")
