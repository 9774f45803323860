import Domain
import Foundation

/// Dates and times where the programme works (Europe/London): today's date for rules that
/// compare dates, and moments shown as "22 Nov 2026, 17:09" (PRODUCT.md, "Bad input and failure").
enum LondonTime {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    static func today(_ now: Date) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// The first moment of `day` in London.
    static func startOfDay(_ day: CalendarDate) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// A moment as a `<time datetime>` value: ISO 8601 in UTC ("2026-11-22T17:09:00Z").
    static func machine(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// A moment as people read it: "22 Nov 2026, 17:09" in London.
    static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return day.display + ", " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
