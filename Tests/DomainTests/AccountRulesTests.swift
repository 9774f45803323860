import Testing
@testable import Domain

@Suite struct AccountRulesTests {
    @Test(arguments: ["a@b.org", "  Sam.Jones@Example.ORG ", "x+tag@mail.example.co.uk"])
    func acceptsEmailAddresses(email: String) {
        var errors = FieldErrors()
        AccountRules.checkEmail(email, into: &errors)
        #expect(errors.isEmpty)
    }

    @Test(arguments: ["", "   ", "no-at-sign", "@example.org", "a@b", "a@@b.org", "a b@c.org", "a@.org", "a@org.", "<a@b.org>"])
    func rejectsMalformedEmailAddresses(email: String) {
        var errors = FieldErrors()
        AccountRules.checkEmail(email, into: &errors)
        #expect(errors["email"] != nil)
    }

    @Test func normalisesEmailAddresses() {
        #expect(AccountRules.normalisedEmail("  Sam@Example.ORG\n") == "sam@example.org")
    }

    @Test func rejectsShortPasswords() {
        var errors = FieldErrors()
        AccountRules.checkNewPassword("short", confirmation: "short", email: "a@b.org", name: "", common: .none, into: &errors)
        #expect(errors["password"] == "Use at least 12 characters.")
    }

    @Test func rejectsMismatchedConfirmation() {
        var errors = FieldErrors()
        AccountRules.checkNewPassword("a long passphrase", confirmation: "a long passphrasE", email: "a@b.org", name: "", common: .none, into: &errors)
        #expect(errors["password"] == nil)
        #expect(errors["password_confirmation"] == "The two passwords do not match.")
    }

    @Test func rejectsThePasswordBeingTheEmailAddress() {
        var errors = FieldErrors()
        AccountRules.checkNewPassword("Sam@example.org", confirmation: "Sam@example.org", email: "sam@example.org", name: "", common: .none, into: &errors)
        #expect(errors["password"] != nil)
    }

    @Test func acceptsALongPassphrase() {
        var errors = FieldErrors()
        AccountRules.checkNewPassword("correct horse battery", confirmation: "correct horse battery", email: "a@b.org", name: "", common: .none, into: &errors)
        #expect(errors.isEmpty)
    }

    @Test func rejectsEmptyAndOverlongNames() {
        var errors = FieldErrors()
        AccountRules.checkName("  ", into: &errors)
        #expect(errors["display_name"] == "Enter a name.")
        var long = FieldErrors()
        AccountRules.checkName(String(repeating: "x", count: 101), into: &long)
        #expect(long["display_name"] != nil)
    }

    @Test func keepsOnlyTheFirstMessagePerField() {
        var errors = FieldErrors()
        errors.add("email", "first")
        errors.add("email", "second")
        #expect(errors.entries.count == 1)
        #expect(errors["email"] == "first")
    }
}
