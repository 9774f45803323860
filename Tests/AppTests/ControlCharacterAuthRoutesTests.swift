import Foundation
import Testing
@testable import App

/// A control character typed into the sign-in, first-run, password, second-factor and account
/// forms comes back beside the box that held it (422), the typed text kept without it (never a
/// password), nothing stored and, for signing in, no attempt counted.
@Suite struct ControlCharacterAuthRoutesTests {
    /// Checks the form came back with the message beside the box `field` (its error paragraph,
    /// the box pointing at it with `aria-describedby`, the summary linking to it), `kept` shown
    /// and no control character left in the page.
    static func expectReported(
        _ response: TestResponse, field: String, kept: String? = nil, message: String = SubmittedForm.controlCharacterMessage,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(response.status == 422, sourceLocation: sourceLocation)
        #expect(response.contains("<p class=\"field-error\" id=\"\(field)-error\"><span class=\"visually-hidden\">Error:</span> \(message)</p>"),
                sourceLocation: sourceLocation)
        let described = try Regex("<[a-z]+ [^>]*id=\"\(field)\"[^>]*aria-describedby=\"[^\"]*\(field)-error")
        #expect(response.body.contains(described), "the box names its message", sourceLocation: sourceLocation)
        #expect(response.contains("href=\"#\(field)\""), sourceLocation: sourceLocation)
        if let kept { #expect(response.contains(kept), sourceLocation: sourceLocation) }
        #expect(!["\u{0}", "\u{1B}", "\u{7}"].contains { response.body.contains($0) }, sourceLocation: sourceLocation)
    }

    /// The stored password hash of `email`'s account.
    static func passwordHash(_ test: TestApp, _ email: String) throws -> String? {
        try test.pool.read { db in try db.scalar("SELECT password_hash FROM users WHERE email = ?", email) }
    }

