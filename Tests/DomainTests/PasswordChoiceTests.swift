import Testing
@testable import Domain

/// New passwords: the common list, repeated characters, and the person's own name or email.
@Suite struct PasswordChoiceTests {
    let common = CommonPasswords(text: "123456\npassword1234\n\nIloveyou12345\n")

    func message(_ password: String, email: String = "sam.whitlock@example.org", name: String = "Sam Whitlock") -> String? {
        var errors = FieldErrors()
        AccountRules.checkNewPassword(password, confirmation: password, email: email, name: name, common: common, into: &errors)
        return errors["password"]
    }

    @Test(arguments: ["password1234", "PASSWORD1234", " Password1234 ", "iloveyou12345"])
    func refusesPasswordsOnTheList(password: String) {
        #expect(message(password)?.contains("too common") == true)
    }

    @Test(arguments: ["aaaaaaaaaaaa", "abababababab", "abcabcabcabc"])
    func refusesPasswordsOfFewerThanFourDifferentCharacters(password: String) {
        #expect(message(password)?.contains("too common") == true)
    }

    @Test(arguments: [
        ("my name is WHITLOCK ok", "whitlock"), ("sam.whitlock-and-more", "sam.whitlock"), ("samsamsam tree", "sam"),
    ])
    func refusesPasswordsContainingTheNameOrEmail(password: String, part: String) {
        #expect(message(password)?.contains("“\(part)”") == true)
    }

    @Test func ignoresNamePartsShorterThanThreeCharacters() {
        #expect(message("river jo stone lamp", email: "jo@example.org", name: "Jo Li") == nil)
    }

    @Test func acceptsAnUnrelatedPassphrase() {
        #expect(message("correct horse battery") == nil)
        #expect(common.count == 3)
    }
}
