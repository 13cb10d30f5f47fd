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

    /// Most `<` in an HTML input, checked before it is parsed (`checkMarkup`): a page's tree costs
    /// libxml2 and the normalizer a few hundred bytes per tag.
    public var maximumTags: Int

    /// A budget; its clock starts with `started(inputBytes:)`.
    public init(
        seconds: Double? = 10, maximumScalars: Int = 20_000_000, maximumTokens: Int = 300_000,
        maximumTags: Int = 500_000
    ) {
        self.seconds = seconds
        self.maximumScalars = maximumScalars
        self.maximumTokens = maximumTokens
        self.maximumTags = maximumTags
    }

    /// The defaults of `pipe annotate`: 10 s per MiB (at least 10 s), 20 million characters, 300,000
    /// tokens and 500,000 tags: far above any article (a long novel has about 250,000 tokens), low enough
    /// that one document peaks under 300 MB whatever its tokens are, with room for the stages to grow. A
    /// token costs up to ~700 bytes across the stages when each one is an entity in a relation ("President
    /// Aliyev, President Aliyev, ...": 275 MiB at 400,000 tokens with the clusters stage;
    /// scripts/bench-bad-inputs measures the worst shapes), and a tag up to ~450 bytes of parse tree
    /// ("a<br>" repeated: 233 MB at 500,000).
    public static let standard = Budget()
    /// No cap and no deadline: the default of a `Document` made in process.
    public static let unlimited = Budget(seconds: nil, maximumScalars: .max, maximumTokens: .max, maximumTags: .max)

    /// The `too_large` message for a text with more than `limit` tokens.
    public static func tokenLimitMessage(_ limit: Int) -> String {
        "the text has more than \(limit) tokens, the limit for one document; split it into smaller documents"
    }

    /// Throws `too_large` for an HTML input with more than `maximumTags` tags ("<"), before its tree is
    /// built. Counting is a byte scan, far cheaper than parsing.
    public func checkMarkup(_ bytes: [UInt8]) throws(DocumentError) {
        guard maximumTags < bytes.count else { return }
        var tags = 0
        for b in bytes where b == UInt8(ascii: "<") { tags &+= 1 }
        if tags > maximumTags {
            throw DocumentError(
                .tooLarge, "the page has \(tags) tags, over the limit of \(maximumTags) for one document")
        }
    }

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
        if document.tokens.count > maximumTokens { throw DocumentError(.tooLarge, Self.tokenLimitMessage(maximumTokens)) }
        if isExpired {
            throw DocumentError(.internal, "exceeded the time budget of \(Self.format(allowedSeconds)) s (at stage \(stage))")
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
