import Evaluation
import Pipeline
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// Trains the entity stage's tagger (see `scripts/train-entity-model`, which names the corpus and its
/// licence): `ner-train GMB_CSV SKIP EPOCHS OUT` reads the GMB CSV, leaves out its first SKIP sentences
/// (the held-in evaluation split), tokenizes and splits the rest with the pipeline's own stages, trains,
/// and writes the base64 weights to OUT.
func say(_ message: String) {
    var line = "ner-train: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    say(message)
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let skip = Int(arguments[2]), let epochs = Int(arguments[3]) else {
    fail("usage: ner-train GMB_CSV SKIP EPOCHS OUT")
}
let corpus: GoldCorpus
do {
    corpus = try GoldReader.read(path: arguments[1], format: .conll)
} catch {
    fail("cannot read \(arguments[1]): \(error)")
}
say("\(corpus.documents.count) sentences, training on all after the first \(skip)")
let tokenize = TokenizeStage()
let sentences = SentenceStage()
var documents: [Document] = []
var gold: [[Entity]] = []
var heldOut: [Document] = []
var heldOutGold: [[Entity]] = []
for (index, source) in corpus.documents.enumerated() {
    var d = source
    let entities = d.entities
    d.entities = []
    d.tokens = []
    do {
        try tokenize.process(&d)
        try sentences.process(&d)
    } catch {
        continue
    }
    if index < skip {
        heldOut.append(d)
        heldOutGold.append(entities)
    } else {
        documents.append(d)
        gold.append(entities)
    }
}
let encoded = EntityModelTraining.train(
    documents: documents, gold: gold, heldOut: heldOut, heldOutGold: heldOutGold, epochs: epochs) { line in
    say(line)
}
guard let out = fopen(arguments[4], "wb") else { fail("cannot write \(arguments[4])") }
var text = encoded
text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, out) }
fclose(out)
