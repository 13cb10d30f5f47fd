import Testing

@testable import Evaluation

/// MUC, B³ and CEAF-e against values computed by hand (see each test) on tiny partitions.
@Suite("Evaluation: coreference metrics")
struct CoreferenceMetricsTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    /// Key {1,2,3} {4,5}; response {1,2} {3,4,5}.
    /// MUC R = ((3−2) + (2−1)) / ((3−1) + (2−1)) = 2/3; P = ((2−1) + (3−2)) / ((2−1) + (3−1)) = 2/3.
    /// B³ R = ((2²+1²)/3 + 2²/2) / 5 = 11/15; P = (2²/2 + (1²+2²)/3) / 5 = 11/15.
    /// CEAF-e: φ4({1,2,3},{1,2}) = 4/5, φ4({4,5},{3,4,5}) = 4/5, best sum 8/5: R = P = 4/5.
    @Test("a split and a merge: hand-computed MUC, B³, CEAF-e and the CoNLL average")
    func splitAndMerge() {
        let key = [[1, 2, 3], [4, 5]]
        let response = [[1, 2], [3, 4, 5]]
        let muc = CoreferenceMetrics.muc(key: key, response: response)
        #expect(close(muc.recall, 2.0 / 3) && close(muc.precision, 2.0 / 3))
        let b3 = CoreferenceMetrics.bCubed(key: key, response: response)
        #expect(close(b3.recall, 11.0 / 15) && close(b3.precision, 11.0 / 15))
        let ceaf = CoreferenceMetrics.ceafE(key: key, response: response)
        #expect(close(ceaf.recall, 0.8) && close(ceaf.precision, 0.8))
        var scores = ClusterScores()
        scores.muc = muc
        scores.bCubed = b3
        scores.ceafE = ceaf
        #expect(close(scores.conll, (2.0 / 3 + 11.0 / 15 + 0.8) / 3))
    }

    /// Key {1,2} {3}; response {1,2,4}, mention 4 twinless and 3 missed.
    /// MUC R = (1 + 0) / (1 + 0) = 1; P = (3 − 2) / 2 = 1/2 (the twinless 4 is a part of its own).
    /// B³ R = (2²/2 + 0) / 3 = 2/3; P = (2²/3) / 3 = 4/9.
    /// CEAF-e: φ4({1,2},{1,2,4}) = 4/5; R = (4/5) / 2 = 2/5, P = (4/5) / 1 = 4/5.
    @Test("twinless and missed mentions count as the reference scorer counts them")
    func twinless() {
        let key = [[1, 2], [3]]
        let response = [[1, 2, 4]]
        let muc = CoreferenceMetrics.muc(key: key, response: response)
        #expect(close(muc.recall, 1) && close(muc.precision, 0.5))
        let b3 = CoreferenceMetrics.bCubed(key: key, response: response)
        #expect(close(b3.recall, 2.0 / 3) && close(b3.precision, 4.0 / 9))
        let ceaf = CoreferenceMetrics.ceafE(key: key, response: response)
        #expect(close(ceaf.recall, 0.4) && close(ceaf.precision, 0.8))
    }

    /// Identical partitions score 1 everywhere; MUC has no links to find among singletons (0/0 → 0).
    @Test("identical partitions score 1; singletons give MUC nothing to count")
    func identical() {
        let key = [[1, 2, 3], [4], [5, 6]]
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: key).f1, 1))
        #expect(close(CoreferenceMetrics.ceafE(key: key, response: key).f1, 1))
        #expect(close(CoreferenceMetrics.muc(key: key, response: key).f1, 1))
        let singletons = [[1], [2]]
        let m = CoreferenceMetrics.muc(key: singletons, response: singletons)
        #expect(m.recallDenominator == 0 && m.precisionDenominator == 0)
    }

    /// The assignment must not be greedy: greedy takes 0.9 then 0.1 (1.0); the best is 0.8 + 0.8.
    @Test("CEAF's alignment is the best one, not the greedy one")
    func optimalAssignment() {
        #expect(close(Assignment.maximumWeight([[0.9, 0.8], [0.8, 0.1]]), 1.6))
        #expect(close(Assignment.maximumWeight([[0.5], [0.7], [0.2]]), 0.7))
        #expect(close(Assignment.maximumWeight([[0.5, 0.7, 0.2]]), 0.7))
    }
}
