import Domain
import Foundation

/// Dates and times where the programme works (Europe/London): today's date for rules that
/// compare dates, and moments shown as "22 Nov 2026, 17:09" (PRODUCT.md, "Bad input and failure").
///
/// `today` and `format` ask the time zone only for its offset at that moment and do the
/// Gregorian arithmetic themselves (`CalendarDate(dayNumber:)`): the calendar's
/// `dateComponents` was most of their cost, and the record page formats up to 30 moments a
/// view (BENCHMARKS.md §9e). `LondonTimeTests` compares both with the calendar's answer.
enum LondonTime {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    static func today(_ now: Date) -> CalendarDate {
        CalendarDate(dayNumber: local(now).day)
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
        let (day, second) = local(date)
        let hour = second / 3_600
        let minute = second % 3_600 / 60
        return CalendarDate(dayNumber: day).display + ", " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// The London day (days since 1 January 1970) and second of that day of a moment.
    private static func local(_ date: Date) -> (day: Int, second: Int) {
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let seconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (day, seconds - day * 86_400)
    }
}
