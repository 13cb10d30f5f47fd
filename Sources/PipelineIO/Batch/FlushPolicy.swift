/// When lines buffered for the output must be written: once enough bytes wait, or once the oldest has
/// waited long enough, so a consumer of the stream sees steady output without a system call per line.
struct FlushPolicy {
    /// Buffered lines are written once this many bytes wait...
    static let bytes = 64 * 1024
    /// ...or once the oldest of them has waited this long.
    static let delay = Duration.milliseconds(100)

    /// When the oldest unwritten line was appended; nil when nothing waits.
    private(set) var oldestPending: ContinuousClock.Instant?

    /// Notes that a line is being appended to a buffer holding `pendingBytes` bytes before it.
    mutating func willAppend(pendingBytes: Int, now: ContinuousClock.Instant = .now) {
        if pendingBytes == 0 { oldestPending = now }
    }

    /// Notes that the buffer was written out.
    mutating func flushed() { oldestPending = nil }

    /// Whether the buffer of `pendingBytes` bytes is due to be written.
    func isDue(pendingBytes: Int, now: ContinuousClock.Instant = .now) -> Bool {
        guard pendingBytes > 0 else { return false }
        if pendingBytes >= Self.bytes { return true }
        guard let oldestPending else { return false }
        return now - oldestPending >= Self.delay
    }
}

extension Duration {
    /// The duration in seconds, for figures on the terminal.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
