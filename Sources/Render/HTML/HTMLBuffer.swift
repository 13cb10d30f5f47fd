import Evaluation

/// A page being written, as UTF-8 bytes.
///
/// Markup the renderer writes itself goes in with `raw` (static strings, numbers, identifiers made by
/// `Identifiers`); anything that came from the data goes in with `text` or `attribute`, which escape it
/// (`HTMLEscaping`). Keeping the two apart in the API is what keeps input out of the markup.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 16 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Trusted markup.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup built by the renderer from trusted parts (numbers, generated identifiers, CSS).
    mutating func raw(generated markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    mutating func raw(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// Text from the data, escaped.
    mutating func text(_ string: String) {
        HTMLEscaping.append(string, to: &bytes)
    }

    /// UTF-8 bytes of text from the data, escaped (a slice of a document's text).
    mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        HTMLEscaping.append(utf8, to: &bytes)
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(0x20)
        raw(name)
        bytes.append(contentsOf: [0x3D, 0x22])  // ="
        HTMLEscaping.append(value, to: &bytes)
        bytes.append(0x22)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A length in hundredths as a decimal: 1234 → "12.34".
    mutating func hundredths(_ value: Int) {
        bytes.append(contentsOf: Fixed.hundredths(value).utf8)
    }

    var count: Int { bytes.count }
}

/// Fixed-point numbers as text, without Foundation's formatting.
enum Fixed {
    /// 1234 → "12.34", -5 → "-0.05", 300 → "3".
    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        let whole = v / 100
        let frac = v % 100
        if frac == 0 { return "\(sign)\(whole)" }
        return frac < 10 ? "\(sign)\(whole).0\(frac)" : frac % 10 == 0 ? "\(sign)\(whole).\(frac / 10)" : "\(sign)\(whole).\(frac)"
    }

    /// A ratio in [0, 1] with three decimals, "—" when undefined: the figures of the text reports.
    static func ratio(_ x: Double?) -> String { ReportFormatting.ratio(x) }

    /// A ratio with two decimals, rounded: 0.987 → "0.99".
    static func hundredthsOfOne(_ x: Double) -> String {
        let n = Int((x * 100).rounded())
        return "\(n / 100).\(n % 100 < 10 ? "0" : "")\(n % 100)"
    }

    /// A count with thin-space thousands separators: 1234567 → "1 234 567".
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        guard digits.count > 4 else { return n < 0 ? "-" + digits : digits }
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append("\u{2009}") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