    @Test(arguments: ["\u{0}", "\u{1B}", "\u{7}"])
    func signingInWithOneInTheEmailIsNotAnAttempt(_ character: String) throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.trustedPerson])
        let client = test.client()
        for _ in 1...6 {
            try client.get("/sign-in")
            let response = try client.post("/sign-in", [("email", "sam\(character)@example.org"), ("password", TestApp.password)])
            try Self.expectReported(response, field: "email", kept: "value=\"sam@example.org\"")
            #expect(!response.contains(SignInPages.failureMessage))
            #expect(response.headers["Set-Cookie"]?.contains("tp_session") != true)
        }
        let signedIn = try client.signIn("sam@example.org", TestApp.password)
        #expect(signedIn.status == 303, "six refused forms counted as no failed attempt, so there is no wait")
    }

    @Test func aPasswordWithOneIsReportedBesideItAndNeverShownAgain() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.trustedPerson])
        let known = test.client(), unknown = test.client(address: "127.0.0.2")
        try known.get("/sign-in")
        try unknown.get("/sign-in")
        let typed = "correct horse\u{0} battery"
        let answers = [
            try known.post("/sign-in", [("email", "sam@example.org"), ("password", typed)]),
            try unknown.post("/sign-in", [("email", "nobody@example.org"), ("password", typed)]),
        ]
        for response in answers {
            try Self.expectReported(response, field: "password", message: SubmittedForm.controlCharacterInPasswordMessage)
            #expect(!response.contains("correct horse"))
            #expect(!response.contains(SignInPages.failureMessage))
        }
        let pages = answers.map { answer in
            answer.body.replacing(/name="_csrf" value="[^"]+"/, with: "").replacing(/(sam|nobody)@example.org/, with: "")
        }
        #expect(pages[0] == pages[1], "the same page whether or not the account exists")
    }

    @Test func aControlCharacterInTheHiddenNextStopsTheSignInWithAMessage() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.trustedPerson])
        let client = test.client()
        try client.get("/sign-in")
        let response = try client.post("/sign-in", [("email", "sam@example.org"), ("password", TestApp.password), ("next", "/alongside\u{0}")])
        try Self.expectReported(response, field: "email", kept: "value=\"sam@example.org\"", message: SubmittedForm.controlCharacterOutOfSightMessage)
        #expect(response.contains("name=\"next\" value=\"/alongside\""), "the hidden field goes back without the character")
        #expect(try test.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func theSignInCodeReportsOneWithoutCountingAWrongCode() throws {
        let test = try TestApp()
        try test.createUser("casey@example.org", roles: [.coordinator])
        let client = test.client()
        #expect(try client.signIn("casey@example.org", TestApp.password, enterCode: false).location == "/sign-in/code")
        try client.get("/sign-in/code")
        let code = try test.currentCode(email: "casey@example.org")
        let response = try client.post("/sign-in/code", [("code", String(code.prefix(3)) + "\u{7}" + String(code.dropFirst(3)))])
        try Self.expectReported(response, field: "code", kept: "value=\"\(code)\"")
        #expect(try test.count("SELECT coalesce(sum(failed_attempts), 0) FROM pending_sign_ins") == 0)
        #expect(try test.count("SELECT count(*) FROM sessions") == 0)
        #expect(try client.post("/sign-in/code", [("code", code)]).status == 303)
    }

    @Test func enrollingASecondFactorReportsOneBesideTheCode() throws {
        let test = try TestApp()
        let (sam, _) = try test.signedInTrustedPerson()
        try sam.get("/account/second-factor")
        let response = try sam.post("/account/second-factor", [("code", "12\u{0}3456")])
        try Self.expectReported(response, field: "code", kept: "value=\"123456\"")
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL") == 0)
    }

    /// An account that already has a second factor has no code box: the message stands where
    /// the summary's `#code` link lands, and nothing changes.
    @Test func aCodePostedToAnEnrolledAccountIsReportedWhereTheSummaryLinks() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/account/second-factor")
        let before = try test.count("SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL")
        let response = try coordinator.post("/account/second-factor", [("code", "12\u{0}3456")])
        #expect(response.status == 422)
        #expect(response.contains("href=\"#code\""))
        #expect(response.contains("<p class=\"field-error\" id=\"code\">"), "the summary's link lands on the message")
        #expect(response.contains(SubmittedForm.controlCharacterMessage))
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL") == before)
    }

    @Test func theFirstRunFormReportsOneBesideTheNameAndNeverShowsThePassword() throws {
        let test = try TestApp()
        let link = try #require(try test.app.firstRunLink(now: test.now))
        let path = try #require(URL(string: link)?.path)
        let client = test.client()
        try client.get(path)
        let passphrase = "a long enough passphrase"
        let named = try client.post(path, [
            ("display_name", "Alex\u{1B} Mercer"), ("email", "alex@example.org"), ("password", passphrase), ("password_confirmation", passphrase),
        ])
        try Self.expectReported(named, field: "display_name", kept: "value=\"Alex Mercer\"")
        #expect(named.contains("value=\"alex@example.org\""))
        #expect(!named.contains(passphrase))
        let typedPassword = try client.post(path, [
            ("display_name", "Alex Mercer"), ("email", "alex@example.org"), ("password", "a long\u{0} enough passphrase"),
            ("password_confirmation", "a long\u{0} enough passphrase"),
        ])
        try Self.expectReported(typedPassword, field: "password", message: SubmittedForm.controlCharacterInPasswordMessage)
        try Self.expectReported(typedPassword, field: "password_confirmation", message: SubmittedForm.controlCharacterInPasswordMessage)
        #expect(!typedPassword.contains("enough passphrase"))
        #expect(try test.count("SELECT count(*) FROM users") == 0)
        #expect(try client.post(path, [
            ("display_name", "Alex Mercer"), ("email", "alex@example.org"), ("password", passphrase), ("password_confirmation", passphrase),
        ]).status == 303, "the link still works")
    }

    @Test func aPasswordChosenThroughALinkWithOneIsReportedAndTheLinkStillWorks() throws {
        let test = try TestApp()
        let id = try test.createUser("sam@example.org", roles: [.trustedPerson])
        let path = "/welcome/" + (try test.oneTimeLinkToken(for: id))
        let hash = try Self.passwordHash(test, "sam@example.org")
        let client = test.client()
        try client.get(path)
        let passphrase = "walking along the river"
        let response = try client.post(path, [("password", "walking\u{7} along the river"), ("password_confirmation", passphrase)])
        try Self.expectReported(response, field: "password", message: SubmittedForm.controlCharacterInPasswordMessage)
        #expect(!response.contains("along the river"))
        #expect(try Self.passwordHash(test, "sam@example.org") == hash)
        #expect(try client.post(path, [("password", passphrase), ("password_confirmation", passphrase)]).status == 303)
    }

    @Test func changingOnesPasswordWithOneInTheCurrentPasswordChangesNothing() throws {
        let test = try TestApp()
        let (sam, _) = try test.signedInTrustedPerson()
        let hash = try Self.passwordHash(test, "sam@example.org")
        try sam.get("/account/password")
        let response = try sam.post("/account/password", [
            ("current_password", TestApp.password + "\u{0}"), ("password", "walking along the river"),
            ("password_confirmation", "walking along the river"),
        ])
        try Self.expectReported(response, field: "current_password", message: SubmittedForm.controlCharacterInPasswordMessage)
        #expect(!response.contains(TestApp.password))
        #expect(!response.contains("along the river"))
        #expect(try Self.passwordHash(test, "sam@example.org") == hash)
    }
}
