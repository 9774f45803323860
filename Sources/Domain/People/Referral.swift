/// The details of a referral as a coordinator enters them, checked.
public struct Referral: Sendable, Equatable {
    public var preferredName: String
    public var legalName: String?
    public var dateOfBirth: CalendarDate?
    public var district: District
    public var cohortGroup: CohortGroup
    public var referralSource: String?
    public var referredOn: CalendarDate
    /// Each disadvantage present, with the date it was recorded.
    public var disadvantages: [Disadvantage: CalendarDate]

    public init(
        preferredName: String, legalName: String? = nil, dateOfBirth: CalendarDate? = nil, district: District,
        cohortGroup: CohortGroup, referralSource: String? = nil, referredOn: CalendarDate,
        disadvantages: [Disadvantage: CalendarDate]
    ) {
        self.preferredName = preferredName
        self.legalName = legalName
        self.dateOfBirth = dateOfBirth
        self.district = district
        self.cohortGroup = cohortGroup
        self.referralSource = referralSource
        self.referredOn = referredOn
        self.disadvantages = disadvantages
    }

    public var eligibility: Eligibility {
        Eligibility(disadvantages: disadvantages.keys, exceptionReason: nil)
    }
}

/// Reads a referral form: every field checked, every problem explained beside its field.
///
/// Fields: `preferred_name`, `legal_name`, `date_of_birth`, `district`, `cohort_group`,
/// `referral_source`, `referred_on`, and per disadvantage `<slug>` (present = ticked) with
/// `<slug>_on` (the date recorded; the referral date when left empty).
public enum ReferralRules {
    public static let minimumAge = 18

    /// Reads a referral; `iso` (import files) reads dates as `YYYY-MM-DD` only.
    public static func read(_ field: (String) -> String?, today: CalendarDate, iso: Bool = false) -> (Referral?, FieldErrors) {
        var errors = FieldErrors()
        func text(_ name: String) -> String { (field(name) ?? "").trimmingWhitespace() }
        let preferredName = text("preferred_name")
        if preferredName.isEmpty { errors.add("preferred_name", "Enter the name the person likes to be called.") }
        if preferredName.count > 100 { errors.add("preferred_name", "Use 100 characters or fewer.") }
        let legalName = text("legal_name")
        if legalName.count > 150 { errors.add("legal_name", "Use 150 characters or fewer.") }
        let referralSource = text("referral_source")
        if referralSource.count > 200 { errors.add("referral_source", "Use 200 characters or fewer.") }
        let district = District(text: text("district"))
        if district == nil { errors.add("district", "Choose the district the person lives in.") }
        let cohortGroup = CohortGroup(rawValue: text("cohort_group"))
        if cohortGroup == nil { errors.add("cohort_group", "Choose how the person relates to services.") }
        let referredOn = DateRules.required(text("referred_on"), field: "referred_on", today: today, iso: iso, into: &errors)
        let dateOfBirth = DateRules.optional(text("date_of_birth"), field: "date_of_birth", today: today, iso: iso, into: &errors)
        if let dateOfBirth, let referredOn, DateRules.age(on: referredOn, bornOn: dateOfBirth) < minimumAge {
            errors.add("date_of_birth", "The programme works with adults: the person must be \(minimumAge) or over when referred.")
        }
        var disadvantages: [Disadvantage: CalendarDate] = [:]
        for kind in Disadvantage.allCases where !text(kind.rawValue).isEmpty {
            let field = kind.rawValue + "_on"
            let recorded = text(field).isEmpty
                ? referredOn
                : DateRules.optional(text(field), field: field, today: today, iso: iso, into: &errors)
            if let recorded, let dateOfBirth, recorded < dateOfBirth {
                errors.add(field, "This date is before the person's date of birth.")
            }
            if let recorded { disadvantages[kind] = recorded }
        }
        guard errors.isEmpty, let district, let cohortGroup, let referredOn else { return (nil, errors) }
        let referral = Referral(
            preferredName: preferredName, legalName: legalName.isEmpty ? nil : legalName, dateOfBirth: dateOfBirth,
            district: district, cohortGroup: cohortGroup, referralSource: referralSource.isEmpty ? nil : referralSource,
            referredOn: referredOn, disadvantages: disadvantages)
        return (referral, errors)
    }
}

/// Checks for date fields typed into forms.
public enum DateRules {
    /// What a form says when a typed date cannot be read.
    public static let formatMessage = "Enter the date as day, month and year, for example 27 3 2026."
    /// What an import file says: its dates are `YYYY-MM-DD` only (REPORTS.md).
    public static let isoFormatMessage = "Enter the date as YYYY-MM-DD, for example 2026-03-01."

    /// A date that must be present and not in the future; `iso` reads `YYYY-MM-DD` only (import
    /// files), otherwise the forms' typed forms too (`CalendarDate(typed:)`).
    public static func required(
        _ text: String, field: String, today: CalendarDate, iso: Bool = false, into errors: inout FieldErrors
    ) -> CalendarDate? {
        if text.isEmpty {
            errors.add(field, "Enter the date.")
            return nil
        }
        return optional(text, field: field, today: today, iso: iso, into: &errors)
    }

    /// A date that may be empty, but when given is valid and not in the future.
    public static func optional(
        _ text: String, field: String, today: CalendarDate, iso: Bool = false, into errors: inout FieldErrors
    ) -> CalendarDate? {
        guard !text.isEmpty else { return nil }
        guard let date = iso ? CalendarDate(iso: text) : CalendarDate(typed: text) else {
            errors.add(field, iso ? isoFormatMessage : formatMessage)
            return nil
        }
        if date > today {
            errors.add(field, "The date cannot be in the future.")
            return nil
        }
        return date
    }

    /// Whole years between a birth date and a day.
    public static func age(on day: CalendarDate, bornOn birth: CalendarDate) -> Int {
        let years = day.year - birth.year
        return (day.month, day.day) < (birth.month, birth.day) ? years - 1 : years
    }
}
