import Foundation
import Testing
@testable import App

@Suite struct SignInTests {
    @Test func signingInSetsAProtectedSessionCookie() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        let response = try client.signIn("Sam@Example.org ", TestApp.password)
        #expect(response.status == 303)
        #expect(response.location == "/")
        let cookie = try #require(response.headers.values(for: "Set-Cookie").first { $0.hasPrefix("tp_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"))
        #expect(try client.get("/caseload").status == 200)
    }

    @Test func theCookieIsSecureWhenConfiguredForHTTPS() throws {
        let test = try TestApp { $0.secureCookies = true }
        try test.createUser("sam@example.org", roles: [.coordinator])
        let response = try test.client().signIn("sam@example.org", TestApp.password)
        let cookie = try #require(response.headers.values(for: "Set-Cookie").first { $0.hasPrefix("tp_session=") })
        #expect(cookie.contains("Secure"))
    }

    @Test func sessionTokensAreStoredOnlyAsDigests() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        try client.signIn("sam@example.org", TestApp.password)
        let token = try #require(client.cookies["tp_session"])
        #expect(token.count == 43)
        #expect(try test.count("SELECT count(*) FROM sessions WHERE token_digest = '\(token)'") == 0)
        #expect(try test.count("SELECT count(*) FROM sessions") == 1)
    }

    @Test func aWrongPasswordAndAnUnknownAccountGetTheSameMessage() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let wrongPassword = try test.client().signIn("sam@example.org", "not the password")
        let unknown = try test.client(address: "10.0.0.2").signIn("nobody@example.org", TestApp.password)
        for response in [wrongPassword, unknown] {
            #expect(response.status == 401)
            #expect(response.contains(SignInPages.failureMessage))
            #expect(response.headers.values(for: "Set-Cookie").allSatisfy { !$0.hasPrefix("tp_session=") })
        }
    }

    @Test func theFormKeepsTheEmailButNeverThePassword() throws {
        let test = try TestApp()
        let response = try test.client().signIn("sam@example.org", "secret-password-typed")
        #expect(response.contains("value=\"sam@example.org\""))
        #expect(!response.contains("secret-password-typed"))
    }

    @Test func repeatedFailuresSlowTheAccountDownButNeverLockTheRightPasswordOut() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        for attempt in 0..<5 {
            test.advance(by: 60)
            #expect(try test.client(address: "10.0.1.\(attempt)").signIn("sam@example.org", "wrong guess \(attempt)").status == 401)
        }
        let early = try test.client(address: "10.0.2.1").signIn("sam@example.org", TestApp.password)
        #expect(early.status == 429)
        #expect(early.headers.values(for: "Retry-After") == ["4"])
        #expect(early.contains("Wait 4 seconds and try again"))
        #expect(early.headers.values(for: "Set-Cookie").allSatisfy { !$0.hasPrefix("tp_session=") })
        test.advance(by: 4)
        #expect(try test.client(address: "10.0.2.1").signIn("sam@example.org", TestApp.password).status == 303)
        #expect(try test.client(address: "10.0.2.2").signIn("sam@example.org", "wrong again").status == 401)
    }

    @Test func theWaitDoublesWithEachFailureUpToFifteenMinutes() throws {
        let test = try TestApp()
        for attempt in 0..<20 {
            test.advance(by: 15 * 60)
            #expect(try test.client(address: "10.0.3.\(attempt)").signIn("kim@example.org", "guess \(attempt)").status == 401)
        }
        let early = try test.client(address: "10.0.4.1").signIn("kim@example.org", "guess")
        #expect(early.headers.values(for: "Retry-After") == ["900"])
        #expect(early.contains("Wait 15 minutes"))
    }

    @Test func repeatedFailuresFromOneAddressAreSlowedAcrossAccountsAfterALargerAllowance() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client(address: "192.0.2.7")
        for attempt in 0..<10 {
            #expect(try client.signIn("guess\(attempt)@example.org", "wrong").status == 401)
        }
        let early = try client.signIn("sam@example.org", TestApp.password)
        #expect(early.status == 429)
        #expect(early.headers.values(for: "Retry-After") == ["1"])
        #expect(try test.client(address: "192.0.2.8").signIn("sam@example.org", TestApp.password).status == 303)
        test.advance(by: 1)
        #expect(try client.signIn("sam@example.org", TestApp.password).status == 303)
    }

    @Test func aDeactivatedAccountCannotSignIn() throws {
        let test = try TestApp()
        try test.createUser("gone@example.org", roles: [.coordinator], active: false)
        let response = try test.client().signIn("gone@example.org", TestApp.password)
        #expect(response.status == 401)
        #expect(response.contains(SignInPages.failureMessage))
    }

    @Test func signingOutEndsTheSessionForGood() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator])
        let stolen = client.cookies["tp_session"]
        try client.get("/caseload")
        let response = try client.post("/sign-out")
        #expect(response.status == 303)
        #expect(response.location == "/sign-in?notice=signed-out")
        #expect(try client.get("/sign-in?notice=signed-out").contains("You have signed out."))
        let replay = test.client()
        replay.cookies["tp_session"] = stolen
        #expect(try replay.get("/caseload").status == 303)
    }

    @Test func sessionsEndAfterAnHourIdle() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator])
        test.advance(by: 59 * 60)
        #expect(try client.get("/caseload").status == 200)
        test.advance(by: 59 * 60)
        #expect(try client.get("/caseload").status == 200)
        test.advance(by: 60 * 60 + 1)
        #expect(try client.get("/caseload").status == 303)
    }

    @Test func sessionsEndTwelveHoursAfterSignInEvenWhenActive() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator])
        for _ in 0..<23 {
            test.advance(by: 30 * 60 - 1)
            #expect(try client.get("/caseload").status == 200)
        }
        test.advance(by: 1830)
        #expect(try client.get("/caseload").status == 303)
    }

    @Test func signingInReturnsToTheRequestedPageButNeverAnotherSite() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.manager])
        let redirect = try test.client().get("/admin/users")
        #expect(redirect.status == 303)
        #expect(redirect.location == "/sign-in?next=/admin/users")
        #expect(try test.client().signIn("sam@example.org", TestApp.password, next: "/admin/users").location == "/admin/users")
        for hostile in ["//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"] {
            #expect(try test.client().signIn("sam@example.org", TestApp.password, next: hostile).location == "/")
        }
    }

    /// A WHATWG URL parser drops tabs and newlines, so `/\t/evil.example` is `//evil.example`.
    @Test(arguments: ["/\t/evil.example", "/\n/evil.example", "/%09/evil.example", "/ /evil.example", "/people/x", "/no-such-page"])
    func aNextAddressCountsOnlyWhenItIsOneOfOurRoutes(next: String) throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        #expect(try test.client().signIn("sam@example.org", TestApp.password, next: next).location == "/")
    }

    @Test func aNextAddressKeepsAPlainQueryButNothingElse() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let sign = { (next: String) in try test.client().signIn("sam@example.org", TestApp.password, next: next).location }
        #expect(try sign("/caseload?district=fenland&page=2") == "/caseload?district=fenland&page=2")
        #expect(try sign("/caseload?x=\t//evil.example") == "/caseload")
        #expect(try sign("/people/12") == "/people/12")
    }

    @Test func theSignInFormCarriesTheTabbedAddressAsHome() throws {
        let test = try TestApp()
        let page = try test.client().get("/sign-in?next=/%09/evil.example")
        #expect(page.contains("name=\"next\" value=\"/\""))
    }

    @Test func theSignedInHomeGreetsByName() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator], name: "Sam Whitlock")
        let client = test.client()
        try client.signIn("sam@example.org", TestApp.password)
        #expect(try client.get("/").contains("Hello, Sam Whitlock"))
    }
}
