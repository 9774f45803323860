import Domain
import HTTP

/// A trusted person (a person or a service) as a coordinator adds or edits them.
struct TrustedPersonForm: DecodedForm {
    static let fields = ["name", "kind", "paid", "organisation_id", "user_id", "create_anyway", "offer_create_anyway"]

    let name: String
    let kind: TrustedPersonKind
    let paid: PaidStatus
    let organisationID: Int64?
    let userID: Int64?
    let questions: IdentityQuestions

    /// The submitted fields: the name trimmed, the choices as sent.
    static func submitted(_ form: FormData) -> SubmittedForm {
        SubmittedForm(form, fields: fields, untrimmed: Set(fields).subtracting(["name"]))
    }

    /// Decodes the form: a name of 150 characters or fewer, a kind, paid or volunteer, an
    /// organisation `organisationExists` knows and an account for which `accountProblem` has no
    /// objection (each when chosen), and the identity questions' answers.
    static func decode(
        _ input: SubmittedForm, organisationExists: (Int64) throws -> Bool, accountProblem: (Int64) throws -> String?,
        into errors: inout FieldErrors
    ) rethrows -> TrustedPersonForm? {
        if input["name"].isEmpty { errors.add("name", "Enter the person's or service's name.") }
        if input["name"].count > 150 { errors.add("name", "Use 150 characters or fewer.") }
        let kind = TrustedPersonKind(rawValue: input["kind"])
        if kind == nil { errors.add("kind", "Choose person or service.") }
        let paid = PaidStatus(rawValue: input["paid"])
        if paid == nil { errors.add("paid", "Choose paid or volunteer.") }
        let organisationID = Int64(input["organisation_id"])
        let userID = Int64(input["user_id"])
        if !input["organisation_id"].isEmpty, !(try organisationID.map(organisationExists) ?? false) {
            errors.add("organisation_id", "Choose an organisation from the list.")
        }
        if !input["user_id"].isEmpty {
            if let userID, let problem = try accountProblem(userID) {
                errors.add("user_id", problem)
            } else if userID == nil {
                errors.add("user_id", "Choose an account from the list.")
            }
        }
        let questions = IdentityQuestions.read(input.text, into: &errors)
        guard errors.isEmpty, let kind, let paid else { return nil }
        return TrustedPersonForm(
            name: input["name"], kind: kind, paid: paid, organisationID: organisationID, userID: userID, questions: questions)
    }
}

/// Why a trusted person leaves for good, with a note.
struct LeavingForm: DecodedForm {
    static let fields = ["reason", "note"]

    let reason: EndReason
    let note: String

    /// The submitted fields: the reason as sent, the note trimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["reason"]) }

    /// Decodes the form: a reason from `allowed` (never sickness or leave, which are absences);
    /// any other is a bad request.
    static func decode(_ input: SubmittedForm, allowed: [EndReason]) throws -> LeavingForm {
        guard let reason = EndReason(rawValue: input["reason"]), allowed.contains(reason) else {
            throw AppError.badRequest("Choose why they are leaving: left their role, or other. Sickness or leave is an absence, not leaving.")
        }
        return LeavingForm(reason: reason, note: input["note"])
    }
}

/// An absence to record: off sick or on leave, from a day, with an expected return.
struct AbsenceForm: DecodedForm {
    static let fields = ["kind", "from", "expected_return"]

    let kind: AbsenceKind
    let from: CalendarDate
    let expectedReturn: CalendarDate

    /// The submitted fields: the kind as sent, the dates trimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["kind"]) }

    /// Decodes the form: a kind, two real dates in order, the return not before `today`; and
    /// refuses someone who `hasLeftRole` or is `alreadyAbsent`.
    static func decode(
        _ input: SubmittedForm, today: CalendarDate, hasLeftRole: Bool, alreadyAbsent: Bool, into errors: inout FieldErrors
    ) -> AbsenceForm? {
        let kind = AbsenceKind(rawValue: input["kind"])
        if kind == nil { errors.add("kind", "Choose whether they are off sick or on leave.") }
        let from = requiredDate(input["from"], field: "from", missing: "Enter the day the absence starts.", into: &errors)
        let expected = requiredDate(
            input["expected_return"], field: "expected_return", missing: "Enter when they are expected back, even if it is a guess.",
            into: &errors)
        AbsenceRules.check(from: from, expectedReturn: expected, into: &errors)
        if let expected, expected < today { errors.add("expected_return", "The expected return cannot be in the past.") }
        if hasLeftRole { errors.add("kind", "They have left their role: that is a handover, not an absence.") }
        if alreadyAbsent { errors.add("kind", "They are already marked absent. Mark them returned first.") }
        guard errors.isEmpty, let kind, let from, let expected else { return nil }
        return AbsenceForm(kind: kind, from: from, expectedReturn: expected)
    }

    /// A required date in ISO form, or a message beside `field`.
    static func requiredDate(_ text: String, field: String, missing: String, into errors: inout FieldErrors) -> CalendarDate? {
        guard !text.isEmpty else {
            errors.add(field, missing)
            return nil
        }
        guard let date = CalendarDate(typed: text) else {
            errors.add(field, DateRules.formatMessage)
            return nil
        }
        return date
    }
}

/// The end of an open absence: the day they came back, and whether interim cover ends too.
struct ReturnForm: DecodedForm {
    static let fields = ["returned_on", "end_cover"]

    let returnedOn: CalendarDate
    let endCover: Bool

    /// The submitted fields: the date trimmed, the checkbox as sent.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["end_cover"]) }

    /// Decodes the form: a real return date that `AbsenceRules` accept for `absence`.
    static func decode(_ input: SubmittedForm, absence: Absence, today: CalendarDate, into errors: inout FieldErrors) -> ReturnForm? {
        let returnedOn = AbsenceForm.requiredDate(
            input["returned_on"], field: "returned_on", missing: "Enter the day they came back.", into: &errors)
        if let returnedOn { AbsenceRules.checkReturn(returnedOn, of: absence, today: today, into: &errors) }
        guard errors.isEmpty, let returnedOn else { return nil }
        return ReturnForm(returnedOn: returnedOn, endCover: input["end_cover"] == "1")
    }
}
