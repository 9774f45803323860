/// Whether an assessment of one kind (NDT or Star) is due for a person whose support is open.
/// The 12-month follow-up window is the report's (REPORTS.md, "Pairing assessments"):
/// baseline + 273 days to baseline + 456 days; the Star is typically repeated every 3 months.
public enum AssessmentDue: Sendable, Equatable {
    /// No assessment yet: a baseline is due.
    case baseline
    /// The follow-up window is open and no assessment falls in it yet.
    case followUp(baseline: CalendarDate, window: ClosedRange<CalendarDate>)
    /// The latest assessment is more than 3 months old.
    case noneInLastThreeMonths(latest: CalendarDate)

    /// Days after the baseline the follow-up window opens and closes.
    public static let followUpDays = 273...456

    /// Why an assessment is due on `today`, or nil when none is. Assessments dated after
    /// `today` are ignored; nothing is due before support opens.
    public static func reason(openedOn: CalendarDate, today: CalendarDate, assessedOn dates: [CalendarDate]) -> AssessmentDue? {
        guard today >= openedOn else { return nil }
        let past = dates.filter { $0 <= today }
        guard let baseline = past.min(), let latest = past.max() else { return .baseline }
        let window = baseline.adding(days: followUpDays.lowerBound)...baseline.adding(days: followUpDays.upperBound)
        if window.contains(today), !past.contains(where: window.contains) {
            return .followUp(baseline: baseline, window: window)
        }
        if latest < today.adding(months: -3) {
            return .noneInLastThreeMonths(latest: latest)
        }
        return nil
    }

    /// A sentence for the caseload page.
    public var message: String {
        switch self {
        case .baseline:
            "No assessment yet: a first (baseline) assessment is due."
        case .followUp(let baseline, let window):
            "12-month follow-up due: the baseline was on \(baseline.display); assess by \(window.upperBound.display)."
        case .noneInLastThreeMonths(let latest):
            "None in the last 3 months: the latest was on \(latest.display)."
        }
    }
}
