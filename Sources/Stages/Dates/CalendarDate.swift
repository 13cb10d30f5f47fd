/// A proleptic Gregorian day, with the arithmetic TIMEX3 normalization needs (ISO weeks, month steps).
struct CalendarDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD" (a longer ISO timestamp is cut to its date); nil for anything else.
    init?(iso: String) {
        // The usual "YYYY-MM-DD" without splitting strings (once per document, but splitting cost more
        // than lexing a short text).
        var iso = iso
        let fields = iso.withUTF8 { u -> (y: Int, m: Int, d: Int, plain: Bool)? in
            // Read from the contiguous bytes: iterating the UTF-8 view with `enumerated()` cost some
            // 800 instructions a document.
            guard u.count >= 10 else { return nil }
            var y = 0
            var m = 0
            var d = 0
            var plain = true
            for k in 0..<10 {
                let c = u[k]
                if k == 4 || k == 7 {
                    plain = plain && c == UInt8(ascii: "-")
                } else if c >= 0x30 && c <= 0x39 {
                    let digit = Int(c &- 0x30)
                    if k < 4 { y = y * 10 + digit } else if k < 7 { m = m * 10 + digit } else { d = d * 10 + digit }
                } else {
                    plain = false
                }
            }
            return (y, m, d, plain)
        }
        if let f = fields, f.plain {
            guard (1...12).contains(f.m), f.d >= 1, f.d <= CalendarDate.daysIn(month: f.m, year: f.y) else { return nil }
            self.init(year: f.y, month: f.m, day: f.d)
            return
        }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2]), (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday, Monday = 1 ... Sunday = 7.
    var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    var quarter: Int { (month - 1) / 3 + 1 }
}

/// TIMEX3 value strings.
enum TimexFormat {
    static func pad(_ n: Int, _ width: Int) -> String {
        if n >= 0, width <= 4, n < powers[width] { return digits(n, width) }
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
    private static let powers = [1, 10, 100, 1000, 10000]

    /// `n` in exactly `width` decimal digits (0 <= n < 10^width): values are formatted for every
    /// candidate expression, so this avoids `String(n)`, counting and concatenation.
    @inline(__always)
    private static func digits(_ n: Int, _ width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            var v = n
            var k = width - 1
            while k >= 0 {
                buffer[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                k -= 1
            }
            return width
        }
    }

    /// "YYYY-MM-DD", "YYYY-MM", "YYYY-Www" in one string when every field fits its width.
    private static func fields(_ a: Int, _ b: Int, _ c: Int?, separator: UInt8? = nil) -> String? {
        guard a >= 0, a < 10000, b >= 0, b < 100, (c ?? 0) >= 0, (c ?? 0) < 100 else { return nil }
        let count = c == nil ? (separator == nil ? 7 : 8) : 10
        return String(unsafeUninitializedCapacity: count) { out in
            var k = 0
            func put(_ v: Int, _ width: Int) {
                var p = powers[width - 1]
                while p > 0 {
                    out[k] = UInt8(truncatingIfNeeded: 0x30 + (v / p) % 10)
                    k += 1
                    p /= 10
                }
            }
            put(a, 4)
            out[k] = UInt8(ascii: "-")
            k += 1
            if let separator {
                out[k] = separator
                k += 1
            }
            put(b, 2)
            if let c {
                out[k] = UInt8(ascii: "-")
                k += 1
                put(c, 2)
            }
            return k
        }
    }

    static func year(_ y: Int?) -> String { y.map { pad($0, 4) } ?? "XXXX" }
    static func month(_ y: Int?, _ m: Int) -> String {
        if let y, let s = fields(y, m, nil) { return s }
        return "\(year(y))-\(pad(m, 2))"
    }
    static func day(_ y: Int?, _ m: Int?, _ d: Int) -> String {
        if let y, let m, let s = fields(y, m, d) { return s }
        return "\(year(y))-\(m.map { pad($0, 2) } ?? "XX")-\(pad(d, 2))"
    }
    static func date(_ d: CalendarDate) -> String { day(d.year, d.month, d.day) }
    static func week(_ d: CalendarDate) -> String {
        let w = d.isoWeek
        if let s = fields(w.year, w.week, nil, separator: UInt8(ascii: "W")) { return s }
        return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
    }
    /// "P2Y6M", "PT5H30M", "P1DT12H": whole amounts of several units (T-prefixed units are times of day).
    static func compound(_ parts: [(Int, String)]) -> String {
        var date = "P"
        var time = ""
        for (n, unit) in parts where n > 0 {
            if unit.hasPrefix("T") { time += "\(n)\(unit.dropFirst())" } else { date += "\(n)\(unit)" }
        }
        return time.isEmpty ? date : date + "T" + time
    }
    /// "P5Y", "P2.5M", "PT4H", "PXDE": `amount` nil means an unspecified number (X).
    static func duration(_ amount: Double?, unit: String) -> String {
        // TimeBank writes counted decades in years ("two decades" P20Y, "the past decade" P10Y); the
        // uncounted "decades" stays PXDE (ANNOTATION.md).
        if unit == "DE", let amount { return duration(amount * 10, unit: "Y") }
        let n: String
        if let amount {
            n = amount == amount.rounded() ? String(Int(amount)) : String(amount)
        } else {
            n = "X"
        }
        if unit.hasPrefix("T") { return "PT\(n)\(unit.dropFirst())" }
        return "P\(n)\(unit)"
    }
}
