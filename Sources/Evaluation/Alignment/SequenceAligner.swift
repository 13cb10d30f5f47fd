import Pipeline
import PipelineIO

/// A longest-common-subsequence alignment of two scalar sequences: Myers' O(ND) difference algorithm in
/// its linear-space form (the middle-snake bisection of diff-match-patch), driven by an explicit work list
/// so deep recursion cannot overflow a worker's stack.
///
/// Two fast paths come first because they are the usual cases of evaluation: identical sequences (plain
/// text in, plain text out), and the gold sequence found whole inside the prediction (an HTML page whose
/// extracted text adds a title, a by-line or a caption around the article).
struct SequenceAligner {
    let a: [UInt32]
    let b: [UInt32]

    /// Calls `match(i, j)` for each pair of the alignment, a[i] == b[j]. Returns false when the sequences
    /// need more than `maximumEdits` insertions and deletions (then the matches reported are partial).
    func align(maximumEdits: Int, match: (Int, Int) -> Void) -> Bool {
        if a == b {
            for i in a.indices { match(i, i) }
            return true
        }
        if let offset = containment() {
            for i in a.indices { match(i, i + offset) }
            return true
        }
        if abs(a.count - b.count) > maximumEdits { return false }
        let depthLimit = maximumEdits / 2 + 1
        var work: [(aLo: Int, aHi: Int, bLo: Int, bHi: Int)] = [(0, a.count, 0, b.count)]
        while var job = work.popLast() {
            while job.aLo < job.aHi, job.bLo < job.bHi, a[job.aLo] == b[job.bLo] {
                match(job.aLo, job.bLo)
                job.aLo += 1
                job.bLo += 1
            }
            while job.aLo < job.aHi, job.bLo < job.bHi, a[job.aHi - 1] == b[job.bHi - 1] {
                match(job.aHi - 1, job.bHi - 1)
                job.aHi -= 1
                job.bHi -= 1
            }
            let n = job.aHi - job.aLo
            let m = job.bHi - job.bLo
            if n == 0 || m == 0 { continue }
            if n == 1 || m == 1 {
                // One scalar left on a side: match its first occurrence on the other side, if any.
                if n == 1, let j = (job.bLo..<job.bHi).first(where: { b[$0] == a[job.aLo] }) {
                    match(job.aLo, j)
                } else if m == 1, let i = (job.aLo..<job.aHi).first(where: { a[$0] == b[job.bLo] }) {
                    match(i, job.bLo)
                }
                continue
            }
            switch bisect(job.aLo, job.aHi, job.bLo, job.bHi, depthLimit: depthLimit) {
            case .split(let x, let y) where (x, y) != (0, 0) && (x, y) != (n, m):
                work.append((job.aLo + x, job.aHi, job.bLo + y, job.bHi))
                work.append((job.aLo, job.aLo + x, job.bLo, job.bLo + y))
            case .split, .disjoint:
                continue  // a degenerate split would loop forever; no common scalar is left to match
            case .tooDifferent:
                return false
            }
        }
        return true
    }

    /// The offset in `b` at which all of `a` occurs contiguously, if it does.
    private func containment() -> Int? {
        guard !a.isEmpty, a.count < b.count else { return nil }
        let first = a[0]
        let probe = min(a.count, 64)
        var j = 0
        while j + a.count <= b.count {
            if b[j] == first, b[j..<(j + probe)].elementsEqual(a[0..<probe]),
                b[j..<(j + a.count)].elementsEqual(a)
            {
                return j
            }
            j += 1
        }
        return nil
    }

    private enum Bisection {
        case split(Int, Int)
        case disjoint
        case tooDifferent
    }

    /// Finds the middle snake of a[aLo..<aHi] against b[bLo..<bHi]; the split point is relative to aLo, bLo.
    private func bisect(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, depthLimit: Int) -> Bisection {
        let n = aHi - aLo
        let m = bHi - bLo
        let maxD = (n + m + 1) / 2
        let vOffset = maxD
        let vLength = 2 * maxD + 2
        var v1 = [Int](repeating: -1, count: vLength)
        var v2 = [Int](repeating: -1, count: vLength)
        v1[vOffset + 1] = 0
        v2[vOffset + 1] = 0
        let delta = n - m
        let front = delta % 2 != 0
        var k1start = 0
        var k1end = 0
        var k2start = 0
        var k2end = 0
        for d in 0..<maxD {
            if d > depthLimit { return .tooDifferent }
            var k1 = -d + k1start
            while k1 <= d - k1end {
                let k1Offset = vOffset + k1
                var x1 =
                    (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]))
                    ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1
                var y1 = x1 - k1
                while x1 < n, y1 < m, a[aLo + x1] == b[bLo + y1] {
                    x1 += 1
                    y1 += 1
                }
                v1[k1Offset] = x1
                if x1 > n {
                    k1end += 2
                } else if y1 > m {
                    k1start += 2
                } else if front {
                    let k2Offset = vOffset + delta - k1
                    if k2Offset >= 0, k2Offset < vLength, v2[k2Offset] != -1, x1 >= n - v2[k2Offset] {
                        return .split(x1, y1)
                    }
                }
                k1 += 2
            }
            var k2 = -d + k2start
            while k2 <= d - k2end {
                let k2Offset = vOffset + k2
                var x2 =
                    (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]))
                    ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1
                var y2 = x2 - k2
                while x2 < n, y2 < m, a[aHi - x2 - 1] == b[bHi - y2 - 1] {
                    x2 += 1
                    y2 += 1
                }
                v2[k2Offset] = x2
                if x2 > n {
                    k2end += 2
                } else if y2 > m {
                    k2start += 2
                } else if !front {
                    let k1Offset = vOffset + delta - k2
                    if k1Offset >= 0, k1Offset < vLength, v1[k1Offset] != -1 {
                        let x1 = v1[k1Offset]
                        let y1 = vOffset + x1 - k1Offset
                        if x1 >= n - x2 { return .split(x1, y1) }
                    }
                }
                k2 += 2
            }
        }
        return .disjoint
    }
}
