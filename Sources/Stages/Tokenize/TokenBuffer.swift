import Pipeline

/// The scanner's growing token list: an append is a capacity test and three stores. `Array.append`
/// also asked the runtime whether the array's buffer was uniquely referenced, for every token (a tenth of
/// the cost of a plain word).
///
/// The tokens are written straight into the storage of the array `Tokenizer.tokenize` returns, so that
/// nothing is copied at the end; only when they outgrow it do they move to memory of the buffer's own
/// (`ownsStorage`), which is copied into an array once (`finish`), as `Array` growth would have copied.
struct TokenBuffer {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0
    /// False while `base` is the storage handed to `init`.
    private(set) var ownsStorage = false

    init(_ storage: UnsafeMutableBufferPointer<Token>) {
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

    var last: Token? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count &+= 1
    }

    /// Adds `flags` to the last token; there must be one.
    @inline(__always)
    mutating func insertIntoLast(_ flags: TokenFlags) {
        base[count - 1].flags.insert(flags)
    }

    @inline(never)
    private mutating func grow() {
        let wider = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        wider.moveInitialize(from: base, count: count)
        if ownsStorage { base.deallocate() }
        base = wider
        capacity *= 2
        ownsStorage = true
    }

    /// The tokens of a buffer that owns its storage, as an array; frees the storage, so the buffer must not
    /// be used again.
    mutating func finish() -> [Token] {
        let tokens = Array(UnsafeBufferPointer(start: base, count: count))
        if ownsStorage { base.deallocate() }
        count = 0
        capacity = 0
        return tokens
    }
}
