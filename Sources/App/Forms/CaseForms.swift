import Domain
import HTTP

/// A change of case status, decoded from the record page's status form.
struct StatusChangeForm: DecodedForm {
    static let fields = ["to_status", "on", "closure_reason", "note"]

    let target: CaseStatus
    let on: CalendarDate
    /// Why the case closes: only for a closure (nil otherwise).
    let closureReason: ClosureReason?
    let note: String

    /// The submitted fields; the chosen status and reason are kept as sent.
    static func submitted(_ form: FormData) -> SubmittedForm {
        SubmittedForm(form, fields: fields, untrimmed: ["to_status", "closure_reason"])
    }

    /// The status asked for, when it is one (the caller looks up whether the case may open).
    static func target(_ input: SubmittedForm) -> CaseStatus? { CaseStatus(rawValue: input["to_status"]) }

    /// Decodes the form: a status the case may move to from `current` (not open when
    /// `refusalToOpen` says why), a real date not in the future nor before the referral (when
    /// the reader may see it) nor, for a closure, before the case opened; a reason for a
    /// closure; a note of up to 1,000 characters.
    static func decode(
        _ input: SubmittedForm, current: CaseStatus, refusalToOpen: String?, referredOn: CalendarDate?, openedOn: CalendarDate?,
        today: CalendarDate, into errors: inout FieldErrors
    ) -> StatusChangeForm? {
        let target = target(input)
        if let target, !current.canChange(to: target) {
            errors.add("to_status", DomainError.invalidStatusChange(from: current, to: target).description)
        } else if target == nil {
            errors.add("to_status", "Choose the new status.")
        } else if target == .open, let refusalToOpen {
            errors.add("to_status", refusalToOpen)
        }
        let day = DateRules.required(input["on"], field: "on", today: today, into: &errors)
        if let day, let referredOn, day < referredOn {
            errors.add("on", "The date cannot be before the referral (\(referredOn.display)).")
        }
        if let day, target == .closed, let openedOn, day < openedOn {
            errors.add("on", "The case cannot close before it opened (\(openedOn.display)).")
        }
        let reason = ClosureReason(rawValue: input["closure_reason"])
        if target == .closed, reason == nil { errors.add("closure_reason", "Choose why the case is closing.") }
        if input["note"].count > 1000 { errors.add("note", "Keep the note to 1,000 characters or fewer.") }
        guard errors.isEmpty, let target, let day else { return nil }
        return StatusChangeForm(target: target, on: day, closureReason: target == .closed ? reason : nil, note: input["note"])
    }
}

/// The reason a person is supported outside the eligibility rules, decoded from the record
/// page's eligibility form; an empty reason clears the exception.
struct EligibilityExceptionForm: DecodedForm {
    static let fields = ["exception_reason"]

    /// The reason, or nil to clear the exception.
    let reason: String?

    /// Decodes the form: a reason of up to 500 characters, or none.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> EligibilityExceptionForm? {
        let reason = input["exception_reason"]
        if reason.count > 500 { errors.add("exception_reason", "Keep the reason to 500 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        return EligibilityExceptionForm(reason: reason.isEmpty ? nil : reason)
    }
}
