/// The quarters of one person's support, counted from the day it opened (REPORTS.md,
/// `support_quarter`): quarter n ≥ 1 runs from opened_on + 3(n − 1) months to the day before
/// opened_on + 3n months; quarter 0 is the three months before support began. Each boundary is
/// computed from opened_on itself, with month ends clamped (31 Jan + 3 months = 30 Apr), so the
/// quarters never overlap or leave gaps.
public struct SupportQuarter: Sendable, Equatable {
    /// The most days any quarter can have (two 31-day months and a 30-day one).
    public static let maximumDays = 92

    public let openedOn: CalendarDate

    public init(openedOn: CalendarDate) {
        self.openedOn = openedOn
    }

    /// The first and last days of quarter `n` (n ≥ 0).
    public func range(_ n: Int) -> ClosedRange<CalendarDate> {
        precondition(n >= 0, "Support quarters are numbered from 0.")
        let start = openedOn.adding(months: 3 * (n - 1))
        let next = openedOn.adding(months: 3 * n)
        return start...next.adding(days: -1)
    }

    /// How many days quarter `n` has: 89 to 92.
    public func days(_ n: Int) -> Int {
        let range = range(n)
        return range.upperBound.days(since: range.lowerBound) + 1
    }

    /// The quarter `date` falls in, 0 for the three months before support, or nil before that.
    public func quarter(containing date: CalendarDate) -> Int? {
        guard date >= range(0).lowerBound else { return nil }
        guard date >= openedOn else { return 0 }
        let months = (date.year - openedOn.year) * 12 + date.month - openedOn.month
        var n = max(1, months / 3 + 1)
        while date < range(n).lowerBound { n -= 1 }
        while date > range(n).upperBound { n += 1 }
        return n
    }

    /// Whether quarter `n` ended on or before `day` (REPORTS.md: quarter 4 has ended when
    /// opened_on + 12 months − 1 day ≤ E).
    public func hasEnded(_ n: Int, asAt day: CalendarDate) -> Bool {
        range(n).upperBound <= day
    }

    /// Whether quarter `n` has begun by `day`, so something can be recorded for it.
    public func hasStarted(_ n: Int, asAt day: CalendarDate) -> Bool {
        range(n).lowerBound <= day
    }

    /// "Before support" for quarter 0, otherwise "Quarter 3".
    public static func title(_ n: Int) -> String {
        n == 0 ? "Before support" : "Quarter \(n)"
    }

    /// "Quarter 2: 1 Apr 2025 to 30 Jun 2025".
    public func describe(_ n: Int) -> String {
        let range = range(n)
        return "\(Self.title(n)): \(range.lowerBound.display) to \(range.upperBound.display)"
    }
}
