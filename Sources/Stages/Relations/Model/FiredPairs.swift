/// The pattern matches of one sentence, found by argument pair.
///
/// Every candidate pair of the classifier asks for the matches on it. A scan of the sentence's matches per
/// pair is quadratic in a list sentence ("Paris, Baku, Tehran, " repeated over 100 KB: thousands of
/// matches and as many pairs, 7 s in the relation stage), so a sentence with more than `linearLimit`
/// matches is indexed once, sorted by pair; a short one (nearly all) is scanned.
struct FiredPairs {
    /// The sentence's matches; their indices are those of the collector's `fired` array.
    let all: ArraySlice<FiredPattern>
    /// (pair key, index in `all`) in key order, then index order; empty when `all` is short.
    private let sorted: [(key: UInt64, index: Int)]

    static let linearLimit = 16

    init(_ all: ArraySlice<FiredPattern>) {
        self.all = all
        if all.count > Self.linearLimit {
            sorted = all.indices.map { (Self.key(Int(all[$0].head), Int(all[$0].tail)), $0) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        } else {
            sorted = []
        }
    }

    private static func key(_ head: Int, _ tail: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: head)) << 32 | UInt64(UInt32(truncatingIfNeeded: tail))
    }

    /// Calls `body` with the index (in `all`) of every match on the pair, in the order they were found.
    @inline(__always)
    func forEach(head: Int, tail: Int, _ body: (Int) -> Void) {
        if sorted.isEmpty {
            for i in all.indices where Int(all[i].head) == head && Int(all[i].tail) == tail { body(i) }
            return
        }
        let key = Self.key(head, tail)
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].key < key { low = middle + 1 } else { high = middle }
        }
        while low < sorted.count, sorted[low].key == key {
            body(sorted[low].index)
            low += 1
        }
    }

    /// The index of the first match on the pair with the type (`RelationCode`), if any.
    func first(head: Int, tail: Int, type: Int) -> Int? {
        var found: Int?
        forEach(head: head, tail: tail) { i in
            if found == nil, Int(all[i].type) == type { found = i }
        }
        return found
    }
}
