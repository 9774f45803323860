/// The rules for an organisation's details.
public enum OrganisationRules {
    public static let maximumNameLength = 150

    /// Checks a name, a sector value and an optional pledge date (`YYYY-MM-DD`, not after `today`).
    public static func check(
        name: String, sector: String, pledgeSignedOn: String, today: CalendarDate, into errors: inout FieldErrors
    ) {
        let trimmed = name.trimmingWhitespace()
        if trimmed.isEmpty {
            errors.add("name", "Enter the organisation's name.")
        } else if trimmed.count > maximumNameLength {
            errors.add("name", "Use \(maximumNameLength) characters or fewer.")
        }
        if Sector(rawValue: sector) == nil {
            errors.add("sector", "Choose the organisation's sector.")
        }
        let pledge = pledgeSignedOn.trimmingWhitespace()
        if !pledge.isEmpty {
            if let date = CalendarDate(typed: pledge) {
                if date > today { errors.add("pledge_signed_on", "The pledge date cannot be in the future.") }
            } else {
                errors.add("pledge_signed_on", DateRules.formatMessage)
            }
        }
    }
}
