/// The most frequent keys of a stream in fixed memory (Metwally, Agrawal and El Abbadi's Space-Saving).
///
/// At most `capacity` keys are counted. A key not counted yet takes the place of the least counted one
/// and inherits its count as its possible overcount (`error`), so every count is an upper bound and
/// `count - error` a lower one; any key seen more than total/capacity times is sure to be kept. Until
/// the first eviction every count is exact. The index shows the top keys per label across a corpus of
/// any size with memory bounded by `capacity` per label.
struct HeavyHitters {
    struct Entry {
        var key: String
        /// How the key first looked in the text (shown in the index).
        var display: String
        var count: Int
        var error: Int
        /// Documents the key was seen in (an upper bound, like `count`).
        var documents: Int
    }

    let capacity: Int
    /// A min-heap on `count`: the least counted key is at the root.
    private var heap: [Entry] = []
    private var position: [String: Int] = [:]
    private(set) var total = 0
    private(set) var evictions = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Counts one occurrence; `newDocument` when it is the key's first in its document.
    mutating func add(_ key: String, display: @autoclosure () -> String, newDocument: Bool) {
        total += 1
        if let i = position[key] {
            heap[i].count += 1
            if newDocument { heap[i].documents += 1 }
            siftDown(i)
            return
        }
        if heap.count < capacity {
            heap.append(Entry(key: key, display: display(), count: 1, error: 0, documents: 1))
            position[key] = heap.count - 1
            siftUp(heap.count - 1)
            return
        }
        evictions += 1
        let root = heap[0]
        position[root.key] = nil
        heap[0] = Entry(
            key: key, display: display(), count: root.count + 1, error: root.count, documents: root.documents + 1)
        position[key] = 0
        siftDown(0)
    }

    /// The `k` most counted keys, most counted first (ties by key, for a stable page).
    func top(_ k: Int) -> [Entry] {
        Array(heap.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(k))
    }

    var distinctCounted: Int { heap.count }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].count < heap[parent].count else { break }
            swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        let n = heap.count
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var smallest = i
            if l < n, heap[l].count < heap[smallest].count { smallest = l }
            if r < n, heap[r].count < heap[smallest].count { smallest = r }
            guard smallest != i else { return }
            swapAt(i, smallest)
            i = smallest
        }
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        heap.swapAt(i, j)
        position[heap[i].key] = i
        position[heap[j].key] = j
    }
}
