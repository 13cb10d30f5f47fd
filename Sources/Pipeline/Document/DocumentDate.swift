/// Checks and parses the "YYYY-MM-DD" dates of `--dct` and of the JSONL `dct` field.
public enum DocumentDate {
    /// Year, month and day of a valid `YYYY-MM-DD` date (a real day of the calendar), nil otherwise.
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        // On the UTF-8 bytes: every JSONL document with a dct is checked, and splitting the string cost
        // about a thousand instructions a document.
        var text = text
        return text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let digit = Int(bytes[i]) - 0x30
                    guard digit >= 0, digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
                (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m)
            else { return nil }
            return (y, m, d)
        }
    }

    /// True for a valid `YYYY-MM-DD` date.
    public static func isValid(_ text: String) -> Bool { parse(text) != nil }

    /// Days in a month of the Gregorian calendar (leap years included).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
