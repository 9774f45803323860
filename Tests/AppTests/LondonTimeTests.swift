import Foundation
import Testing

@testable import App

/// `LondonTime` does its own Gregorian arithmetic from the time zone's offset; it must give
/// the calendar's answer for every moment, across the clock changes included.
@Suite struct LondonTimeTests {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        return calendar
    }()

    /// What the calendar says: "22 Nov 2026, 17:09" and the day.
    private static func expected(_ date: Date) -> (text: String, year: Int, month: Int, day: Int) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let text = "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!), "
            + String(format: "%02d:%02d", parts.hour!, parts.minute!)
        return (text, parts.year!, parts.month!, parts.day!)
    }

    private static func check(_ date: Date) {
        let want = expected(date)
        #expect(LondonTime.format(date) == want.text, "\(date.timeIntervalSince1970)")
        let today = LondonTime.today(date)
        let wanted: [Int] = [want.year, want.month, want.day]
        #expect([today.year, today.month, today.day] == wanted, "\(date.timeIntervalSince1970)")
    }

    @Test func equalsTheCalendarOnRandomMoments() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            // 1950 to 2100, with fractions of a second.
            Self.check(Date(timeIntervalSince1970: Double.random(in: -631_152_000...4_102_444_800, using: &generator)))
        }
    }

    @Test func equalsTheCalendarAroundTheClockChangesAndMidnight() {
        // 29 March and 25 October 2026 at 01:00 UTC, midnight in winter and summer, the epoch.
        for moment in [1_774_746_000.0, 1_792_890_000, 1_767_225_600, 1_782_860_400, 0] {
            for step in stride(from: -7_200.0, through: 7_200, by: 30) {
                Self.check(Date(timeIntervalSince1970: moment + step))
                Self.check(Date(timeIntervalSince1970: moment + step - 0.001))
            }
        }
    }
}
