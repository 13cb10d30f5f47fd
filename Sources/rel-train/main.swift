import Pipeline
import PipelineIO
import Stages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Trains the relation classifier (see scripts/train-relation-model, which prepares the corpora with
/// scripts/prepare-relation-data and names their licences):
///
///   rel-train --train NAME=FILE.jsonl ... --dev NAME=FILE.jsonl ... --out MODEL.bin
///             [--seed N] [--averaged N] [--epochs N] [--weight NAME=W ...] [--beta B] [--beta TYPE=B ...] [--types t1,t2,...] [--predicted NAME,...]
///
/// --predicted: those training corpora are used a second time with the pipeline's own entities (dates and
/// entity stages) instead of the gold's, the gold relations carried over to the mentions that overlap
/// their arguments (`RelationModelTraining.withPredictedEntities`).
///
/// Each JSONL line is a document {"id","text","entities","relations","annotated","ignore"}; it is
/// tokenized and split with the pipeline's own stages, its gold entities are added, and the training
/// (`RelationModelTraining`) runs the relation stage's own pattern matching and features on it.
func say(_ message: String) {
    var line = "rel-train: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    say(message)
    exit(1)
}

struct Arguments {
    var train: [(String, String)] = []
    /// Training corpora also used with the pipeline's own entities.
    var predicted: Set<String> = []
    var dev: [(String, String)] = []
    var out: String?
    var options = RelationModelTraining.Options()
}

func parse() -> Arguments {
    var a = Arguments()
    var args = CommandLine.arguments.dropFirst()
    func pair(_ s: String) -> (String, String) {
        let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { fail("expected NAME=VALUE, got '\(s)'") }
        return (parts[0], parts[1])
    }
    while let flag = args.popFirst() {
        guard let value = args.popFirst() else { fail("\(flag) needs a value") }
        switch flag {
        case "--train": a.train.append(pair(value))
        case "--dev": a.dev.append(pair(value))
        case "--predicted": a.predicted.formUnion(value.split(separator: ",").map(String.init))
        case "--out": a.out = value
        case "--seed":
            guard let n = UInt64(value) else { fail("--seed needs a number") }
            a.options.seed = n
        case "--averaged":
            guard let n = Int(value), n >= 1 else { fail("--averaged needs a number of at least 1") }
            a.options.averaged = n
        case "--epochs":
            guard let n = Int(value) else { fail("--epochs needs a number") }
            a.options.epochs = n
        case "--weight":
            let (name, w) = pair(value)
            guard let x = Float(w) else { fail("--weight \(value): not a number") }
            a.options.corpusWeights[name] = x
        case "--l2":
            guard let x = Float(value) else { fail("--l2 needs a number") }
            a.options.l2 = x
        case "--min-count":
            guard let n = Int(value) else { fail("--min-count needs a number") }
            a.options.minimumCount = n
        case "--trace":
            a.options.trace = value
        case "--beta":
            // B for every type, or TYPE=B for one (repeatable): "--beta 0.5 --beta lives_in=1".
            if value.contains("=") {
                let (name, b) = pair(value)
                guard let x = Double(b), x > 0 else { fail("--beta \(value): not a positive number") }
                a.options.betaByType[RelationType(rawValue: name)] = x
            } else {
                guard let x = Double(value), x > 0 else { fail("--beta needs a positive number") }
                a.options.beta = x
            }
        case "--threshold":
            // TYPE=FREE/BACKED: a fixed threshold for one type (repeatable).
            let (name, value) = pair(value)
            let parts = value.split(separator: "/").compactMap { Float($0) }
            guard parts.count == 2, parts.allSatisfy({ $0 >= 0 && $0 <= 1.01 }) else {
                fail("--threshold \(name)=\(value): expected FREE/BACKED, two numbers from 0 to 1.01")
            }
            a.options.fixedThresholds[RelationType(rawValue: name)] = (parts[0], parts[1])
        case "--types":
            a.options.types = value.split(separator: ",").map { RelationType(rawValue: String($0)) }
        default:
            fail("unknown option \(flag)")
        }
    }
    for type in a.options.fixedThresholds.keys where !a.options.types.contains(type) {
        fail("--threshold \(type.rawValue)=...: not a learned type (\(a.options.types.map(\.rawValue).joined(separator: ", ")))")
    }
    for type in a.options.betaByType.keys where !a.options.types.contains(type) {
        fail("--beta \(type.rawValue)=...: not a learned type (\(a.options.types.map(\.rawValue).joined(separator: ", ")))")
    }
    guard a.out != nil, !a.train.isEmpty else {
        fail("usage: rel-train --train NAME=FILE ... --dev NAME=FILE ... --out MODEL.bin [--seed N] [--averaged N] [--epochs N]")
    }
    return a
}

func readFile(_ path: String) -> [UInt8] {
    guard let f = fopen(path, "rb") else { fail("cannot read \(path)") }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}

/// One corpus file: documents tokenized and split, with their gold.
func load(_ name: String, _ path: String) -> RelationModelTraining.Corpus {
    let tokenize = TokenizeStage()
    let sentences = SentenceStage()
    var documents: [Document] = []
    var annotations: [RelationModelTraining.Annotation] = []
    var lost = 0
    for line in readFile(path).split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        let value: JSONValue
        do { value = try JSONParser.parse(Array(line)) } catch { fail("\(path): \(error)") }
        guard let id = value["id"]?.stringValue, let text = value["text"]?.stringValue else {
            fail("\(path): a document needs id and text")
        }
        var d = Document(id: id, source: Source(path: path, format: .text, bytes: []))
        d.setText(text, sourceMap: nil)
        do {
            try tokenize.process(&d)
            try sentences.process(&d)
        } catch {
            fail("\(path): \(id): \(error)")
        }
        var spans: [String: (Int, Int, String)] = [:]
        for e in value["entities"]?.arrayValue ?? [] {
            guard let eid = e["id"]?.stringValue, let s = e["start"]?.intValue, let t = e["end"]?.intValue,
                let label = e["label"]?.stringValue, s >= 0, s < t, t <= d.offsets.scalarCount
            else { continue }
            spans[eid] = (s, t, label)
            d.addEntity(Span(s, t), label: EntityLabel(rawValue: label), origin: "gold")
        }
        d.settleEntities()
        var index: [String: Int] = [:]
        for (eid, (s, t, label)) in spans {
            if let i = d.entities.firstIndex(where: { $0.start == s && $0.end == t && $0.label.rawValue == label }) {
                index[eid] = i
            }
        }
        var relations: [(type: RelationType, head: Int, tail: Int)] = []
        for r in value["relations"]?.arrayValue ?? [] {
            guard let type = r["type"]?.stringValue, let h = r["head"]?.stringValue.flatMap({ index[$0] }),
                let t = r["tail"]?.stringValue.flatMap({ index[$0] })
            else {
                lost += 1
                continue
            }
            relations.append((RelationType(rawValue: type), h, t))
        }
        var annotated: [(type: RelationType, head: String?, tail: String?)] = []
        for a in value["annotated"]?.arrayValue ?? [] {
            guard let s = a.stringValue else { continue }
            let parts = s.split(separator: "/", maxSplits: 1)
            let type = RelationType(rawValue: String(parts[0]))
            if parts.count == 2 {
                let labels = parts[1].split(separator: ">").map(String.init)
                annotated.append((type, labels.first, labels.count > 1 ? labels[1] : nil))
            } else {
                annotated.append((type, nil, nil))
            }
        }
        var ignore: [(type: RelationType, head: Int, tail: Int)] = []
        for x in value["ignore"]?.arrayValue ?? [] {
            guard let a = x.arrayValue, a.count == 3, let h = a[0].stringValue.flatMap({ index[$0] }),
                let t = a[1].stringValue.flatMap({ index[$0] }), let type = a[2].stringValue
            else { continue }
            ignore.append((RelationType(rawValue: type), h, t))
        }
        documents.append(d)
        annotations.append(.init(relations: relations, annotated: annotated, ignore: ignore))
    }
    say("\(name) (\(path)): \(documents.count) documents\(lost > 0 ? ", \(lost) relations without their entities" : "")")
    return RelationModelTraining.Corpus(name: name, documents: documents, annotations: annotations)
}

let arguments = parse()
var train = arguments.train.map { load($0.0, $0.1) }
for corpus in train where arguments.predicted.contains(corpus.name) {
    let predicted = RelationModelTraining.withPredictedEntities(corpus)
    say("\(predicted.name): \(predicted.documents.count) documents with the pipeline's entities")
    train.append(predicted)
}
let dev = arguments.dev.map { load($0.0, $0.1) }
let bytes = RelationModelTraining.train(train: train, dev: dev, options: arguments.options) { say($0) }
guard let out = arguments.out, let f = fopen(out, "wb") else { fail("cannot write the model") }
_ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
fclose(f)
say("wrote \(out) (\(bytes.count) bytes)")
