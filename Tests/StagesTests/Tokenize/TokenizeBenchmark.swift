#if canImport(Glibc)
    import Glibc
#endif
import Pipeline
import Stages
import Testing

/// Throughput of tokenize + sentences on the seed article replicated to about 50 MB.
///
/// Not a timed test: it only runs when BENCH_TOKENIZE is set (scripts/bench-tokenize, release build)
/// and prints the figure; it asserts nothing about time.
@Suite("Tokenize benchmark")
struct TokenizeBenchmark {
    static var enabled: Bool { getenv("BENCH_TOKENIZE") != nil }

    @Test("tokenize + sentences MB/s on news text", .enabled(if: TokenizeBenchmark.enabled))
    func throughput() throws {
        let path = TokenizeFixtures.repositoryRoot + "/gold/seed.txt"
        let seed = try #require(TokenizeFixtures.readFile(path))
        let targetBytes = 50 << 20
        var text = ""
        text.reserveCapacity(targetBytes + seed.utf8.count)
        while text.utf8.count < targetBytes {
            text += seed
            text += "\n\n"
        }
        var base = TokenizeFixtures.document(text)
        base.tokens = []
        let tokenizer = TokenizeStage()
        let splitter = SentenceStage()
        let megabytes = Double(text.utf8.count) / 1_048_576
        // Thread CPU time is what "per core" means and is not inflated by other processes on a shared
        // machine; wall time is printed too.
        var best: [Double] = [.infinity, .infinity, .infinity, .infinity]
        var counts = (0, 0)
        let clock = ContinuousClock()
        for _ in 0..<5 {
            var document = base
            let w0 = clock.now
            let t0 = threadCPUSeconds()
            try tokenizer.process(&document)
            let t1 = threadCPUSeconds()
            try splitter.process(&document)
            let t2 = threadCPUSeconds()
            let w1 = clock.now
            best[0] = min(best[0], t1 - t0)
            best[1] = min(best[1], t2 - t1)
            best[2] = min(best[2], t2 - t0)
            best[3] = min(best[3], seconds(w1 - w0))
            counts = (document.tokens.count, document.sentences.count)
        }
        print(
            """
            tokenize-bench: \(format(megabytes)) MB, \(counts.0) tokens, \(counts.1) sentences (best of 5, one thread)
            tokenize-bench: CPU time: tokenize \(format(megabytes / best[0])) MB/s, sentences \(format(megabytes / best[1])) MB/s, \
            tokenize + sentences \(format(megabytes / best[2])) MB/s; wall time: tokenize + sentences \(format(megabytes / best[3])) MB/s
            """)
        #expect(counts.1 > 0)
    }

    private func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func format(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return "\(scaled)"
    }
}
