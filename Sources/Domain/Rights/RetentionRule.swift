/// When a closed person's names and free text are anonymised: a configurable number of whole
/// years after their case closed (README, "Data rights": 6 by default, the period many UK
/// local authorities keep adult social care case records after the case closes).
///
/// Why only closed cases: an open or referred person is being supported, and a person whose
/// case closed within the period may come back (the case reopens with its history), so
/// neither is ever touched (UK GDPR Article 5(1)(e), storage limitation, against the need to
/// keep the record while it may still be used).
public struct RetentionRule: Sendable, Equatable {
    /// Whole years kept after closure, at least 1.
    public let years: Int

    public init(years: Int) {
        self.years = max(1, years)
    }

    /// The default period: six years after closure.
    public static let defaultYears = 6

    /// The last closure date whose record is due on `today`: `today` minus `years` (29 February
    /// falls back to 28 February).
    public func latestDueClosure(today: CalendarDate) -> CalendarDate {
        let year = today.year - years
        let day = min(today.day, CalendarDate.daysIn(month: today.month, year: year))
        return CalendarDate(year: year, month: today.month, day: day) ?? today
    }

    /// Whether a record with `status`, closed on `closedOn`, is due for anonymisation on `today`.
    public func isDue(status: CaseStatus, closedOn: CalendarDate?, today: CalendarDate) -> Bool {
        guard status == .closed, let closedOn else { return false }
        return closedOn <= latestDueClosure(today: today)
    }
}
