import Pipeline
import PipelineIO

/// Number and column formatting for the text renderers (no Foundation, so no `String(format:)`).
package enum ReportFormatting {
    /// Three decimals, "—" when undefined.
    package static func ratio(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "—" }
        let thousandths = Int((x * 1000).rounded())
        let whole = thousandths / 1000
        let frac = abs(thousandths % 1000)
        let digits = frac < 10 ? "00\(frac)" : frac < 100 ? "0\(frac)" : "\(frac)"
        return "\(whole).\(digits)"
    }

    static func left(_ s: String, _ width: Int) -> String {
        let n = s.unicodeScalars.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    static func right(_ s: String, _ width: Int) -> String {
        let n = s.unicodeScalars.count
        return n >= width ? s : String(repeating: " ", count: width - n) + s
    }

    static func labelMapText(_ map: LabelMap) -> String {
        if map.mapping.isEmpty { return "none" }
        return map.items.map { "\($0.from)=\($0.to)" }.joined(separator: ",")
    }

    /// "P R F1" of counts, right-aligned in columns of 6.
    static func prf(_ c: Counts) -> String {
        [c.precision, c.recall, c.f1].map { right(ratio($0), 6) }.joined(separator: " ")
    }

    static func prf(_ m: MacroAverage) -> String {
        [m.precision, m.recall, m.f1].map { right(ratio($0), 6) }.joined(separator: " ")
    }
}
