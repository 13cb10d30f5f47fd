#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one document may cost, so that one pathological input cannot stall or exhaust a batch.
///
/// Memory grows with the text and the tokens, so both are capped (`too_large`). Time is a deadline on
/// the monotonic clock: the pipeline runner checks it after every stage, and long-running stages poll
/// `isExpired` between sentences and stop early; either way the document becomes an `internal` error
/// record "exceeded the time budget". The runner (`DocumentProcessor`) starts the clock when the
/// document's bytes are read; a `Document` made elsewhere has an unlimited budget.
public struct Budget: Sendable, Hashable {
    /// Seconds per document before scaling with size; nil for no deadline.
    public var seconds: Double?
    /// The deadline grows by `seconds` for every `bytesPerSecondsStep` input bytes beyond the first
    /// step, so a 50 MiB file is not held to the 10 s of a news page.
    public static let bytesPerSecondsStep = 1 << 20
    /// Longest normalized text, in Unicode scalars.
    public var maximumScalars: Int
    /// Most tokens.
    public var maximumTokens: Int
    /// Monotonic seconds (`Budget.now()`) at which the time is up; nil until `started(inputBytes:)`.
    public private(set) var deadline: Double?
    /// The allowance the deadline was computed with, for the message.
    public private(set) var allowedSeconds: Double = 0

    /// A budget; its clock starts with `started(inputBytes:)`.
    public init(seconds: Double? = 10, maximumScalars: Int = 20_000_000, maximumTokens: Int = 5_000_000) {
        self.seconds = seconds
        self.maximumScalars = maximumScalars
        self.maximumTokens = maximumTokens
    }

    /// The defaults of `pipe annotate`: 10 s per MiB (at least 10 s), 20 million characters, 5 million
    /// tokens — far above any article, low enough that one runaway input cannot take a worker down.
    public static let standard = Budget()
    /// No cap and no deadline: the default of a `Document` made in process.
    public static let unlimited = Budget(seconds: nil, maximumScalars: .max, maximumTokens: .max)

    /// This budget with its clock started now, for a document of `inputBytes` bytes.
    public func started(inputBytes: Int) -> Budget {
        var copy = self
        if let seconds {
            let steps = max(1, (inputBytes + Self.bytesPerSecondsStep - 1) / Self.bytesPerSecondsStep)
            copy.allowedSeconds = seconds * Double(steps)
            copy.deadline = Self.now() + copy.allowedSeconds
        }
        return copy
    }

    /// True once the deadline has passed. Cheap (one vDSO clock read): stages may poll it per sentence.
    @inline(__always)
    public var isExpired: Bool {
        guard let deadline else { return false }
        return Self.now() > deadline
    }

    /// The monotonic clock in seconds, read directly: stages poll the deadline per sentence, and
    /// `ContinuousClock.now` (a runtime call building a `Duration`) cost three times as much per poll.
    @inline(__always)
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Throws when `document` is over a size cap or out of time; the pipeline runner calls it after each stage.
    public func check(_ document: Document, after stage: String) throws(DocumentError) {
        let scalars = document.offsets.scalarCount
        if scalars > maximumScalars {
            throw DocumentError(.tooLarge, "the text has \(scalars) characters, over the limit of \(maximumScalars)")
        }
        if document.tokens.count > maximumTokens {
            throw DocumentError(.tooLarge, "\(document.tokens.count) tokens, over the limit of \(maximumTokens)")
        }
        if isExpired {
            throw DocumentError(.internal, "exceeded the time budget of \(Self.format(allowedSeconds)) s (at stage \(stage))")
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
