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
        if let date = try? Self.withMilliseconds.parse(text) {
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

    private static func pad(_ number: some BinaryInteger, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
