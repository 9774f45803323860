import Domain
import HTTP

/// A new password and its confirmation, as chosen through an invitation or reset link.
/// Passwords are kept exactly as typed: spaces are part of them.
struct NewPasswordForm: DecodedForm {
    static let fields = ["password", "password_confirmation"]

    let password: String

    /// The submitted fields, untrimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: Set(fields)) }

    /// Decodes the form: a password that passes `AccountRules` for this account's `email`
    /// and `name`, typed twice the same.
    static func decode(
        _ input: SubmittedForm, email: String, name: String, common: CommonPasswords, into errors: inout FieldErrors
    ) -> NewPasswordForm? {
        AccountRules.checkNewPassword(
            input["password"], confirmation: input["password_confirmation"], email: email, name: name, common: common,
            into: &errors)
        guard errors.isEmpty else { return nil }
        return NewPasswordForm(password: input["password"])
    }
}

/// A signed-in user's change of password: the current one (checked against the store by the
/// handler) and the new one typed twice.
struct PasswordChangeForm: DecodedForm {
    static let fields = ["current_password", "password", "password_confirmation"]

    let password: String

    /// The submitted fields, untrimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: Set(fields)) }

    /// Decodes the form: `currentVerifies` says whether the current password matched the
    /// stored hash; the new one must pass `AccountRules`.
    static func decode(
        _ input: SubmittedForm, currentVerifies: Bool, email: String, name: String, common: CommonPasswords,
        into errors: inout FieldErrors
    ) -> PasswordChangeForm? {
        if !currentVerifies { errors.add("current_password", "Your current password is not right.") }
        guard NewPasswordForm.decode(input, email: email, name: name, common: common, into: &errors) != nil, errors.isEmpty else {
            return nil
        }
        return PasswordChangeForm(password: input["password"])
    }
}

/// The first manager's account, made from the setup link: a name, an email address and a
/// password typed twice. Fields are kept as typed, as the stores normalise them.
struct FirstManagerForm: DecodedForm {
    static let fields = ["display_name", "email", "password", "password_confirmation"]

    let displayName: String
    let email: String
    let password: String

    /// The submitted fields, untrimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: Set(fields)) }

    /// The fields shown again on the form (never the passwords).
    static func shown(_ input: SubmittedForm) -> [String: String] {
        ["display_name": input["display_name"], "email": input["email"]]
    }

    /// Decodes the form: a name and an email address `AccountRules` accept, and a password
    /// that passes them for that name and address.
    static func decode(_ input: SubmittedForm, common: CommonPasswords, into errors: inout FieldErrors) -> FirstManagerForm? {
        AccountRules.checkName(input["display_name"], into: &errors)
        AccountRules.checkEmail(input["email"], into: &errors)
        AccountRules.checkNewPassword(
            input["password"], confirmation: input["password_confirmation"], email: input["email"], name: input["display_name"],
            common: common, into: &errors)
        guard errors.isEmpty else { return nil }
        return FirstManagerForm(displayName: input["display_name"], email: input["email"], password: input["password"])
    }
}
