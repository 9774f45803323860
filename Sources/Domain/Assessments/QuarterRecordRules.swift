/// Reads the accommodation and service-use forms (and their import rows): `support_quarter`
/// plus one field per setting or kind named by its slug. Every field must be filled in
/// (0 when none), so a blank is never mistaken for "none".
public enum QuarterRecordRules {
    /// The field naming the support quarter.
    public static let quarterField = "support_quarter"
    /// The key for the message when an accommodation record's nights exceed the quarter's days.
    public static let totalField = "total_nights"
    /// The optional field saying whether own-tenancy nights were social or private.
    public static let tenancyTypeField = "tenancy_type"
    /// A sanity limit on any count typed in.
    public static let maximumCount = 9999
    /// A sanity limit on the quarter number: a hundred years of support.
    public static let maximumQuarter = 400

    /// An accommodation record from the form, or nil with the reasons.
    public static func readAccommodation(
        field: (String) -> String?, support: SupportQuarter, today: CalendarDate
    ) -> (AccommodationRecord?, FieldErrors) {
        var errors = FieldErrors()
        let quarter = readQuarter(field, into: &errors)
        var nights: [AccommodationSetting: Int] = [:]
        for setting in AccommodationSetting.allCases {
            let message = "Enter a number of nights from 0 to \(AccommodationRecord.nightsRange.upperBound) for \(setting.name)."
            nights[setting] = FormNumbers.read(
                field, setting.rawValue, in: AccommodationRecord.nightsRange, message: message, into: &errors)
        }
        let tenancyType = readTenancyType(field, into: &errors)
        guard let quarter else { return (nil, errors) }
        let record = AccommodationRecord(quarter: quarter, nights: nights, tenancyType: tenancyType)
        record.validate(support: support, today: today, into: &errors)
        return errors.isEmpty ? (record, errors) : (nil, errors)
    }

    /// The optional `tenancy_type` (`social` or `private`); empty means not known.
    static func readTenancyType(_ field: (String) -> String?, into errors: inout FieldErrors) -> TenancyType? {
        let text = (field(tenancyTypeField) ?? "").trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        guard let type = TenancyType(rawValue: text) else {
            errors.add(tenancyTypeField, "Choose social or private for the tenancy, or leave it empty.")
            return nil
        }
        return type
    }

    /// A service-use record from the form, or nil with the reasons.
    public static func readServiceUse(
        field: (String) -> String?, support: SupportQuarter, today: CalendarDate
    ) -> (ServiceUseRecord?, FieldErrors) {
        var errors = FieldErrors()
        let quarter = readQuarter(field, into: &errors)
        var counts: [ServiceUseKind: Int] = [:]
        for kind in ServiceUseKind.allCases {
            let message = "Enter the number of \(kind.name), 0 or more."
            counts[kind] = FormNumbers.read(field, kind.rawValue, in: 0...maximumCount, message: message, into: &errors)
        }
        guard let quarter else { return (nil, errors) }
        let record = ServiceUseRecord(quarter: quarter, counts: counts)
        record.validate(support: support, today: today, into: &errors)
        return errors.isEmpty ? (record, errors) : (nil, errors)
    }

    /// Adds a message when quarter `n` has not begun by `today`.
    static func checkStarted(_ n: Int, support: SupportQuarter, today: CalendarDate, into errors: inout FieldErrors) {
        guard !support.hasStarted(n, asAt: today) else { return }
        errors.add(
            quarterField, "\(SupportQuarter.title(n)) has not started yet: it begins on \(support.range(n).lowerBound.display).")
    }

    private static func readQuarter(_ field: (String) -> String?, into errors: inout FieldErrors) -> Int? {
        FormNumbers.read(field, quarterField, in: 0...maximumQuarter, message: "Choose the quarter of support.", into: &errors)
    }
}
