import Foundation
import Hashing
import Testing
@testable import App

/// Two-factor sign-in through the real router: the code step, enrolment (required for
/// coordinators and managers, optional for others), recovery codes and a manager's reset.
@Suite struct SecondFactorTests {
    /// Signs in with the password only and returns the answer.
    @discardableResult
    func password(_ client: TestClient, _ email: String) throws -> TestResponse {
        try client.signIn(email, TestApp.password, enterCode: false)
    }

    @Test func anEnrolledAccountGivesACodeBeforeAnySessionStarts() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        let afterPassword = try password(client, "sam@example.org")
        #expect(afterPassword.location == "/sign-in/code")
        #expect(client.cookies["tp_session"] == nil)
        #expect(client.cookies["tp_pending"] != nil)
        #expect(try client.get("/caseload").location?.hasPrefix("/sign-in") == true)
        #expect(try client.get("/sign-in/code").contains("autocomplete=\"one-time-code\""))
        let signedIn = try client.post("/sign-in/code", [("code", test.code(at: test.now))])
        #expect(signedIn.status == 303)
        #expect(signedIn.location == "/")
        #expect(client.cookies["tp_session"] != nil)
        #expect(client.cookies["tp_pending"] == nil)
        #expect(try client.get("/caseload").status == 200)
    }

    @Test func aWrongCodeIsRefusedBesideTheFieldAndStartsNoSession() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.manager])
        let client = test.client()
        try password(client, "sam@example.org")
        try client.get("/sign-in/code")
        let wrong = try client.post("/sign-in/code", [("code", "000000")])
        #expect(wrong.status == 422)
        #expect(wrong.contains("id=\"code-error\""))
        #expect(wrong.contains(SecondFactorPages.wrongCodeMessage))
        #expect(wrong.contains("value=\"000000\""))
        #expect(client.cookies["tp_session"] == nil)
        #expect(try test.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func fiveWrongCodesEndThePendingSignIn() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        try password(client, "sam@example.org")
        try client.get("/sign-in/code")
        for _ in 0..<5 { try client.post("/sign-in/code", [("code", "123456")]) }
        let after = try client.post("/sign-in/code", [("code", test.code(at: test.now))])
        #expect(after.location == "/sign-in")
        #expect(try test.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func aPendingSignInExpires() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        try password(client, "sam@example.org")
        try client.get("/sign-in/code")
        test.advance(by: 10 * 60 + 1)
        #expect(try client.post("/sign-in/code", [("code", test.code(at: test.now))]).location == "/sign-in")
    }

    @Test func wrongCodesAreLimitedPerAccountAcrossNewPendingSignIns() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        for round in 0..<2 {
            let client = test.client(address: "10.0.3.\(round)")
            try password(client, "sam@example.org")
            try client.get("/sign-in/code")
            for _ in 0..<5 { try client.post("/sign-in/code", [("code", "123456")]) }
        }
        let client = test.client(address: "10.0.3.9")
        try password(client, "sam@example.org")
        try client.get("/sign-in/code")
        let refused = try client.post("/sign-in/code", [("code", test.code(at: test.now))])
        #expect(refused.status == 429)
        #expect(refused.contains(SecondFactorPages.tooManyCodesMessage))
        test.advance(by: 10 * 60 + 1)
        #expect(try test.client(address: "10.0.3.10").signIn("sam@example.org", TestApp.password).status == 303)
    }

    @Test func aRoleThatNeedsASecondFactorEndsTheSessionsOfAnAccountWithout() throws {
        let test = try TestApp()
        let id = try test.createUser("casey@example.org", roles: [.trustedPerson])
        let casey = test.client()
        try casey.signIn("casey@example.org", TestApp.password)
        #expect(try casey.get("/alongside").status == 200)
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/\(id)")
        try manager.post("/admin/users/\(id)", [("display_name", "Casey"), ("roles", "coordinator"), ("role_reason", "Joining the coordination team")])
        #expect(try casey.get("/caseload").location?.hasPrefix("/sign-in") == true)
        #expect(try password(test.client(), "casey@example.org").location == "/account/second-factor")
    }

    @Test func aCodeIsNeverAcceptedTwice() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let first = test.client()
        try password(first, "sam@example.org")
        try first.get("/sign-in/code")
        let code = test.code(at: test.now)
        #expect(try first.post("/sign-in/code", [("code", code)]).status == 303)
        let second = test.client(address: "10.0.0.9")
        try password(second, "sam@example.org")
        try second.get("/sign-in/code")
        #expect(try second.post("/sign-in/code", [("code", code)]).status == 422)
    }

    @Test func aCoordinatorWithoutASecondFactorMustEnrolBeforeAnythingElse() throws {
        let test = try TestApp()
        try test.createUser("new@example.org", roles: [.coordinator], enrolled: false)
        let client = test.client()
        #expect(try password(client, "new@example.org").location == "/account/second-factor")
        #expect(client.cookies["tp_session"] == nil)
        #expect(try client.get("/caseload").location?.hasPrefix("/sign-in") == true)
        let page = try client.get("/account/second-factor")
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let secret = try #require(page.body.firstMatch(of: /<code id="secret" class="secret">([A-Z2-7]{32})<\/code>/).map { String($0.1) })
        #expect(try client.get("/account/second-factor").contains(secret), "a reload keeps the secret already scanned")
        let wrong = try client.post("/account/second-factor", [("code", "99999")])
        #expect(wrong.status == 422)
        #expect(wrong.contains(SecondFactorPages.wrongEnrolmentCodeMessage))
        #expect(wrong.contains(secret))
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL") == 0)
        let code = TOTP(secret: Base32.decode(secret)!).code(at: Int64(test.now.timeIntervalSince1970))
        let done = try client.post("/account/second-factor", [("code", code)])
        #expect(done.status == 200)
        let shown = done.body.matches(of: /<li><code>([a-z2-7]{5}-[a-z2-7]{5})<\/code><\/li>/).map { String($0.1) }
        #expect(shown.count == 10)
        #expect(try test.count("SELECT count(*) FROM recovery_codes") == 10)
        for code in shown {
            let plain = code.replacingOccurrences(of: "-", with: "")
            #expect(try test.count("SELECT count(*) FROM recovery_codes WHERE code_digest = '\(Hex.encode(SHA256.hash(Array(plain.utf8))))'") == 1)
            #expect(try test.count("SELECT count(*) FROM recovery_codes WHERE code_digest LIKE '%\(plain)%'") == 0)
        }
        #expect(try client.get("/caseload").status == 200)
        #expect(try test.count("SELECT count(*) FROM admin_events WHERE action = 'set up a second factor'") == 1)
    }

    @Test func aRecoveryCodeSignsInOnceOnly() throws {
        let test = try TestApp()
        try test.createUser("new@example.org", roles: [.manager], enrolled: false)
        let client = test.client()
        try password(client, "new@example.org")
        let page = try client.get("/account/second-factor")
        let secret = try #require(page.body.firstMatch(of: /id="secret" class="secret">([A-Z2-7]+)</).map { String($0.1) })
        let done = try client.post(
            "/account/second-factor", [("code", TOTP(secret: Base32.decode(secret)!).code(at: Int64(test.now.timeIntervalSince1970)))])
        let recovery = try #require(done.body.firstMatch(of: /<code>([a-z2-7]{5}-[a-z2-7]{5})<\/code>/).map { String($0.1) })
        for attempt in 0..<2 {
            let other = test.client(address: "10.0.0.\(attempt + 20)")
            try password(other, "new@example.org")
            try other.get("/sign-in/code")
            let answer = try other.post("/sign-in/code", [("code", recovery.uppercased())])
            #expect(answer.status == (attempt == 0 ? 303 : 422))
        }
        #expect(try test.count("SELECT count(*) FROM recovery_codes WHERE used_at IS NOT NULL") == 1)
    }

    @Test func othersSignInWithoutASecondFactorAndMayAddOne() throws {
        let test = try TestApp()
        try test.createUser("tp@example.org", roles: [.trustedPerson])
        let client = test.client()
        #expect(try password(client, "tp@example.org").location == "/")
        let page = try client.get("/account/second-factor")
        #expect(page.contains("It is optional for your account."))
        let secret = try #require(page.body.firstMatch(of: /id="secret" class="secret">([A-Z2-7]+)</).map { String($0.1) })
        let code = TOTP(secret: Base32.decode(secret)!).code(at: Int64(test.now.timeIntervalSince1970))
        #expect(try client.post("/account/second-factor", [("code", code)]).contains("Your recovery codes"))
        test.advance(by: 30)
        #expect(try password(test.client(), "tp@example.org").location == "/sign-in/code")
    }

    @Test func aManagerResetsSomeoneElsesSecondFactorWithAReason() throws {
        let test = try TestApp()
        let subject = try test.createUser("sam@example.org", roles: [.coordinator])
        let samClient = test.client()
        try samClient.signIn("sam@example.org", TestApp.password)
        let manager = try test.signedIn([.manager])
        let page = try manager.get("/admin/users/\(subject)")
        #expect(page.contains("action=\"/admin/users/\(subject)/reset-second-factor\""))
        let empty = try manager.post("/admin/users/\(subject)/reset-second-factor", [("reason", "  ")])
        #expect(empty.status == 422)
        #expect(empty.contains("id=\"reason-error\""))
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE user_id = \(subject)") == 1)
        let reset = try manager.post("/admin/users/\(subject)/reset-second-factor", [("reason", "Phone lost on the bus")])
        #expect(reset.location == "/admin/users/\(subject)?notice=second-factor-reset")
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE user_id = \(subject)") == 0)
        #expect(try test.count("SELECT count(*) FROM admin_events WHERE action = 'reset the second factor' AND detail = 'Phone lost on the bus' AND subject_user_id = \(subject)") == 1)
        #expect(try samClient.get("/caseload").location?.hasPrefix("/sign-in") == true, "their sessions end")
        #expect(try password(test.client(), "sam@example.org").location == "/account/second-factor")
    }

    @Test func aManagerCannotResetTheirOwnSecondFactor() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager], email: "boss@example.org")
        let ownID: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM users WHERE email = 'boss@example.org'") ?? 0 }
        #expect(!(try manager.get("/admin/users/\(ownID)").contains("reset-second-factor")))
        #expect(try manager.post("/admin/users/\(ownID)/reset-second-factor", [("reason", "Lost it")]).status == 403)
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE user_id = \(ownID)") == 1)
    }

    @Test func theFirstManagerEnrolsRightAfterSetUp() throws {
        let test = try TestApp()
        let link = try #require(try test.app.firstRunLink(now: test.now))
        let path = try #require(URL(string: link)?.path)
        let client = test.client()
        try client.get(path)
        let response = try client.post(path, [
            ("display_name", "Alex Mercer"), ("email", "alex@example.org"),
            ("password", "a long enough passphrase"), ("password_confirmation", "a long enough passphrase"),
        ])
        #expect(response.location == "/account/second-factor")
        #expect(try client.get("/admin/users").location?.hasPrefix("/sign-in") == true)
    }

    @Test func theOtpauthAddressNamesTheIssuerAndTheAccount() {
        #expect(SecondFactorPages.otpauthURI(email: "sam+x@example.org", secret: "ABC")
            == "otpauth://totp/Trusted%20Person:sam%2Bx%40example.org?secret=ABC&issuer=Trusted%20Person")
    }
}
