/// Reads the NDT and Star forms (and their import rows, which use the same names): one field
/// per item or area named by its slug, plus `assessed_on`, and for the NDT an optional
/// `period_note`. Every problem is explained beside its field.
public enum AssessmentRules {
    /// The longest period note accepted.
    public static let maximumNoteLength = 1000

    /// An NDT Assessment from the form, or nil with the reasons.
    public static func readNDT(
        field: (String) -> String?, today: CalendarDate, referredOn: CalendarDate?
    ) -> (NDTAssessment?, FieldErrors) {
        var errors = FieldErrors()
        let assessedOn = readAssessedOn(field: field, today: today, referredOn: referredOn, into: &errors)
        var ratings: [NDTItem: Int] = [:]
        for item in NDTItem.allCases {
            let message = "Choose a rating from 0 to 4 for \(item.name)."
            ratings[item] = FormNumbers.read(
                field, item.rawValue, in: NDTItem.ratingRange, message: message,
                outOfRange: { "\($0) is out of range: rate \(item.name) from 0 to 4." }, into: &errors)
        }
        let note = (field("period_note") ?? "").trimmingWhitespace()
        if note.count > maximumNoteLength {
            errors.add("period_note", "Use \(maximumNoteLength) characters or fewer.")
        }
        guard errors.isEmpty, let assessedOn else { return (nil, errors) }
        return (NDTAssessment(ratings: ratings, assessedOn: assessedOn, periodNote: note.isEmpty ? nil : note), errors)
    }

    /// A Homelessness Outcomes Star reading from the form, or nil with the reasons.
    public static func readStar(
        field: (String) -> String?, today: CalendarDate, referredOn: CalendarDate?
    ) -> (StarReading?, FieldErrors) {
        var errors = FieldErrors()
        let assessedOn = readAssessedOn(field: field, today: today, referredOn: referredOn, into: &errors)
        var scores: [StarArea: Int] = [:]
        for area in StarArea.allCases {
            let message = "Choose a score from 1 to 10 for \(area.name)."
            scores[area] = FormNumbers.read(
                field, area.rawValue, in: StarArea.scoreRange, message: message,
                outOfRange: { "\($0) is out of range: score \(area.name) from 1 to 10." }, into: &errors)
        }
        guard errors.isEmpty, let assessedOn else { return (nil, errors) }
        return (StarReading(scores: scores, assessedOn: assessedOn), errors)
    }

    /// `assessed_on`: required, a real date, not in the future, not before the referral (when
    /// the reader may see the referral date).
    static func readAssessedOn(
        field: (String) -> String?, today: CalendarDate, referredOn: CalendarDate?, into errors: inout FieldErrors
    ) -> CalendarDate? {
        let text = (field("assessed_on") ?? "").trimmingWhitespace()
        guard !text.isEmpty else {
            errors.add("assessed_on", "Enter the date of the assessment.")
            return nil
        }
        guard let date = DateRules.optional(text, field: "assessed_on", today: today, into: &errors) else { return nil }
        if let referredOn, date < referredOn {
            errors.add("assessed_on", "The assessment cannot be dated before the referral on \(referredOn.display).")
            return nil
        }
        return date
    }
}
