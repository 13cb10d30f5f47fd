import CEntityResources
import Pipeline
import Testing

@testable import Stages

/// The tagger's look-up tables (document history, word clusters, row sums) and the evidence switch: each was
/// rewritten for speed, and must answer exactly as the plain form it replaced.
@Suite("Entities: tagger look-up tables")
struct EntityModelLookupTests {
    @Test("the document history keeps every word's counts when its table grows")
    func historyGrows() {
        var h = DocumentHistory()
        // 5,000 words (the table starts with 64 slots): each word's decisions are its number's pattern.
        for w in 1...5000 {
            let word = UInt64(w) &* 0x9E37_79B9_7F4A_7C15 | 8
            h.record(word, tag: w % 3 == 0 ? 0 : TaggerTag.begin(.org))
            if w % 3 == 0 { h.record(word, tag: 0) }
        }
        for w in 1...5000 {
            let word = UInt64(w) &* 0x9E37_79B9_7F4A_7C15 | 8
            #expect(h.code(word) == (w % 3 == 0 ? 1 : 3), "word \(w)")
        }
        #expect(h.code(12345) == 0)
        // Counters saturate at 15 and never spill into the next class.
        var s = DocumentHistory()
        for _ in 0..<40 { s.record(99, tag: 0) }
        s.record(99, tag: TaggerTag.begin(.person))
        #expect(s.code(99) == 1)
    }

    @Test("the word-cluster index finds every entry of the shipped table, and nothing else")
    func clusterIndex() {
        let raw = pipe_word_clusters.rawBuffer
        let clusters = WordClusters.shared
        #expect(clusters.count > 10_000)
        var found = 0
        for i in 0..<clusters.count {
            let hash = raw.loadUnaligned(fromByteOffset: 8 + i * 12, as: UInt64.self).littleEndian
            let value = raw.loadUnaligned(fromByteOffset: 8 + i * 12 + 8, as: UInt32.self).littleEndian
            if clusters.lookup(hash) == value { found += 1 }
        }
        #expect(found == clusters.count)
        // Hashes next to real ones are no entries.
        let first = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
        #expect(clusters.lookup(first &+ 1) == 0)
        #expect(WordClusters.empty.lookup(first) == 0)
    }

    @Test("a row sum widens each 16-bit weight with its sign, tag by tag")
    func rowSum() {
        // Two rows of sixteen weights with both signs and the extremes.
        var rows = [Int16](repeating: 0, count: 32)
        for k in 0..<16 {
            rows[k] = Int16(k % 2 == 0 ? 32000 - k : -31000 + k * 7)
            rows[16 + k] = Int16(k % 3 == 0 ? -32000 : 1234 - k)
        }
        let stored = rows.map(RowSum.stored)
        stored.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var sum = RowSum(base: base)
            sum.add(0)
            sum.add(1)
            sum.add(1)
            let scores = sum.scores
            for k in 0..<16 {
                #expect(scores[k] == Int32(rows[k]) + 2 * Int32(rows[16 + k]), "tag \(k)")
            }
        }
    }

    @Test("with the rules alone the tagger adds nothing; with the model alone no rule mention is kept")
    func evidence() throws {
        let text = "Foreign Minister Ann Pemberton met Harwick officials in Zorbia on Monday."
        let document = try TokenizeFixtures.split(text)
        func mentions(_ evidence: EntityEvidence) -> [Mention] {
            var tokens = TokenTable(document)
            var text = document.text
            return text.withUTF8 { bytes in
                tokens.demoteCodes(bytes)
                var tagger = EntityTagger(bytes: bytes, tokens: tokens, gazetteer: Gazetteer.shared)
                tagger.run()
                tagger.resolveDocument()
                tagger.applyModel(EntityModel.shared, evidence: evidence)
                return tagger.mentions
            }
        }
        let rules = mentions(.rules)
        let model = mentions(.model)
        let both = mentions(.combined)
        #expect(rules.allSatisfy { !$0.origin.hasPrefix("model:") })
        #expect(rules.contains { $0.label == .title })
        #expect(!model.isEmpty && model.allSatisfy { $0.origin.hasPrefix("model:") })
        #expect(both.contains { $0.label == .title } && both.contains { $0.origin.hasPrefix("model:") })
    }
}
