/// Counts of unplanned service use in one quarter; quarter 0 is the three months before
/// support began, the baseline the report compares quarter 4 with.
public struct ServiceUseRecord: Sendable, Equatable {
    /// The support quarter, 0 or later.
    public var quarter: Int
    /// Counts per kind; a missing kind means none.
    public var counts: [ServiceUseKind: Int]

    public init(quarter: Int, counts: [ServiceUseKind: Int]) {
        self.quarter = quarter
        self.counts = counts
    }

    public func count(_ kind: ServiceUseKind) -> Int { counts[kind] ?? 0 }

    /// Adds a message for each rule the record breaks: quarter 0 or later and already begun,
    /// counts not negative, and no more nights in prison than the quarter has days.
    public func validate(support: SupportQuarter, today: CalendarDate, into errors: inout FieldErrors) {
        guard quarter >= 0 else {
            errors.add(QuarterRecordRules.quarterField, "Choose quarter 0 (before support) or a later quarter.")
            return
        }
        QuarterRecordRules.checkStarted(quarter, support: support, today: today, into: &errors)
        for kind in ServiceUseKind.allCases where count(kind) < 0 {
            errors.add(kind.rawValue, "Enter a whole number of \(kind.name), 0 or more.")
        }
        let days = support.days(quarter)
        if count(.prisonNights) > days {
            errors.add(
                ServiceUseKind.prisonNights.rawValue,
                "\(support.describe(quarter)) has only \(days) days, so it cannot hold \(count(.prisonNights)) nights in prison.")
        }
    }
}
