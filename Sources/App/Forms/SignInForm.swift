import Domain
import HTTP

/// A sign-in attempt: the email address as accounts store it, the password exactly as typed,
/// and where to go afterwards (checked against the routes separately).
struct SignInForm: DecodedForm {
    static let fields = ["email", "password", "next"]

    let email: String
    let password: String
    let next: String

    /// Always decodes: a wrong or empty address and password are answered by the sign-in check,
    /// with one message for both, so nothing here tells which was wrong.
    static func decode(_ form: FormData) -> SignInForm {
        let input = SubmittedForm(form, fields: fields, untrimmed: ["password"])
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
