import Pipeline

/// Inputs read but not yet taken by a worker, each with its sequence number in input order. Not
/// thread-safe: the batch runner holds its lock around it.
struct WorkQueue {
    private var items: [(sequence: Int, item: InputItem)] = []
    private var head = 0
    /// How many inputs have been queued so far: the next input's sequence number.
    private(set) var produced = 0
    /// No input will come any more (the iterator ended, or the run was interrupted).
    var isExhausted = false

    var isEmpty: Bool { head == items.count }

    /// Queues `item` with the next sequence number.
    mutating func push(_ item: InputItem) {
        items.append((produced, item))
        produced += 1
    }

    /// The oldest queued input; the storage is reused once the queue drains.
    mutating func pop() -> (sequence: Int, item: InputItem)? {
        guard head < items.count else { return nil }
        let next = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        return next
    }
}
