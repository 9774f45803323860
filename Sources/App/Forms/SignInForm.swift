import Domain
import HTTP

/// A sign-in attempt: the email address as accounts store it, the password exactly as typed,
/// and where to go afterwards (checked against the routes separately).
struct SignInForm: DecodedForm {
    static let fields = ["email", "password", "next"]

    let email: String
    let password: String
    let next: String

    /// The submitted fields, the password untrimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["password"]) }

    /// The messages for control characters in the attempt: beside the email or password box
    /// (the password with its own message, as it is never shown again), and at the email box
    /// for the hidden `next`.
    static func controlCharacterErrors(_ input: SubmittedForm) -> FieldErrors {
        input.controlCharacterErrors(boxes: ["email": "email", "password": "password"], passwords: ["password"], elsewhere: "email")
    }

    /// Decodes whenever `errors` is empty: a wrong or empty address and password are answered
    /// by the sign-in check, with one message for both, so nothing here tells which was wrong.
    /// Nil when `errors` holds a message (a control character), so no attempt is made.
    static func decode(_ input: SubmittedForm, errors: FieldErrors) -> SignInForm? {
        guard errors.isEmpty else { return nil }
        return SignInForm(email: AccountRules.normalisedEmail(input["email"]), password: input["password"], next: input["next"])
    }
}

/// A plan step's new status: one of `PlanStore.stepStatuses`.
struct PlanStepStatusForm: DecodedForm {
    static let fields = ["status"]

    let status: String

    static func decode(_ form: FormData, allowed: [String]) -> PlanStepStatusForm? {
        let status = submitted(form)["status"]
        return allowed.contains(status) ? PlanStepStatusForm(status: status) : nil
    }
}
