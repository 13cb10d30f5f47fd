import Pipeline

/// A list built by appending only: an append is a capacity test and a store. `Array.append` also asks
/// the runtime whether the array's buffer is uniquely referenced, for every element (a tenth of the cost
/// of a plain word in the tokenizer).
///
/// The elements are written straight into the storage of the array being built
/// (`Array(unsafeUninitializedCapacity:)`), so that nothing is copied at the end; only when they outgrow
/// it do they move to memory of the buffer's own (`ownsStorage`), which is copied into an array once
/// (`finish`), as `Array` growth would have copied.
struct AppendBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0
    /// False while `base` is the storage handed to `init`.
    private(set) var ownsStorage = false
    /// The buffer never grows past this many elements: when full at the limit it notes `overflowed` and
    /// starts over in the same storage (keeping only its last element, which appenders may look back at),
    /// so a runaway input costs no more memory before its size is refused. The elements are then not the
    /// whole list; the caller must check `overflowed`.
    private var limit = Int.max
    /// True once the buffer started over because of `limit`.
    private(set) var overflowed = false

    init(_ storage: UnsafeMutableBufferPointer<Element>) {
        if let address = storage.baseAddress, storage.count > 0 {
            base = address
            capacity = storage.count
        } else {
            capacity = 16
            base = .allocate(capacity: capacity)
            ownsStorage = true
        }
    }

    var isEmpty: Bool { count == 0 }

    var last: Element? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count &+= 1
    }

    /// Doubles the storage, at most to `limit`; at the limit, starts over (see `limit`). The append path
    /// above is unchanged by the limit: it is the tokenizer's innermost store.
    @inline(never)
    private mutating func grow() {
        guard capacity < limit else {
            overflowed = true
            let last = (base + count - 1).move()
            base.deinitialize(count: count - 1)
            base.initialize(to: last)
            count = 1
            return
        }
        let wider = min(capacity * 2, limit)
        let storage = UnsafeMutablePointer<Element>.allocate(capacity: wider)
        storage.moveInitialize(from: base, count: count)
        if ownsStorage { base.deallocate() }
        base = storage
        capacity = wider
        ownsStorage = true
    }

    /// The elements of a buffer that owns its storage, as an array; frees the storage, so the buffer must
    /// not be used again.
    mutating func finish() -> [Element] {
        let elements = Array(UnsafeBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        if ownsStorage { base.deallocate() }
        count = 0
        capacity = 0
        return elements
    }

    /// An array built by `body` appending to a buffer on its storage (`capacity` a guess of the count).
    static func build(capacity: Int, _ body: (inout AppendBuffer<Element>) -> Void) -> [Element] {
        build(capacity: capacity, limit: .max, body).elements
    }

    /// `build`, keeping at most `limit` elements; `overflowed` says whether more were appended.
    static func build(capacity: Int, limit: Int, _ body: (inout AppendBuffer<Element>) -> Void)
        -> (elements: [Element], overflowed: Bool)
    {
        var overflow: AppendBuffer<Element>? = nil
        var overflowed = false
        // At least 16 elements of room, so that starting over at the limit (keeping one) leaves room to append.
        var elements = [Element](unsafeUninitializedCapacity: max(min(capacity, limit), 16)) { storage, count in
            var buffer = AppendBuffer(storage)
            buffer.limit = max(limit, storage.count)
            body(&buffer)
            overflowed = buffer.overflowed
            if buffer.ownsStorage {
                overflow = buffer  // moved out: `storage` holds nothing any more
                count = 0
            } else {
                count = buffer.count
            }
        }
        if var overflow { elements = overflow.finish() }
        return (elements, overflowed)
    }
}

typealias TokenBuffer = AppendBuffer<Token>

extension AppendBuffer where Element == Token {
    /// Adds `flags` to the last token; there must be one.
    @inline(__always)
    mutating func insertIntoLast(_ flags: TokenFlags) {
        base[count - 1].flags.insert(flags)
    }
}
