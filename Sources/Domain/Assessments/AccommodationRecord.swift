/// Nights spent in each setting during one quarter of support (quarter 1 onwards).
public struct AccommodationRecord: Sendable, Equatable {
    /// The most nights any one setting can hold (REPORTS.md: nights, 0–92).
    public static let nightsRange = 0...SupportQuarter.maximumDays

    /// The support quarter, 1 or later.
    public var quarter: Int
    /// Nights per setting; a missing setting means none.
    public var nights: [AccommodationSetting: Int]
    /// Social or private, for the own-tenancy nights; nil when not known.
    public var tenancyType: TenancyType?

    public init(quarter: Int, nights: [AccommodationSetting: Int], tenancyType: TenancyType? = nil) {
        self.quarter = quarter
        self.nights = nights
        self.tenancyType = tenancyType
    }

    public func nights(_ setting: AccommodationSetting) -> Int { nights[setting] ?? 0 }

    public var totalNights: Int { nights.values.reduce(0, +) }

    /// Adds a message for each rule the record breaks: quarter 1 or later and already begun,
    /// each setting 0–92 nights, and no more nights in all than the quarter has days.
    public func validate(support: SupportQuarter, today: CalendarDate, into errors: inout FieldErrors) {
        guard quarter >= 1 else {
            errors.add(
                QuarterRecordRules.quarterField, "Accommodation is recorded from quarter 1, the first three months of support.")
            return
        }
        QuarterRecordRules.checkStarted(quarter, support: support, today: today, into: &errors)
        for setting in AccommodationSetting.allCases where !Self.nightsRange.contains(nights(setting)) {
            errors.add(setting.rawValue, "Enter a number of nights from 0 to \(Self.nightsRange.upperBound) for \(setting.name).")
        }
        let days = support.days(quarter)
        if totalNights > days {
            errors.add(
                QuarterRecordRules.totalField,
                "The nights add up to \(totalNights), but \(support.describe(quarter)) has only \(days) days.")
        }
    }
}
