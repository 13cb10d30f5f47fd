/// A precision and a recall as sums of numerators and denominators, added up over documents as the
/// CoNLL-2012 reference scorer does (so a long document weighs more than a short one).
public struct RatioPair: Sendable, Hashable {
    public var recallNumerator = 0.0
    public var recallDenominator = 0.0
    public var precisionNumerator = 0.0
    public var precisionDenominator = 0.0

    public init(
        recallNumerator: Double = 0, recallDenominator: Double = 0, precisionNumerator: Double = 0,
        precisionDenominator: Double = 0
    ) {
        self.recallNumerator = recallNumerator
        self.recallDenominator = recallDenominator
        self.precisionNumerator = precisionNumerator
        self.precisionDenominator = precisionDenominator
    }

    public var recall: Double { recallDenominator == 0 ? 0 : recallNumerator / recallDenominator }
    public var precision: Double { precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func += (lhs: inout RatioPair, rhs: RatioPair) {
        lhs.recallNumerator += rhs.recallNumerator
        lhs.recallDenominator += rhs.recallDenominator
        lhs.precisionNumerator += rhs.precisionNumerator
        lhs.precisionDenominator += rhs.precisionDenominator
    }
}

/// The coreference metrics of the CoNLL-2012 shared task (Pradhan et al. 2014, "Scoring Coreference
/// Partitions of Predicted Mentions"), on clusters given as lists of mention ids. Mentions of one side
/// that the other lacks ("twinless") count as the reference scorer counts them: as singletons of the
/// other side in MUC's partitions, and in the denominators of B³ and CEAF-e.
public enum CoreferenceMetrics {
    /// MUC (Vilain et al. 1995): links. Recall = Σ(|k| − |p(k)|) / Σ(|k| − 1) over key clusters k, where
    /// p(k) is the partition of k by the response (a mention the response lacks is a part of its own);
    /// precision swaps key and response.
    public static func muc(key: [[Int]], response: [[Int]]) -> RatioPair {
        let (rn, rd) = mucSide(key, response)
        let (pn, pd) = mucSide(response, key)
        return RatioPair(recallNumerator: rn, recallDenominator: rd, precisionNumerator: pn, precisionDenominator: pd)
    }

    private static func mucSide(_ a: [[Int]], _ b: [[Int]]) -> (Double, Double) {
        let clusterOf = index(b)
        var numerator = 0
        var denominator = 0
        for k in a where !k.isEmpty {
            var parts = Set<Int>()
            var alone = 0
            for m in k {
                if let c = clusterOf[m] { parts.insert(c) } else { alone += 1 }
            }
            numerator += k.count - (parts.count + alone)
            denominator += k.count - 1
        }
        return (Double(numerator), Double(denominator))
    }

    /// B³ (Bagga & Baldwin 1998): per mention. Recall = Σ_k Σ_r |k∩r|² / |k| over all key mentions;
    /// precision swaps key and response.
    public static func bCubed(key: [[Int]], response: [[Int]]) -> RatioPair {
        let (rn, rd) = bCubedSide(key, response)
        let (pn, pd) = bCubedSide(response, key)
        return RatioPair(recallNumerator: rn, recallDenominator: rd, precisionNumerator: pn, precisionDenominator: pd)
    }

    private static func bCubedSide(_ a: [[Int]], _ b: [[Int]]) -> (Double, Double) {
        let clusterOf = index(b)
        var numerator = 0.0
        var denominator = 0.0
        for k in a where !k.isEmpty {
            var overlap: [Int: Int] = [:]
            for m in k { if let c = clusterOf[m] { overlap[c, default: 0] += 1 } }
            numerator += Double(overlap.values.reduce(0) { $0 + $1 * $1 }) / Double(k.count)
            denominator += Double(k.count)
        }
        return (numerator, denominator)
    }

    /// CEAF-e (Luo 2005), entity-based: φ4(k, r) = 2|k∩r| / (|k| + |r|), the best one-to-one alignment of
    /// key and response clusters (Kuhn-Munkres); recall = Σφ4 / |key clusters|, precision = Σφ4 /
    /// |response clusters|.
    public static func ceafE(key: [[Int]], response: [[Int]]) -> RatioPair {
        let k = key.filter { !$0.isEmpty }
        let r = response.filter { !$0.isEmpty }
        var total = 0.0
        if !k.isEmpty, !r.isEmpty {
            let clusterOf = index(r)
            var similarity = [[Double]](repeating: [Double](repeating: 0, count: r.count), count: k.count)
            for (i, cluster) in k.enumerated() {
                var overlap: [Int: Int] = [:]
                for m in cluster { if let c = clusterOf[m] { overlap[c, default: 0] += 1 } }
                for (j, n) in overlap { similarity[i][j] = 2 * Double(n) / Double(cluster.count + r[j].count) }
            }
            total = Assignment.maximumWeight(similarity)
        }
        return RatioPair(
            recallNumerator: total, recallDenominator: Double(k.count), precisionNumerator: total,
            precisionDenominator: Double(r.count))
    }

    /// The cluster index of each mention id.
    private static func index(_ clusters: [[Int]]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (c, cluster) in clusters.enumerated() { for m in cluster { out[m] = c } }
        return out
    }
}

/// The maximum-weight one-to-one assignment of rows to columns (Kuhn-Munkres, O(n³), on the square matrix
/// padded with zeros).
enum Assignment {
    static func maximumWeight(_ weights: [[Double]]) -> Double {
        let rows = weights.count
        guard rows > 0 else { return 0 }
        let cols = weights[0].count
        let n = max(rows, cols)
        var largest = 0.0
        for row in weights { for w in row { largest = max(largest, w) } }
        // Minimize cost = largest − weight; 1-based arrays as in the classic formulation.
        func cost(_ i: Int, _ j: Int) -> Double {
            (i <= rows && j <= cols) ? largest - weights[i - 1][j - 1] : largest
        }
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1)
        var way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = cost(i0, j) - u[i0] - v[j]
                    if cur < minv[j] {
                        minv[j] = cur
                        way[j] = j0
                    }
                    if minv[j] < delta {
                        delta = minv[j]
                        j1 = j
                    }
                }
                for j in 0...n {
                    if used[j] {
                        u[p[j]] += delta
                        v[j] -= delta
                    } else {
                        minv[j] -= delta
                    }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var total = 0.0
        for j in 1...n where p[j] >= 1 && p[j] <= rows && j <= cols { total += weights[p[j] - 1][j - 1] }
        return total
    }
}
