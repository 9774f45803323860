import Domain
import HTTP

/// The manager's access-log search, decoded from the query: a person's reference, a user (part
/// of their name or email address), a date range (London days, both included) and the page.
struct AccessLogSearchForm: DecodedForm {
    static let fields = ["ref", "user", "from", "to", "page"]
    /// The longest user text searched for.
    static let maximumUserLength = 100

    let reference: String?
    let user: String?
    let from: CalendarDate?
    let to: CalendarDate?
    /// The page asked for, at least 1 (the page clamps it to the last page).
    let page: Int

    /// Decodes the query; every field may be empty. A reference must be a `CF-` reference, the
    /// dates real days not in the future, `to` not before `from`. A page that is not a number
    /// is page 1; any number is clamped later.
    static func decode(_ input: SubmittedForm, today: CalendarDate, into errors: inout FieldErrors) -> AccessLogSearchForm? {
        let reference = input["ref"].uppercased()
        if !reference.isEmpty, PersonReference.number(in: reference) == nil {
            errors.add("ref", "Enter a reference like CF-0042, or leave it empty.")
        }
        if input["user"].count > maximumUserLength { errors.add("user", "Use \(maximumUserLength) characters or fewer.") }
        let from = DateRules.optional(input["from"], field: "from", today: today, into: &errors)
        let to = DateRules.optional(input["to"], field: "to", today: today, into: &errors)
        if let from, let to, to < from { errors.add("to", "The end date cannot be before the start date.") }
        guard errors.isEmpty else { return nil }
        return AccessLogSearchForm(
            reference: reference.isEmpty ? nil : reference, user: input["user"].isEmpty ? nil : input["user"], from: from, to: to,
            page: max(1, min(Int(input["page"]) ?? 1, 1_000_000)))
    }
}
