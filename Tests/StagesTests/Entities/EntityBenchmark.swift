#if canImport(Glibc)
    import Glibc
#endif
import Pipeline
import Testing

@testable import Stages

/// Gazetteer load time and entity-stage throughput (tokens and sentences precomputed, so only the stage is
/// timed) on the seed article plus, when present, the wikigold texts, replicated to about 20 MB.
///
/// Not a timed test: it only runs when BENCH_ENTITIES is set (release build:
/// `BENCH_ENTITIES=1 swift test -c release --filter EntityBenchmark`) and prints the figures.
@Suite("Entity benchmark")
struct EntityBenchmark {
    static var enabled: Bool { getenv("BENCH_ENTITIES") != nil }

    @Test("gazetteer load ms and entity stage MB/s", .enabled(if: EntityBenchmark.enabled))
    func throughput() throws {
        var loadBest = Double.infinity
        var entryCount = 0
        for _ in 0..<5 {
            let t0 = threadCPUSeconds()
            let g = Gazetteer()
            loadBest = min(loadBest, threadCPUSeconds() - t0)
            entryCount = g.entries.count
        }
        let seed = try #require(TokenizeFixtures.readFile(TokenizeFixtures.repositoryRoot + "/gold/seed.txt"))
        var texts = [seed]
        let wikigold = TokenizeFixtures.repositoryRoot + "/../shared/data/ner/wikigold/wikigold.conll.txt"
        if let raw = TokenizeFixtures.readFile(wikigold) {
            var words: [Substring] = []
            for line in raw.split(separator: "\n") {
                if line.hasPrefix("-DOCSTART-") {
                    if !words.isEmpty { texts.append(words.joined(separator: " ")) }
                    words = []
                } else if let w = line.split(separator: " ").first {
                    words.append(w)
                }
            }
            if !words.isEmpty { texts.append(words.joined(separator: " ")) }
        }
        var documents: [Document] = []
        var bytes = 0
        var k = 0
        while bytes < 20_000_000 {
            let text = texts[k % texts.count]
            documents.append(try TokenizeFixtures.split(text))
            bytes += text.utf8.count
            k += 1
        }
        _ = Gazetteer.shared
        let stage = EntityStage()
        var best = Double.infinity
        var mentions = 0
        for _ in 0..<3 {
            var copy = documents
            let t0 = threadCPUSeconds()
            for i in copy.indices { try stage.process(&copy[i]) }
            best = min(best, threadCPUSeconds() - t0)
            mentions = copy.reduce(0) { $0 + $1.entities.count }
        }
        print(
            "entity benchmark: gazetteer load \(format(loadBest * 1000)) ms (\(entryCount) entries); stage "
                + "\(format(Double(bytes) / 1e6 / best)) MB/s per core on \(documents.count) documents, "
                + "\(format(Double(bytes) / 1e6)) MB, \(mentions) mentions")
    }

    private func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func format(_ x: Double) -> String { "\((x * 10).rounded() / 10)" }
}
