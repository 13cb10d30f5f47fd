import Pipeline
import Stages

#if canImport(Glibc)
    import Glibc
#endif

/// Throughput of tokenize + sentences on one long text, in process (no normalization, no JSON): what
/// `scripts/bench-tokenize` runs. Not part of the product; a benchmark is a program, not a test.
///
/// Usage: stage-bench FILE [MB]   the text of FILE replicated to MB megabytes (default 50); prints the best
///                                of five runs on one thread, in CPU time (what "per core" means, and not
///                                inflated by other processes) and wall time.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func format(_ x: Double) -> String { "\((x * 10).rounded() / 10)" }

func fail(_ message: String) -> Never {
    var line = "stage-bench: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let file = fopen(arguments[1], "rb") else { fail("usage: stage-bench FILE [MB]") }
var bytes: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 1 << 16)
while true {
    let n = fread(&chunk, 1, chunk.count, file)
    if n <= 0 { break }
    bytes.append(contentsOf: chunk[0..<n])
}
fclose(file)
let seed = String(decoding: bytes, as: UTF8.self)
let targetBytes = (arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50) << 20
var text = ""
text.reserveCapacity(targetBytes + seed.utf8.count)
while text.utf8.count < targetBytes {
    text += seed
    text += "\n\n"
}
var base = Document(id: "bench", source: Source(path: "bench", format: .text, bytes: []))
base.setText(text, sourceMap: nil)
let tokenizer = TokenizeStage()
let splitter = SentenceStage()
let megabytes = Double(text.utf8.count) / 1_048_576
var best: [Double] = [.infinity, .infinity, .infinity, .infinity]
var counts = (0, 0)
for _ in 0..<5 {
    var document = base
    let w0 = ContinuousClock.now
    let t0 = threadCPUSeconds()
    do {
        try tokenizer.process(&document)
        let t1 = threadCPUSeconds()
        try splitter.process(&document)
        let t2 = threadCPUSeconds()
        let wall = ContinuousClock.now - w0
        best[0] = min(best[0], t1 - t0)
        best[1] = min(best[1], t2 - t1)
        best[2] = min(best[2], t2 - t0)
        best[3] = min(best[3], Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
    } catch {
        fail("\(error)")
    }
    counts = (document.tokens.count, document.sentences.count)
}
print(
    """
    tokenize-bench: \(format(megabytes)) MB, \(counts.0) tokens, \(counts.1) sentences (best of 5, one thread)
    tokenize-bench: CPU time: tokenize \(format(megabytes / best[0])) MB/s, sentences \(format(megabytes / best[1])) MB/s, \
    tokenize + sentences \(format(megabytes / best[2])) MB/s; wall time: tokenize + sentences \(format(megabytes / best[3])) MB/s
    """)
