/// A second opinion on ICU's guess among the Cyrillic single-byte charsets.
///
/// `ucsdet` tells Cyrillic from Latin text well, but on short or capitalised text it confuses
/// windows-1251, KOI8-R, ISO-8859-5 and IBM866 with one another: the same bytes are letters in one and
/// symbols in another (ISO-8859-5 "ТА" is C2 B0, which windows-1251 reads as "В°"). Each candidate
/// decoding is scored: high bytes that read as Cyrillic letters count for it, symbols, box drawing and
/// controls against it, and so does a lower-case letter followed by a capital inside a word (KOI8-R
/// read as windows-1251 swaps the cases). ICU's answer stands unless another candidate is clearly better.
enum CyrillicCharsets {
    static let candidates = ["windows-1251", "koi8-r", "iso-8859-5", "ibm866"]

    /// Scalars of bytes 0x80...0xFF in each candidate, decoded once with ICU.
    private static let tables: [(name: String, high: [UInt32])] = candidates.compactMap { name in
        guard let converter = try? Converter(name),
            let decoded = try? converter.decode((0x80...0xFF).map { UInt8($0) }, skip: 0, charset: name)
        else { return nil }
        var high: [UInt32] = []
        decoded.utf8.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let (v, width) = UTF8Encoding.decode(p, at: i)
                high.append(v)
                i += width
            }
        }
        return high.count == 128 ? (name, high) : nil
    }

    /// `detected`, or the Cyrillic charset that reads `bytes` clearly better.
    static func refine(_ detected: String, bytes: [UInt8]) -> String {
        guard tables.count == candidates.count else { return detected }
        let sample = bytes.prefix(65_536)
        var highBytes = 0
        var inRuns = 0
        var previousHigh = false
        for (k, b) in zip(sample.indices, sample) where b >= 0x80 {
            highBytes += 1
            let nextHigh = k + 1 < sample.endIndex && sample[k + 1] >= 0x80
            if previousHigh || nextHigh { inRuns += 1 }
            previousHigh = nextHigh
        }
        guard highBytes > 0 else { return detected }
        if !candidates.contains(detected) {
            // ICU answered something else (it does on short capitalised text, or for IBM866, which it does
            // not know). Cyrillic words are runs of high bytes; the accents of Latin text stand alone.
            guard inRuns * 10 >= highBytes * 9 else { return detected }
            var best: (name: String, score: Int)?
            for (name, high) in tables {
                let s = score(sample, high)
                if s > (best?.score ?? Int.min) { best = (name, s) }
            }
            guard let best, best.score * 10 >= highBytes * 9 else { return detected }
            return best.name
        }
        var best = detected
        var bestScore = Int.min
        var detectedScore = Int.min
        for (name, high) in tables {
            let s = score(sample, high)
            if name == detected { detectedScore = s }
            if s > bestScore { (best, bestScore) = (name, s) }
        }
        // A clear margin: a tenth of the high bytes, at least two.
        return bestScore - detectedScore >= max(2, highBytes / 10) ? best : detected
    }

    static func score(_ sample: ArraySlice<UInt8>, _ high: [UInt32]) -> Int {
        var score = 0
        var previousLower = false
        for b in sample {
            guard b >= 0x80 else {
                previousLower = false
                continue
            }
            let v = high[Int(b) - 0x80]
            let upper = (0x400...0x42F).contains(v)
            let lower = (0x430...0x45F).contains(v)
            if upper || lower {
                score += 1
                if upper && previousLower { score -= 2 }
            } else if !isPunctuation(v) {
                score -= 2
            }
            previousLower = lower
        }
        return score
    }

    /// Punctuation that Russian text uses outside ASCII: neither for nor against a reading.
    private static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2026, 0x2116: true
        default: false
        }
    }
}
