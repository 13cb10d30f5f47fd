import Pipeline

/// Finished outputs wait here until every earlier one is done, and leave in input order.
///
/// The window has a fixed number of slots: an output with sequence number `s` sits in slot
/// `s % capacity`, so at most `capacity` outputs past the last one released may be in flight, and memory
/// stays bounded whatever the corpus size. Not thread-safe: the batch runner holds its lock around it.
struct ReorderWindow {
    let capacity: Int
    private var slots: [DocumentProcessor.Output?]
    /// The sequence number of the next output to release.
    private(set) var nextToRelease = 0

    init(capacity: Int) {
        self.capacity = capacity
        slots = Array(repeating: nil, count: capacity)
    }

    /// Whether output `sequence` may be taken into work: it must fit in the window.
    func admits(_ sequence: Int) -> Bool { sequence - nextToRelease < capacity }

    /// Files the output of input `sequence`, which `admits` must have accepted.
    mutating func put(_ output: DocumentProcessor.Output, at sequence: Int) {
        slots[sequence % capacity] = output
    }

    /// Removes and returns the outputs that come next in input order (none when the next is not done).
    mutating func takeReady() -> [DocumentProcessor.Output] {
        var ready: [DocumentProcessor.Output] = []
        while let output = slots[nextToRelease % capacity] {
            slots[nextToRelease % capacity] = nil
            nextToRelease += 1
            ready.append(output)
        }
        return ready
    }
}
