import Domain
import HTTP
import Testing
@testable import App

/// The password and first-manager forms decode into typed values or say what is wrong, field by field.
@Suite struct AccountFormsTests {
    static let common = CommonPasswords(text: "password123456")

    @Test func aGoodFirstManagerDecodesAsTyped() {
        var errors = FieldErrors()
        let input = FirstManagerForm.submitted(FormData([
            ("display_name", "Ada Quill"), ("email", "ada@example.org"),
            ("password", " lantern otter quarry "), ("password_confirmation", " lantern otter quarry "),
        ]))
        let manager = FirstManagerForm.decode(input, common: Self.common, into: &errors)
        #expect(errors.isEmpty)
        #expect(manager?.displayName == "Ada Quill")
        #expect(manager?.password == " lantern otter quarry ")
        #expect(FirstManagerForm.shown(input)["password"] == nil)
    }

    @Test func everyBadFirstManagerFieldIsNamed() {
        var errors = FieldErrors()
        let input = FirstManagerForm.submitted(FormData([
            ("display_name", "  "), ("email", "not-an-address"), ("password", "short"), ("password_confirmation", "other"),
        ]))
        #expect(FirstManagerForm.decode(input, common: Self.common, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["display_name", "email", "password", "password_confirmation"])
    }

    @Test func aPasswordChangeNeedsTheCurrentPasswordAndAGoodNewOne() {
        let good = PasswordChangeForm.submitted(FormData([
            ("current_password", "old one"), ("password", "lantern otter quarry"), ("password_confirmation", "lantern otter quarry"),
        ]))
        var fine = FieldErrors()
        let change = PasswordChangeForm.decode(
            good, currentVerifies: true, email: "ada@example.org", name: "Ada Quill", common: Self.common, into: &fine)
        #expect(fine.isEmpty)
        #expect(change?.password == "lantern otter quarry")

        var errors = FieldErrors()
        let bad = PasswordChangeForm.submitted(FormData([
            ("current_password", "wrong"), ("password", "password123456"), ("password_confirmation", "password12345"),
        ]))
        #expect(PasswordChangeForm.decode(
            bad, currentVerifies: false, email: "ada@example.org", name: "Ada Quill", common: Self.common, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["current_password", "password", "password_confirmation"])
    }

    @Test func aNewPasswordMayNotContainTheName() {
        var errors = FieldErrors()
        let input = NewPasswordForm.submitted(FormData([("password", "quillquillquill9"), ("password_confirmation", "quillquillquill9")]))
        #expect(NewPasswordForm.decode(input, email: "ada@example.org", name: "Ada Quill", common: Self.common, into: &errors) == nil)
        #expect(errors["password"] != nil)
    }
}
