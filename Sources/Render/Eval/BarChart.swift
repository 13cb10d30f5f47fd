/// A horizontal bar chart as inline SVG: one group of bars per row (a label, a relation type), one bar
/// per series (precision, recall, F1), values in [0, 1] with their figure at the bar's end and the
/// counts behind them in the bar's tooltip. An undefined value (nothing to score) is a dash, not a zero.
struct BarChart {
    struct Series {
        var name: String
        var colour: String
    }

    struct Row {
        var name: String
        var values: [Double?]
        /// Tooltip of each bar ("P 0.974 = 150 / 154").
        var details: [String]
        /// Averages are set apart (bold, a rule above).
        var isSummary = false
    }

    static let prf = [
        Series(name: "P", colour: "#0072b2"), Series(name: "R", colour: "#e69f00"), Series(name: "F1", colour: "#009e73"),
    ]

    var series: [Series] = prf
    var rows: [Row]

    static let labelWidth = 104
    static let barWidth = 210
    static let barHeight = 8
    static let barGap = 2
    static let rowGap = 10
    static let top = 20

    var rowHeight: Int { series.count * (Self.barHeight + Self.barGap) - Self.barGap + Self.rowGap }
    var width: Int { Self.labelWidth + Self.barWidth + 44 }
    var height: Int { Self.top + rows.count * rowHeight + 4 }

    func render(caption: String, into out: inout HTMLBuffer) {
        out.raw("<figure class=\"chart\"><figcaption>")
        out.text(caption)
        out.raw("</figcaption>")
        out.raw(generated: "<svg class=\"bars\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\">")
        out.raw("<title>")
        out.text(caption)
        out.raw("</title>")
        let x0 = Self.labelWidth
        for tick in [0, 25, 50, 75, 100] {
            let x = x0 + Self.barWidth * tick / 100
            out.raw(generated: "<line class=\"grid\" x1=\"\(x)\" y1=\"\(Self.top - 4)\" x2=\"\(x)\" y2=\"\(height - 2)\"/>")
            if tick % 50 == 0 {
                out.raw(generated: "<text class=\"tick\" x=\"\(x)\" y=\"\(Self.top - 8)\" text-anchor=\"middle\">\(tick == 0 ? "0" : tick == 50 ? "0.5" : "1")</text>")
            }
        }
        for (r, row) in rows.enumerated() {
            let y = Self.top + r * rowHeight
            if row.isSummary {
                out.raw(generated: "<line class=\"rule\" x1=\"0\" y1=\"\(y - Self.rowGap / 2)\" x2=\"\(width)\" y2=\"\(y - Self.rowGap / 2)\"/>")
            }
            let middle = y + (rowHeight - Self.rowGap) / 2
            out.raw(generated: "<text class=\"\(row.isSummary ? "rn sum" : "rn")\" x=\"\(x0 - 8)\" y=\"\(middle)\" text-anchor=\"end\" dominant-baseline=\"central\">")
            out.text(row.name)
            out.raw("</text>")
            for (k, s) in series.enumerated() {
                let by = y + k * (Self.barHeight + Self.barGap)
                let value = k < row.values.count ? row.values[k] : nil
                out.raw("<g><title>")
                out.text(k < row.details.count ? row.details[k] : s.name)
                out.raw("</title>")
                if let v = value, v.isFinite {
                    let w = max(1, Int((v * Double(Self.barWidth)).rounded()))
                    out.raw(generated: "<rect x=\"\(x0)\" y=\"\(by)\" width=\"\(w)\" height=\"\(Self.barHeight)\" rx=\"2\" fill=\"\(s.colour)\"/>")
                    out.raw(generated: "<text class=\"val\" x=\"\(x0 + w + 4)\" y=\"\(by + Self.barHeight / 2)\" dominant-baseline=\"central\">\(Fixed.hundredthsOfOne(v))</text>")
                } else {
                    out.raw(generated: "<text class=\"val\" x=\"\(x0 + 4)\" y=\"\(by + Self.barHeight / 2)\" dominant-baseline=\"central\">—</text>")
                }
                out.raw("</g>")
            }
        }
        out.raw("</svg></figure>")
    }

    /// The swatches naming the series, once above a set of charts.
    static func key(_ series: [Series] = prf, names: [String], into out: inout HTMLBuffer) {
        out.raw("<p class=\"key\">")
        for (k, s) in series.enumerated() {
            out.raw(generated: "<span><b style=\"color:\(s.colour)\">■</b> ")
            out.text(k < names.count ? names[k] : s.name)
            out.raw("</span>")
        }
        out.raw("</p>")
    }
}
