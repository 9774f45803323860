import Foundation

/// Dates are stored as ISO 8601 UTC text with milliseconds ("2026-11-22T17:09:16.123Z"):
/// readable in the sqlite3 shell, sortable as text, and understood by SQLite's date functions.
extension Date: SQLBindable, SQLReadable {
    private static let withMilliseconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// ISO 8601 TEXT in UTC, rounded to the nearest millisecond.
    public var sqlValue: SQLValue { .text(iso8601Milliseconds) }

    /// Reads ISO 8601 TEXT, with or without fractional seconds.
    public init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue else { return nil }
        if let date = Self.parseStored(text) {
            self = date
        } else if let date = try? Self.withMilliseconds.parse(text) {
            self = date
        } else if let date = try? Self.withoutFraction.parse(text) {
            self = date
        } else {
            return nil
        }
    }

    /// Formatted by hand: Foundation's style truncates, so 16.123 (stored as 16.12299…) became 16.122.
    private var iso8601Milliseconds: String {
        let milliseconds = Int64((timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        var time = time_t(fraction < 0 ? seconds - 1 : seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        let date = "\(Self.pad(parts.tm_year + 1900, 4))-\(Self.pad(parts.tm_mon + 1, 2))-\(Self.pad(parts.tm_mday, 2))"
        let clock = "\(Self.pad(parts.tm_hour, 2)):\(Self.pad(parts.tm_min, 2)):\(Self.pad(parts.tm_sec, 2))"
        return "\(date)T\(clock).\(Self.pad(fraction < 0 ? fraction + 1000 : fraction, 3))Z"
    }

    /// Reads exactly the stored shape ("2026-11-22T17:09:16.123Z") by hand, as the moment
    /// nearest to that many milliseconds since 1970; nil for any other shape (Foundation's parser
    /// then reads it). Why: Foundation's parser cost microseconds per value on list pages.
    static func parseStored(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
                bytes[23] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
                (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            let days = daysSince1970(year: year, month: month, day: day)
            let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
            return Date(timeIntervalSince1970: Double(seconds * 1000 + millisecond) / 1000)
        }
    }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func pad(_ number: some BinaryInteger, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
